// The harvest source form: the default-producer list follows the chosen owning organization
// (GET data-unit-url?organisasiId=…, JSON [{id, nama}]). The first option ("none") stays.
(function () {
  'use strict';
  document.querySelectorAll('select[data-unit-url]').forEach(function (org) {
    var units = document.getElementById(org.dataset.unitSelect);
    if (!units) {
      return;
    }
    org.addEventListener('change', function () {
      var url = org.dataset.unitUrl + '?organisasiId=' + encodeURIComponent(org.value);
      units.disabled = true;
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        })
        .then(function (list) {
          while (units.options.length > 1) {
            units.remove(1);
          }
          list.forEach(function (u) {
            units.add(new Option(u.nama, String(u.id)));
          });
          units.selectedIndex = 0;
        })
        .catch(function () {
          // the list stays as it was; saving still checks the producer on the server
        })
        .finally(function () {
          units.disabled = false;
        });
    });
  });
})();

// Standar Data: small enhancements of the proposal form (the form works without them).
(function () {
  'use strict';
  // Show only the parts of the proposal form that belong to the chosen kind of standard.
  function sesuaikan() {
    var pilih = document.querySelector('[data-sds-jenis]');
    if (!pilih) {
      return;
    }
    document.querySelectorAll('[data-sds-bagian]').forEach(function (bagian) {
      bagian.hidden = bagian.getAttribute('data-sds-bagian') !== pilih.value;
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('[data-sds-jenis]')) {
      sesuaikan();
    }
  });
  sesuaikan();
})();

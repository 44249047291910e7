// Layanan: live clocks of open tickets and the tracking code from an e-mailed link.
// The pages work without this file: clocks are rendered by the server, the code can be typed.
(function () {
  'use strict';

  // 1. Clocks: every element with data-timer="P12" / "A7" / "R3" is refreshed from the server,
  //    which computes working time on the office calendar (holidays included).
  var timers = document.querySelectorAll('[data-timer]');
  if (timers.length > 0) {
    var keys = [];
    timers.forEach(function (el) {
      if (keys.indexOf(el.dataset.timer) < 0) {
        keys.push(el.dataset.timer);
      }
    });
    var url = (document.body.dataset.context || '') + '/kelola/timer-layanan?' +
      keys.map(function (k) { return 'k=' + encodeURIComponent(k); }).join('&');
    var refresh = function () {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) {
            return;
          }
          timers.forEach(function (el) {
            var t = data[el.dataset.timer];
            if (t) {
              el.textContent = t.teks;
              el.classList.toggle('terlambat', t.terlambat);
            }
          });
        })
        .catch(function () { /* offline: keep the last values */ });
    };
    window.setInterval(refresh, 30000);
  }

  // 2. Tracking: a link like /layanan/lacak?nomor=LYN-...#kode=ABCDE-FGH23 carries the code after '#',
  //    which browsers never send to the server; put it into the form and drop it from the address bar.
  var kode = document.getElementById('kode');
  if (kode && window.location.hash.indexOf('#kode=') === 0) {
    kode.value = decodeURIComponent(window.location.hash.substring(6));
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  }
})();

// Standar Data: picking a bounding box on a map (geospatial metadata). The four coordinate fields
// stay the source of truth: typing them moves the box, two clicks on the map set them. No tiles are
// loaded (the installation may be offline): the map shows a labelled grid of longitudes and
// latitudes over Indonesia.
(function () {
  'use strict';
  if (typeof L === 'undefined') {
    return;
  }
  var SISI = ['barat', 'timur', 'selatan', 'utara'];
  document.querySelectorAll('[data-peta-kotak]').forEach(function (el) {
    var id = el.getAttribute('data-isian');
    var input = {};
    SISI.forEach(function (s) { input[s] = document.getElementById(id + '-' + s); });
    var map = L.map(el, { attributionControl: false, zoomSnap: 0.5, keyboard: true });
    map.fitBounds([[-11.5, 93.5], [7, 142.5]]);
    var garis = { color: '#8a99a8', weight: 0.6, interactive: false };
    var tebal = { color: '#51606f', weight: 1.2, interactive: false };
    for (var lon = 90; lon <= 146; lon += 2) {
      L.polyline([[-16, lon], [12, lon]], lon % 10 === 0 ? tebal : garis).addTo(map);
      if (lon % 4 === 0) {
        L.marker([-12.6, lon], { interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'small text-secondary', html: lon + '°', iconSize: [32, 14] }) }).addTo(map);
      }
    }
    for (var lat = -16; lat <= 12; lat += 2) {
      L.polyline([[lat, 88], [lat, 148]], lat === 0 ? tebal : garis).addTo(map);
      if (lat % 4 === 0) {
        L.marker([lat, 92.2], { interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'small text-secondary', html: lat + '°', iconSize: [32, 14] }) }).addTo(map);
      }
    }
    var kotak = null;
    var sudut = null;
    var titik = null;
    function angka(s) {
      var v = parseFloat(String(input[s].value || '').replace(',', '.'));
      return isNaN(v) ? null : v;
    }
    function gambar() {
      var b = angka('barat'), t = angka('timur'), s = angka('selatan'), u = angka('utara');
      if (b === null || t === null || s === null || u === null || b >= t || s >= u) {
        return;
      }
      var batas = [[s, b], [u, t]];
      if (kotak) {
        kotak.setBounds(batas);
      } else {
        kotak = L.rectangle(batas, { color: '#0b5394', weight: 2, fillOpacity: 0.15, interactive: false }).addTo(map);
      }
    }
    function isi(b) {
      input.barat.value = b.getWest().toFixed(4);
      input.timur.value = b.getEast().toFixed(4);
      input.selatan.value = b.getSouth().toFixed(4);
      input.utara.value = b.getNorth().toFixed(4);
      gambar();
    }
    map.on('click', function (e) {
      if (!sudut) {
        sudut = e.latlng;
        titik = L.circleMarker(sudut, { radius: 4, color: '#0b5394', interactive: false }).addTo(map);
        return;
      }
      isi(L.latLngBounds(sudut, e.latlng));
      map.removeLayer(titik);
      sudut = null;
    });
    SISI.forEach(function (s) { input[s].addEventListener('change', gambar); });
    gambar();
  });
})();

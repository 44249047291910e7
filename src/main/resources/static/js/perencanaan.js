// Satu Data, planning: the monitoring dashboard's charts (ECharts). Reads the figures from the JSON
// endpoint named in #grafik-monitoring[data-url]; every figure is also in the page's tables, so the
// page works without this file. A bar of an OPD opens its releases (drill-down) when it has a link.
(function () {
  'use strict';
  var wrap = document.getElementById('grafik-monitoring');
  if (!wrap || typeof echarts === 'undefined') {
    return;
  }
  var lang = document.documentElement.lang || 'id';
  var number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 1 });
  var charts = [];

  function chart(id) {
    var el = document.getElementById(id);
    if (!el) {
      return null;
    }
    var c = echarts.init(el, null, { renderer: 'svg' });
    charts.push(c);
    return c;
  }

  function bars(c, names, series, horizontal, percent) {
    var category = { type: 'category', data: names, axisLabel: { interval: 0, width: horizontal ? 160 : 120, overflow: 'truncate', rotate: !horizontal && names.length > 4 ? 30 : 0 } };
    var value = { type: 'value', max: percent ? 100 : null, axisLabel: { formatter: function (v) { return number.format(v) + (percent ? '%' : ''); } } };
    c.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : number.format(v) + (percent ? '%' : ''); } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({}, category, { inverse: true }) : value,
      series: series.map(function (s) { return { name: s.nama, type: 'bar', data: s.data, emphasis: { focus: 'series' } }; })
    }, true);
  }

  fetch(wrap.dataset.url, { headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var opd = chart('grafik-opd');
      if (opd) {
        bars(opd, data.opd.nama, data.opd.seri, true, false);
        opd.getDom().dataset.kategori = String(data.opd.nama.length);
        opd.on('click', function (p) {
          var link = data.opd.tautan[p.dataIndex];
          if (link) {
            window.location.href = link;
          }
        });
        opd.getDom().style.height = Math.max(320, data.opd.nama.length * 48 + 80) + 'px';
        opd.resize();
      }
      var tahap = chart('grafik-tahap');
      if (tahap) {
        if (data.tahap.nama.length === 0) {
          var el = document.getElementById('grafik-tahap');
          tahap.dispose();
          el.textContent = el.dataset.kosong || '';
          el.style.height = 'auto';
        } else {
          bars(tahap, data.tahap.nama, [{ nama: data.tahap.satuan, data: data.tahap.jam }], true, false);
        }
      }
      var wilayah = chart('grafik-wilayah');
      if (wilayah) {
        if (data.wilayah.nama.length === 0) {
          document.getElementById('wadah-grafik-wilayah').hidden = true;
          wilayah.dispose();
        } else {
          bars(wilayah, data.wilayah.nama, data.wilayah.seri, false, true);
        }
      }
      wrap.dataset.dimuat = 'true';
    })
    .catch(function () {
      var el = document.getElementById('grafik-opd');
      if (el) {
        el.textContent = el.dataset.galat || 'Grafik tidak dapat dimuat.';
      }
    });

  window.addEventListener('resize', function () {
    charts.forEach(function (c) {
      if (!c.isDisposed()) {
        c.resize();
      }
    });
  });
})();

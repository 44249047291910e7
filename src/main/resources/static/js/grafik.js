// Satu Data: the dataset page's chart. Reads the aggregated values from /dataset/{slug}/grafik and
// draws them with ECharts; the user picks the category, the value and the series columns.
(function () {
  'use strict';
  var form = document.getElementById('pilih-grafik');
  var el = document.getElementById('grafik');
  if (!form || !el || typeof echarts === 'undefined') {
    return;
  }
  var chart = null;
  var lang = document.documentElement.lang || 'id';
  var number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 2 });

  function params() {
    var p = new URLSearchParams();
    p.set('rilis', form.dataset.rilis);
    ['x', 'y', 'seri'].forEach(function (name) {
      var v = form.elements[name].value;
      if (v) {
        p.set(name, v);
      }
    });
    return p;
  }

  function draw() {
    if (!chart) {
      chart = echarts.init(el, null, { renderer: 'svg' });
    }
    chart.showLoading({ text: '' });
    fetch(form.dataset.url + '?' + params().toString(), { headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        chart.hideLoading();
        // what is drawn, for tests and assistive tools
        el.dataset.x = form.elements.x.value;
        el.dataset.y = form.elements.y.value;
        el.dataset.jenis = data.jenis;
        el.dataset.seri = String(data.seri.length);
        el.dataset.kategori = String(data.kategori.length);
        var horizontal = data.jenis === 'bar' && data.kategori.length > 12;
        var categoryAxis = { type: 'category', data: data.kategori.map(String), axisLabel: { interval: 0, rotate: horizontal ? 0 : (data.kategori.length > 6 ? 30 : 0) } };
        var valueAxis = { type: 'value', name: data.satuan || '', axisLabel: { formatter: function (v) { return number.format(v); } } };
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'axis', valueFormatter: function (v) { return number.format(v) + (data.satuan ? ' ' + data.satuan : ''); } },
          legend: { show: data.seri.length > 1, type: 'scroll', bottom: 0 },
          grid: { left: 8, right: 24, top: 32, bottom: data.seri.length > 1 ? 40 : 16, containLabel: true },
          xAxis: horizontal ? valueAxis : categoryAxis,
          yAxis: horizontal ? Object.assign({}, categoryAxis, { inverse: true }) : valueAxis,
          series: data.seri.map(function (s) {
            return { name: s.nama, type: data.jenis, data: s.data, smooth: false, emphasis: { focus: 'series' } };
          })
        }, true);
        var height = horizontal ? Math.max(320, data.kategori.length * 22 * Math.max(1, Math.min(data.seri.length, 3)) + 80) : 380;
        el.style.height = height + 'px';
        chart.resize();
      })
      .catch(function () {
        chart.hideLoading();
        el.textContent = el.dataset.galat || 'Grafik tidak dapat dimuat.';
      });
  }

  form.addEventListener('change', draw);
  var tab = document.getElementById('tab-grafik');
  if (tab) {
    tab.addEventListener('shown.bs.tab', function () {
      if (!chart) {
        draw();
      } else {
        chart.resize();
      }
    });
  }
  window.addEventListener('resize', function () {
    if (chart) {
      chart.resize();
    }
  });
})();

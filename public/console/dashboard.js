// Draws the usage charts of the console dashboard with Chart.js (served locally): questions per week, stacked by
// outcome, language and topic. Data: the JSON block in the page; the same figures are in the table under the charts.
(function () {
  'use strict';
  var node = document.getElementById('usage-data');
  if (!node || typeof Chart === 'undefined') return;
  var data = JSON.parse(node.textContent || '{}');
  var palette = ['#1d4e89', '#b35900', '#2e7d32', '#a4000f', '#6a1b9a', '#00695c', '#5d4037', '#37474f', '#ad1457', '#283593', '#827717', '#004d40'];
  function stacked(id, label, series) {
    var el = document.getElementById(id);
    if (!el) return;
    var names = Object.keys(series || {});
    new Chart(el, {
      type: 'bar',
      data: {
        labels: data.weeks,
        datasets: names.map(function (name, i) {
          return { label: name, data: series[name], backgroundColor: palette[i % palette.length] };
        }),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { title: { display: true, text: label } },
      },
    });
    el.setAttribute('data-drawn', String(names.length));
  }
  stacked('chart-outcome', data.labels.outcome, data.byOutcome);
  stacked('chart-lang', data.labels.lang, data.byLang);
  stacked('chart-topic', data.labels.topic, data.byTopic);
})();

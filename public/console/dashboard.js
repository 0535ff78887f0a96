// Draws the usage charts of the console dashboard with Chart.js (served locally). Data: the JSON block in the page.
(function () {
  'use strict';
  var node = document.getElementById('usage-data');
  if (!node || typeof Chart === 'undefined') return;
  var data = JSON.parse(node.textContent || '{}');
  function bar(id, label, values) {
    var el = document.getElementById(id);
    if (!el) return;
    new Chart(el, {
      type: 'bar',
      data: { labels: Object.keys(values || {}), datasets: [{ label: label, data: Object.values(values || {}), backgroundColor: '#1d4e89' }] },
      options: { animation: false, responsive: true, plugins: { legend: { display: false }, title: { display: true, text: label } } },
    });
  }
  bar('chart-topic', data.labels.topic, data.byTopic);
  bar('chart-lang', data.labels.lang, data.byLang);
  bar('chart-outcome', data.labels.outcome, data.byOutcome);
})();

import { h } from './dom.js';
import { kindOf } from './kinds.js';

let chart = null;

/**
 * Chart.js, asked for as soon as this module runs rather than as a script the page's modules wait behind, so the
 * request for the counts goes out at once; the page preloads the file, so it usually arrives with the modules.
 */
const chartLibrary = new Promise((resolve, reject) => document.head.append(h('script', {
  src: '/vendor/chartjs/chart.umd.min.js',
  onload: () => resolve(window.Chart),
  onerror: () => reject(new Error('The chart library could not be loaded.')),
})));

/** Years from the first to the last with activity, gaps included, so the axis reads as time. */
function yearsOf(report) {
  if (report.years.length === 0) return [];
  const counts = new Map(report.years.map(year => [year.year, year]));
  const first = report.years[0].year;
  const last = report.years[report.years.length - 1].year;
  return Array.from({ length: last - first + 1 }, (_, i) => counts.get(first + i) ?? { year: first + i, total: 0, byKind: {} });
}

function kindsIn(report) {
  const names = new Set();
  for (const year of report.years) for (const name of Object.keys(year.byKind)) names.add(name);
  return [...names].map(kindOf);
}

/** The stacked bar chart of records per year and kind, drawn with Chart.js on the canvas once the library is in. */
export async function drawActivityChart(canvas, report) {
  const Chart = await chartLibrary;
  const years = yearsOf(report);
  const datasets = kindsIn(report).map(kind => ({
    label: kind.label,
    data: years.map(year => year.byKind[kind.name] ?? 0),
    backgroundColor: kind.colour,
  }));
  const data = { labels: years.map(year => String(year.year)), datasets };
  if (chart) {
    chart.data = data;
    chart.update('none');
  } else {
    // The chart draws its own text on the canvas: give it the page's font, not the library's default.
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    chart = new Chart(canvas, {
      type: 'bar',
      data,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'records' } },
        },
        plugins: { legend: { position: 'bottom' }, tooltip: { mode: 'index', intersect: false } },
      },
    });
  }
  canvas.setAttribute('aria-label', `Records per year from ${years[0]?.year ?? '-'} to ${years.at(-1)?.year ?? '-'}, stacked by kind. The table below gives the same figures.`);
  // Tests and the page-speed benchmark wait on this mark: the chart is on screen once it is set.
  document.body.dataset.chart = 'drawn';
}

/** The same figures as a table, for screen readers, keyboards and anyone who wants the numbers. */
export function activityTable(report) {
  const years = yearsOf(report);
  const columns = kindsIn(report);
  return h('table', { class: 'activity' },
    h('caption', {}, 'Records per year and kind'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), columns.map(kind => h('th', { scope: 'col' }, kind.label)), h('th', { scope: 'col' }, 'Total'))),
    h('tbody', {}, years.map(year => h('tr', { dataset: { year: year.year } },
      h('th', { scope: 'row' }, year.year),
      columns.map(kind => h('td', {}, year.byKind[kind.name] ?? 0)),
      h('td', { class: 'total' }, year.total)))));
}

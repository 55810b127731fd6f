import { h, svg } from './dom.js';
import { kindOf } from './kinds.js';

const margin = { top: 10, right: 8, bottom: 24, left: 52 };

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

/** Whole-number ticks from 0 past the highest bar, about five of them, each a 1, 2 or 5 times a power of ten. */
function countTicks(highest) {
  const rough = Math.max(1, highest / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map(m => m * power).find(s => s >= rough);
  return Array.from({ length: Math.ceil(highest / step) + 1 }, (_, i) => i * step);
}

/**
 * The stacked bar chart of records per year and kind, drawn in SVG as large as its box: a bar per year, a
 * segment per kind in the kinds' colours, the legend below as a list. Hovering a bar names its counts.
 * Redrawn from scratch on each call, so it also follows the box's size.
 */
export function drawActivityChart(container, legend, report) {
  const years = yearsOf(report);
  const kinds = kindsIn(report);
  const width = Math.max(280, Math.floor(container.clientWidth || 600));
  const height = Math.max(160, Math.floor(container.clientHeight || 320));
  const plot = { width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const ticks = countTicks(Math.max(1, ...years.map(year => year.total)));
  const y = count => margin.top + plot.height - (count / ticks.at(-1)) * plot.height;
  const band = plot.width / Math.max(1, years.length);
  const labelEvery = Math.ceil(36 / band);
  const figure = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' },
    svg('g', { class: 'axis' },
      ticks.map(tick => [
        svg('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick) }),
        svg('text', { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, String(tick)),
      ]).flat(),
      svg('text', { transform: `translate(12 ${margin.top + plot.height / 2}) rotate(-90)`, 'text-anchor': 'middle' }, 'records')));
  years.forEach((year, i) => {
    const x = margin.left + i * band;
    const bar = svg('g', { 'data-year': year.year, 'data-total': year.total },
      svg('title', {}, [`${year.year}: ${year.total} record${year.total === 1 ? '' : 's'}`,
        ...kinds.filter(kind => year.byKind[kind.name]).map(kind => `${kind.label}: ${year.byKind[kind.name]}`)].join('\n')));
    let below = 0;
    for (const kind of kinds) {
      const count = year.byKind[kind.name] ?? 0;
      if (!count) continue;
      bar.append(svg('rect', {
        x: x + band * 0.1, width: Math.max(1, band * 0.8), y: y(below + count), height: y(below) - y(below + count),
        fill: kind.colour, 'data-kind': kind.name, 'data-count': count,
      }));
      below += count;
    }
    figure.append(bar);
    if (i % labelEvery === 0)
      figure.append(svg('text', { class: 'year', x: x + band / 2, y: height - 6, 'text-anchor': 'middle' }, String(year.year)));
  });
  container.replaceChildren(figure);
  container.setAttribute('aria-label', `Records per year from ${years[0]?.year ?? '-'} to ${years.at(-1)?.year ?? '-'}, stacked by kind. The table below gives the same figures.`);
  legend.replaceChildren(...kinds.map(kind => h('li', {}, h('span', { class: 'swatch', style: `background:${kind.colour}`, 'aria-hidden': 'true' }), ` ${kind.label}`)));
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

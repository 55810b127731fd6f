import { svg } from './dom.js';
import { dayMs, placeOf, yearOf } from './edtf.js';
import { kindOf } from './kinds.js';

const laneHeight = 24;
const axisHeight = 24;
const margin = { left: 8, right: 8 };
const pointRadius = 7;
const maxLanes = 24;

/** A mark links to its record; the words of its tooltip wait in an attribute until a pointer first comes over it. */
function linked(entry, mark) {
  return svg('a', { href: `/records/${encodeURIComponent(entry.recordId)}`, tabindex: -1, 'data-tip': `${entry.dateDisplay}: ${entry.title}` }, mark);
}

/** Two thousand tooltips made up front would double the drawing's elements; one is made the first time it is wanted. */
function addTooltipOnHover(figure) {
  figure.addEventListener('pointerover', event => {
    const link = event.target.closest?.('a[data-tip]');
    if (!link) return;
    link.prepend(svg('title', {}, link.dataset.tip));
    delete link.dataset.tip;
  });
}

/** Puts each mark in the first lane where it does not overlap the one before, so nothing hides another. */
function lanesFor(items) {
  const ends = [];
  return items.map(item => {
    let lane = ends.findIndex(end => end + 3 <= item.x0);
    if (lane < 0) lane = ends.length < maxLanes ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = item.x1;
    return lane;
  });
}

function yearTicks(firstYear, lastYear, width) {
  const span = lastYear - firstYear + 1;
  const step = [1, 2, 5, 10, 20, 50, 100].find(s => (span / s) * 48 <= width) ?? 100;
  const ticks = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear + 1; year += step) ticks.push(year);
  return ticks;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabelWidth = 36;

/**
 * The months inside a drawing of three years or fewer, which year lines alone leave bare (one record's year is a
 * single line at its left edge): every month where a label fits, else every quarter, else lines only.
 */
function monthTicks(firstYear, lastYear, plot) {
  const span = lastYear - firstYear + 1;
  if (span > 3) return [];
  const perMonth = plot / (span * 12);
  const labelEvery = perMonth >= monthLabelWidth ? 1 : perMonth * 3 >= monthLabelWidth ? 3 : 0;
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month < 12; month++) {
      ticks.push({ year, month, label: labelEvery && month % labelEvery === 0 ? monthNames[month] : null });
    }
  }
  return ticks;
}

/**
 * Draws the entries in an SVG as wide as the container: a day as a dot, a known range as a solid bar,
 * a month, a year or a range with vague ends as a pale bar over everything it may be, and unknown dates
 * in a lane of their own. The list beside it carries the same entries for keyboards and screen readers.
 */
export function drawTimeline(container, entries) {
  const width = Math.max(320, Math.floor(container.clientWidth || 800));
  const placed = entries.map(entry => ({ entry, place: placeOf(entry.date) }));
  const dated = placed.filter(item => item.place.shape !== 'unknown');
  const unknown = placed.filter(item => item.place.shape === 'unknown');
  const figure = svg('svg', { viewBox: `0 0 ${width} 10`, width, 'aria-hidden': 'true', focusable: 'false' });
  let top = 8;

  if (dated.length) {
    const firstYear = yearOf(Math.min(...dated.map(item => item.place.first)));
    const lastYear = yearOf(Math.max(...dated.map(item => item.place.last)));
    const start = Date.UTC(firstYear, 0, 1);
    const end = Date.UTC(lastYear + 1, 0, 1);
    const plot = width - margin.left - margin.right;
    const x = ms => margin.left + ((ms - start) / (end - start)) * plot;
    const items = dated.map(item => {
      const x0 = x(item.place.first);
      const x1 = Math.max(x(item.place.last + dayMs), x0 + 4);
      return item.place.shape === 'day'
        ? { ...item, x0: x0 - pointRadius, x1: x0 + pointRadius, cx: x0 }
        : { ...item, x0, x1 };
    });
    const lanes = lanesFor(items);
    const laneCount = Math.max(...lanes) + 1;
    const bottom = top + laneCount * laneHeight;
    const axis = svg('g', { class: 'axis' });
    for (const year of yearTicks(firstYear, lastYear, plot)) {
      const at = x(Date.UTC(year, 0, 1));
      axis.append(svg('line', { x1: at, x2: at, y1: top, y2: bottom + 4 }));
      if (year <= lastYear) axis.append(svg('text', { x: at + 3, y: bottom + 16 }, String(year)));
    }
    for (const tick of monthTicks(firstYear, lastYear, plot)) {
      const at = x(Date.UTC(tick.year, tick.month, 1));
      axis.append(svg('line', { x1: at, x2: at, y1: top, y2: bottom + 2, class: 'month' }));
      if (tick.label) axis.append(svg('text', { x: at + 3, y: bottom + 16, class: 'month' }, tick.label));
    }
    figure.append(axis);
    items.forEach((item, i) => {
      const colour = kindOf(item.entry.kind).colour;
      const y = top + lanes[i] * laneHeight + laneHeight / 2;
      const mark = item.place.shape === 'day'
        ? svg('circle', { cx: item.cx, cy: y, r: pointRadius, fill: colour, class: 'mark day' })
        : svg('rect', {
          x: item.x0, y: y - 7, width: item.x1 - item.x0, height: 14, rx: 3, class: `mark ${item.place.shape}`,
          fill: colour, 'fill-opacity': item.place.shape === 'vague' ? 0.3 : 1, stroke: colour,
          'stroke-dasharray': item.place.shape === 'vague' ? '4 2' : 'none',
        });
      figure.append(linked(item.entry, mark));
    });
    top = bottom + axisHeight;
  }

  if (unknown.length) {
    figure.append(svg('text', { x: margin.left, y: top + 12, class: 'lane-label' }, 'date unknown'));
    const perRow = Math.max(1, Math.floor((width - 110) / 22));
    unknown.forEach((item, i) => {
      const cx = 110 + (i % perRow) * 22;
      const cy = top + 8 + Math.floor(i / perRow) * 20;
      const colour = kindOf(item.entry.kind).colour;
      const mark = svg('rect', { x: cx - 6, y: cy - 6, width: 12, height: 12, transform: `rotate(45 ${cx} ${cy})`, fill: '#fff', stroke: colour, 'stroke-width': 2, class: 'mark unknown' });
      figure.append(linked(item.entry, mark));
    });
    top += 8 + Math.ceil(unknown.length / perRow) * 20;
  }

  figure.setAttribute('viewBox', `0 0 ${width} ${top + 4}`);
  figure.setAttribute('height', top + 4);
  addTooltipOnHover(figure);
  container.replaceChildren(figure);
}

export const legend = [
  ['●', 'a day'],
  ['▬', 'a range of days'],
  ['▭', 'somewhere in a month, a year or a loose range'],
  ['◇', 'date unknown'],
];

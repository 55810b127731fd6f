import { getJson, query } from './api.js';
import { byId, h, replaceContent } from './dom.js';
import { appendEntries } from './entries-list.js';
import { renderFilters } from './filters.js';
import { renderHeader, showFailure } from './layout.js';
import { drawTimeline, legend } from './timeline-chart.js';
import { currentParams, pushParams, whenParamsChange } from './url-state.js';

renderHeader('timeline');

const pageSize = 500;
const mostEntries = 2000;
const firstListed = 50;
const listedPerTask = 250;
const [, section, subject] = location.pathname.split('/').map(decodeURIComponent);
const isCountry = section === 'countries';
const apiPath = `/api/timelines/${isCountry ? 'countries' : 'institutions'}/${encodeURIComponent(subject)}`;
let shown = [];
let loads = 0;

/**
 * Reads the timeline up to a limit that keeps the drawing readable: the first page says how many there are, and
 * the pages after it are asked for all at once.
 */
async function readTimeline(params) {
  const filters = { kinds: params.get('kinds'), from: params.get('from'), to: params.get('to'), asOf: params.get('asOf') };
  const pageOf = page => getJson(`${apiPath}${query({ ...filters, pageSize, page })}`).then(answer => answer.data);
  const first = await pageOf(1);
  const pages = Math.ceil(Math.min(first.total, mostEntries) / pageSize);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => pageOf(i + 2)));
  return { ...first, entries: [first, ...rest].flatMap(page => page.entries) };
}

/**
 * Resolves once the next frame is painted (a task queued from its animation callback runs after its paint), or after
 * a second where frames are not being drawn, as in a tab in the background. The task is of the lowest priority where
 * the browser has one, so the rest of the list waits behind input and anything else the page has queued.
 */
function afterNextPaint() {
  const later = globalThis.scheduler?.postTask
    ? resolve => scheduler.postTask(resolve, { priority: 'background' })
    : resolve => setTimeout(resolve);
  return new Promise(resolve => {
    requestAnimationFrame(() => later(resolve));
    setTimeout(resolve, 1000);
  });
}

/**
 * Lists the first entries with the drawing, enough to fill more than a screen, and the rest a batch per frame
 * once that is painted, so the page is drawn without waiting for the layout of thousands of entries below the fold. A newer
 * load stops an older one's batches.
 */
async function listEntries(entries, load) {
  const list = replaceContent(byId('entries'), entries.length ? [] : h('p', {}, 'No record matches these filters.'));
  appendEntries(list, entries.slice(0, firstListed));
  for (let from = firstListed; from < entries.length; from += listedPerTask) {
    await afterNextPaint();
    if (load !== loads) return;
    appendEntries(list, entries.slice(from, from + listedPerTask));
  }
  document.body.dataset.listed = 'all';
}

function heading(timeline) {
  if (isCountry) return `${timeline.country.name} (${timeline.country.code})`;
  const institution = timeline.institution;
  return institution.acronym ? `${institution.name} (${institution.acronym})` : institution.name;
}

async function load(params) {
  const content = byId('timeline');
  const current = ++loads;
  delete document.body.dataset.listed;
  try {
    // Opened at its file's own address rather than a timeline's, the page has nothing to read.
    if (!subject || !['institutions', 'countries'].includes(section)) {
      throw new Error('No timeline is named in this address: an institution\'s is at /institutions/{id} and a country\'s at /countries/{code}; the dashboard links the busiest.');
    }
    const timeline = await readTimeline(params);
    if (current !== loads) return;
    const name = heading(timeline);
    document.title = `${name} - OUC Timeline`;
    byId('title').textContent = name;
    byId('summary').textContent = timeline.total > timeline.entries.length
      ? `${timeline.total} records; the first ${timeline.entries.length} are shown.`
      : `${timeline.total} record${timeline.total === 1 ? '' : 's'}.`;
    if (params.get('asOf')) byId('summary').textContent += ` As known at the end of ${params.get('asOf')}.`;
    shown = timeline.entries;
    drawTimeline(byId('timeline-figure'), shown);
    const listed = listEntries(shown, current);
    document.body.dataset.timeline = 'drawn';
    await listed;
  } catch (error) {
    showFailure(content, error);
  }
}

function render(params) {
  renderFilters(byId('filters'), params, { range: 'day', asOf: true }, values => {
    pushParams(values);
    render(currentParams());
  });
  load(params);
}

replaceContent(byId('legend'), legend.map(([symbol, meaning]) => h('li', {}, h('span', { 'aria-hidden': 'true' }, symbol), ` ${meaning}`)));
let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => drawTimeline(byId('timeline-figure'), shown), 150);
});
whenParamsChange(render);

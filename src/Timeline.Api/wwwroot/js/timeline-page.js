import { getJson, query } from './api.js';
import { byId, h, replaceContent } from './dom.js';
import { entriesList } from './entries-list.js';
import { renderFilters } from './filters.js';
import { renderHeader, showFailure } from './layout.js';
import { drawTimeline, legend } from './timeline-chart.js';
import { currentParams, pushParams, whenParamsChange } from './url-state.js';

renderHeader('timeline');

const pageSize = 500;
const mostEntries = 2000;
const [, section, subject] = location.pathname.split('/').map(decodeURIComponent);
const isCountry = section === 'countries';
const apiPath = `/api/timelines/${isCountry ? 'countries' : 'institutions'}/${encodeURIComponent(subject)}`;
let shown = [];

/** Reads every page of the timeline up to a limit that keeps the drawing readable. */
async function readTimeline(params) {
  const filters = { kinds: params.get('kinds'), from: params.get('from'), to: params.get('to'), asOf: params.get('asOf') };
  const first = await getJson(`${apiPath}${query({ ...filters, pageSize, page: 1 })}`);
  const entries = [...first.data.entries];
  for (let page = 2; entries.length < Math.min(first.data.total, mostEntries); page++) {
    const next = await getJson(`${apiPath}${query({ ...filters, pageSize, page })}`);
    if (next.data.entries.length === 0) break;
    entries.push(...next.data.entries);
  }
  return { ...first.data, entries };
}

function heading(timeline) {
  if (isCountry) return `${timeline.country.name} (${timeline.country.code})`;
  const institution = timeline.institution;
  return institution.acronym ? `${institution.name} (${institution.acronym})` : institution.name;
}

async function load(params) {
  const content = byId('timeline');
  try {
    const timeline = await readTimeline(params);
    const name = heading(timeline);
    document.title = `${name} - OUC Timeline`;
    byId('title').textContent = name;
    byId('summary').textContent = timeline.total > timeline.entries.length
      ? `${timeline.total} records; the first ${timeline.entries.length} are shown.`
      : `${timeline.total} record${timeline.total === 1 ? '' : 's'}.`;
    if (params.get('asOf')) byId('summary').textContent += ` As known at the end of ${params.get('asOf')}.`;
    shown = timeline.entries;
    drawTimeline(byId('timeline-figure'), shown);
    replaceContent(byId('entries'), shown.length ? entriesList(shown) : h('p', {}, 'No record matches these filters.'));
    document.body.dataset.timeline = 'drawn';
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

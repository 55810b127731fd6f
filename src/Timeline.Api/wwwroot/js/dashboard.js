import { getJson, query } from './api.js';
import { activityTable, drawActivityChart } from './activity-chart.js';
import { byId, h, replaceContent } from './dom.js';
import { filtersOf, renderFilters } from './filters.js';
import { kindOf } from './kinds.js';
import { renderHeader, showFailure } from './layout.js';
import { followCheckpoint } from './live.js';
import { currentParams, pushParams, whenParamsChange } from './url-state.js';

renderHeader('dashboard');

/** Keeps only the chosen kinds and years: the same filters the service applies, so either side may do it. */
function narrowed(report, filters) {
  const chosen = filters.kinds ? new Set(filters.kinds.split(',')) : null;
  const keep = byKind => Object.fromEntries(Object.entries(byKind).filter(([name]) => !chosen || chosen.has(name)));
  const sum = byKind => Object.values(byKind).reduce((total, n) => total + n, 0);
  const years = report.years
    .filter(year => (!filters.from || year.year >= Number(filters.from)) && (!filters.to || year.year <= Number(filters.to)))
    .map(year => ({ ...year, byKind: keep(year.byKind) }))
    .map(year => ({ ...year, total: sum(year.byKind) }))
    .filter(year => year.total > 0);
  // A year range leaves undated records out, as the service does.
  const undatedByKind = filters.from || filters.to ? {} : keep(report.undated.byKind);
  const undated = { byKind: undatedByKind, total: sum(undatedByKind) };
  return { years, undated, total: years.reduce((total, year) => total + year.total, 0) + undated.total };
}

async function loadActivity(params) {
  const filters = filtersOf(params);
  const section = byId('activity');
  try {
    const { data } = await getJson(`/api/activity/by-year${query(filters)}`);
    const report = narrowed(data, filters);
    byId('activity-total').textContent = `${report.total} records`;
    replaceContent(byId('activity-table'), activityTable(report));
    replaceContent(byId('undated'),
      h('p', {}, h('strong', {}, report.undated.total), ` record${report.undated.total === 1 ? '' : 's'} with no known date, counted apart from the years.`),
      h('ul', { class: 'counts' }, Object.entries(report.undated.byKind).map(([name, n]) => h('li', {}, `${kindOf(name).label}: ${n}`))));
    // The figures are in the table already; the chart follows once Chart.js, loading alongside, has arrived.
    await drawActivityChart(byId('activity-chart'), report);
  } catch (error) {
    showFailure(section.querySelector('.chart-box'), error);
  }
}

async function loadBusiest() {
  const list = async (path, id, toItem) => {
    try {
      const { data } = await getJson(path);
      replaceContent(byId(id), h('ol', { class: 'busiest' }, data.slice(0, 8).map(toItem)));
    } catch (error) {
      showFailure(byId(id), error);
    }
  };
  await Promise.all([
    list('/api/institutions?pageSize=8', 'busiest-institutions', item =>
      h('li', {}, h('a', { href: `/institutions/${encodeURIComponent(item.id)}` }, item.acronym ? `${item.name} (${item.acronym})` : item.name), ` ${item.records}`)),
    list('/api/countries?pageSize=8', 'busiest-countries', item =>
      h('li', {}, h('a', { href: `/countries/${encodeURIComponent(item.code)}` }, item.name), ` ${item.records}`)),
  ]);
}

function showStatus(status) {
  const element = byId('lag');
  if (!status) {
    element.textContent = 'The read models\' status could not be read.';
    return;
  }
  const state = status.lag === 0 ? 'up to date' : `${status.lag} event${status.lag === 1 ? '' : 's'} behind the log`;
  const how = status.mode === 'live' ? 'updates live' : 'checked every 10 s';
  element.textContent = `Read models ${state} (position ${status.position} of ${status.head}); ${how}.`;
}

function render(params) {
  renderFilters(byId('filters'), params, { institution: true, country: true, range: 'year', asOf: true }, values => {
    pushParams(values);
    render(currentParams());
  });
  loadActivity(params);
}

whenParamsChange(render);
loadBusiest();
followCheckpoint(() => {
  loadActivity(currentParams());
  loadBusiest();
}, showStatus);

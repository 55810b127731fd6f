import { getJson, query } from './api.js';
import { byId, h, replaceContent } from './dom.js';
import { entriesList } from './entries-list.js';
import { filtersOf, readFilters, renderFilters } from './filters.js';
import { renderHeader, showFailure } from './layout.js';
import { currentParams, pushParams, whenParamsChange } from './url-state.js';

renderHeader('search');

const pageSize = 50;
let shown = [];

function searchOf(params) {
  return { q: params.get('q') ?? '', ...filtersOf(params) };
}

async function showPage(search, after) {
  const results = byId('results');
  try {
    const { data } = await getJson(`/api/records${query({ ...search, pageSize, after })}`);
    shown = after ? [...shown, ...data.entries] : data.entries;
    byId('result-count').textContent = data.total === 0 ? 'No record matches.'
      : `${data.total} record${data.total === 1 ? '' : 's'} match${data.total === 1 ? 'es' : ''}${data.total > shown.length ? `; ${shown.length} shown` : ''}.`;
    const more = data.next && h('button', { type: 'button', class: 'secondary', onclick: () => showPage(search, data.next) }, 'Show more results');
    replaceContent(results, entriesList(shown), more);
    document.body.dataset.search = 'shown';
  } catch (error) {
    showFailure(results, error);
  }
}

function render(params) {
  const search = searchOf(params);
  const words = byId('q');
  words.value = search.q;
  const form = byId('search-filters');
  renderFilters(form, params, { institution: true, country: true, range: 'day' }, values => {
    pushParams({ q: words.value.trim(), ...values });
    render(currentParams());
  });
  byId('search-form').onsubmit = event => {
    event.preventDefault();
    pushParams({ q: words.value.trim(), ...readFilters(form) });
    render(currentParams());
  };
  const anything = Object.values(search).some(Boolean);
  if (!anything) {
    byId('result-count').textContent = 'Type words to look for, or choose filters.';
    byId('results').replaceChildren();
    document.body.dataset.search = 'shown';
    return;
  }
  showPage(search);
}

whenParamsChange(render);

import { getJson } from './api.js';
import { h, replaceContent } from './dom.js';
import { kinds } from './kinds.js';

/**
 * The filter form the dashboard, the timelines and search share. Its fields are named after the query
 * string parameters, so the URL, the form and the API call all speak the same words.
 * options: institution and country (show those fields), range: 'year' or 'day' (what from and to hold), asOf (show
 * the 'as known at' day: the service answers as it knew things at the end of that day).
 */
export function renderFilters(form, params, options, onApply) {
  const chosenKinds = new Set((params.get('kinds') ?? '').split(',').filter(Boolean));
  const rangeHint = options.range === 'year' ? 'a year, e.g. 2019' : 'YYYY, YYYY-MM or YYYY-MM-DD';
  const rangePattern = options.range === 'year' ? '\\d{4}' : '\\d{4}(-\\d{2}(-\\d{2})?)?';
  const field = (name, label, control) => h('div', { class: 'field' }, h('label', { for: `filter-${name}` }, label), control);
  const rangeInput = name => h('input', {
    id: `filter-${name}`, name, value: params.get(name) ?? '', pattern: rangePattern, inputmode: 'numeric',
    title: rangeHint, placeholder: options.range === 'year' ? 'YYYY' : 'YYYY-MM-DD', size: 10,
  });

  form.classList.add('filters');
  replaceContent(form,
    options.institution && field('institution', 'Institution (id)',
      h('input', { id: 'filter-institution', name: 'institution', list: 'filter-institutions', value: params.get('institution') ?? '', autocomplete: 'off' })),
    options.institution && h('datalist', { id: 'filter-institutions' }),
    options.country && field('country', 'Country',
      h('select', { id: 'filter-country', name: 'country' }, h('option', { value: '' }, 'Any country'))),
    field('from', options.range === 'year' ? 'From year' : 'From', rangeInput('from')),
    field('to', options.range === 'year' ? 'To year' : 'To', rangeInput('to')),
    options.asOf && field('asOf', 'As known at',
      h('input', { id: 'filter-asOf', name: 'asOf', type: 'date', value: params.get('asOf') ?? '', title: 'Leave empty for what is known now' })),
    h('fieldset', { class: 'kinds' },
      h('legend', {}, 'Kinds of activity'),
      kinds.map(kind => h('label', { class: 'kind-choice' },
        h('input', { type: 'checkbox', name: 'kind', value: kind.name, checked: chosenKinds.has(kind.name) }),
        h('span', { class: 'swatch', style: `background:${kind.colour}`, 'aria-hidden': 'true' }),
        kind.label))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, 'Apply filters'),
      h('button', { type: 'reset' }, 'Clear')));

  if (options.institution) fillInstitutions(form.querySelector('#filter-institutions'));
  if (options.country) fillCountries(form.querySelector('#filter-country'), params.get('country') ?? '');

  form.onsubmit = event => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    onApply(readFilters(form));
  };
  form.onreset = event => {
    event.preventDefault();
    onApply({});
  };
}

export function readFilters(form) {
  const data = new FormData(form);
  const values = {};
  for (const name of ['institution', 'country', 'from', 'to', 'asOf']) {
    const value = (data.get(name) ?? '').toString().trim();
    if (value) values[name] = value;
  }
  const chosen = data.getAll('kind');
  if (chosen.length) values.kinds = chosen.join(',');
  return values;
}

/** The filters as they stand in the query string, ready for an API call. */
export function filtersOf(params) {
  const values = {};
  for (const name of ['institution', 'country', 'kinds', 'from', 'to', 'asOf']) {
    const value = params.get(name);
    if (value) values[name] = value;
  }
  return values;
}

async function fillInstitutions(list) {
  try {
    const { data } = await getJson('/api/institutions?pageSize=200');
    list.replaceChildren(...data.map(item => h('option', { value: item.id }, item.acronym ? `${item.name} (${item.acronym})` : item.name)));
  } catch {
    // The field still takes an id typed by hand.
  }
}

async function fillCountries(select, chosen) {
  try {
    const { data } = await getJson('/api/countries?pageSize=300');
    select.append(...data.map(item => h('option', { value: item.code, selected: item.code === chosen }, `${item.name} (${item.code})`)));
    select.value = chosen;
  } catch {
    select.append(h('option', { value: chosen, selected: true }, chosen));
  }
}

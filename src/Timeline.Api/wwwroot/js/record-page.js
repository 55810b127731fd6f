import { getJson, query } from './api.js';
import { byId, formatInstant, h, replaceContent } from './dom.js';
import { kindOf } from './kinds.js';
import { renderHeader, showFailure } from './layout.js';
import { renderAudit, renderReview } from './record-audit.js';
import { factText, historyList } from './record-history.js';
import { currentParams, pushParams, whenParamsChange } from './url-state.js';

renderHeader('record');

const recordId = decodeURIComponent(location.pathname.split('/')[2] ?? '');

const words = name => name.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, first => first.toUpperCase());
const row = (term, ...description) => [h('dt', {}, term), h('dd', {}, ...description)];
const joined = items => items.flatMap((item, i) => (i ? [', ', item] : [item]));

function factsList(record) {
  const facts = record.facts;
  const kindSpecific = Object.entries(record.recorded ?? {}).filter(([name, value]) => !['recordId', 'facts'].includes(name) && value !== null);
  return h('dl', { class: 'facts' },
    row('Kind', kindOf(record.kind).label),
    row('Date', record.dateDisplay ?? facts.date, ' ', h('code', {}, facts.date)),
    row('Institutions', joined(facts.institutions.map(item =>
      h('span', {}, h('a', { href: `/institutions/${encodeURIComponent(item.id)}` }, item.name), item.role ? ` (${item.role})` : '')))),
    facts.countries?.length > 0 && row('Countries', joined(facts.countries.map(code => h('a', { href: `/countries/${encodeURIComponent(code)}` }, code)))),
    facts.places?.length > 0 && row('Places', facts.places.join('; ')),
    facts.people?.length > 0 && row('People', factText(facts.people)),
    kindSpecific.map(([name, value]) => row(words(name), factText(value))));
}

function sourceList(source) {
  const isLink = typeof source.url === 'string' && /^https?:\/\//i.test(source.url);
  return [
    h('dl', { class: 'facts' },
      source.documentId && row('Document', h('span', { class: 'mono' }, source.documentId)),
      source.url && row('Address', isLink ? h('a', { href: source.url, rel: 'noopener noreferrer' }, source.url) : source.url),
      row('Paragraph', source.paragraphIndex ?? '-'),
      source.sha256 && row('SHA-256', h('code', {}, source.sha256)),
      source.publishedOn && row('Published on', source.publishedOn)),
    source.text && h('blockquote', { class: 'source-text' }, source.text),
  ];
}

function knownAtForm(params) {
  const asOf = params.get('asOf');
  const local = asOf ? toLocalInput(asOf) : '';
  const input = h('input', { id: 'as-of', type: 'datetime-local', step: '0.001', value: local, 'aria-describedby': 'as-of-help' });
  const form = h('form', { class: 'as-known', 'aria-label': 'Replay the record' },
    h('div', { class: 'field' }, h('label', { for: 'as-of' }, 'As known at'), input),
    h('button', { type: 'submit' }, 'Show as known then'),
    asOf && h('a', { href: location.pathname }, 'Show as known now'),
    h('p', { id: 'as-of-help', class: 'hint' }, 'Replays only the events recorded by then, in your time zone.'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    pushParams(input.value ? { asOf: new Date(input.value).toISOString() } : {});
    load(currentParams());
  });
  return form;
}

function toLocalInput(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return shifted.toISOString().slice(0, 23);
}

async function load(params) {
  const asOf = params.get('asOf');
  replaceContent(byId('as-known'), knownAtForm(params));
  try {
    const { data: record } = await getJson(`/api/records/${encodeURIComponent(recordId)}${query({ asOf })}`);
    document.title = `${record.facts.title} - OUC Timeline`;
    byId('title').textContent = record.facts.title;
    replaceContent(byId('state'),
      asOf && h('p', { class: 'notice', role: 'status' }, `As known at ${formatInstant(asOf)}: revision ${record.revision}, ${record.history.length} event${record.history.length === 1 ? '' : 's'}.`),
      record.status === 'retracted' && h('p', { class: 'notice retracted' }, h('span', { class: 'badge retracted' }, 'Retracted'), ` ${record.retractionReason ?? ''}`),
      h('p', { class: 'muted' }, `Revision ${record.revision}; ${record.corrections} correction${record.corrections === 1 ? '' : 's'}.`));
    replaceContent(byId('facts'), factsList(record));
    replaceContent(byId('source'), sourceList(record.facts.source ?? {}));
    replaceContent(byId('history'), historyList(record.history));
    renderReview(byId('review'), record);
    document.body.dataset.record = 'shown';
  } catch (error) {
    byId('title').textContent = 'Record not available';
    showFailure(byId('state'), error);
    for (const id of ['facts', 'source', 'history']) byId(id).replaceChildren();
  }
}

whenParamsChange(load);
renderAudit(byId('audit'), recordId);

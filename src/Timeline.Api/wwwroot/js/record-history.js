import { formatInstant, h } from './dom.js';

const factNames = { date: 'Date', title: 'Title', institutions: 'Institutions', countries: 'Countries', places: 'Places', people: 'People' };

/** A fact's value in words: names for institutions and people, codes for countries, EDTF for dates. */
export function factText(value) {
  if (value === undefined || value === null) return '-';
  if (!Array.isArray(value)) return String(value);
  if (value.length === 0) return 'none';
  return value.map(item => typeof item === 'string' ? item
    : item.role && item.name ? `${item.name} (${item.role})` : item.name ?? item.id ?? JSON.stringify(item)).join('; ');
}

/**
 * Each correction stores only the facts it replaced; what they were before comes from replaying the
 * record's events in order, as the service itself does.
 */
function withBefore(history) {
  let facts = { ...(history[0]?.data?.facts ?? {}) };
  return history.map(event => {
    const changes = event.data?.changes;
    if (!changes) return { event, diff: [] };
    const diff = Object.entries(changes)
      .filter(([, after]) => after !== null && after !== undefined)
      .map(([name, after]) => ({ name, before: facts[name], after }));
    facts = { ...facts, ...Object.fromEntries(diff.map(change => [change.name, change.after])) };
    return { event, diff };
  });
}

function diffTable(diff) {
  return h('table', { class: 'diff' },
    h('caption', {}, 'What the correction changed'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
    h('tbody', {}, diff.map(change => h('tr', {},
      h('th', { scope: 'row' }, factNames[change.name] ?? change.name),
      h('td', { class: 'before' }, h('del', {}, factText(change.before))),
      h('td', { class: 'after' }, h('ins', {}, factText(change.after)))))));
}

function eventItem({ event, diff }) {
  const type = event.type.replace(/\.v\d+$/, '');
  return h('li', { dataset: { type } },
    h('h3', {}, `${type} `, h('span', { class: 'muted' }, `revision ${event.revision}, position ${event.position}`)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Recorded at'), h('dd', {}, h('time', { datetime: event.recordedAt }, formatInstant(event.recordedAt))),
      h('dt', {}, 'Recorded by'), h('dd', {}, event.recordedBy),
      h('dt', {}, 'Correlation id'), h('dd', { class: 'mono' }, event.correlationId),
      h('dt', {}, 'Import batch'), h('dd', { class: 'mono' }, event.importBatch ?? 'none'),
      event.data?.reason && [h('dt', {}, 'Reason'), h('dd', { class: 'reason' }, event.data.reason)]),
    diff.length > 0 && diffTable(diff));
}

/** The record's whole history, oldest first, each event with who, when, why and what it changed. */
export function historyList(history) {
  return h('ol', { class: 'history' }, withBefore(history).map(eventItem));
}

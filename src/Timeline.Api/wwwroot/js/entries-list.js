import { h } from './dom.js';
import { placeOf, yearOf } from './edtf.js';
import { kindOf } from './kinds.js';

/** A snippet from search marks the matched words with [ and ]: those become <mark>, the rest stays text. */
export function markedSnippet(snippet) {
  return snippet.split(/(\[[^\]]*\])/).filter(Boolean)
    .map(part => part.startsWith('[') && part.endsWith(']') ? h('mark', {}, part.slice(1, -1)) : part);
}

function institutionsOf(entry) {
  return (entry.institutions ?? []).map(item => typeof item === 'string'
    ? h('a', { href: `/institutions/${encodeURIComponent(item)}` }, entry.institutionNames?.[item] ?? item)
    : h('a', { href: `/institutions/${encodeURIComponent(item.id)}` }, item.acronym ?? item.name));
}

function countriesOf(entry) {
  return (entry.countries ?? []).map(code => h('a', { href: `/countries/${encodeURIComponent(code)}` }, code));
}

function joined(items) {
  return items.flatMap((item, i) => (i ? [', ', item] : [item]));
}

function entryItem(entry) {
  const kind = kindOf(entry.kind);
  const institutions = institutionsOf(entry);
  const countries = countriesOf(entry);
  const snippetIsTitle = entry.snippet?.replace(/[[\]]/g, '') === entry.title;
  return h('li', { dataset: { recordId: entry.recordId } },
    h('span', { class: 'when' }, entry.dateDisplay),
    h('span', { class: 'what' },
      h('span', { class: 'badge', style: `background:${kind.colour}` }, kind.label), ' ',
      // When the snippet is the title itself, the matched words are marked in the title rather than shown twice.
      h('a', { href: `/records/${encodeURIComponent(entry.recordId)}`, class: 'title' }, snippetIsTitle ? markedSnippet(entry.snippet) : entry.title),
      entry.snippet && !snippetIsTitle && h('span', { class: 'snippet' }, h('br'), markedSnippet(entry.snippet))),
    (institutions.length || countries.length) && h('span', { class: 'who' },
      institutions.length ? ['With ', joined(institutions)] : null,
      countries.length ? [institutions.length ? '; ' : '', 'in ', joined(countries)] : null));
}

function groupOf(entry) {
  const place = placeOf(entry.date);
  return place.shape === 'unknown' ? 'Date unknown' : String(yearOf(place.first));
}

/**
 * Adds entries, in the order given, to a list of entries under a heading for each year and one for unknown dates,
 * carrying on the list's last group when the first entries belong to it.
 */
export function appendEntries(container, entries, headingLevel = 'h3') {
  let list = container.lastElementChild?.matches('ol.entries') ? container.lastElementChild : null;
  for (const entry of entries) {
    const group = groupOf(entry);
    if (list?.dataset.group !== group) {
      list = h('ol', { class: 'entries', dataset: { group } });
      container.append(h(headingLevel, { class: 'year-heading' }, group), list);
    }
    list.append(entryItem(entry));
  }
  return container;
}

/** Entries as a list in the order given, under a heading for each year and one for unknown dates. */
export function entriesList(entries, headingLevel = 'h3') {
  return [...appendEntries(document.createDocumentFragment(), entries, headingLevel).childNodes];
}

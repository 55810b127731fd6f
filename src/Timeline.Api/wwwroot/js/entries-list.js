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
    ? h('a', { href: `/institutions/${encodeURIComponent(item)}` }, item)
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

/** Entries as a list in the order given, under a heading for each year and one for unknown dates. */
export function entriesList(entries, headingLevel = 'h3') {
  const groups = [];
  for (const entry of entries) {
    const place = placeOf(entry.date);
    const label = place.shape === 'unknown' ? 'Date unknown' : String(yearOf(place.first));
    if (groups.at(-1)?.label !== label) groups.push({ label, entries: [] });
    groups.at(-1).entries.push(entry);
  }
  return groups.map(group => [
    h(headingLevel, { class: 'year-heading' }, group.label),
    h('ol', { class: 'entries' }, group.entries.map(entryItem)),
  ]);
}

import { describeProblem, getJson, send } from './api.js';
import { apiKey, renderApiKeyField } from './api-key.js';
import { byId, formatInstant, h, replaceContent } from './dom.js';
import { renderHeader, showFailure } from './layout.js';

renderHeader('review');

const shownAtOnce = 50;

/** Shows a write's outcome next to the control that made it: the problem's own words when refused. */
function report(output, result, success) {
  output.className = `outcome ${result.ok ? 'done' : 'problem'}`;
  output.textContent = result.ok ? success : describeProblem(result.problem, result.status);
}

async function withButton(button, action) {
  button.disabled = true;
  try {
    await action();
  } finally {
    button.disabled = false;
  }
}

function reviewControls(item, recordPath) {
  const id = item.recordId;
  const note = h('input', { id: `note-${id}`, name: 'note', size: 30 });
  const output = h('p', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
  const confirm = h('button', { type: 'button', class: 'mark-reviewed' }, 'Mark reviewed');
  confirm.addEventListener('click', () => withButton(confirm, async () => {
    const result = await send('POST', `${recordPath}/review`, { verdict: 'confirmed', note: note.value }, { key: apiKey() });
    report(output, result, 'Marked reviewed: it leaves this list at the next reload.');
  }));

  const title = h('input', { id: `title-${id}`, name: 'title', size: 40 });
  const date = h('input', { id: `date-${id}`, name: 'date', size: 14, placeholder: 'e.g. 2019-12-24' });
  const reason = h('input', { id: `reason-${id}`, name: 'reason', size: 30, required: true });
  const correctionOutput = h('p', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
  const correction = h('form', { class: 'controls correct-form', 'aria-label': `Correct record ${id}` },
    h('div', { class: 'field' }, h('label', { for: `title-${id}` }, 'New title'), title),
    h('div', { class: 'field' }, h('label', { for: `date-${id}` }, 'New date (EDTF)'), date),
    h('div', { class: 'field' }, h('label', { for: `reason-${id}` }, 'Reason'), reason),
    h('button', { type: 'submit' }, 'Correct'),
    correctionOutput);
  correction.addEventListener('submit', event => {
    event.preventDefault();
    const changes = {};
    if (title.value.trim()) changes.title = title.value.trim();
    if (date.value.trim()) changes.date = date.value.trim();
    const button = correction.querySelector('button');
    withButton(button, async () => {
      const result = await send('POST', `${recordPath}/corrections`, { changes, reason: reason.value }, { key: apiKey() });
      report(correctionOutput, result, `Corrected: now at revision ${result.data?.revision}.`);
    });
  });

  return [
    h('div', { class: 'controls' },
      h('div', { class: 'field' }, h('label', { for: `note-${id}` }, 'Note'), note),
      confirm,
      output),
    h('details', {}, h('summary', {}, 'Correct this record'), correction),
  ];
}

const titlesRead = [];

function reviewItem(item) {
  const recordPath = `/api/records/${encodeURIComponent(item.recordId)}`;
  const title = h('a', { href: `/records/${encodeURIComponent(item.recordId)}` }, item.recordId);
  titlesRead.push(getJson(recordPath).then(({ data }) => { title.textContent = `${data.facts.title} (${data.dateDisplay ?? data.facts.date})`; }, () => {}));
  const doubts = (item.doubts ?? '').split(';').map(doubt => doubt.trim()).filter(Boolean);
  return h('li', { dataset: { recordId: item.recordId } },
    h('h2', {}, title),
    h('p', {},
      h('strong', {}, `Confidence ${Math.round(item.confidence * 100)}%`),
      h('span', { class: 'muted' }, ` - paragraph ${item.paragraphIndex} of ${item.documentId ?? 'an unnamed document'}, flagged ${formatInstant(item.flaggedAt)}`)),
    doubts.length > 0 && h('ul', { class: 'doubts', 'aria-label': 'Why it was flagged' }, doubts.map(doubt => h('li', {}, doubt))),
    reviewControls(item, recordPath));
}

async function load() {
  const list = byId('review-list');
  try {
    const { data } = await getJson('/api/imports/review');
    byId('review-count').textContent = data.length === 0 ? 'Nothing is waiting for review.'
      : `${data.length} record${data.length === 1 ? '' : 's'} waiting for review${data.length > shownAtOnce ? `; the first ${shownAtOnce} are shown` : ''}.`;
    replaceContent(list, h('ol', { class: 'review-items' }, data.slice(0, shownAtOnce).map(reviewItem)));
    await Promise.all(titlesRead);
    document.body.dataset.review = 'shown';
  } catch (error) {
    showFailure(list, error);
  }
}

replaceContent(byId('key'), renderApiKeyField());
load();

import { formatInstant, h, replaceContent } from './dom.js';

/** The latest review of the record, when the service keeps reviews. */
export function renderReview(section, record) {
  if (!('reviews' in record) && !record.lastReview) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  const review = record.lastReview;
  replaceContent(section.querySelector('.content'), review
    ? h('dl', { class: 'facts' },
      h('dt', {}, 'Latest verdict'), h('dd', { class: 'verdict' }, review.verdict),
      h('dt', {}, 'Note'), h('dd', {}, review.note || 'none'),
      h('dt', {}, 'Reviewed by'), h('dd', {}, review.reviewedBy),
      h('dt', {}, 'Reviewed at'), h('dd', {}, h('time', { datetime: review.reviewedAt }, formatInstant(review.reviewedAt))),
      h('dt', {}, 'Reviews'), h('dd', {}, record.reviews ?? 1))
    : h('p', {}, 'Not reviewed yet.'));
}

/**
 * Whether the record's events are in the signed log, with the proof and its provenance to download.
 * Where the service keeps no audit log the proof answers 404, and the section stays hidden.
 */
export async function renderAudit(section, recordId) {
  const proofUrl = `/api/records/${encodeURIComponent(recordId)}/proof`;
  const response = await fetch(proofUrl, { headers: { Accept: 'application/json' } }).catch(() => null);
  if (!response || !response.ok) {
    section.hidden = true;
    return;
  }
  const proof = await response.json().catch(() => ({}));
  const checkpoint = proof.checkpoint;
  // An event the latest checkpoint does not cover yet is pending: the record is proven once none is.
  const pending = !checkpoint || (proof.events ?? []).some(event => event.pending);
  const status = pending
    ? 'Waiting for the next signed checkpoint.'
    : `Included in the signed log (tree size ${checkpoint.size ?? checkpoint.treeSize}, signed at ${formatInstant(checkpoint.issuedAt ?? checkpoint.signedAt)}).`;
  replaceContent(section.querySelector('.content'),
    h('p', { class: 'proof-status' }, status),
    h('ul', {},
      h('li', {}, h('a', { href: proofUrl, download: `record-${recordId}-proof.json` }, 'Download the inclusion proof (JSON)')),
      h('li', {}, h('a', { href: `/api/records/${encodeURIComponent(recordId)}/prov`, download: `record-${recordId}-prov.json` }, 'Download the provenance (PROV-JSON)'))));
  section.hidden = false;
}

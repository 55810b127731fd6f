// Where an EDTF date lies on a drawing: its earliest and latest day, and whether it is a day, a span or unknown.
// Only the drawing needs this; the words people read always come from the API's dateDisplay.

const dayMs = 86400000;

function bounds(part) {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part);
  if (match) {
    const day = Date.UTC(+match[1], +match[2] - 1, +match[3]);
    return { first: day, last: day, exact: true };
  }
  match = /^(\d{4})-(\d{2})$/.exec(part);
  if (match) return { first: Date.UTC(+match[1], +match[2] - 1, 1), last: Date.UTC(+match[1], +match[2], 0), exact: false };
  match = /^(\d{4})$/.exec(part);
  if (match) return { first: Date.UTC(+match[1], 0, 1), last: Date.UTC(+match[1], 11, 31), exact: false };
  return null;
}

/**
 * shape: 'day' (a point), 'range' (known first and last days), 'vague' (somewhere within a month or a year,
 * or a range with such ends) or 'unknown' (no date, or only a bound such as "not after").
 * first and last are UTC milliseconds of the earliest and latest day it can be.
 */
export function placeOf(edtf) {
  const [start, end] = String(edtf ?? '').split('/');
  const from = bounds(start);
  if (end === undefined) {
    if (!from) return { shape: 'unknown' };
    return { shape: from.exact ? 'day' : 'vague', first: from.first, last: from.last };
  }
  const to = bounds(end);
  if (!from || !to) return { shape: 'unknown' };
  return { shape: from.exact && to.exact ? 'range' : 'vague', first: from.first, last: to.last };
}

export function yearOf(milliseconds) {
  return new Date(milliseconds).getUTCFullYear();
}

export { dayMs };

// Reads one EDTF text a line on stdin and prints, for each, one line of JSON as the reference
// implementation (the npm package edtf) reads it: whether it is valid at level 1, and its first and
// last day (YYYY-MM-DD, UTC), or null when that end is open or unknown, or when the package cannot say.
import { createInterface } from 'node:readline';
import edtf, { parse } from 'edtf';

const day = (ms) => {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  const yyyy = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
  return `${yyyy}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
};

for await (const text of createInterface({ input: process.stdin })) {
  let valid = true;
  try { parse(text, { level: 1 }); } catch { valid = false; }
  let earliest = null, latest = null, bounded = false;
  if (valid) {
    try {
      const value = edtf(text);
      earliest = day(value.min);
      latest = day(value.max);
      bounded = true;
    } catch (error) {
      // Its grammar takes an interval in any order and a later check refuses one ending before it starts; any
      // other error only means that JavaScript's Date cannot hold a bound (an open start).
      valid = !/^invalid (upper|lower) bound/.test(error.message);
    }
  }
  process.stdout.write(JSON.stringify({ text, valid, bounded, earliest, latest }) + '\n');
}

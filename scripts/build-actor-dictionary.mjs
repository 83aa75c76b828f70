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
      // a demonym among the alternative spellings ("Thai", "Togolese") is an adjective, not a name
      // (unless it opens the common name: "Vatican" of "Vatican City")
      names: [...names].filter((n) => n !== c.name.common && (!adjectives.includes(n) || c.name.common.startsWith(`${n} `))), exact: [...exact], adjectives, plurals,
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
  // a curated adjective is one, though the packages list it as a name too ("Saudi" of Saudi Arabia)
  if (Array.isArray(extra.adjectives) && Array.isArray(out.names)) out.names = out.names.filter((n) => !extra.adjectives.includes(n));
  if (extra.drop) {
    for (const k of ['names', 'exact', 'adjectives', 'plurals', 'capitals']) {
      if (out[k]) out[k] = out[k].filter((n) => !extra.drop.includes(n));
    }
    if (extra.drop.includes(out.name) && out.names?.length) out.name = out.names.shift();
  }
  return out;
}

function files(d) {
  return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(d, f)) : [];
}

/** States whose imported people are loaded by default (data/actors/curated/core-countries.txt). */
function coreCountries() {
  const text = readFileSync(join(curatedDir, 'core-countries.txt'), 'utf8');
  return new Set(text.split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter(Boolean));
}

/**
 * Phoenix writes the Arabic article as a word ("Hamad Bin Khalifa Al Thani"); texts write
 * "al-Thani", which the tokenizer splits at the hyphen. Adds the hyphenated form of each name.
 */
function withArticle(names) {
  const out = new Set(names);
  for (const n of names) if (/ (Al|El) \S/.test(n)) out.add(n.replace(/ (Al|El) (\S)/g, (_m, a, c) => ` ${a.toLowerCase()}-${c}`));
  return [...out];
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
      .map((r) => ({ ...r, names: withArticle([r.name, ...(r.names ?? [])]).filter((n) => n !== r.name && (/\s/.test(n) || n.length >= 5)) }));
    const mine = recs.filter((r) => r.country === null || core.has(r.country));
    rest.push(...recs.filter((r) => !mine.includes(r)));
    const out = join(importedDir, f.replace(/\.actors\.txt$/, '.people.jsonl').toLowerCase());
    writeFileSync(out, `// Imported from ${f} (Phoenix dictionaries, MIT, Open Event Data Alliance) by scripts/build-actor-dictionary.mjs\n${mine.map((r) => JSON.stringify(r)).join('\n')}\n`);
    console.error(`${out}: ${mine.length} people (${res.errors.length} unparsed lines)`);
  }
  // Of the other states, long-serving office holders (fifteen years or more in government roles since
  // 1991: heads of state and government, long-time ministers) are loaded by default; the rest
  // stay optional, which keeps the load inside its budget.
  const govYears = (r) => (r.roles ?? []).filter((x) => /^[A-Z]{3}GOV/.test(x.code)).reduce((sum, x) => {
    const from = Math.max(1991, Number((x.from ?? '1900').slice(0, 4)));
    return sum + Math.max(0, Number((x.to ?? '2016').slice(0, 4)) - from);
  }, 0);
  const long = rest.filter((r) => govYears(r) >= 15);
  const short = rest.filter((r) => govYears(r) < 15);
  const world = join(importedDir, 'phoenix.world.leaders.jsonl');
  writeFileSync(world, `// Long-serving office holders of states outside core-countries.txt, imported from the Phoenix dictionaries (MIT, Open Event Data Alliance) by scripts/build-actor-dictionary.mjs\n${long.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.error(`${world}: ${long.length} people`);
  const optional = join(root, 'data/actors/optional/phoenix-world-people.jsonl');
  mkdirSync(join(root, 'data/actors/optional'), { recursive: true });
  writeFileSync(optional, `// People of other states from the Phoenix dictionaries (MIT, Open Event Data Alliance); load with --dict.\n${short.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.error(`${optional}: ${short.length} people`);
}

// CAMEO country codes that are not ISO 3166 alpha-3 (the scorer's aliases, and Phoenix's own).
const CAMEO_ISO = { ANG: 'AGO', ROM: 'ROU', SER: 'SRB', PAL: 'PSE', JAP: 'JPN', KSV: 'XKX', TMP: 'TLS', ZAR: 'COD', BUR: 'MMR' };
// Names that are ordinary words or phrases when capitalised at a sentence start, or that name
// another group too (Phoenix lists "Islamic Jihad" under Hezbollah); dropped from the import.
const IMPORT_STOP = new Set(['islamic jihad', 'the base', 'la liga', 'popular resistance', 'resistance', 'the islamic resistance',
  'party of god', 'the organization', 'care', 'redr', 'action', 'concern', 'friends', 'tearfund', 'hope', 'ngo', 'un', 'the united nations',
  'indian un peacekeeper', 'un secretary general', 'secretary-general ban ki-moon', 'youth', 'organization', 'tigers', 'falcon', 'olive',
  'insula', 'epa', 'aleph', 'mavericks', 'boogeymen', 'yahweh', 'ana', 'isa', 'cba', 'fps', 'mcc', 'ela', 'ajb', 'bcf', 'fbl', 'hsm', 'jbc',
  'crf', 'pra', 'iaa', 'iju', 'an', 'ca', 'hamzah', 'muhannad', 'shahin', 'subroto', 'samoan', 'culebra', 'thule', 'st.helena',
  'emetic', 'siddaramaiah', 'national security council', 'national security council staff', 'national security staff',
  'provincial reconstruction team', 'department of defense', 'defense department', 'department of defence', 'amal', 'coalition humanitarian liaison cell', 'senate', 'congress', 'us house of representatives']);

// A name made only of these words ("Islamic Group", "Armed Islamic Front") describes rather than
// names a group: it matches ordinary prose ("an armed Islamic group"), so the import drops it.
const GENERIC = new Set(('the of and for in al el islamic islam muslim moslem arab armed army group groups movement front liberation '
  + 'revolutionary revolution people peoples people\'s popular national resistance brigade brigades forces force organization '
  + 'organisation council committee union party jihad jihadi mujahideen mujahidin mujahedin martyrs martyr militia fighters '
  + 'holy war struggle vanguard cell cells unit units command youth students workers democratic socialist communist '
  + 'anarchist anarchists action faction new international world global united').split(' '));
const isGeneric = (n) => n.toLowerCase().split(/[\s-]+/).filter(Boolean).every((w) => GENERIC.has(w));

/** ISO alpha-3 of a CAMEO code's first three letters, or null for regions and IMG/INT/MNC groups. */
function isoOf(code, states) {
  const c = CAMEO_ISO[code.slice(0, 3)] ?? code.slice(0, 3);
  return states.has(c) ? c : null;
}

/**
 * Organisations from Phoenix: the armed non-state groups of Phoenix.MilNonState whose code names
 * a state or is IMG (international militarized group, no country) and that have an alias or an own
 * code, the IGOs of
 * Phoenix.International and their officials, and the organisations of Phoenix.Countries. The
 * 1,500 NGOs and 4,400 companies (MNC) of Phoenix.International are left out to keep the load
 * inside its budget: the major NGOs are in curated/ngos.jsonl.
 */
function importPhoenixOrgs(dir) {
  const states = new Set(statesFromPackages().map((r) => r.country));
  // Forms the states and the curated files already give ("Gaza", "Kremlin", "United Nations") stay
  // theirs: an imported record or name that repeats one is dropped.
  const taken = new Set();
  for (const r of [...statesFromPackages(), ...files(curatedDir).flatMap(readJsonl)]) {
    for (const n of [r.name, ...(r.names ?? []), ...(r.exact ?? []), ...(r.capitals ?? [])]) if (n) taken.add(n.toLowerCase());
  }
  // "Liberation Tigers Of Tamil Eelam (ltte)" -> the name without the brackets, and LTTE as an
  // exact form; "(colombia)" and other bracketed words are dropped.
  const isInitials = (acr, name) => {
    const initials = name.replace(/\(.*?\)/g, '').split(/[\s-]+/).filter(Boolean).map((w) => w[0].toLowerCase()).join('');
    let i = 0;
    for (const ch of initials) if (ch === acr[i]) i++;
    return i === acr.length;
  };
  const unbracket = (r) => {
    const exact = new Set(r.exact ?? []);
    const strip = (n) => n.replace(/\s*\(([^)]*)\)\s*/g, (_m, inner) => {
      if (/^[a-z]{3,6}$/i.test(inner) && isInitials(inner.toLowerCase(), n)) exact.add(inner.toUpperCase());
      return ' ';
    }).trim();
    const name = strip(r.name);
    const names = (r.names ?? []).map(strip).filter((n) => n && n !== name);
    return { ...r, name: name || r.name, names: [...new Set(names)], ...(exact.size ? { exact: [...exact] } : {}) };
  };
  const clean = (r0) => {
    const r = unbracket(r0);
    const names = (r.names ?? []).filter((n) => !IMPORT_STOP.has(n.toLowerCase()) && !isTaken(n) && !isGeneric(n) && (/\s/.test(n) || n.length >= 5) && /[a-z]/i.test(n));
    if (r.exact) r.exact = r.exact.filter((n) => !IMPORT_STOP.has(n.toLowerCase()) && !taken.has(n.toLowerCase()));
    const country = r.code.startsWith('IGO') || r.code.startsWith('NGO') ? null : isoOf(r.code, states);
    const pre = r.code.slice(0, 3);
    // Phoenix writes legislatures and courts as GOVLEG, GOVJUD: Dyad codes them LEG, JUD.
    const code = (CAMEO_ISO[pre] && CAMEO_ISO[pre] !== 'XKX' ? CAMEO_ISO[pre] + r.code.slice(3) : r.code).replace(/^([A-Z]{3})GOV(LEG|JUD)/, '$1$2');
    const sector = code.startsWith('IGO') ? undefined : code.startsWith('NGO') ? 'NGO' : code.startsWith('IMG') ? 'REB'
      : (/^[A-Z]{3}(REB|INS|SEP|OPP|PTY|MIL)/.exec(code)?.[1] ?? (code.length > 3 ? code.slice(3, 6) : undefined));
    const out = { ...r, type: r.type === 'country' || r.type === 'person' && !r.name.includes(' ') ? 'organization' : r.type, code, country,
      ...(sector ? { sector } : {}), ...(country === null ? { org: r.exact?.[0] ?? r.name } : {}), names };
    // Roles re-coded the same way (Phoenix dates some groups: ISIS from 2013).
    if (out.roles) out.roles = out.roles.map((x) => ({ ...x, code: CAMEO_ISO[x.code.slice(0, 3)] && CAMEO_ISO[x.code.slice(0, 3)] !== 'XKX' ? CAMEO_ISO[x.code.slice(0, 3)] + x.code.slice(3) : x.code }));
    return out;
  };
  const isTaken = (n) => taken.has(n.toLowerCase()) || taken.has(n.toLowerCase().replace(/^the /, ''));
  const keep = (r) => r.kind === 'entity' && !IMPORT_STOP.has(r.name.toLowerCase()) && !isTaken(r.name) && !isGeneric(r.name) && r.name.length >= 4;
  const write = (file, source, recs) => {
    writeFileSync(join(importedDir, file), `// Imported from ${source} (Phoenix dictionaries, MIT, Open Event Data Alliance) by scripts/build-actor-dictionary.mjs\n${recs.map((r) => JSON.stringify(r)).join('\n')}\n`);
    console.error(`${file}: ${recs.length} records`);
  };
  // Groups Phoenix codes only by region (INT, MEA, WEU...) are left out: no state to give them.
  // So are groups listed under one name and a plain country code: Phoenix's coders added aliases
  // and own codes to the groups the news names often, and the load budget has room for those only.
  const mns = petrarchToRecords(parsePetrarch(readFileSync(join(dir, 'Phoenix.MilNonState.actors.txt'), 'utf8')), 'phoenix').filter(keep).map(clean)
    .filter((r) => keep(r) && (r.country !== null || r.code.startsWith('IMG')) && ((r.names ?? []).length + (r.exact ?? []).length > 0 || r.code.length > 6));
  write('phoenix.milnonstate.groups.jsonl', 'Phoenix.MilNonState.actors.txt', mns);
  const intl = petrarchToRecords(parsePetrarch(readFileSync(join(dir, 'Phoenix.International.actors.txt'), 'utf8')), 'phoenix')
    .filter((r) => keep(r) && r.code.startsWith('IGO')).map(clean).filter(keep);
  write('phoenix.international.orgs.jsonl', 'Phoenix.International.actors.txt', intl);
  // The organisations of Phoenix.Countries (legislatures, armed forces, agencies, Syrian groups):
  // entries that are neither a person nor a state synonym.
  const corgs = petrarchToRecords(parsePetrarch(readFileSync(join(dir, 'Phoenix.Countries.actors.txt'), 'utf8')), 'phoenix')
    .filter((r) => keep(r) && r.type === 'organization' && r.code.length > 3 && isoOf(r.code, states) !== null).map(clean).filter(keep);
  write('phoenix.countries.orgs.jsonl', 'Phoenix.Countries.actors.txt', corgs);
}

const args = process.argv.slice(2);
const pi = args.indexOf('--phoenix');
if (pi >= 0) {
  importPhoenix(args[pi + 1]);
  importPhoenixOrgs(args[pi + 1]);
}

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

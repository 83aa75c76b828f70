import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type IrregularTable, nounForms, verbForms } from './inflect.js';
import { GAP, PatternTrie } from './pattern-trie.js';

/**
 * The event dictionary (docs/formats/event-dictionary.md): patterns that name a CAMEO code,
 * closed-class cue words (negation, modality, clause boundaries), and irregular verbs.
 */

/** 'v': a predicate (verb, adjective, phrase) whose source is its subject; 'n': an event noun. */
export type PatternKind = 'v' | 'n';

export interface EventPattern {
  readonly code: string;
  readonly kind: PatternKind;
  /** The pattern as written, for error messages and debugging. */
  readonly text: string;
  /** Where it was read: `file:line`. */
  readonly where: string;
  /** Trailing "to" opens an infinitive the event stands for ("refuse to", "agree to"). */
  readonly inf: boolean;
  /** Symmetric: coordinated participants each act towards each other ("met", "talks"). */
  readonly sym: boolean;
  /** No target is expected (e.g. "protest" in place may take its location). */
  readonly loc: boolean;
  /** The event holds only with a target actor. */
  readonly needsTarget: boolean;
  /** Readiness ("is ready to", "vowed to"): over a violent or coercive act it is a threat. */
  readonly ready: boolean;
  /** An event noun whose `of` phrase names the actor ("the withdrawal of Russian troops from ..."). */
  readonly ofActor: boolean;
  /** Coded only in the passive voice ("troops were sent to ..."; "sent a letter" is no event). */
  readonly passiveOnly?: boolean;
  /** Opens with the act's object, whose relative clause names the actor ("the troops (that) Russia sent to ..."). */
  readonly rel?: boolean;
  /** Coded only when the subject is armed forces or weapons ("Russian missiles hit Kyiv"; "sanctions hit Iran" is no attack). */
  readonly armed?: boolean;
  /** Number of fixed words: among matches of one span, the more specific pattern wins. */
  readonly words: number;
}

export interface EventDictionary {
  readonly patterns: readonly EventPattern[];
  readonly trie: PatternTrie<EventPattern>;
  /** Cue sections from cues.txt: name -> set of one-word cues (multiword cues joined by space). */
  readonly cues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Forms that can be past participles (passive voice test). */
  readonly participles: ReadonlySet<string>;
  /** Base forms of the pattern verbs ("attack", "supply"): a finite verb in this form needs a plural or pronoun subject. */
  readonly bases: ReadonlySet<string>;
}

const DATA_DIR = fileURLToPath(new URL('../../data/events/', import.meta.url));
export const DEFAULT_EVENT_FILES = {
  patterns: [DATA_DIR + 'patterns.txt'],
  cues: DATA_DIR + 'cues.txt',
  irregular: DATA_DIR + 'irregular-verbs.txt',
};

const FLAGS = new Set(['inf', 'sym', 'loc', 'tgt', 'ready', 'of-actor', 'passive', 'rel', 'armed']);

function lines(path: string): { text: string; where: string }[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read: ${(err as Error).message}`);
  }
  return raw.split('\n').flatMap((l, i) => {
    const text = l.replace(/#.*/, '').trim();
    return text ? [{ text, where: `${path}:${i + 1}` }] : [];
  });
}

/** Reads `lemma past participle` lines; alternatives separated by `|` ("learned|learnt"). */
export function parseIrregular(path: string): IrregularTable {
  const table = new Map<string, { past: string[]; participle: string[] }>();
  for (const { text, where } of lines(path)) {
    const parts = text.split(/\s+/);
    if (parts.length !== 3) throw new Error(`${where}: expected "lemma past participle", got "${text}"`);
    table.set(parts[0], { past: parts[1].split('|'), participle: parts[2].split('|') });
  }
  return table;
}

/** Reads `[section]` headers followed by cue phrases, one a line; `word*` adds verb forms. */
export function parseCues(path: string, irregular: IrregularTable): Map<string, Set<string>> {
  const cues = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  for (const { text, where } of lines(path)) {
    const header = /^\[([a-z-]+)\]$/.exec(text);
    if (header) {
      current = cues.get(header[1]) ?? new Set();
      cues.set(header[1], current);
      continue;
    }
    if (!current) throw new Error(`${where}: cue "${text}" before any [section]`);
    for (const word of text.split(/\s+/)) {
      if (word.endsWith('*')) for (const f of verbForms(word.slice(0, -1), irregular).all) current.add(f);
      else current.add(word);
    }
  }
  return cues;
}

/** Splits a pattern word on hyphens the way the tokenizer does ("cease-fire~" -> cease - fire~). */
function splitHyphens(word: string): string[] {
  if (!word.includes('-') || word === '-') return [word];
  return word.split(/(-)/).filter((p) => p !== '');
}

interface Element {
  readonly forms: readonly string[];
  readonly optional: boolean;
  readonly head: boolean;
}

function parseElement(raw: string, irregular: IrregularTable, participles: Set<string>, bases: Set<string>, where: string): Element[] {
  const optional = raw.startsWith('(') && raw.endsWith(')');
  const body = optional ? raw.slice(1, -1) : raw;
  if (body === GAP) return [{ forms: [GAP], optional: false, head: false }];
  const alts = body.split('|').map(splitHyphens);
  const width = alts[0].length;
  if (alts.some((a) => a.length !== width)) throw new Error(`${where}: alternatives in "${raw}" must have the same number of hyphen parts`);
  const out: Element[] = [];
  for (let k = 0; k < width; k++) {
    const forms = new Set<string>();
    let head = false;
    for (const alt of alts) {
      const w = alt[k];
      if (!/^[a-z0-9'.-]+[*~]?$/.test(w)) throw new Error(`${where}: bad pattern word "${w}" (lower-case words, * verb, ~ noun)`);
      if (w.endsWith('*')) {
        const vf = verbForms(w.slice(0, -1), irregular);
        vf.all.forEach((f) => forms.add(f));
        vf.participle.forEach((f) => participles.add(f));
        bases.add(w.slice(0, -1));
        head = true;
      } else if (w.endsWith('~')) {
        nounForms(w.slice(0, -1)).forEach((f) => forms.add(f));
        head = true;
      } else forms.add(w);
    }
    out.push({ forms: [...forms], optional, head });
  }
  return out;
}

/** Every concrete element sequence of a pattern (optional elements in and out). */
function expand(elements: readonly Element[]): { seq: string[][]; head: number }[] {
  let acc: { seq: string[][]; head: number }[] = [{ seq: [], head: -1 }];
  for (const el of elements) {
    const next: typeof acc = [];
    for (const a of acc) {
      if (el.optional) next.push(a);
      next.push({ seq: [...a.seq, el.forms as string[]], head: a.head < 0 && el.head ? a.seq.length : a.head });
    }
    acc = next;
  }
  return acc.filter((a) => a.seq.length > 0 && a.seq[0][0] !== GAP && a.seq[a.seq.length - 1][0] !== GAP);
}

/** Adds every concrete word sequence of the pattern to the trie (cartesian product of forms). */
function addToTrie(trie: PatternTrie<EventPattern>, pattern: EventPattern, elements: readonly Element[]): void {
  for (const { seq, head } of expand(elements)) {
    let paths: string[][] = [[]];
    for (const forms of seq) paths = paths.flatMap((p) => forms.map((f) => [...p, f]));
    for (const p of paths) trie.add(p, pattern, Math.max(head, 0));
  }
}

/** Parses one pattern line: `CODE KIND PATTERN [; flag ...]`. */
export function parsePatternLine(text: string, where: string): { pattern: EventPattern; words: string[] } {
  const [body, flagPart = ''] = text.split(';');
  const m = /^(\d{2,4})\s+([vn])\s+(.+)$/.exec(body.trim());
  if (!m) throw new Error(`${where}: expected "CODE v|n PATTERN [; flags]", got "${text}"`);
  const flags = flagPart.trim() ? flagPart.trim().split(/\s+/) : [];
  const bad = flags.find((f) => !FLAGS.has(f));
  if (bad) throw new Error(`${where}: unknown flag "${bad}" (known: ${[...FLAGS].join(', ')})`);
  const words = m[3].trim().split(/\s+/);
  if (words.includes('-')) throw new Error(`${where}: write hyphenated words joined ("cease-fire"), not "cease - fire"`);
  const pattern: EventPattern = {
    code: m[1], kind: m[2] as PatternKind, text: m[3].trim(), where,
    inf: flags.includes('inf'), sym: flags.includes('sym'), loc: flags.includes('loc'), needsTarget: flags.includes('tgt'), ready: flags.includes('ready'),
    ofActor: flags.includes('of-actor'), passiveOnly: flags.includes('passive'), rel: flags.includes('rel'), armed: flags.includes('armed'),
    words: words.filter((w) => w !== GAP && !w.startsWith('(')).length,
  };
  return { pattern, words };
}

export interface EventDictionaryFiles {
  readonly patterns: readonly string[];
  readonly cues: string;
  readonly irregular: string;
}

/**
 * Loads patterns, cues and irregular verbs. `knownCodes`, when given, rejects patterns whose
 * code is not in the codebook. Errors name the file and line.
 */
export function loadEventDictionary(files: EventDictionaryFiles = DEFAULT_EVENT_FILES, knownCodes?: (code: string) => boolean): EventDictionary {
  const irregular = parseIrregular(files.irregular);
  const participles = new Set<string>();
  for (const v of irregular.values()) v.participle.forEach((p) => participles.add(p));
  const bases = new Set<string>();
  const trie = new PatternTrie<EventPattern>();
  const patterns: EventPattern[] = [];
  for (const file of files.patterns) {
    for (const { text, where } of lines(file)) {
      const { pattern, words } = parsePatternLine(text, where);
      if (knownCodes && !knownCodes(pattern.code)) throw new Error(`${where}: code ${pattern.code} is not in the codebook`);
      const elements = words.flatMap((w) => parseElement(w, irregular, participles, bases, where));
      addToTrie(trie, pattern, elements);
      patterns.push(pattern);
    }
  }
  return { patterns, trie, cues: parseCues(files.cues, irregular), participles, bases };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Season = 'winter' | 'spring' | 'summer' | 'autumn';
export type Part = 'early' | 'mid' | 'late';
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
export type Bound = 'since' | 'after' | 'before' | 'until';

/** The word lists the time grammar reads, keyed by token norm. */
export interface TimeLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly seasons: ReadonlyMap<string, Season>;
  readonly parts: ReadonlyMap<string, Part>;
  readonly units: ReadonlyMap<string, Unit>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly relDays: ReadonlyMap<string, number>;
  readonly shifts: ReadonlyMap<string, number>;
  readonly bounds: ReadonlyMap<string, Bound>;
  readonly yearCues: ReadonlySet<string>;
  readonly notYearBefore: ReadonlySet<string>;
  readonly countAfter: ReadonlySet<string>;
  /** "weekend": Saturday and Sunday of a week near the document date. */
  readonly weekends: ReadonlySet<string>;
  /** Every word above that can start or signal a time expression; the cheap pre-filter. */
  readonly triggers: ReadonlySet<string>;
}

export const DEFAULT_TIME_LEXICON_PATH = fileURLToPath(new URL('../../data/time/lexicon.txt', import.meta.url));

/** A problem in the time lexicon file, naming the file and line. */
export class TimeLexiconError extends Error {
  constructor(readonly file: string, readonly line: number, detail: string) {
    super(`[TIM001] ${file}:${line}: ${detail}`);
    this.name = 'TimeLexiconError';
  }
}

/** Reads and checks the time lexicon (default: data/time/lexicon.txt). */
export function loadTimeLexicon(path: string = DEFAULT_TIME_LEXICON_PATH): TimeLexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new TimeLexiconError(path, 0, `cannot read: ${(err as Error).message}`);
  }
  return parseTimeLexicon(text, path);
}

type Parser = (value: string) => unknown;
const intIn = (lo: number, hi: number): Parser => (v) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;
};
const oneOf = (...xs: string[]): Parser => (v) => (xs.includes(v) ? v : undefined);
const dash: Parser = (v) => (v === '-' ? v : undefined);

/** Category name -> how its value is read and which field it fills. */
const CATEGORIES: Record<string, { field: keyof Omit<TimeLexicon, 'triggers'>; parse: Parser; trigger: boolean }> = {
  month: { field: 'months', parse: intIn(1, 12), trigger: true },
  weekday: { field: 'weekdays', parse: intIn(1, 7), trigger: true },
  season: { field: 'seasons', parse: oneOf('winter', 'spring', 'summer', 'autumn'), trigger: true },
  part: { field: 'parts', parse: oneOf('early', 'mid', 'late'), trigger: false },
  unit: { field: 'units', parse: oneOf('day', 'week', 'month', 'quarter', 'year', 'decade'), trigger: true },
  number: { field: 'numbers', parse: intIn(1, 100), trigger: false },
  ordinal: { field: 'ordinals', parse: intIn(1, 4), trigger: false },
  relday: { field: 'relDays', parse: intIn(-7, 7), trigger: true },
  shift: { field: 'shifts', parse: intIn(-1, 1), trigger: false },
  bound: { field: 'bounds', parse: oneOf('since', 'after', 'before', 'until'), trigger: false },
  yearcue: { field: 'yearCues', parse: dash, trigger: false },
  notyearbefore: { field: 'notYearBefore', parse: dash, trigger: false },
  countafter: { field: 'countAfter', parse: dash, trigger: false },
  weekend: { field: 'weekends', parse: dash, trigger: true },
};

/** Parses lexicon text; `file` only names the source in errors. */
export function parseTimeLexicon(text: string, file = '<time lexicon>'): TimeLexicon {
  const maps = new Map<string, Map<string, unknown>>();
  const triggers = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const [category, value, ...words] = line.split(/\s+/);
    const spec = CATEGORIES[category];
    if (spec === undefined) throw new TimeLexiconError(file, i + 1, `unknown category "${category}"`);
    const parsed = spec.parse(value ?? '');
    if (parsed === undefined) throw new TimeLexiconError(file, i + 1, `bad value "${value}" for ${category}`);
    if (words.length === 0) throw new TimeLexiconError(file, i + 1, `no words for ${category} ${value}`);
    const map = maps.get(spec.field) ?? new Map<string, unknown>();
    maps.set(spec.field, map);
    for (const word of words) {
      const forms = word.length > 1 && word.endsWith('.') ? [word, word.slice(0, -1)] : [word];
      for (const form of forms) {
        map.set(form, parsed);
        if (spec.trigger) triggers.add(form);
      }
    }
  });
  const map = (f: string) => (maps.get(f) ?? new Map()) as Map<string, never>;
  const set = (f: string) => new Set(map(f).keys());
  return {
    months: map('months'), weekdays: map('weekdays'), seasons: map('seasons'), parts: map('parts'),
    units: map('units'), numbers: map('numbers'), ordinals: map('ordinals'), relDays: map('relDays'),
    shifts: map('shifts'), bounds: map('bounds'),
    yearCues: set('yearCues'), notYearBefore: set('notYearBefore'), countAfter: set('countAfter'), weekends: set('weekends'),
    triggers,
  };
}

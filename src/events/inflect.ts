/**
 * Word forms generated from a lemma, so the dictionary lists "withdraw" once and matches
 * withdraws/withdrew/withdrawn/withdrawing. Regular rules over-generate on purpose (both
 * "visited" and "visitted"): a form that never occurs in text costs nothing, a missing one
 * loses an event. Irregular verbs come from data/events/irregular-verbs.txt.
 */

/** lemma -> irregular past and past-participle forms. */
export type IrregularTable = ReadonlyMap<string, { readonly past: readonly string[]; readonly participle: readonly string[] }>;

export interface VerbForms {
  /** Every form: base, third person, past, participle, gerund. */
  readonly all: readonly string[];
  /** Forms that can be a past participle (for passive detection). */
  readonly participle: readonly string[];
}

const VOWEL = /[aeiou]/;

/** Final consonant that may double before -ed/-ing (ban -> banned, commit -> committed). */
function doubled(lemma: string): string | null {
  const n = lemma.length;
  if (n < 3) return null;
  const [a, b, c] = [lemma[n - 3], lemma[n - 2], lemma[n - 1]];
  if (!VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c)) return lemma + c;
  return null;
}

/** Present forms no rule gives. */
const SUPPLETIVE: Record<string, readonly string[]> = { be: ['is', 'are', 'am', "'re"], have: ['has'] };

function thirdPerson(w: string): string {
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

function pastRegular(w: string): string[] {
  if (w.endsWith('e')) return [w + 'd'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ied'];
  const d = doubled(w);
  return d ? [w + 'ed', d + 'ed'] : [w + 'ed'];
}

function gerund(w: string): string[] {
  if (w.endsWith('ie')) return [w.slice(0, -2) + 'ying'];
  if (/[^aeiouy]e$/.test(w) || w.endsWith('ue')) return [w.slice(0, -1) + 'ing'];
  const d = doubled(w);
  return d ? [w + 'ing', d + 'ing'] : [w + 'ing'];
}

/** All forms of a one-word verb lemma. */
export function verbForms(lemma: string, irregular: IrregularTable): VerbForms {
  const irr = irregular.get(lemma);
  const past = irr ? irr.past : pastRegular(lemma);
  const participle = irr ? irr.participle : past;
  const all = new Set([lemma, thirdPerson(lemma), ...(SUPPLETIVE[lemma] ?? []), ...past, ...participle, ...gerund(lemma)]);
  return { all: [...all], participle: [...new Set(participle)] };
}

/** Singular and plural of a noun ("threat" -> threats, "policy" -> policies). */
export function nounForms(noun: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(noun)) return [noun, noun + 'es'];
  if (/[^aeiou]y$/.test(noun)) return [noun, noun.slice(0, -1) + 'ies'];
  if (/[^aeiou]o$/.test(noun)) return [noun, noun + 's', noun + 'es'];
  return [noun, noun + 's'];
}

import { peopleOf, type Predicate } from './arguments.js';
import { CUE, cueAt, mentionOf, type SentenceView, WordSet } from './sentence-view.js';
import type { Mention } from '../model/types.js';
import { RootSet, rootRange, VIOLENT_ROOTS } from './root-set.js';

/**
 * Rules that recode a matched event from what the words around it imply: a declared
 * unwillingness is a rejection, a commitment to cooperate is an intent (03), readiness to use
 * force or an announced coercive act is a threat (13).
 */

/** CAMEO 130: threaten, not specified. */
export const THREATEN = '130';
export const CONDITION = new WordSet(['unless', 'if']);

/** Conflictual acts a readiness or an announcement turns into a threat: roots 14-20 (`/^(1[4-9]|20)/`). */
const CONFLICT_ROOTS = new RootSet(rootRange(14, 20));

export const cooperative = (code: string): boolean => Number(code.slice(0, 2)) <= 8;

/** What ending a cooperative act is ("no longer supplies", "stopped supplying weapons"): stopping aid (162x), talks (164), mediation (165), else reducing relations (160). */
const REDUCTIONS: Record<string, string> = { '07': '162', '071': '1621', '072': '1622', '073': '1623', '046': '164', '045': '165' };
export function reductionCode(code: string): string {
  return REDUCTIONS[code.slice(0, 3)] ?? REDUCTIONS[code.slice(0, 2)] ?? '160';
}

/**
 * A declared unwillingness ("will not accept", "would not give permission") is a refusal:
 * CAMEO codes it as a rejection of the matching kind, not as a denied cooperation.
 */
export function refusalCode(code: string): string {
  const root = code.slice(0, 2);
  if (root === '06') return '121';
  if (root === '07') return '122';
  if (root === '08') return '124';
  return '120';
}

/**
 * A commitment to a future act of cooperation ("will provide aid", "said it would free") is
 * CAMEO's "express intent to" (03) of the matching kind.
 */
export function intentCode(code: string): string {
  const root = code.slice(0, 2);
  if (root === '04') return '036';
  if (root === '05') return '032';
  if (root === '06') return '031';
  if (root === '07') return ({ '071': '0331', '072': '0332', '073': '0333', '074': '0334' } as Record<string, string>)[code.slice(0, 3)] ?? '033';
  if (root === '08') return code.startsWith('084') ? '0353' : code.startsWith('085') ? '0354' : code.startsWith('087') ? '0356' : '035';
  return code;
}

/** Future or readiness cue ("will", "would" in reported speech, "is ready to") right before the predicate. */
export function committed(v: SentenceView, p: Predicate, subjectStart: number): boolean {
  for (let i = p.start - 1; i >= Math.max(v.ts, subjectStart) && i >= p.start - 5; i--) {
    if (v.cues.commit.has(v.tokens[i].norm)) return true;
  }
  return false;
}

/**
 * Threats without the word: readiness to use force or coercion ("is prepared to impose martial
 * law", "vowed to fight"), or a promised act made conditional ("will withdraw ... unless").
 */
export function threatening(v: SentenceView, p: Predicate, preds: readonly Predicate[], k: number, modality: string): boolean {
  if (p.pattern.ready) {
    const governed = v.governed.get(k);
    return governed !== undefined && CONFLICT_ROOTS.test(governed.pattern.code);
  }
  if (modality !== 'intended' || p.pattern.code.startsWith('13')) return false;
  // an announced conflictual act is a threat ("plans to impose restrictions", "would boycott");
  // one others foresee is not ("Moscow is expected to send more troops")
  if (CONFLICT_ROOTS.test(p.pattern.code)) return !forecast(v, p);
  // a retreat made conditional is one too ("will withdraw its force unless ..."); a conditional meeting is not
  if (!p.pattern.code.startsWith('08')) return false;
  for (let i = p.end; i < v.te && i < p.end + 15; i++) if (CONDITION.has(v.tokens[i].norm)) return !preds.some((q) => q.start > p.end && q.start < i && q.pattern.kind === 'v');
  return false;
}

/** "is expected to" / "are likely to" in the few words before the predicate: a forecast, not an announcement. */
function forecast(v: SentenceView, p: Predicate): boolean {
  for (let i = p.start - 1; i > v.ts && i >= p.start - 5; i--) {
    const n = v.tokens[i].norm;
    if ((n === 'expected' || n === 'likely' || n === 'unlikely') && cueAt(v, i - 1, CUE.be)) return true;
  }
  return false;
}

/** CAMEO 015: claim responsibility. */
export const CLAIM_RESPONSIBILITY = '015';

/** CAMEO 112: accuse, not specified. */
export const ACCUSE = '112';
const ALLEGE_VERB = new Set(['claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'alleging']);
const SELF_PRONOUN = new Set(['it', 'they', 'we']);

/** Index of a claim verb right before a clause's subject ("claimed (that) SUBJ ..."), or -1. */
function claimVerbBefore(v: SentenceView, p: Predicate, subjectStart: number): number {
  if (p.pattern.kind !== 'v' || !VIOLENT_ROOTS.test(p.pattern.code) || subjectStart >= p.start) return -1;
  let i = subjectStart - 1;
  if (i > v.ts && v.tokens[i].norm === 'that') i--;
  return i >= v.ts && ALLEGE_VERB.has(v.tokens[i].norm) ? i : -1;
}

/**
 * "Hamas claimed (that) it attacked Israel": a claim of one's own violent act is a claim of
 * responsibility (015), not the act as reported. Only a pronoun subject counts as the claimer's own.
 */
export function claimedOwnAct(v: SentenceView, p: Predicate, subjectStart: number): boolean {
  const c = claimVerbBefore(v, p, subjectStart);
  return c >= 0 && v.tokens[c].norm.startsWith('claim') && SELF_PRONOUN.has(v.tokens[subjectStart].norm);
}

/**
 * "Peru claimed that Chile attacked Bolivia": a violent act claimed of a named other party is
 * the claimer's accusation of it (112). Returns the claimer, the mention right before the verb.
 */
export function accuserOf(v: SentenceView, p: Predicate, subjectStart: number): Mention | undefined {
  const c = claimVerbBefore(v, p, subjectStart);
  if (c < 0 || SELF_PRONOUN.has(v.tokens[subjectStart].norm)) return undefined;
  return mentionOf(v, c - 1);
}

/** CAMEO 042 (make a visit), 074 (peacekeeping) and 150 (demonstrate military power). */
const VISIT = '042';
const PEACEKEEPING = '074';
const FORCE_POSTURE = '150';
/** Heads of an armed force, in or right after its name ("the US general", "the Pakistani army chief"). */
const LEADER = new Set(['chief', 'chiefs', 'commander', 'commanders', 'general', 'generals', 'officer', 'officers', 'minister', 'head', 'leader', 'spokesman']);
const TROOPS = new Set(['troops', 'forces', 'soldiers', 'contingent', 'battalion', 'battalions', 'units', 'peacekeepers', 'marines', 'paratroopers']);

/**
 * Troops do not pay visits: "peacekeeping troops arrived in Bosnia" is peacekeeping (074),
 * "a battalion of Chadian soldiers arrived in Mali" a deployment (150). Read from the source's
 * sector and the words of the subject ("NATO peacekeepers", "the first Bangladeshi contingent").
 */
function arrivalCode(v: SentenceView, code: string, sources: readonly Mention[], subjectStart: number, verbStart: number): string {
  if (code === FORCE_POSTURE || code === EXPEL) return movedCode(v, code, subjectStart, verbStart);
  if (code !== VISIT) return code;
  // an army chief or commander pays visits; an army arrives in force
  let troops = sources.some((s) => s.sector === 'MIL' && !LEADER.has(v.tokens[s.tokenEnd - 1].norm) && !LEADER.has(v.tokens[s.tokenEnd]?.norm ?? ''));
  for (let i = Math.max(v.ts, subjectStart); i < verbStart; i++) {
    const n = v.tokens[i].norm;
    if (n.startsWith('peacekeep')) return PEACEKEEPING;
    if (TROOPS.has(n)) troops = true;
  }
  return troops ? FORCE_POSTURE : code;
}

const EXPEL = '166';
const EXPEL_DIPLOMATS = '161';
const DIPLOMATS = new Set(['diplomat', 'diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'attache', 'attaches', 'consul']);

/**
 * The subject says what kind of force or person is moved: "Russian peacekeepers were deployed
 * to ..." keep the peace (074), "two diplomats were expelled from ..." is a diplomatic
 * expulsion (161), as the object does for the active patterns ("deployed peacekeepers").
 */
function movedCode(v: SentenceView, code: string, subjectStart: number, verbStart: number): string {
  for (let i = Math.max(v.ts, subjectStart); i < verbStart; i++) {
    const n = v.tokens[i].norm;
    if (code === FORCE_POSTURE && n.startsWith('peacekeep')) return PEACEKEEPING;
    if (code === EXPEL && DIPLOMATS.has(n)) return EXPEL_DIPLOMATS;
  }
  return code;
}

/** CAMEO 190 (conventional force, unspecified), 180 (unconventional violence, unspecified), 111 (criticize). */
const FORCE = '190';
const UNCONVENTIONAL = '180';
const CRITICIZE = '111';
const COMPLAIN = '114';
const REDUCE = '160';
const DISSENT = '140';

/**
 * Unspecified force against civilians ("militiamen attacked a camp of Congolese refugees",
 * "gunmen killed Palestinian civilians") is no act of war between armed parties (19) but
 * violence against the defenceless (18). Specific military means (shelling, air strikes) keep
 * their own codes.
 */
function civilianTargetCode(code: string, targets: readonly Mention[]): string {
  if (code !== FORCE || !targets.length) return code;
  for (const t of targets) if (t.sector !== 'CVL') return code;
  return UNCONVENTIONAL;
}

/** Verbs of readying ("prepared to resume shelling"): an armed party getting ready shows force. */
const PREPARE = new Set(['prepare', 'prepares', 'prepared', 'preparing', 'readies', 'readied', 'readying']);

/**
 * "The army prepared to resume shelling": readying a military act, with no word of warning to
 * anyone, is a force posture (150), not a threat (13).
 */
function preparedForce(v: SentenceView, p: Predicate, code: string): string {
  if (!VIOLENT_ROOTS.test(p.pattern.code) || !code.startsWith('13')) return code;
  for (let i = p.start - 1; i >= v.ts && i >= p.start - 4; i--) {
    if (PREPARE.has(v.tokens[i].norm)) return FORCE_POSTURE;
    if (v.tokens[i].shape === 'punct') break;
  }
  return code;
}

/** CAMEO 183: non-military bombing. */
const BOMBING = '183';
const BOMB_WORDS = new Set(['bomb', 'bombs', 'bombing', 'bombings', 'grenade', 'grenades', 'explosive', 'explosives', 'device', 'devices', 'ied', 'ieds']);

/**
 * "A roadside bombing near Samarra killed a soldier", "a grenade wounded three": a killing or
 * wounding whose subject is a bomb is a bombing (183), as the Phoenix verb dictionary codes KILL
 * with a weapon as its subject. Looks back over the clause before the verb, to a comma.
 */
function bombSubjectCode(v: SentenceView, p: Predicate, code: string): string {
  if (code !== FORCE && code !== '182' && code !== UNCONVENTIONAL) return code;
  for (let i = p.start - 1; i >= v.ts && i >= p.start - 10; i--) {
    const n = v.tokens[i].norm;
    if (n === ',' || n === ';') break;
    if (BOMB_WORDS.has(n)) return BOMBING;
  }
  return code;
}

/**
 * The code after the rules that read the words around a matched act: troops arriving, force on
 * civilians, readying force, a bomb as the subject (each leaves codes it does not concern alone).
 */
export function contextCode(v: SentenceView, p: Predicate, code: string, sources: readonly Mention[], targets: readonly Mention[], subjectStart: number): string {
  const arrived = arrivalCode(v, code, sources, subjectStart, p.start);
  const coded = officialProtestCode(verbalAttackCode(v, p, bombSubjectCode(v, p, preparedForce(v, p, civilianTargetCode(arrived, targets))), sources), sources);
  return leftOrganizationCode(coded, targets);
}

/** "Mali and Burkina Faso withdrew from ECOWAS": leaving an intergovernmental body reduces relations (160), it is no retreat. */
function leftOrganizationCode(code: string, targets: readonly Mention[]): string {
  // a retreat (0874, or 087 unspecified) only: a ceasefire or weapons handed to UN monitors (0871, 0873) leave no body
  if ((code !== '0874' && code !== '087') || !targets.length) return code;
  for (const t of targets) if (t.type !== 'organization' || !t.code.startsWith('IGO')) return code;
  return REDUCE;
}

/** A state or its government: when they "protest", it is an official complaint (legislators' protests stay dissent). */
const isOfficial = (m: Mention): boolean => (m.sector === null ? m.type === 'country' || m.type === 'city' : m.sector === 'GOV');

/** Every source is a state or its government (not its people). */
export function officialSources(sources: readonly Mention[]): boolean {
  if (!sources.length) return false;
  for (const s of sources) if (!isOfficial(s) || peopleOf(s)) return false;
  return true;
}

/** "Seoul summoned Tokyo's ambassador to protest ...", "China protested the visit": a state's protest is a complaint (114), not dissent (140). */
function officialProtestCode(code: string, sources: readonly Mention[]): string {
  return code === DISSENT && officialSources(sources) ? COMPLAIN : code;
}

/** Sectors that bear no arms: when they "attack" someone, it is in words. */
const UNARMED = new Set(['MED', 'EDU', 'LEG', 'JUD', 'BUS', 'NGO', 'CVL', 'OPP', 'LAB', 'HLH', 'REL']);

/** "Russian television hosts attacked Pashinyan": an attack by the unarmed is criticism (111). */
function verbalAttackCode(v: SentenceView, p: Predicate, code: string, sources: readonly Mention[]): string {
  if (code !== FORCE || !sources.length || !v.tokens[p.head].norm.startsWith('attack')) return code;
  for (const s of sources) if (s.sector === null || !UNARMED.has(s.sector)) return code;
  return CRITICIZE;
}

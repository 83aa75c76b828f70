import type { Doc, DyadEvent, EventActor, Mention } from '../model/types.js';
import { type ArgContext, type Arguments, findAgent, findObject, findParticipants, findPossessor, findSubject, isPassive, type Predicate } from './arguments.js';
import type { Codebook, CodeSpec } from './codebook.js';
import type { EventDictionary, EventPattern } from './event-dictionary.js';
import { modalityOf, polarityOf } from './modality.js';
import type { TrieMatch } from './pattern-trie.js';
import { choosePredicates, dropGoverned, findMatches } from './predicates.js';
import { createView, type Cues, isActor, resolveCues, type SentenceView } from './sentence-view.js';

/** The date an event takes, given its evidence span (src/time's dateForSpan). */
export type DateForSpan = (doc: Doc, sentence: number, start: number, end: number) => DyadEvent['date'];

export interface CoderOptions {
  readonly codebook: Codebook;
  readonly dictionary: EventDictionary;
  readonly dateForSpan: DateForSpan;
}

const AGENT_PREPS = new Set(['by']);
const NOUN_AGENT_PREPS = new Set(['by', 'from']);
/** Code used for "no longer <cooperate>": the relation is reduced. */
const REDUCE_RELATIONS = '160';

function toActor(m: Mention): EventActor {
  return { code: m.code, country: m.country, org: m.org, sector: m.sector, name: m.canonical || m.text, type: m.type, entityId: m.entityId };
}

const sameActor = (a: Mention, b: Mention): boolean => a === b || a.entityId === b.entityId || a.code === b.code;

/** Source and target lists for one predicate. */
function argumentsOf(v: SentenceView, p: Predicate, stopAt: number, ctx: ArgContext, participles: ReadonlySet<string>): Arguments & { subjectStart: number } {
  const participants = findParticipants(v, p.end);
  if (p.pattern.kind === 'n') {
    let sources = findPossessor(v, p);
    let via: Arguments['via'] = 'possessor';
    if (!sources.length) sources = findAgent(v, p.end, NOUN_AGENT_PREPS), (via = 'agent');
    if (!sources.length && ctx.prevNominal && joinedByAnd(v, ctx.prevNominal.end, p.start)) {
      sources = [...ctx.prevNominal.sources];
      via = 'inherited';
    }
    const obj = findObject(v, p.end, stopAt, { direct: false });
    const targets = obj.targets.filter((t) => !sources.includes(t));
    if (!sources.length && participants.length >= 2) return { sources: participants, targets: [], via: 'participants', withTarget: false, passive: false, subjectStart: p.start };
    return { sources, targets, via: sources.length ? via : 'none', withTarget: obj.prep === 'with', passive: false, subjectStart: sources[0]?.tokenStart ?? p.start };
  }
  const passive = isPassive(v, p, participles);
  const subject = findSubject(v, p, ctx);
  const subjectStart = subject.mentions[0]?.tokenStart ?? p.start;
  if (passive) {
    const agents = findAgent(v, p.end, AGENT_PREPS);
    if (agents.length) return { sources: agents, targets: subject.mentions, via: 'agent', withTarget: false, passive, subjectStart };
    if (participants.length >= 2) return { sources: participants, targets: [], via: 'participants', withTarget: false, passive, subjectStart };
    return { sources: [], targets: subject.mentions, via: 'none', withTarget: false, passive, subjectStart };
  }
  const obj = findObject(v, p.end, stopAt, { direct: true });
  let targets = obj.targets.length ? obj.targets : participants;
  if (!targets.length && (p.pattern.loc || Number(p.pattern.code.slice(0, 2)) >= 14)) targets = obj.location;
  return { sources: subject.mentions, targets, via: subject.via, withTarget: obj.prep === 'with', passive, subjectStart };
}

/** "X's action in Georgia and subsequent recognition": the second noun shares the first one's source. */
function joinedByAnd(v: SentenceView, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let i = from; i < to; i++) if (v.tokens[i].norm === 'and') return true;
  return false;
}

const BASE_CONFIDENCE: Record<Arguments['via'], number> = {
  subject: 0.8, agent: 0.8, possessor: 0.7, participants: 0.7, inherited: 0.65, pronoun: 0.6, oblique: 0.5, none: 0,
};

/** Source-target pairs: each source with each target; coordinated parties of a symmetric event with each other. */
function pairs(pattern: EventPattern, args: Arguments): [Mention, Mention | null][] {
  const out: [Mention, Mention | null][] = [];
  const { sources, targets } = args;
  if (!targets.length && sources.length >= 2 && (pattern.sym || args.via === 'participants')) {
    for (const a of sources) for (const b of sources) if (!sameActor(a, b)) out.push([a, b]);
    return out;
  }
  for (const s of sources) {
    const ts = targets.filter((t) => !sameActor(s, t));
    if (!ts.length && !pattern.needsTarget) out.push([s, null]);
    for (const t of ts) {
      out.push([s, t]);
      if (pattern.sym && args.withTarget) out.push([t, s]);
    }
  }
  return out;
}

export interface SentenceCoder {
  /** Codes one sentence; `ctx` carries the pronoun topic between sentences. */
  code(doc: Doc, sentence: number, mentions: readonly Mention[], ctx: ArgContext): DyadEvent[];
}

export function createSentenceCoder(opts: CoderOptions): SentenceCoder {
  const { codebook, dictionary, dateForSpan } = opts;
  const cues: Cues = resolveCues(dictionary);
  const matches: TrieMatch<EventPattern>[] = [];
  return {
    code(doc, sentence, mentions, ctx) {
      const actors = mentions.filter(isActor);
      ctx.prevSubject = null;
      ctx.prevNominal = null;
      if (!actors.length) return [];
      const v = createView(doc, sentence, actors, cues);
      matches.length = 0;
      findMatches(v, dictionary.trie, matches);
      if (!matches.length) return [];
      const preds = dropGoverned(v, choosePredicates(v, matches));
      const events: DyadEvent[] = [];
      const seen = new Set<string>();
      preds.forEach((p, k) => {
        const stopAt = k + 1 < preds.length ? preds[k + 1].start : v.te;
        const args = argumentsOf(v, p, stopAt, ctx, dictionary.participles);
        if (p.pattern.kind === 'v' && args.sources.length && !args.passive) ctx.prevSubject = args.sources;
        if (p.pattern.kind === 'n' && args.sources.length) ctx.prevNominal = { end: p.end, sources: args.sources };
        if (args.sources.length) ctx.topic = args.sources[0];
        if (!args.sources.length) return;
        const polarity = polarityOf(v, p);
        const code = polarity.noLonger && Number(p.pattern.code.slice(0, 2)) <= 8 ? REDUCE_RELATIONS : p.pattern.code;
        const spec = codebook.lookup(code);
        if (!spec) return;
        const modality = modalityOf(v, p, args.subjectStart);
        const start = doc.tokens[p.start].start;
        const end = doc.tokens[p.end - 1].end;
        const date = dateForSpan(doc, sentence, start, end);
        const confidence = BASE_CONFIDENCE[args.via];
        for (const [s, t] of pairs(p.pattern, args)) {
          const key = `${spec.code}|${s.code}|${s.entityId}|${t?.code ?? ''}|${t?.entityId ?? ''}|${polarity.negated}`;
          if (seen.has(key)) continue;
          seen.add(key);
          events.push(makeEvent(doc, sentence, spec, s, t, { negated: polarity.negated, modality, date, start, end, confidence: t ? confidence : confidence - 0.1 }));
        }
      });
      return events;
    },
  };
}

interface EventFacts {
  readonly negated: boolean;
  readonly modality: DyadEvent['modality'];
  readonly date: DyadEvent['date'];
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

function makeEvent(doc: Doc, sentence: number, spec: CodeSpec, s: Mention, t: Mention | null, f: EventFacts): DyadEvent {
  return {
    sentence,
    source: toActor(s),
    target: t ? toActor(t) : null,
    code: spec.code,
    root: spec.root,
    label: spec.name,
    quad: spec.quad,
    goldstein: spec.goldstein,
    plover: spec.plover,
    date: f.date,
    negated: f.negated,
    modality: f.modality,
    issues: [],
    evidence: { start: f.start, end: f.end },
    confidence: Math.round(Math.max(0.1, Math.min(1, f.confidence)) * 100) / 100,
  };
}

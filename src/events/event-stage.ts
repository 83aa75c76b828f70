import type { DyadEvent, Mention } from '../model/types.js';
import type { Stage } from '../pipeline/stage.js';
import { type ArgContext, pronounOpens } from './arguments.js';
import { type CoderOptions, createSentenceCoder } from './coder.js';

const NONE: readonly Mention[] = [];
const NO_EVENTS: readonly DyadEvent[] = [];

/** Mentions grouped by sentence index, each list in text order (one pass; a list is sorted only when out of order). */
function bySentence(mentions: readonly Mention[], count: number): (readonly Mention[])[] {
  const out: (readonly Mention[])[] = new Array(count).fill(NONE);
  for (const m of mentions) {
    if (!(m.sentence >= 0 && m.sentence < count)) continue;
    const list = out[m.sentence];
    if (list === NONE) out[m.sentence] = [m];
    else (list as Mention[]).push(m);
  }
  for (const list of out) if (list.length > 1 && !inOrder(list)) (list as Mention[]).sort((a, b) => a.tokenStart - b.tokenStart);
  return out;
}

function inOrder(list: readonly Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].tokenStart > list[i].tokenStart) return false;
  return true;
}

/**
 * The event stage over an explicit date function (src/events/index.ts wires in the time
 * stage's dateForSpan; tests pass a double).
 */
export function createEventCoderStage(opts: CoderOptions): Stage {
  const coder = createSentenceCoder(opts);
  return {
    name: 'events.cameo-patterns.v1',
    requires: ['tokens', 'sentences', 'mentions', 'times'],
    assigns: ['events'],
    run(doc) {
      const groups = bySentence(doc.mentions, doc.sentences.length);
      // every field set here (prevVerbEnd too), so the coder's writes keep one object shape
      const ctx: ArgContext = { prevSubject: null, prevTargets: null, prevNominal: null, topic: null, topicSentence: -1, topicGroup: null, groupSentence: -1, lastState: null, person: null, prevVerbEnd: -1, recalled: { meeting: null, visit: null, deal: null } };
      const events = [];
      for (let s = 0; s < doc.sentences.length; s++) {
        const found = groups[s].length || pronounOpens(doc, s, ctx) ? coder.code(doc, s, groups[s], ctx) : NO_EVENTS;
        for (const e of found) events.push(e);
      }
      doc.events = events;
    },
  };
}


import type { Mention } from '../model/types.js';
import type { Stage } from '../pipeline/stage.js';
import type { ArgContext } from './arguments.js';
import { type CoderOptions, createSentenceCoder } from './coder.js';

/** Mentions grouped by sentence index, each list in text order. */
function bySentence(mentions: readonly Mention[], count: number): Mention[][] {
  const out: Mention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) if (m.sentence >= 0 && m.sentence < count) out[m.sentence].push(m);
  for (const list of out) if (list.length > 1) list.sort((a, b) => a.tokenStart - b.tokenStart);
  return out;
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
      const ctx: ArgContext = { prevSubject: null, prevTargets: null, prevNominal: null, topic: null };
      const events = [];
      for (let s = 0; s < doc.sentences.length; s++) events.push(...coder.code(doc, s, groups[s], ctx));
      doc.events = events;
    },
  };
}

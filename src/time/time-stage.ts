import type { Stage } from '../pipeline/stage.js';
import { findTimes, startWords } from './find-times.js';
import { loadTimeLexicon, type TimeLexicon } from './time-lexicon.js';

/**
 * The time stage: fills doc.times with every temporal expression, normalised. The lexicon is
 * read once, when the stage is made (default data/time/lexicon.txt).
 */
export function createTimeStage(opts: { lexicon?: TimeLexicon } = {}): Stage {
  const lex = opts.lexicon ?? loadTimeLexicon();
  const starts = startWords(lex);
  return {
    name: 'time.grammar.v1',
    requires: ['tokens', 'sentences', 'date'],
    assigns: ['times'],
    run(doc) {
      doc.times = findTimes(doc, lex, starts);
    },
  };
}

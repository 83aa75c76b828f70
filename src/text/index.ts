import type { Stage } from '../pipeline/stage.js';
import { Lexicon } from './lexicon.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export { normalize, tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { Lexicon, LexemeInts, LexemeTable, lexemesOf } from './lexicon.js';

/** Tokens, sentences and word ids for the whole document; the ids come from `lexicon`, kept across documents. */
export function createTextStage(lexicon: Lexicon = new Lexicon()): Stage {
  return {
    name: 'text.regex.v1',
    requires: ['text'],
    assigns: ['tokens', 'sentences'],
    run(doc) {
      const tokens = tokenize(doc.text);
      doc.tokens = tokens;
      doc.sentences = splitSentences(doc.text, tokens);
      doc.lexemes = { lexicon, tokens, ids: lexicon.assign(tokens) };
    },
  };
}

/** A text stage with a lexicon of its own. */
export const textStage: Stage = createTextStage();

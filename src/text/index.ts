import type { Stage } from '../pipeline/stage.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export { normalize, tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';

/** Tokens and sentences for the whole document. */
export const textStage: Stage = {
  name: 'text.regex.v1',
  requires: ['text'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    doc.tokens = tokenize(doc.text);
    doc.sentences = splitSentences(doc.text, doc.tokens);
  },
};

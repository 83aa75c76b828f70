import type { Doc } from '../../src/model/types.js';
import { splitSentences, tokenize } from '../../src/text/index.js';
import { createTimeStage } from '../../src/time/index.js';

/** A hand-built Doc: tokens and sentences from src/text, nothing else filled. */
export function makeDoc(text: string, date: string | null = null): Doc {
  const tokens = tokenize(text);
  return {
    id: 'test', title: null, date, text, source: 'test', url: null,
    tokens, sentences: splitSentences(text, tokens), mentions: [], times: [], events: [], issues: [],
  };
}

const stage = createTimeStage();

/** A Doc with the time stage run over it. */
export function timedDoc(text: string, date: string | null = null): Doc {
  const doc = makeDoc(text, date);
  stage.run(doc);
  return doc;
}

/** The times found in `text` as `text=value` strings, the form the case tables use. */
export function found(text: string, date: string | null = null): string[] {
  return timedDoc(text, date).times.map((t) => `${t.text}=${t.value}`);
}

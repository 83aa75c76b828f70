import type { Stage } from '../pipeline/stage.js';
import { dateForSpan } from '../time/index.js';
import type { Codebook } from './codebook.js';
import type { EventDictionary } from './event-dictionary.js';
import { createEventCoderStage } from './event-stage.js';

export { type Codebook, type CodeSpec, createCodebook, DEFAULT_CODEBOOK_PATH, loadCodebook } from './codebook.js';
export { DEFAULT_EVENT_FILES, type EventDictionary, type EventDictionaryFiles, type EventPattern, loadEventDictionary } from './event-dictionary.js';
export { type CoderOptions, createSentenceCoder, type DateForSpan } from './coder.js';
export { createEventCoderStage } from './event-stage.js';

/** The CAMEO event stage, dating events with the time stage's dateForSpan. */
export function createEventStage(opts: { codebook: Codebook; dictionary: EventDictionary }): Stage {
  return createEventCoderStage({ ...opts, dateForSpan });
}

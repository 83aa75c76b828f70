import type { Stage } from '../pipeline/stage.js';
import { dateForSpan } from '../time/index.js';
import type { Codebook } from './codebook.js';
import type { EventDictionary } from './event-dictionary.js';
import { createEventCoderStage } from './event-stage.js';

export { type Codebook, type CodeSpec, createCodebook, DEFAULT_CODEBOOK_PATH, loadCodebook } from './codebook.js';
export { DEFAULT_EVENT_FILES, type EventDictionary, type EventDictionaryFiles, type EventPattern, loadEventDictionary } from './event-dictionary.js';
export { type CoderOptions, createSentenceCoder, type DateForSpan } from './coder.js';
export { createEventCoderStage } from './event-stage.js';
export { nounForms, verbForms } from './inflect.js';

/**
 * The CAMEO event stage (`events.cameo-patterns.v1`), dating events with the time stage's
 * dateForSpan. `keepUntargeted` also emits events whose text names no target.
 */
export function createEventStage(opts: { codebook: Codebook; dictionary: EventDictionary; keepUntargeted?: boolean }): Stage {
  return createEventCoderStage({ ...opts, dateForSpan });
}

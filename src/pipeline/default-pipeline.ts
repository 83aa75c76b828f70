import { createActorStage, loadActorDictionary } from '../actors/index.js';
import { createEventStage, loadCodebook, loadEventDictionary } from '../events/index.js';
import { createIssueStage } from '../issues/index.js';
import { createTextStage } from '../text/index.js';
import { createTimeStage } from '../time/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

export interface DefaultPipelineOptions {
  /** Extra actor dictionary files (own format, e.g. from `dyad dict import`). */
  readonly dictFiles?: readonly string[];
}

/** The standard pipeline: text -> actors -> time -> events -> issues, with the bundled data loaded. */
export async function createDefaultPipeline(opts: DefaultPipelineOptions = {}): Promise<Pipeline> {
  return createPipeline([
    createTextStage(),
    createActorStage(loadActorDictionary({ extraFiles: [...(opts.dictFiles ?? [])] })),
    createTimeStage(),
    createEventStage({ codebook: loadCodebook(), dictionary: loadEventDictionary() }),
    createIssueStage(),
  ]);
}

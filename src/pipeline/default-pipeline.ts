import type { Stage } from './stage.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { textStage } from '../text/index.js';
import { createIssueStage } from '../issues/index.js';

export interface DefaultPipelineOptions {
  /** Extra actor dictionary files (own format, e.g. from `dyad dict import`). */
  readonly dictFiles?: readonly string[];
}

/** The standard pipeline: text -> actors -> time -> events -> issues, with the bundled data loaded. */
export async function createDefaultPipeline(opts: DefaultPipelineOptions = {}): Promise<Pipeline> {
  // TEMPORARY while the stages land: load what exists.
  const stages: Stage[] = [textStage];
  try {
    const actors = await import('../actors/index.js');
    stages.push(actors.createActorStage(actors.loadActorDictionary({ extraFiles: [...(opts.dictFiles ?? [])] })));
  } catch (e) { if (process.env.DYAD_DEBUG) console.error(e); }
  try {
    const time = await import('../time/index.js');
    stages.push(time.createTimeStage());
  } catch (e) { if (process.env.DYAD_DEBUG) console.error(e); }
  try {
    const events = await import('../events/index.js');
    stages.push(events.createEventStage({ codebook: events.loadCodebook(), dictionary: events.loadEventDictionary() }));
  } catch (e) { if (process.env.DYAD_DEBUG) console.error(e); }
  if (stages.some((s) => s.assigns.includes('events'))) stages.push(createIssueStage());
  return createPipeline(stages);
}

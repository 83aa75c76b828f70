/** Dyad as a library: the pipeline, its stages' data model, and the extraction contract. */
export type * from './model/types.js';
export { createPipeline, newDoc, type Pipeline } from './pipeline/pipeline.js';
export { createDefaultPipeline, type DefaultPipelineOptions } from './pipeline/default-pipeline.js';
export { processInputs, type ProcessHooks, type ProcessFailure } from './pipeline/process-inputs.js';
export { contractRecords, contractEvent, documentLines, eventLines, jsonLines, CONTRACT_VERSION } from './pipeline/contract.js';
export type { Stage, DocField } from './pipeline/stage.js';
export { openStore, defaultDbPath, type Store, type EventFilter } from './store/index.js';

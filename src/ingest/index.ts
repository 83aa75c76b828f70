/**
 * Ingest: turns files, directories, stdin and JSON-lines feeds into clean `SourceDoc`s
 * (page chrome removed, encoding decoded, title/date from metadata), one failure per bad input.
 */
export { expandInputs } from './expand-inputs.js';
export { readEntry } from './read-entry.js';
export { contentHash } from './content-hash.js';
export { INGEST_ERRORS, type IngestErrorCode } from './errors.js';
export { normalizeDate } from './normalize-date.js';
export { selectContent, classifyBlock, type BlockClass, type ContentSelection } from './select-content.js';
export { splitTextBlocks, type Block } from './blocks.js';
export type { IngestFailure, IngestItem, InputEntry, InputFormat, ReadOptions } from './types.js';

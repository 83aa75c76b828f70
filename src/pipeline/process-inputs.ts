import type { Doc } from '../model/types.js';
import { expandInputs, type IngestFailure, readEntry } from '../ingest/index.js';
import type { Pipeline } from './pipeline.js';

/** An input or document that could not be processed: an ingest failure, or a stage that failed on a document. */
export interface ProcessFailure {
  readonly input: string;
  readonly code: IngestFailure['code'] | 'E_PIPELINE';
  readonly message: string;
}

export interface ProcessHooks {
  /** Called once the inputs are expanded, with the total number of bytes to read. */
  onStart?(totalBytes: number, files: number): void;
  /** Receives every analysed document with its content hash. */
  onDoc(doc: Doc, hash: string): void | Promise<void>;
  /** Receives every input that could not be read or analysed; processing goes on. */
  onError(failure: ProcessFailure): void;
  onWarning?(input: string, message: string): void;
  /** Bytes of input consumed so far. */
  onProgress?(bytesDone: number): void;
}

export interface ProcessSummary {
  readonly documents: number;
  readonly failures: number;
}

/**
 * The one path from input paths to analysed documents, shared by `extract`, `ingest`, the
 * server and queue workers: expand paths, read each entry, run the pipeline, hand each Doc on.
 * A bad input or a document a stage fails on becomes a failure; the batch goes on.
 */
export async function processInputs(paths: readonly string[], pipeline: Pipeline, hooks: ProcessHooks): Promise<ProcessSummary> {
  const { entries, errors } = await expandInputs([...paths]);
  let failures = 0;
  for (const e of errors) {
    failures++;
    hooks.onError(e);
  }
  hooks.onStart?.(entries.reduce((n, e) => n + e.size, 0), entries.length);
  let documents = 0;
  let bytesDone = 0;
  for (const entry of entries) {
    let entryBytes = 0;
    for await (const item of readEntry(entry)) {
      if (item.kind === 'error') {
        failures++;
        hooks.onError(item);
        continue;
      }
      for (const w of item.warnings ?? []) hooks.onWarning?.(item.doc.source, w);
      let doc: Doc;
      try {
        doc = pipeline.run(item.doc);
      } catch (err) {
        failures++;
        hooks.onError({ input: item.doc.source, code: 'E_PIPELINE', message: (err as Error).message });
        continue;
      }
      await hooks.onDoc(doc, item.hash);
      documents++;
      entryBytes += item.bytes;
      hooks.onProgress?.(bytesDone + Math.min(entryBytes, entry.size));
    }
    bytesDone += entry.size;
    hooks.onProgress?.(bytesDone);
  }
  return { documents, failures };
}

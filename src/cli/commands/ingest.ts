import type { Command } from 'commander';
import { createDefaultPipeline } from '../../pipeline/default-pipeline.js';
import { processInputs } from '../../pipeline/process-inputs.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import { CliError, EXIT } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { collect, reportFailure, reportWarning } from '../report.js';

interface IngestOptions {
  db?: string;
  dict?: string[];
  progress: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('analyse documents and store them, their actors, dates and events in the database')
    .argument('<paths...>', 'files, directories, .jsonl record files, or - for stdin')
    .option('--db <file>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--dict <file>', 'an extra actor dictionary file (repeatable)', collect)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (paths: string[], opts: IngestOptions) => {
      const dbPath = opts.db ?? defaultDbPath();
      const summary = await ingestPaths(paths, dbPath, opts);
      process.stderr.write(
        `ingested ${summary.inserted} new, ${summary.updated} updated, ${summary.duplicates} unchanged documents ` +
          `(${summary.events} events) into ${dbPath}` +
          (summary.failures > 0 ? `; ${summary.failures} input(s) failed` : '') +
          '\n',
      );
      if (summary.failures > 0) process.exitCode = EXIT.PARTIAL;
    });
}

export interface IngestSummary {
  inserted: number;
  updated: number;
  duplicates: number;
  events: number;
  failures: number;
}

/** Ingests paths into the database at dbPath; shared by `ingest` and `demo`. */
export async function ingestPaths(paths: string[], dbPath: string, opts: { dict?: string[]; progress?: boolean } = {}): Promise<IngestSummary> {
  let store;
  try {
    store = openStore(dbPath);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FATAL);
  }
  const pipeline = await createDefaultPipeline({ dictFiles: opts.dict });
  const progress = createProgress(opts.progress !== false && process.stderr.isTTY === true);
  const s: IngestSummary = { inserted: 0, updated: 0, duplicates: 0, events: 0, failures: 0 };
  try {
    const result = await processInputs(paths, pipeline, {
      onStart: (total) => progress.start(total),
      onProgress: (done) => progress.update(done, s.inserted + s.updated + s.duplicates),
      onError: (f) => progress.interrupt(() => reportFailure(f)),
      onWarning: (input, message) => progress.interrupt(() => reportWarning(input, message)),
      async onDoc(doc, hash) {
        const outcome = await store.saveDocument(doc, hash);
        if (outcome === 'inserted') s.inserted++;
        else if (outcome === 'updated') s.updated++;
        else s.duplicates++;
        if (outcome !== 'duplicate') s.events += doc.events.length;
      },
    });
    s.failures = result.failures;
  } finally {
    progress.stop();
    await store.close();
  }
  return s;
}

import type { Command } from 'commander';
import { contractRecords, CONTRACT_VERSION, documentLines } from '../../pipeline/contract.js';
import { createDefaultPipeline } from '../../pipeline/default-pipeline.js';
import { processInputs } from '../../pipeline/process-inputs.js';
import { EVENT_COLUMNS, eventRow, tsvField, type FlatEventInput } from '../event-columns.js';
import { CliError, EXIT } from '../exit-codes.js';
import { LineWriter } from '../line-writer.js';
import { collect, reportFailure, reportWarning } from '../report.js';

interface ExtractOptions {
  format: string;
  dict?: string[];
  version?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('analyse documents without a database and print the contract records on stdout')
    .argument('[paths...]', 'files, directories, .jsonl record files, or - for stdin')
    .option('-f, --format <format>', 'jsonl (the contract: document, mention, time, event records) or tsv (events)', 'jsonl')
    .option('--dict <file>', 'an extra actor dictionary file (repeatable)', collect)
    .option('--version', 'print the contract version and exit')
    .action(async (paths: string[], opts: ExtractOptions) => {
      if (opts.version) {
        process.stdout.write(`${CONTRACT_VERSION}\n`);
        return;
      }
      if (opts.format !== 'jsonl' && opts.format !== 'tsv') throw new CliError(`--format: expected jsonl or tsv, got "${opts.format}"`, EXIT.USAGE);
      if (paths.length === 0) throw new CliError('extract: give at least one path (or - for stdin)', EXIT.USAGE);
      const pipeline = await createDefaultPipeline({ dictFiles: opts.dict });
      const out = new LineWriter(process.stdout);
      if (opts.format === 'tsv') await out.line(EVENT_COLUMNS.join('\t'));
      const summary = await processInputs(paths, pipeline, {
        onError: reportFailure,
        onWarning: reportWarning,
        async onDoc(doc) {
          // one multi-line write per document: fewer stringify calls and awaits than one per record
          if (opts.format === 'jsonl') return out.line(documentLines(doc));
          for (const record of contractRecords(doc)) {
            if (record.kind === 'event') {
              const e = record as unknown as FlatEventInput;
              await out.line(eventRow(e, doc.text.slice(e.evidence.start, e.evidence.end)).map(tsvField).join('\t'));
            }
          }
        },
      });
      await out.flush();
      if (summary.failures > 0) process.exitCode = EXIT.PARTIAL;
    });
}

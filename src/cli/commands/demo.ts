import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/index.js';
import { intOption } from '../db-options.js';
import { EXIT } from '../exit-codes.js';
import { renderTable } from '../table.js';
import { ingestPaths } from './ingest.js';
import { serveUntilStopped } from './serve.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

interface DemoOptions {
  db: string;
  port: string;
  host: string;
  serve: boolean;
}

/** `npm start`: the main job on the embedded default — ingest the sample corpus, summarise it, serve the dashboard. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled sample corpus (examples/) into a database, summarise it and serve the dashboard')
    .option('--db <file>', 'database file', process.env.DYAD_DB ?? 'dyad.db')
    .option('--port <n>', 'dashboard port', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'stop after ingesting and summarising')
    .action(async (opts: DemoOptions) => {
      const port = intOption('--port', opts.port, 0, 65535) ?? 8080;
      const summary = await ingestPaths([EXAMPLES], opts.db);
      process.stdout.write(`Ingested the sample corpus (${EXAMPLES}) into ${opts.db}: ${summary.inserted} new documents, ${summary.duplicates} already there.\n\n`);
      const store = openStore(opts.db, { readonly: true });
      try {
        const dyads = await store.dyads();
        const rows = dyads.slice(0, 10).map((d) => [d.dyad, String(d.events), d.first ?? '', d.last ?? '', d.meanGoldstein.toFixed(2)]);
        process.stdout.write(`${renderTable(['dyad', 'events', 'first', 'last', 'mean goldstein'], rows)}\n\n`);
      } finally {
        await store.close();
      }
      if (summary.failures > 0) process.exitCode = EXIT.PARTIAL;
      if (!opts.serve) return;
      await serveUntilStopped({ dbPath: opts.db, port, host: opts.host });
    });
}

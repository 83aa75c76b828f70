import type { Command } from 'commander';
import { csvField } from '../event-columns.js';
import { formatOption, intOption, openForQuery } from '../db-options.js';
import { LineWriter } from '../line-writer.js';
import { renderTable } from '../table.js';

interface ActorsOptions {
  db?: string;
  country?: string;
  q?: string;
  limit: string;
  offset: string;
  format: string;
}

const COLUMNS = ['entity_id', 'canonical', 'code', 'country', 'org', 'sector', 'type', 'mentions', 'events'] as const;

export function register(program: Command): void {
  program
    .command('actors')
    .description('list the actors found in stored documents, most mentioned first')
    .option('--db <file>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--country <code>', 'only actors of this country (ISO alpha-3)')
    .option('-q, --q <text>', 'part of the name or entity id')
    .option('--limit <n>', 'at most this many actors', '100')
    .option('--offset <n>', 'skip this many first', '0')
    .option('-f, --format <format>', 'table, jsonl or csv', 'table')
    .action(async (opts: ActorsOptions) => {
      const format = formatOption(opts.format, ['table', 'jsonl', 'csv']);
      const limit = intOption('--limit', opts.limit, 1, 10_000);
      const offset = intOption('--offset', opts.offset, 0, Number.MAX_SAFE_INTEGER);
      const store = openForQuery(opts.db);
      try {
        const actors = await store.actors({ country: opts.country, q: opts.q, limit, offset });
        const out = new LineWriter(process.stdout);
        const cells = actors.map((a) => [a.entityId, a.canonical, a.code, a.country ?? '', a.org ?? '', a.sector ?? '', a.type, String(a.mentions), String(a.events)]);
        if (format === 'jsonl') for (const a of actors) await out.line(JSON.stringify(a));
        else if (format === 'csv') {
          await out.line(COLUMNS.join(','));
          for (const row of cells) await out.line(row.map(csvField).join(','));
        } else await out.line(actors.length === 0 ? 'no actors' : renderTable([...COLUMNS], cells));
        await out.flush();
      } finally {
        await store.close();
      }
    });
}

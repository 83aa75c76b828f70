import type { Command } from 'commander';
import { formatOption, openForQuery } from '../db-options.js';
import { renderTable } from '../table.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('counts of documents, sentences, mentions, actors and events, and the top dyads')
    .option('--db <file>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('-f, --format <format>', 'table or json', 'table')
    .action(async (opts: { db?: string; format: string }) => {
      const format = formatOption(opts.format, ['table', 'json']);
      const store = openForQuery(opts.db);
      try {
        const s = await store.stats();
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(s)}\n`);
          return;
        }
        const counts: string[][] = [
          ['documents', String(s.documents)],
          ['sentences', String(s.sentences)],
          ['mentions', String(s.mentions)],
          ['actors', String(s.actors)],
          ['events', String(s.events)],
          ['  verbal cooperation (quad 1)', String(s.eventsByQuad['1'])],
          ['  material cooperation (quad 2)', String(s.eventsByQuad['2'])],
          ['  verbal conflict (quad 3)', String(s.eventsByQuad['3'])],
          ['  material conflict (quad 4)', String(s.eventsByQuad['4'])],
        ];
        const dyads = s.topDyads.map((d) => [d.dyad, String(d.events)]);
        process.stdout.write(`${renderTable(['', 'count'], counts)}\n\n${dyads.length === 0 ? 'no dyads' : renderTable(['dyad', 'events'], dyads)}\n`);
      } finally {
        await store.close();
      }
    });
}

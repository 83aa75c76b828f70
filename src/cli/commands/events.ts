import type { Command } from 'commander';
import { contractEvent } from '../../pipeline/contract.js';
import type { EventFilter, StoredEvent } from '../../store/index.js';
import { csvField, EVENT_COLUMNS, eventRow, type FlatEventInput } from '../event-columns.js';
import { CliError, EXIT } from '../exit-codes.js';
import { formatOption, intOption, openForQuery } from '../db-options.js';
import { LineWriter } from '../line-writer.js';
import { renderTable } from '../table.js';

interface EventsOptions {
  db?: string;
  dyad?: string;
  actor?: string;
  from?: string;
  to?: string;
  root?: string;
  code?: string;
  quad?: string;
  issue?: string;
  negated?: boolean;
  asserted?: boolean;
  q?: string;
  limit?: string;
  offset?: string;
  format: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function register(program: Command): void {
  program
    .command('events')
    .description('list stored events, filtered')
    .option('--db <file>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--dyad <A-B>', 'the two countries, either direction, e.g. AZE-RUS')
    .option('--actor <code>', 'a country code or entity id on either side')
    .option('--from <date>', 'events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date')
    .option('--root <root>', 'CAMEO root code, two digits (e.g. 08)')
    .option('--code <code>', 'CAMEO event code (e.g. 0874)')
    .option('--quad <n>', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict')
    .option('--issue <id>', 'issue id (e.g. energy)')
    .option('--negated', 'only events the text denies')
    .option('--asserted', 'only events the text does not deny')
    .option('-q, --q <text>', 'full-text query over the event sentences')
    .option('--limit <n>', 'at most this many events (default: all)')
    .option('--offset <n>', 'skip this many events first', '0')
    .option('-f, --format <format>', 'table, jsonl (contract event records) or csv', 'table')
    .action(async (opts: EventsOptions) => {
      const format = formatOption(opts.format, ['table', 'jsonl', 'csv']);
      const filter = eventFilter(opts);
      const store = openForQuery(opts.db);
      try {
        await printEvents(store.events.bind(store), filter, format, intOption('--limit', opts.limit, 1, Number.MAX_SAFE_INTEGER));
      } finally {
        await store.close();
      }
    });
}

function eventFilter(o: EventsOptions): EventFilter {
  if (o.dyad !== undefined && !/^[A-Z0-9]{2,}-[A-Z0-9]{2,}$/.test(o.dyad)) throw new CliError(`--dyad: expected two codes like AZE-RUS, got "${o.dyad}"`, EXIT.USAGE);
  for (const [name, v] of [['--from', o.from], ['--to', o.to]] as const) {
    if (v !== undefined && !DATE.test(v)) throw new CliError(`${name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`, EXIT.USAGE);
  }
  if (o.root !== undefined && !/^\d{2}$/.test(o.root)) throw new CliError(`--root: expected two digits such as 08, got "${o.root}"`, EXIT.USAGE);
  if (o.code !== undefined && !/^\d{2,4}$/.test(o.code)) throw new CliError(`--code: expected a CAMEO code such as 0874, got "${o.code}"`, EXIT.USAGE);
  if (o.negated && o.asserted) throw new CliError('--negated and --asserted exclude each other', EXIT.USAGE);
  return {
    dyad: o.dyad,
    actor: o.actor,
    from: o.from,
    to: o.to,
    root: o.root,
    code: o.code,
    quad: intOption('--quad', o.quad, 1, 4),
    issue: o.issue,
    negated: o.negated ? true : o.asserted ? false : undefined,
    q: o.q,
    offset: intOption('--offset', o.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

const PAGE = 5000;

/** Prints every matching event, fetched a page at a time so memory stays flat. */
async function printEvents(
  query: (f: EventFilter) => Promise<StoredEvent[]>,
  filter: EventFilter,
  format: string,
  limit: number | undefined,
): Promise<void> {
  const out = new LineWriter(process.stdout);
  const table: string[][] = [];
  if (format === 'csv') await out.line(EVENT_COLUMNS.join(','));
  let offset = filter.offset ?? 0;
  let left = limit ?? Infinity;
  while (left > 0) {
    const page = await query({ ...filter, offset, limit: Math.min(PAGE, left) });
    for (const e of page) {
      const record = contractEvent(e.doc, e.text, e);
      const evidence = e.evidenceText;
      if (format === 'jsonl') await out.line(JSON.stringify(record));
      else if (format === 'csv') await out.line(eventRow(record as unknown as FlatEventInput, evidence).map(csvField).join(','));
      else table.push([e.date?.value ?? '', e.source.code, e.code, e.target?.code ?? '', e.negated ? 'no' : '', e.label, evidence]);
    }
    if (page.length < Math.min(PAGE, left)) break;
    offset += page.length;
    left -= page.length;
  }
  if (format === 'table') {
    await out.line(table.length === 0 ? 'no events' : renderTable(['date', 'source', 'code', 'target', 'neg', 'event', 'evidence'], table));
  }
  await out.flush();
}

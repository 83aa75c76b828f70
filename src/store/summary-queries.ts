/** Whole-database summaries: counts for the dashboard header and the dyad table. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface DyadSummary {
  /** Two country codes sorted and joined ('AZE-RUS'). */
  readonly dyad: string;
  readonly events: number;
  /** Earliest lower bound and latest upper bound of the dyad's dated events (YYYY-MM-DD). */
  readonly first: string | null;
  readonly last: string | null;
  readonly meanGoldstein: number;
}

export interface StoreStats {
  readonly documents: number;
  readonly sentences: number;
  readonly mentions: number;
  readonly actors: number;
  readonly events: number;
  /** Event counts by quad class ('1'..'4'); absent classes count 0. */
  readonly eventsByQuad: Record<'1' | '2' | '3' | '4', number>;
  /** The ten dyads with most events. */
  readonly topDyads: { readonly dyad: string; readonly events: number }[];
}

export async function storeStats(db: Kysely<Database>): Promise<StoreStats> {
  const count = async (table: keyof Database) =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const [documents, sentences, mentions, actors, quads, top] = await Promise.all([
    count('documents'), count('sentences'), count('mentions'), count('actors'),
    db.selectFrom('events').select((eb) => ['quad', eb.fn.countAll<number>().as('n')]).groupBy('quad').execute(),
    db.selectFrom('events').where('dyad', 'is not', null)
      .select((eb) => ['dyad', eb.fn.countAll<number>().as('n')])
      .groupBy('dyad').orderBy('n', 'desc').orderBy('dyad').limit(10).execute(),
  ]);
  const eventsByQuad = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const r of quads) {
    const k = String(r.quad);
    if (k in eventsByQuad) eventsByQuad[k as keyof typeof eventsByQuad] = Number(r.n);
  }
  const events = quads.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    documents, sentences, mentions, actors, events, eventsByQuad,
    topDyads: top.map((r) => ({ dyad: r.dyad as string, events: Number(r.n) })),
  };
}

/** Every dyad with its event count, date span and mean Goldstein score, most events first. */
export async function listDyads(db: Kysely<Database>): Promise<DyadSummary[]> {
  const rows = await db
    .selectFrom('events')
    .where('dyad', 'is not', null)
    .select((eb) => [
      'dyad',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('date_start').as('first'),
      eb.fn.max('date_end').as('last'),
      eb.fn.avg<number>('goldstein').as('mean'),
    ])
    .groupBy('dyad')
    .orderBy('n', 'desc')
    .orderBy('dyad')
    .execute();
  return rows.map((r) => ({
    dyad: r.dyad as string,
    events: Number(r.n),
    first: r.first,
    last: r.last,
    meanGoldstein: Math.round(Number(r.mean) * 1000) / 1000,
  }));
}

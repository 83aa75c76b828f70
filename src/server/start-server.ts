import type { FastifyInstance } from 'fastify';
import { openStore, type Store, StoreError } from '../store/index.js';
import { type ServerOptions, buildServer } from './build-server.js';

export interface StartOptions extends ServerOptions {
  readonly dbPath: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Interface to listen on (default 127.0.0.1: the dashboard is for this machine unless asked). */
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The landing page's whole-database aggregates, one after another (each is a full scan). */
async function warm(app: FastifyInstance): Promise<void> {
  for (const url of ['/api/dyads', '/api/stats', '/api/issues']) await app.inject(url).catch(() => undefined);
}

/** Opens the database read-only and serves the API and dashboard; resolves once listening. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const store = await openReadOnly(opts.dbPath);
  try {
    const app = buildServer(store, opts);
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ port: opts.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : opts.port;
    // Compute the whole-database aggregates the landing page asks for now, not on the first visit.
    setImmediate(() => void warm(app));
    const shown = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    return {
      url: `http://${shown}:${port}/`,
      async close() {
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/**
 * The store, read-only. A database written by an older version is first brought up to date
 * (its migrations run once through a writable connection), as `dyad ingest` would do.
 */
async function openReadOnly(path: string): Promise<Store> {
  const store = openStore(path, { readonly: true });
  try {
    await store.ready;
    return store;
  } catch (err) {
    await store.close();
    if (!(err instanceof StoreError && err.code === 'E_STORE_MIGRATE')) throw err;
  }
  const writer = openStore(path);
  try {
    await writer.ready;
  } finally {
    await writer.close();
  }
  const upgraded = openStore(path, { readonly: true });
  await upgraded.ready;
  return upgraded;
}

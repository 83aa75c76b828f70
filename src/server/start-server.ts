import { openStore } from '../store/index.js';
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

/** Opens the database read-only and serves the API and dashboard; resolves once listening. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const store = openStore(opts.dbPath, { readonly: true });
  try {
    await store.ready;
    const app = buildServer(store, opts);
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ port: opts.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : opts.port;
    // Compute the whole-database aggregates the landing page asks for now, not on the first visit.
    setImmediate(() => void Promise.all([app.inject('/api/dyads'), app.inject('/api/stats')]).catch(() => undefined));
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

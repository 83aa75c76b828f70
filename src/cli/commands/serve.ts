import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { type RunningServer, type StartOptions, startServer } from '../../server/index.js';
import { defaultDbPath } from '../../store/index.js';
import { intOption } from '../db-options.js';
import { CliError, EXIT } from '../exit-codes.js';
import { packageVersion } from '../package-version.js';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  log: boolean;
}

/** `dyad serve`: the HTTP API (/api, OpenAPI at /api/openapi.json) and the dashboard over a database. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the dashboard over a database (read-only)')
    .option('--db <file>', 'database file (default $DYAD_DB or ./dyad.db)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--log', 'log every request on stderr', false)
    .action(async (opts: ServeOptions) => {
      const port = intOption('--port', opts.port, 0, 65535) ?? 8080;
      const dbPath = opts.db ?? defaultDbPath();
      if (!existsSync(dbPath)) throw new CliError(`${dbPath}: no such database (run \`dyad ingest PATH --db ${dbPath}\` first)`, EXIT.FATAL);
      await serveUntilStopped({ dbPath, port, host: opts.host, logger: opts.log });
    });
}

/** Starts the server, prints its URL and keeps it up until SIGINT/SIGTERM; shared with `dyad demo`. */
export async function serveUntilStopped(opts: StartOptions): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer({ version: packageVersion(), ...opts });
  } catch (err) {
    throw new CliError(`cannot serve ${opts.dbPath}: ${(err as Error).message}`, EXIT.FATAL);
  }
  process.stdout.write(`Dyad dashboard: ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C to stop)\n`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

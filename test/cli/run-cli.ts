import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI (`npm test` builds first, through `pretest`). */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEED = join(SHARED, 'seeds/azerbaijan-russia-relations.txt');
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `dyad ARGS...` to completion (stdin from `input` when given). */
export function dyad(args: string[], input?: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DYAD_DB: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `dyad ARGS...` asynchronously, for tests that need to act while it runs. */
export function dyadChild(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'dyad-cli-'));

/** Parses JSON lines output. */
export const jsonl = (out: string): Record<string, any>[] =>
  out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));

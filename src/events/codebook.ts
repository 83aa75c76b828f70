import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from '../model/types.js';

/** One CAMEO code as data/cameo/codebook.json holds it (docs/formats/codebook.md). */
export interface CodeSpec {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly root: string;
  readonly quad: Quad;
  readonly plover: string | null;
}

export interface Codebook {
  readonly codes: readonly CodeSpec[];
  lookup(code: string): CodeSpec | undefined;
}

export const DEFAULT_CODEBOOK_PATH = fileURLToPath(new URL('../../data/cameo/codebook.json', import.meta.url));

/** Builds a codebook over a list of specs, checking each one; `where` names the source in errors. */
export function createCodebook(specs: readonly unknown[], where = 'codebook'): Codebook {
  const byCode = new Map<string, CodeSpec>();
  specs.forEach((item, i) => {
    const s = item as Partial<CodeSpec>;
    const at = `${where}: codes[${i}]`;
    if (typeof s.code !== 'string' || !/^\d{2,4}$/.test(s.code)) throw new Error(`${at}: "code" must be 2-4 digits as a string`);
    if (typeof s.name !== 'string') throw new Error(`${at} (${s.code}): "name" must be a string`);
    if (typeof s.goldstein !== 'number' || s.goldstein < -10 || s.goldstein > 10) throw new Error(`${at} (${s.code}): "goldstein" must be a number in [-10, 10]`);
    if (s.root !== s.code.slice(0, 2)) throw new Error(`${at} (${s.code}): "root" must be the first two digits`);
    if (![1, 2, 3, 4].includes(s.quad as number)) throw new Error(`${at} (${s.code}): "quad" must be 1-4`);
    if (byCode.has(s.code)) throw new Error(`${at}: duplicate code ${s.code}`);
    byCode.set(s.code, { code: s.code, name: s.name, goldstein: s.goldstein, root: s.root, quad: s.quad as Quad, plover: s.plover ?? null });
  });
  return { codes: [...byCode.values()], lookup: (code) => byCode.get(code) };
}

/** Loads the CAMEO codebook (default data/cameo/codebook.json); errors name the file and entry. */
export function loadCodebook(path = DEFAULT_CODEBOOK_PATH): Codebook {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read codebook: ${(err as Error).message}`);
  }
  const list = (raw as { codes?: unknown }).codes;
  if (!Array.isArray(list)) throw new Error(`${path}: missing "codes" array`);
  return createCodebook(list, path);
}

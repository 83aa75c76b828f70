import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One issue of the taxonomy (data/issues/issues.json, documented in docs/formats/issues.md). */
export interface IssueSpec {
  readonly id: string;
  readonly label: string;
  /** Token sequences, space-separated folded words; a trailing `*` on a word matches by prefix. */
  readonly terms: readonly string[];
}

export interface IssueTaxonomy {
  readonly issues: readonly IssueSpec[];
}

export const DEFAULT_TAXONOMY_PATH = fileURLToPath(new URL('../../data/issues/issues.json', import.meta.url));

/** Loads and checks an issue taxonomy file; errors name the file and what is wrong. */
export function loadIssueTaxonomy(path = DEFAULT_TAXONOMY_PATH): IssueTaxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read issue taxonomy: ${(err as Error).message}`);
  }
  const list = (raw as { issues?: unknown }).issues;
  if (!Array.isArray(list)) throw new Error(`${path}: missing "issues" array`);
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = `${path}: issues[${i}]`;
    const spec = item as Partial<IssueSpec>;
    if (typeof spec.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(spec.id)) throw new Error(`${where}: "id" must be a kebab-case string`);
    if (seen.has(spec.id)) throw new Error(`${where}: duplicate id "${spec.id}"`);
    seen.add(spec.id);
    if (typeof spec.label !== 'string') throw new Error(`${where}: "label" must be a string`);
    if (!Array.isArray(spec.terms) || spec.terms.some((t) => typeof t !== 'string' || t.trim() === '')) {
      throw new Error(`${where}: "terms" must be a list of non-empty strings`);
    }
  });
  return { issues: list as IssueSpec[] };
}

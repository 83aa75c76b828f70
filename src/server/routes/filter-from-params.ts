import type { AnalysisFilter } from '../../analysis/index.js';
import type { ParamValues } from '../params.js';

const STRING_FIELDS = ['dyad', 'actor', 'source', 'target', 'code', 'root', 'from', 'to', 'issue', 'q', 'doc'] as const;

/** The store's event filter from validated parameters (absent ones left out). */
export function filterFromParams(p: ParamValues): AnalysisFilter {
  const f: Record<string, unknown> = {};
  for (const k of STRING_FIELDS) if (typeof p[k] === 'string') f[k] = p[k];
  if (typeof p.quad === 'number') f.quad = p.quad;
  if (typeof p.negated === 'boolean') f.negated = p.negated;
  return f as AnalysisFilter;
}

import { openApiParam } from './params.js';
import type { Route } from './route.js';

export const GENERATED_START = '<!-- endpoints: generated from src/server routes; node test/server/write-api-doc.mjs -->';
export const GENERATED_END = '<!-- end of generated endpoints -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The endpoint reference of docs/api.md, from the same route table the server runs. */
export function apiMarkdown(routes: readonly Route[]): string {
  const out = [GENERATED_START, ''];
  for (const r of routes) {
    out.push(`### GET ${r.path.replace(/:(\w+)/g, '{$1}')}`, '', `${r.summary}.`, '');
    if (r.produces && r.produces.length > 1) out.push(`Formats: ${r.produces.map((t) => `\`${t}\``).join(', ')} (choose with \`format\`).`, '');
    if (r.params.length === 0) {
      out.push('No parameters.', '');
      continue;
    }
    out.push('| parameter | in | type | default | meaning |', '|---|---|---|---|---|');
    for (const p of r.params) {
      const o = openApiParam(p) as { schema: Record<string, unknown>; description: string; required: boolean };
      const type = p.kind === 'enum' ? (p.values ?? []).join(' | ') : p.kind === 'date' ? 'YYYY[-MM[-DD]]' : p.kind;
      const range = p.min !== undefined || p.max !== undefined ? ` ${p.min ?? ''}..${p.max ?? ''}` : '';
      out.push(`| \`${p.name}\`${o.required ? ' (required)' : ''} | ${p.in} | ${cell(type + range)} | ${p.default ?? ''} | ${cell(o.description)} |`);
    }
    out.push('');
  }
  out.push(GENERATED_END);
  return out.join('\n');
}

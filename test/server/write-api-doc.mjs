// Rewrites the generated endpoint section of docs/api.md from the built route table.
// Usage: npx tsc -p tsconfig.json && node test/server/write-api-doc.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { API_ROUTES, GENERATED_END, GENERATED_START, apiMarkdown } from '../../dist/server/index.js';

const file = new URL('../../docs/api.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const start = text.indexOf(GENERATED_START);
const end = text.indexOf(GENERATED_END);
if (start < 0 || end < 0) throw new Error('docs/api.md: generated section markers not found');
writeFileSync(file, text.slice(0, start) + apiMarkdown(API_ROUTES) + text.slice(end + GENERATED_END.length));
process.stdout.write('docs/api.md updated\n');

import { describe, expect, it } from 'vitest';
import { splitParts } from './split-parts.js';

async function parts(chunks: string[], size: number): Promise<string[]> {
  const out: string[] = [];
  for await (const p of splitParts((async function* () { yield* chunks; })(), size)) out.push(p);
  return out;
}

describe('splitParts', () => {
  it('cuts at a blank line in the second half of the window, losing nothing', async () => {
    const text = 'aaaa aaaa\n\nbbbb bbbb\n\ncccc cccc\n';
    const out = await parts([text.slice(0, 7), text.slice(7)], 24);
    expect(out.join('')).toBe(text);
    expect(out[0]).toBe('aaaa aaaa\n\nbbbb bbbb\n');
    expect(out.every((p) => p.length <= 24)).toBe(true);
  });

  it('falls back to a line break, then to a hard cut that keeps surrogate pairs whole', async () => {
    expect(await parts(['one line\nanother line'], 12)).toEqual(['one line\n', 'another line']);
    const emoji = 'ab\u{1F600}cd';
    const out = await parts([emoji], 3);
    expect(out.join('')).toBe(emoji);
    expect(out[0]).toBe('ab');
  });

  it('yields a small input as one part and nothing for no input', async () => {
    expect(await parts(['short'], 100)).toEqual(['short']);
    expect(await parts([], 100)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCodebook } from './codebook.js';
import { RootSet, rootRange } from './root-set.js';

describe('RootSet', () => {
  it('answers as the regex over the roots does, for every codebook code and odd strings', () => {
    const cases: [RootSet, RegExp][] = [
      [new RootSet(['02', '10']), /^(02|10)/],
      [new RootSet(['07', '08', ...rootRange(13, 19), '20']), /^(07|08|1[3-9]|20)/],
      [new RootSet(['14']), /^14/],
    ];
    const codes = [...loadCodebook().codes.map((c) => c.code), '', '1', '0', '1x', 'x14', '٠٢', '20 ', '10a'];
    for (const [set, re] of cases) for (const code of codes) expect(set.test(code), `${re} ${code}`).toBe(re.test(code));
  });
  it('rejects roots that are not two digits', () => {
    expect(() => new RootSet(['2'])).toThrow(/two-digit/);
  });
});

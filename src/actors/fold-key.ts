/**
 * A transliteration-tolerant key for a token's norm, so spelling variants of one name meet in
 * the trie: Aliev/Aliyev, Qabala/Gabala, Khodzhaly/Khojaly, Saakashvili/Saakaschwili.
 * Applied to dictionary forms and text alike; only letters change, so offsets are unaffected.
 */
const RULES: readonly [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/sch|sh/g, 's'],
  [/kh/g, 'h'],
  [/iy|yi/g, 'i'],
  [/y/g, 'i'],
  [/q/g, 'g'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/([a-z])\1/g, '$1'],
];

export function foldKey(norm: string): string {
  if (norm.length < 4 || !/^[a-z]+$/.test(norm)) return norm;
  let s = norm;
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s;
}

/** A memo of `foldKey` for the text matcher: most tokens repeat. */
export function createKeyCache(limit = 200_000): (norm: string) => string {
  let cache = new Map<string, string>();
  return (norm) => {
    let k = cache.get(norm);
    if (k === undefined) {
      if (cache.size >= limit) cache = new Map();
      k = foldKey(norm);
      cache.set(norm, k);
    }
    return k;
  };
}

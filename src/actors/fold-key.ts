/**
 * A transliteration-tolerant key for a token's norm, so spelling variants of one name meet in
 * the trie: Aliev/Aliyev, Qabala/Gabala, Khodzhaly/Khojaly, Saakashvili/Saakaschwili.
 * dzh/dj/zh -> j, sch/sh -> s, kh -> h, iy/yi/y -> i, q -> g, ou -> u, w -> v, doubled letters
 * once. Applied to dictionary forms and text alike; one pass over the letters.
 */
export function foldKey(norm: string): string {
  const n = norm.length;
  if (n < 4) return norm;
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (c < 97 || c > 122) return norm;
    const a = norm[i + 1];
    const b = norm[i + 2];
    let ch = norm[i];
    if (ch === 'd' && a === 'z' && b === 'h') [ch, i] = ['j', i + 2];
    else if ((ch === 'd' && a === 'j') || (ch === 'z' && a === 'h')) [ch, i] = ['j', i + 1];
    else if (ch === 's' && a === 'c' && b === 'h') [ch, i] = ['s', i + 2];
    else if (ch === 's' && a === 'h') [ch, i] = ['s', i + 1];
    else if (ch === 'k' && a === 'h') [ch, i] = ['h', i + 1];
    else if ((ch === 'i' && a === 'y') || (ch === 'y' && a === 'i')) [ch, i] = ['i', i + 1];
    else if (ch === 'o' && a === 'u') [ch, i] = ['u', i + 1];
    else if (ch === 'y') ch = 'i';
    else if (ch === 'q') ch = 'g';
    else if (ch === 'w') ch = 'v';
    if (out[out.length - 1] !== ch) out += ch;
  }
  return out;
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

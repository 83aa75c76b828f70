/**
 * A transliteration-tolerant key for a token's norm, so spelling variants of one name meet in
 * the trie: Aliev/Aliyev, Qabala/Gabala, Khodzhaly/Khojaly, Saakashvili/Saakaschwili.
 * dzh/dj/zh -> j, sch/sh -> s, kh -> h, iy/yi/y -> i, q -> g, ou -> u, w -> v, doubled letters
 * once. Applied to dictionary forms and text alike; one pass over the letters.
 */
export function foldKey(norm: string): string {
  const n = norm.length;
  if (n < 4 || unchangedByFold(norm)) return norm;
  let out = '';
  let last = '';
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (c < 97 || c > 122) return norm;
    const a = norm[i + 1];
    let ch = norm[i];
    let skip = 0;
    if (ch === 'd' && a === 'z' && norm[i + 2] === 'h') (ch = 'j'), (skip = 2);
    else if ((ch === 'd' && a === 'j') || (ch === 'z' && a === 'h')) (ch = 'j'), (skip = 1);
    else if (ch === 's' && a === 'c' && norm[i + 2] === 'h') skip = 2;
    else if (ch === 's' && a === 'h') skip = 1;
    else if (ch === 'k' && a === 'h') (ch = 'h'), (skip = 1);
    else if ((ch === 'i' && a === 'y') || (ch === 'y' && a === 'i')) (ch = 'i'), (skip = 1);
    else if (ch === 'o' && a === 'u') (ch = 'u'), (skip = 1);
    else if (ch === 'y') ch = 'i';
    else if (ch === 'q') ch = 'g';
    else if (ch === 'w') ch = 'v';
    i += skip;
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

/**
 * Whether foldKey would give `norm` back as it is: a letter outside a-z (kept as is), or no
 * letter any rule above touches (y, q, w, a doubled letter, zh/sh/kh/ch, dj, ou). Most words
 * pass, and then no new string is built letter by letter.
 */
function unchangedByFold(norm: string): boolean {
  let prev = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 97 || c > 122) return true;
    if (c === 121 || c === 113 || c === 119 || c === prev) return false; // y q w, doubled
    if (c === 104 && (prev === 122 || prev === 115 || prev === 107 || prev === 99)) return false; // zh sh kh ch
    if ((c === 106 && prev === 100) || (c === 117 && prev === 111)) return false; // dj ou
    prev = c;
  }
  return true;
}

/**
 * Encoding detection and streaming decoding. The decision is made once on the first bytes of
 * an input (BOM, binary check, UTF-8 validity, Windows-1252 plausibility) and then applied
 * chunk by chunk, so a large file is never held in memory as one buffer.
 */

/** A WHATWG encoding label TextDecoder accepts ('utf-8', 'utf-16le', 'windows-1252'...). */
export interface DetectedEncoding {
  readonly encoding: string;
  /** Bytes of byte-order mark to skip at the start. */
  readonly bomLength: number;
  readonly warnings: string[];
}

export interface EncodingProblem {
  readonly code: 'E_BINARY' | 'E_ENCODING';
  readonly detail: string;
}

const SNIFF_BYTES = 8192;
/** Bytes Windows-1252 leaves undefined; text in that encoding never has them. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decides how to decode an input from its first bytes; `hint` is a declared charset (HTML meta). */
export function detectEncoding(head: Uint8Array, hint?: string): DetectedEncoding | EncodingProblem {
  const bom = bomOf(head);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length, warnings: [] };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0, warnings: [`no byte-order mark; decoded as ${utf16.toUpperCase()}`] };
  const binary = binaryReason(head.subarray(0, SNIFF_BYTES));
  if (binary) return { code: 'E_BINARY', detail: binary };
  const declared = hint ? supportedLabel(hint) : undefined;
  if (declared && declared !== 'utf-8') return { encoding: declared, bomLength: 0, warnings: [] };
  if (isValidUtf8Prefix(head)) return { encoding: 'utf-8', bomLength: 0, warnings: [] };
  if (looksLikeWindows1252(head)) {
    return { encoding: 'windows-1252', bomLength: 0, warnings: ['not valid UTF-8; decoded as Windows-1252'] };
  }
  return { code: 'E_ENCODING', detail: 'invalid UTF-8, and not Windows-1252 or UTF-16 text' };
}

function bomOf(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Mostly-ASCII text in UTF-16 has a NUL in every other byte; binary data has no such rhythm. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function isControl(byte: number): boolean {
  // Tab, line feed, form feed, carriage return and escape occur in real text files.
  return (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) || byte === 0x7f;
}

function binaryReason(sample: Uint8Array): string | undefined {
  if (sample.includes(0)) return 'contains NUL bytes';
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls++;
  if (sample.length > 0 && controls / sample.length > 0.1) return 'too many control characters';
  return undefined;
}

function isValidUtf8Prefix(head: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut at the end of the head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function looksLikeWindows1252(b: Uint8Array): boolean {
  let high = 0;
  let controls = 0;
  for (const byte of b) {
    if (CP1252_UNDEFINED.has(byte)) return false;
    if (byte >= 0x80) high++;
    else if (isControl(byte)) controls++;
  }
  // Western text is mostly ASCII with scattered accented letters and smart quotes.
  return controls / b.length <= 0.01 && high / b.length <= 0.3;
}

function supportedLabel(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    // TextDecoder maps latin1/ascii labels to windows-1252 already. A page that declares UTF-16
    // yet was read without a BOM is ASCII-compatible, so the label is wrong (HTML treats it so).
    return encoding.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes byte chunks to text chunks with line endings normalised to `\n`. Invalid UTF-8 met
 * after the head is replaced with U+FFFD and reported once in `warnings`.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  detected: DetectedEncoding,
  warnings: string[],
): AsyncGenerator<string> {
  const fatal = detected.encoding === 'utf-8';
  let decoder = new TextDecoder(detected.encoding, { fatal });
  let skip = detected.bomLength;
  let bytesSeen = 0;
  let carryCr = false;
  for await (const raw of chunks) {
    const chunk = skip > 0 ? raw.subarray(Math.min(skip, raw.length)) : raw;
    skip = Math.max(0, skip - raw.length);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      warnings.push(`invalid UTF-8 after byte ${bytesSeen}; replaced with U+FFFD`);
      decoder = new TextDecoder('utf-8');
      text = decoder.decode(chunk, { stream: true });
    }
    bytesSeen += raw.length;
    const out = normalizeNewlines((carryCr ? '\r' : '') + text);
    carryCr = out.endsWith('\r');
    const ready = carryCr ? out.slice(0, -1) : out;
    if (ready) yield ready;
  }
  const tail = normalizeNewlines((carryCr ? '\r' : '') + decoder.decode());
  if (tail) yield tail.replace(/\r$/, '\n');
}

/** CRLF and lone CR become LF; a CR at the very end is kept for the next chunk to decide. */
function normalizeNewlines(s: string): string {
  if (!s.includes('\r')) return s;
  return s.replace(/\r\n/g, '\n').replace(/\r(?!$)/g, '\n');
}

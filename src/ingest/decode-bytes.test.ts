import { describe, expect, it } from 'vitest';
import { decodeChunks, detectEncoding, type DetectedEncoding } from './decode-bytes.js';

async function decodeAll(chunks: Uint8Array[], detected: DetectedEncoding, warnings: string[] = []): Promise<string> {
  let out = '';
  for await (const s of decodeChunks((async function* () { yield* chunks; })(), detected, warnings)) out += s;
  return out;
}

const detect = (b: Uint8Array) => {
  const d = detectEncoding(b);
  if ('code' in d) throw new Error(`unexpected ${d.code}`);
  return d;
};

describe('detectEncoding', () => {
  it('reads UTF-8 and strips its BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Bakı and Türkiye')]);
    const d = detect(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(await decodeAll([bytes], d)).toBe('Bakı and Türkiye');
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const text = 'Tbilisi – Moscow';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(await decodeAll([le], detect(le))).toBe(text);
    expect(detect(be).encoding).toBe('utf-16be');
    expect(await decodeAll([be], detect(be))).toBe(text);
  });

  it('recognises UTF-16 LE without a BOM and says so', () => {
    const d = detect(Buffer.from('Plain English text in UTF-16.', 'utf16le'));
    expect(d.encoding).toBe('utf-16le');
    expect(d.warnings[0]).toMatch(/no byte-order mark/);
  });

  it('falls back to Windows-1252 for Western text that is not UTF-8, with a warning', async () => {
    const bytes = Buffer.from([...Buffer.from('The '), 0x93, ...Buffer.from('caf'), 0xe9, 0x94, ...Buffer.from(' deal')]);
    const d = detect(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings.join()).toMatch(/Windows-1252/);
    expect(await decodeAll([bytes], d)).toBe('The “café” deal');
  });

  it('rejects NUL bytes and control-character soup as binary', () => {
    expect(detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toMatchObject({ code: 'E_BINARY' });
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(detectEncoding(controls)).toMatchObject({ code: 'E_BINARY' });
  });

  it('rejects bytes that are neither UTF-8 nor Windows-1252 text', () => {
    const bytes = Buffer.from([...Buffer.from('abc '), 0x81, 0x8d, 0x9d, 0xff, 0xfe, 0xc3]);
    expect(detectEncoding(bytes)).toMatchObject({ code: 'E_ENCODING' });
  });

  it('honours a declared single-byte charset', () => {
    const d = detectEncoding(Buffer.from('plain ascii'), 'iso-8859-1');
    expect(d).toMatchObject({ encoding: 'windows-1252' });
  });
});

describe('decodeChunks', () => {
  it('normalises CRLF and CR even when a CRLF is split across chunks', async () => {
    const d = detect(Buffer.from('a'));
    expect(await decodeAll([Buffer.from('one\r'), Buffer.from('\ntwo\rthree\r')], d)).toBe('one\ntwo\nthree\n');
  });

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('Ağdam');
    const d = detect(bytes);
    expect(await decodeAll([bytes.subarray(0, 2), bytes.subarray(2)], d)).toBe('Ağdam');
  });

  it('replaces invalid UTF-8 found after the first chunk and warns once', async () => {
    const warnings: string[] = [];
    const d = detect(Buffer.from('fine'));
    const out = await decodeAll([Buffer.from('fine '), Buffer.from([0x41, 0xff, 0x42])], d, warnings);
    expect(out).toBe('fine A\uFFFDB');
    expect(warnings).toEqual(['invalid UTF-8 after byte 5; replaced with U+FFFD']);
  });
});

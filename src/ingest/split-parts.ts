/**
 * Cuts a stream of text into parts of at most `partSize` characters, at a blank line when
 * one lies in the second half of the window, else at a line break, else mid-line. Only one
 * part plus one incoming chunk is ever held, so memory stays bounded for any file size.
 */
export async function* splitParts(texts: AsyncIterable<string>, partSize: number): AsyncGenerator<string> {
  if (!(partSize >= 2)) throw new RangeError(`partSize must be at least 2, got ${partSize}`);
  let buffer = '';
  for await (const chunk of texts) {
    buffer += chunk;
    while (buffer.length > partSize) {
      const cut = cutPoint(buffer, partSize);
      yield buffer.slice(0, cut);
      buffer = buffer.slice(cut);
    }
  }
  if (buffer) yield buffer;
}

function cutPoint(s: string, limit: number): number {
  const blank = s.lastIndexOf('\n\n', limit - 2);
  if (blank >= limit / 2) return blank + 1;
  const line = s.lastIndexOf('\n', limit - 1);
  if (line > 0) return line + 1;
  // No line break at all: cut mid-line, but never between the halves of a surrogate pair.
  const code = s.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

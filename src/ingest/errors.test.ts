import { describe, expect, it } from 'vitest';
import { failureFromFsError, INGEST_ERRORS, ingestFailure } from './errors.js';

const fsError = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('ingest failures', () => {
  it('name the input, then the reason, then the detail', () => {
    expect(ingestFailure('a/b.txt', 'E_BINARY', 'contains NUL bytes')).toEqual({
      kind: 'error',
      input: 'a/b.txt',
      code: 'E_BINARY',
      message: 'a/b.txt: binary data, not text (contains NUL bytes)',
    });
    expect(ingestFailure('-', 'E_EMPTY').message).toBe('-: empty input');
  });

  it.each([
    ['ENOENT', 'E_NOT_FOUND', 'x: no such file or directory'],
    ['EACCES', 'E_UNREADABLE', 'x: cannot be read (permission denied)'],
    ['EPERM', 'E_UNREADABLE', 'x: cannot be read (permission denied)'],
    ['EISDIR', 'E_UNREADABLE', 'x: cannot be read (is a directory)'],
    ['EIO', 'E_UNREADABLE', 'x: cannot be read (EIO: EIO: something)'],
  ])('map %s from the file system to %s', (errno, code, message) => {
    expect(failureFromFsError('x', fsError(errno))).toMatchObject({ code, message });
  });

  it('have one short stable code each', () => {
    for (const code of Object.keys(INGEST_ERRORS)) expect(code).toMatch(/^E_[A-Z_]+$/);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2008-08-26', '2008-08-26'],
    ['2008-08-26T14:05:00+04:00', '2008-08-26'],
    ['2008-08-26 23:59', '2008-08-26'],
    ['2008/8/7', '2008-08-07'],
    ['20080826', '2008-08-26'],
    ['1993-05', '1993-05'],
    ['1992', '1992'],
    ['26 August 2008', '2008-08-26'],
    ['Aug 26, 2008', '2008-08-26'],
    ['Tue, 26 Aug 2008 10:00:00 GMT', '2008-08-26'],
    ['May 1993', '1993-05'],
  ])('%s -> %s', (raw, iso) => expect(normalizeDate(raw)).toBe(iso));

  it.each(['', 'soon', '2008-13-01', '2009-02-30', 'yesterday'])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

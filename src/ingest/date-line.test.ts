import { describe, expect, it } from 'vitest';
import { dateOfLine, isBylineOnly } from './date-line.js';

describe('dateOfLine', () => {
  it('reads a line that is only a date, with a label, weekday, time, byline or reading time beside it', () => {
    expect(dateOfLine('3 February 2022')).toBe('2022-02-03');
    expect(dateOfLine('Last updated: 19 Nov 2023')).toBe('2023-11-19');
    expect(dateOfLine('Published on October 2, 2018 at 9:15 am')).toBe('2018-10-02');
    expect(dateOfLine('Tuesday, 14 March 2017')).toBe('2017-03-14');
    expect(dateOfLine('By Maria Lopez and Tom Reed | Aug 30, 2015 | 6 min read')).toBe('2015-08-30');
    expect(dateOfLine('2012-09-21 · By our correspondent')).toBe('2012-09-21');
  });
  it('leaves lines that say more than a date', () => {
    expect(dateOfLine('Leaders met in Lusaka on 3 February 2022')).toBeNull();
    expect(dateOfLine('The accord of 14 March 2017')).toBeNull();
    expect(dateOfLine('By the spring of 2017')).toBeNull();
    expect(dateOfLine('Published 2 Oct 2018, updated 4 Oct 2018')).toBeNull();
  });
});

describe('isBylineOnly', () => {
  it('is a byline with names and no date', () => {
    expect(isBylineOnly('By Maria Lopez')).toBe(true);
    expect(isBylineOnly('By Staff Reporters')).toBe(true);
    expect(isBylineOnly('By the end of the talks')).toBe(false);
  });
});

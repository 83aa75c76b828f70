import { describe, expect, it } from 'vitest';
import { dateBounds, daysBefore, spanClass } from './date-bounds.js';

describe('dateBounds', () => {
  it.each([
    ['1993-05-11', '1993-05-11', '1993-05-11'],
    ['1993-05', '1993-05-01', '1993-05-31'],
    ['2008-02', '2008-02-01', '2008-02-29'],
    ['2007-02', '2007-02-01', '2007-02-28'],
    ['1993', '1993-01-01', '1993-12-31'],
    ['2008-Q3', '2008-07-01', '2008-09-30'],
    ['2006-24', '2006-12-01', '2007-02-28'],
    ['199', '1990-01-01', '1999-12-31'],
    ['199X', '1990-01-01', '1999-12-31'],
    ['1990s', '1990-01-01', '1999-12-31'],
    ['19', '1900-01-01', '1999-12-31'],
    ['2006-12/2007-02', '2006-12-01', '2007-02-28'],
    ['1993/1997', '1993-01-01', '1997-12-31'],
    ['2008-08-07T22:00', '2008-08-07', '2008-08-07'],
  ])('%s spans %s..%s', (value, start, end) => {
    expect(dateBounds(value)).toEqual({ start, end });
  });

  it('leaves open or unknown sides null', () => {
    expect(dateBounds('2001/..')).toEqual({ start: '2001-01-01', end: null });
    expect(dateBounds('../2001-06')).toEqual({ start: null, end: '2001-06-30' });
    expect(dateBounds('soon')).toEqual({ start: null, end: null });
    expect(dateBounds('2008-13')).toEqual({ start: null, end: null });
  });
});

describe('spanClass and daysBefore', () => {
  it('puts days and months in class 0, seasons and years in 1, longer or open ranges in 2', () => {
    for (const v of ['2008-08-07', '2008-01', '2008-12']) expect(spanClass(dateBounds(v))).toBe(0);
    for (const v of ['2008', '2008-Q2', '2006-12/2007-02', '2000']) expect(spanClass(dateBounds(v))).toBe(1);
    for (const v of ['199', '1993/1997', '2001/..', '../2001', 'soon']) expect(spanClass(dateBounds(v))).toBe(2);
  });

  it('counts back across months, leap days and years', () => {
    expect(daysBefore('2008-03-01', 1)).toBe('2008-02-29');
    expect(daysBefore('2009-01-15', 31)).toBe('2008-12-15');
    expect(daysBefore('2008-08-07', 366)).toBe('2007-08-07');
  });
});

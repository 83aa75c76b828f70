import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, weekdayOf } from '../../src/time/calendar.js';

/** What Date.UTC says, the reference the hand-written calendar arithmetic must match. */
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('calendar arithmetic', () => {
  it('knows month lengths and leap years, 1900 and 2100 included', () => {
    expect([2000, 1900, 2012, 2013, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 28]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2013, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });

  it('agrees with Date.UTC on month lengths, weekdays and day shifts across centuries', () => {
    for (let y = -450; y <= 2600; y += 7) {
      for (let m = 1; m <= 12; m++) {
        expect(daysInMonth(y, m)).toBe(utc(y, m + 1, 0).getUTCDate());
        for (const d of [1, 15, 28]) {
          const w = utc(y, m, d).getUTCDay();
          expect(weekdayOf({ y, m, d })).toBe(w === 0 ? 7 : w);
          for (const n of [-400, -1, 1, 30, 366, 4000]) {
            const t = utc(y, m, d + n);
            expect(addDays({ y, m, d }, n)).toEqual({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
          }
        }
      }
    }
  });

  it('crosses month and year ends', () => {
    expect(addDays({ y: 2012, m: 12, d: 31 }, 1)).toEqual({ y: 2013, m: 1, d: 1 });
    expect(addDays({ y: 2012, m: 3, d: 1 }, -1)).toEqual({ y: 2012, m: 2, d: 29 });
    expect(addMonths({ y: 2012, m: 1, d: 31 }, 1)).toEqual({ y: 2012, m: 2, d: 29 });
    expect(weekdayOf({ y: 2012, m: 12, d: 11 })).toBe(2); // a Tuesday
  });
});

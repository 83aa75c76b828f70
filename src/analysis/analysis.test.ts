import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { netCooperation } from './quad-counts.js';
import { periodsBetween } from './time-series.js';

describe('periodsBetween', () => {
  it('lists every year and month in the span, across year ends', () => {
    expect(periodsBetween('1998', '2001', 'year')).toEqual(['1998', '1999', '2000', '2001']);
    expect(periodsBetween('1992-11', '1993-02', 'month')).toEqual(['1992-11', '1992-12', '1993-01', '1993-02']);
    expect(periodsBetween('2001-05', '2001-05', 'month')).toEqual(['2001-05']);
  });

  it('stops at a bounded number of periods when a date is absurd', () => {
    expect(periodsBetween('0001', '9999', 'year').length).toBe(5000);
  });
});

describe('toCsv', () => {
  it('quotes fields with commas, quotes and newlines, and leaves nulls empty', () => {
    const csv = toCsv(['a', 'b', 'c'], [['x, y', 'say "no"', null], ['line\nbreak', 2.5, true]]);
    expect(csv).toBe('a,b,c\r\n"x, y","say ""no""",\r\n"line\nbreak",2.5,true\r\n');
  });

  it('keeps a spreadsheet from running text as a formula, but not negative numbers', () => {
    const csv = toCsv(['v'], [['=HYPERLINK("x")'], ['-4.4'], [-2], ['@cmd']]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['"\'=HYPERLINK(""x"")"', '-4.4', '-2', "'@cmd"]);
  });
});

describe('toGexf', () => {
  it('escapes names and drops characters XML cannot hold', () => {
    const xml = toGexf({
      level: 'actor',
      nodes: [{ id: 'a<b>', label: 'A & "B"\u0001', country: null, events: 2 }, { id: 'c', label: 'C', country: 'RUS', events: 2 }],
      edges: [{ source: 'a<b>', target: 'c', events: 2, meanGoldstein: -3.5, quad: { '1': 0, '2': 0, '3': 2, '4': 0 } }],
    });
    expect(xml).toContain('<node id="a&lt;b&gt;" label="A &amp; &quot;B&quot;">');
    expect(xml).toContain('<edge id="e0" source="a&lt;b&gt;" target="c" weight="2">');
    expect(xml).not.toContain('\u0001');
  });
});

describe('netCooperation', () => {
  it('is cooperative minus conflictual events', () => {
    expect(netCooperation({ '1': 3, '2': 1, '3': 2, '4': 5 })).toBe(-3);
  });
});

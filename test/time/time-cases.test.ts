import { describe, expect, it } from 'vitest';
import { found, timedDoc } from './make-doc.js';

/** [sentence, document date, expected `text=value` pairs in order]. */
type Case = [string, string | null, string[]];

const run = (cases: Case[]) =>
  it.each(cases)('%s (doc date %s)', (text, date, want) => {
    expect(found(text, date)).toEqual(want);
  });

describe('full and partial dates', () => {
  run([
    ['The treaty was signed on 11 December 2012.', null, ['11 December 2012=2012-12-11']],
    ['It happened in February 1992.', null, ['February 1992=1992-02']],
    ['Elections were held in 1992.', null, ['1992=1992']],
    ['Talks opened on 3 April 1992 in Baku.', null, ['3 April 1992=1992-04-03']],
    ['Talks opened on December 11, 2012 in Baku.', null, ['December 11, 2012=2012-12-11']],
    ['Talks opened on the 11th of December 2012.', null, ['11th of December 2012=2012-12-11']],
    ['Talks opened on Tuesday, 11 December 2012.', null, ['Tuesday, 11 December 2012=2012-12-11']],
    ['On Sunday, March 4, 2012, Putin won.', null, ['Sunday, March 4, 2012=2012-03-04']],
    ['It was signed on Jan. 5, 2010 in Kyiv.', null, ['Jan. 5, 2010=2010-01-05']],
    ['At 10:30 on 5 March 2012 a blast hit.', null, ['5 March 2012=2012-03-05']],
    ['Around 1900 the empire fell.', null, ['1900=1900']],
    ['Troops left in Dec. 2012 and returned.', null, ['Dec. 2012=2012-12']],
    ['The accord of 2012-12-11 stands.', null, ['2012-12-11=2012-12-11']],
    ['The accord of 11.12.2012 stands.', null, ['11.12.2012=2012-12-11']],
    ['The accord of 25/12/2012 stands.', null, ['25/12/2012=2012-12-25']],
    ['The accord of 12/25/2012 stands.', null, ['12/25/2012=2012-12-25']],
    ['It dates from February of 1992.', null, ['February of 1992=1992-02']],
    ["Diplomats read Turkey's 2008 moves in Iraq as a signal.", null, ['2008=2008']],
    ['The city fell in 1453 after a siege.', null, ['1453=1453']],
    ['On 3 April the ministers met.', '2012-05-20', ['3 April=2012-04-03']],
    ['In 2010 talks stalled. On 3 April the ministers met.', null, ['2010=2010', '3 April=2010-04-03']],
    ['In May the ministers met again.', '2012-06-01', ['May=2012-05']],
  ]);
  it('marks a year taken from the document date', () => {
    const t = timedDoc('On 3 April the ministers met.', '2012-05-20').times[0];
    expect(t.anchor).toBe('document');
    expect(timedDoc('The accord of 11 December 2012.').times[0].anchor).toBe('absolute');
  });
});

describe('a year taken from context', () => {
  run([
    ['Talks have stalled since September.', '2000-01-10', ['since September=1999-09']],
    ['In March, troops marched north.', '2000-01-10', ['March=1999-03']],
    ['Israel said it would free prisoners by the end of August.', '2008-08-06', ['by the end of August=2008-08-21/2008-08-31']],
    ['The rally was postponed until 9 November.', '2000-01-01', ['until 9 November=2000-11-09']],
    ['Israel freed a man jailed 15 months ago. It will free 150 more by the end of August.', '2008-08-06',
      ['15 months ago=2007-05', 'by the end of August=2008-08-21/2008-08-31']],
    ['In 2010 talks stalled, and resumed in May.', '2012-06-01', ['2010=2010', 'May=2010-05']],
    ['He said the vote was scheduled for March 2.', '2012-12-12', ['March 2=2013-03-02']],
    ['The embassy said on 3 May that the vote will be held on 12 May.', '2012-12-12', ['3 May=2012-05-03', '12 May=2013-05-12']],
    ['Talks ended in December.', '2012-12', ['December=2012-12']],
  ]);
});

describe('words that look like months or dates but are not', () => {
  run([
    ['On 3 April the ministers met.', null, []],
    ['The accord of 03/04/2012 stands.', null, []],
    ['Prime Minister May met Putin in Moscow.', null, []],
    ['Troops may withdraw in the spring.', null, []],
    ['Protesters will march to the border.', null, []],
    ['It seemed possible that they would protect their interests now and today.', null, []],
  ]);
});

describe('lists and ranges', () => {
  run([
    ['Trips to Riga by the Polish premier in 2001 and 2006 eased tensions.', null, ['2001=2001', '2006=2006']],
    ['Summits were held in 2001, 2004 and 2006.', null, ['2001=2001', '2004=2004', '2006=2006']],
    ['Either in 2001 or 2002 the deal collapsed.', null, ['2001=2001', '2002=2002']],
    ['He served from 2001 to 2006 as envoy.', null, ['from 2001 to 2006=2001/2006']],
    ['The war of 1992-1994 left scars.', null, ['1992-1994=1992/1994']],
    ['The war of 1992-94 left scars.', null, ['1992-94=1992/1994']],
    ['The war of 1992–1994 left scars.', null, ['1992–1994=1992/1994']],
    ['Fighting raged between May and July 2008 in the south.', null, ['between May and July 2008=2008-05/2008-07']],
    ['Prices rose between 2001 and 2006 sharply.', null, ['between 2001 and 2006=2001/2006']],
    ['Rounds took place in May and June 2008.', null, ['May=2008-05', 'June 2008=2008-06']],
    ['Talks were held on 3 and 4 April 2012.', null, ['3=2012-04-03', '4 April 2012=2012-04-04']],
    ['Talks ran from 3 to 5 April 2012.', null, ['from 3 to 5 April 2012=2012-04-03/2012-04-05']],
    ['Talks ran 3-5 April 2012 in Minsk.', null, ['3-5 April 2012=2012-04-03/2012-04-05']],
    ['The May-July 2008 offensive failed.', null, ['May-July 2008=2008-05/2008-07']],
    ['It lasted from December 2007 to February 2008.', null, ['from December 2007 to February 2008=2007-12/2008-02']],
    ['It lasted between December and February 2008.', null, ['between December and February 2008=2007-12/2008-02']],
    ['The 2006-07 budget was cut.', null, ['2006-07=2006/2007']],
    ['The 1999-00 budget was cut.', null, ['1999-00=1999/2000']],
    ['From 1991 until 1994, fighting raged.', null, ['From 1991 until 1994=1991/1994']],
    ['It chose between 2001 and Russia.', null, ['2001=2001']],
    ['Between 1 and 3 March 2012 talks were held.', null, ['Between 1 and 3 March 2012=2012-03-01/2012-03-03']],
    ['Talks were held on 5 March and 7 April 2012.', null, ['5 March=2012-03-05', '7 April 2012=2012-04-07']],
    ['In late 2011 and early 2012, protests spread.', null, ['late 2011=2011-09/2011-12', 'early 2012=2012-01/2012-04']],
    ['In the 1990s and 2000s trade grew.', null, ['1990s=1990/1999', '2000s=2000/2009']],
  ]);
});

describe('open ranges', () => {
  run([
    ['The envoy has flown to Cairo often since October 2003.', null, ['since October 2003=2003-10']],
    ['The lease runs until 2044.', null, ['until 2044=2044']],
    ['Troops must leave by the end of 2015.', null, ['by the end of 2015=2015-09/2015-12']],
    ['Relations soured after 2008.', null, ['after 2008=2008']],
    ['Ties were cordial before 1990.', null, ['before 1990=1990']],
    ['Azerbaijan has been independent since 1991.', null, ['since 1991=1991']],
    ['The mandate runs through 2015.', null, ['through 2015=2015']],
    ['From 2001 the border was closed.', null, ['2001=2001']],
  ]);
  it('marks open ranges with their bound, and non-event bounds as such', () => {
    const [since, until] = timedDoc('Since October 2003 ties grew. The lease runs until 2044.').times;
    expect(since).toMatchObject({ bound: 'since', granularity: 'month' });
    expect(since.nonEvent).toBeUndefined();
    expect(until).toMatchObject({ bound: 'until', nonEvent: true, granularity: 'year' });
    expect(timedDoc('Troops must leave by the end of 2015.').times[0].nonEvent).toBe(true);
  });
  it('marks the date of a news dateline as no event date, and only there', () => {
    for (const head of ['LIMA, Sept 20 - ', 'SANTIAGO DE CHILE, March 3 (Reuters) -- ', 'LA PAZ, 4 May 2021 — ']) {
      const [dateline, event] = timedDoc(`${head}Peru recalled its envoy on Tuesday.`, '2021-09-22').times;
      expect(dateline.nonEvent).toBe(true);
      expect(event.nonEvent).toBeUndefined();
    }
    expect(timedDoc('On Sept 20 - a Monday - Peru recalled its envoy.', '2021-09-22').times[0].nonEvent).toBeUndefined();
  });
});

describe('seasons, quarters and parts', () => {
  run([
    ['Since winter 2006-07, Armenia has bought its own fuel.', null, ['Since winter 2006-07=2006-12/2007-02']],
    ['Talks resumed in autumn 2020.', null, ['autumn 2020=2020-09/2020-11']],
    ['The offensive stalled in the winter of 1941.', null, ['winter of 1941=1941-12/1942-02']],
    ['Protests began in spring 2011.', null, ['spring 2011=2011-03/2011-05']],
    ['Fighting flared in summer 2014.', null, ['summer 2014=2014-06/2014-08']],
    ['Talks resumed in fall 2016.', null, ['fall 2016=2016-09/2016-11']],
    ['Exports fell in Q3 2019.', null, ['Q3 2019=2019-07/2019-09']],
    ['Exports fell in the third quarter of 2019.', null, ['third quarter of 2019=2019-07/2019-09']],
    ['Exports fell in 2Q 2019.', null, ['2Q 2019=2019-04/2019-06']],
    ['In the winter of 2014-2015 gas was cut.', null, ['winter of 2014-2015=2014-12/2015-02']],
    ['Talks stalled in early 2008.', null, ['early 2008=2008-01/2008-04']],
    ['Talks stalled in mid-2008.', null, ['mid-2008=2008-05/2008-08']],
    ['Talks stalled in late 2008.', null, ['late 2008=2008-09/2008-12']],
    ['Since the mid-1990s Azerbaijan has balanced.', null, ['Since the mid-1990s=1993/1997']],
    ['It changed in the late 1980s.', null, ['late 1980s=1987/1989']],
    ['It changed in the early 1990s.', null, ['early 1990s=1990/1993']],
    ['It changed in the 1990s.', null, ['1990s=1990/1999']],
    ["It changed in the '90s.", null, ["'90s=1990/1999"]],
    ["It changed in the 1990's.", null, ["1990's=1990/1999"]],
    ['It ended at the end of 2015.', null, ['end of 2015=2015-09/2015-12']],
    ['It began at the beginning of 2015.', null, ['beginning of 2015=2015-01/2015-04']],
    ['Talks resumed in early May 2008.', null, ['early May 2008=2008-05-01/2008-05-10']],
    ['Talks resumed in late February 2012.', null, ['late February 2012=2012-02-21/2012-02-29']],
    ['Growth slowed in the first half of 2008.', null, ['first half of 2008=2008-01/2008-06']],
    ['Borders shifted in the 20th century.', null, ['20th century=1900/1999']],
  ]);
  it('gives seasons the season granularity, decades the decade one and quarters a range', () => {
    const g = timedDoc("Since winter 2006-07 it rose. In the 1990s it fell. In the mid-1990s it rose. In Q3 2019 it fell.").times.map((t) => t.granularity);
    expect(g).toEqual(['season', 'decade', 'decade', 'range']);
  });
});

describe('relative to the document date', () => {
  // 2012-12-12 is a Wednesday.
  const D = '2012-12-12';
  run([
    ['Russia said on Monday it would withdraw.', D, ['Monday=2012-12-10']],
    ['The ministers will meet on Monday in Baku.', D, ['Monday=2012-12-17']],
    ['Russia protested yesterday.', D, ['yesterday=2012-12-11']],
    ['Russia protested today.', D, ['today=2012-12-12']],
    ['Russia protested today.', null, []],
    ['Talks collapsed last week.', D, ['last week=2012-12-03/2012-12-09']],
    ['Shelling resumed over the weekend.', D, ['weekend=2012-12-08/2012-12-09']],
    ['The ministers will meet this weekend.', D, ['weekend=2012-12-15/2012-12-16']],
    ['Shelling resumed over the weekend.', '2012-12-09', ['weekend=2012-12-08/2012-12-09']],
    ['The markets close at weekends.', D, []],
    ['Talks collapsed last month.', D, ['last month=2012-11']],
    ['Talks collapsed last year.', D, ['last year=2011']],
    ['Talks resume next year.', D, ['next year=2013']],
    ['Talks collapsed three years ago.', D, ['three years ago=2009']],
    ['Talks collapsed two days ago.', D, ['two days ago=2012-12-10']],
    ['Talks collapsed a month ago.', D, ['a month ago=2012-11']],
    ['Talks collapsed last Friday.', D, ['last Friday=2012-12-07']],
    ['Trade grew this year.', D, ['this year=2012']],
    ['Talks collapsed last May.', D, ['last May=2012-05']],
    ['Talks collapsed last December.', D, ['last December=2011-12']],
    ['Talks resume next March.', D, ['next March=2013-03']],
    ['Trade grew in the last year.', D, []],
    ['Russia said on Monday it would withdraw.', '2012-12', []],
    ['The minister said Wednesday that talks had failed.', D, ['Wednesday=2012-12-12']],
  ]);
  it('marks values resolved against the document date', () => {
    expect(timedDoc('Russia protested on Monday.', D).times[0].anchor).toBe('document');
  });
});

describe('relative to the last date in the text', () => {
  run([
    ['Talks began on 11 December 2012. The following day, Russia walked out.', null, ['11 December 2012=2012-12-11', 'The following day=2012-12-12']],
    ['Talks began on 11 December 2012. Two weeks later, Russia walked out.', null, ['11 December 2012=2012-12-11', 'Two weeks later=2012-12-25']],
    ['Troops left in 1992. A year later, they returned.', null, ['1992=1992', 'A year later=1993']],
    ['Talks began on 11 December 2012. Days later, Russia walked out.', null, ['11 December 2012=2012-12-11', 'Days later=2012-12-12/2012-12-18']],
    ['Talks began in May 2012. A few weeks later the envoy left.', null, ['May 2012=2012-05', 'A few weeks later=2012-06']],
    ['Troops left in 1992. Several years later, they returned.', null, ['1992=1992', 'Several years later=1993/2001']],
    ['Troops left in 1992. Months earlier, talks had failed.', null, ['1992=1992', 'Months earlier=1991']],
    ['Troops stayed for days.', null, []],
    ['Troops left in May 1993. The next day they crossed.', null, ['May 1993=1993-05', 'The next day=1993-05/1993-06']],
    ['War broke out in 2008. Later that year, ties were cut.', null, ['2008=2008', 'Later that year=2008']],
    ['Talks began in 2008. The previous year had been calm.', null, ['2008=2008', 'The previous year=2007']],
    ['Talks began in 2008. Two days before the vote they stopped.', null, ['2008=2008']],
    ['The following day, Russia walked out.', null, []],
    ['Police raided the village in March 1998. That summer, troops shelled it.', null, ['March 1998=1998-03', 'That summer=1998-06/1998-08']],
    ['Plates were banned in September 2021. At the end of the month police moved in.', null, ['September 2021=2021-09', 'the end of the month=2021-09-21/2021-09-30']],
    ['The train left in 2017. By the beginning of the year talks had stalled.', null, ['2017=2017', 'the beginning of the year=2017-01/2017-04']],
    ['That summer, troops shelled it.', null, []],
  ]);
  it('marks values resolved against an earlier date', () => {
    expect(timedDoc('Troops left in 1992. A year later, they returned.').times[1].anchor).toBe('previous');
  });
});

describe('durations and numbers that are not dates', () => {
  run([
    ['Energy has been a point of dispute for over a decade.', null, []],
    ['Troops must leave within two weeks.', null, []],
    ['He ruled for three years.', null, []],
    ['The brigade left roughly a year before the deadline.', null, []],
    ['Trade doubled over the past decade.', null, []],
    ['Parts of a 48,000-strong garrison moved out.', null, []],
    ['The 104th Airborne Division withdrew.', null, []],
    ['The city marked its 550th anniversary.', null, []],
    ['Some 2000 troops crossed the border.', null, []],
    ['The council adopted Resolution 1992 unanimously.', null, []],
    ['The bill cost $2008 in fees.', null, []],
    ['Inflation reached 3.5% and 1500 km of road closed.', null, []],
    ['A 2008-member force was sent.', null, []],
    ['An estimated one to two million citizens work in Russia.', null, []],
    ['The 1st, 2nd and 3rd battalions moved.', null, []],
    ['See page 1993 of the report.', null, []],
    ['About 1900 people died.', null, []],
    ['The decade-long war ended.', null, []],
    ['In the summer, talks resumed.', null, []],
  ]);
});

describe('invalid dates', () => {
  run([
    ['The accord of 31 February 2010 is a forgery.', null, []],
    ['The accord of 30 February is a forgery.', '2012-05-01', []],
    ['The accord of 2010-02-30 is a forgery.', null, []],
    ['The accord of 29 February 2012 is real.', null, ['29 February 2012=2012-02-29']],
  ]);
});

describe('the founding report', () => {
  it('finds its ten time expressions and nothing else', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../shared/seeds/azerbaijan-russia-relations.txt', import.meta.url), 'utf8');
    const got = timedDoc(text).times.map((t) => `${t.text}=${t.value}`);
    expect(got).toEqual([
      'February 1992=1992-02', 'May 1993=1993-05', '1992=1992', 'Since the mid-1990s=1993/1997', '2001=2001', '2006=2006',
      'since October 2003=2003-10', '11 December 2012=2012-12-11', 'Since winter 2006-07=2006-12/2007-02', '2008=2008', '1990=1990',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { nounForms, verbForms } from './inflect.js';

const irregular = new Map([['withdraw', { past: ['withdrew'], participle: ['withdrawn'] }]]);

describe('verbForms', () => {
  it('uses the irregular table for past and participle', () => {
    const f = verbForms('withdraw', irregular);
    expect(f.all).toEqual(expect.arrayContaining(['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing']));
    expect(f.all).not.toContain('withdrawed');
    expect(f.participle).toEqual(['withdrawn']);
  });
  it('applies the regular spelling rules', () => {
    expect(verbForms('accuse', irregular).all).toEqual(expect.arrayContaining(['accuses', 'accused', 'accusing']));
    expect(verbForms('deny', irregular).all).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']));
    expect(verbForms('ban', irregular).all).toEqual(expect.arrayContaining(['bans', 'banned', 'banning']));
    expect(verbForms('veto', irregular).all).toContain('vetoes');
    expect(verbForms('besiege', irregular).all).toContain('besieging');
  });
  it('adds the present forms of "be" that no rule gives', () => {
    expect(verbForms('be', new Map([['be', { past: ['was', 'were'], participle: ['been'] }]])).all).toEqual(expect.arrayContaining(['is', 'are', 'was', 'been']));
  });
});

describe('nounForms', () => {
  it('gives singular and plural', () => {
    expect(nounForms('threat')).toEqual(['threat', 'threats']);
    expect(nounForms('inquiry')).toEqual(['inquiry', 'inquiries']);
    expect(nounForms('crash')).toEqual(['crash', 'crashes']);
  });
});

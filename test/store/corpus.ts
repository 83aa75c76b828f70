/** A small corpus with events across dyads, dates, roots, negation, issues and sentence words. */
import type { Doc } from '../../src/model/types.js';
import { ARM, AZE, NATO, RUS, RUSMIL, buildDoc } from './fixtures.js';

export function corpus(): Doc[] {
  return [
    buildDoc({
      id: 'alpha',
      date: '2008-09-01',
      issues: ['energy', 'military-security'],
      sentences: [
        'In May 1993 Russian troops left Azerbaijan.',
        'Azerbaijan signed a gas deal with Russia in 2006.',
        'The U.S. envoy said Russia had not threatened Azerbaijan.',
        'Officials met again, and nobody knows when.',
      ],
      events: [
        { sentence: 0, source: RUSMIL, target: AZE, code: '0874', date: '1993-05', words: 'left', issues: ['military-security'] },
        { sentence: 1, source: AZE, target: RUS, code: '057', date: '2006', words: 'signed', issues: ['energy'] },
        { sentence: 2, source: RUS, target: AZE, code: '138', date: null, negated: true, modality: 'reported', words: 'threatened' },
        { sentence: 3, source: AZE, target: null, code: '040', date: null },
      ],
    }),
    buildDoc({
      id: 'beta',
      date: '2009-01-10',
      sentences: [
        'Armenia accused Azerbaijan of shelling villages in 2008.',
        'NATO welcomed talks between Baku and Moscow in August 2008.',
        'Russia sold weapons to Armenia between 2001 and 2006.',
      ],
      events: [
        { sentence: 0, source: ARM, target: AZE, code: '112', date: '2008', words: 'accused', issues: ['territory'] },
        { sentence: 0, source: AZE, target: ARM, code: '190', date: '2008', words: 'shelling', issues: ['territory', 'military-security'] },
        { sentence: 1, source: NATO, target: AZE, code: '051', date: '2008-08', words: 'welcomed' },
        { sentence: 2, source: RUS, target: ARM, code: '0871', date: '2001/2006', words: 'sold weapons', issues: ['military-security'] },
      ],
    }),
    buildDoc({
      id: 'gamma',
      sentences: [
        'Moscow and Baku discussed the Caspian “delimitation” on 2010-11-18.',
        'Azerbaijan rejected Russia’s proposal.',
        'Since 2004 Russia has leased the radar station from Azerbaijan.',
      ],
      events: [
        { sentence: 0, source: RUS, target: AZE, code: '040', date: '2010-11-18', words: 'discussed', issues: ['territory'] },
        { sentence: 1, source: AZE, target: RUS, code: '125', date: null, words: 'rejected' },
        { sentence: 2, source: RUS, target: AZE, code: '061', date: '2004/..', words: 'leased', issues: ['military-security'] },
      ],
    }),
  ];
}

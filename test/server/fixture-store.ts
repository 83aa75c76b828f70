/**
 * A small database for the API and browser tests, built from hand-made Docs (test/store's
 * fixture builder): three dyads, dated and undated events, a negated one, issue tags, and a
 * document whose text holds markup that must come back as text.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../../src/model/types.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ARM, AZE, NATO, RUS, RUSMIL, actor, buildDoc } from '../store/fixtures.js';

const GEO = actor('GEO', 'Georgia');

export const MARKUP_DOC = 'markup-test';
export const SCRIPT_TEXT = '<script>window.__pwned = 1</script>';
export const IMG_TEXT = '<img src=x onerror="window.__pwned = 2">';

export function fixtureDocs(): Doc[] {
  return [
    buildDoc({
      id: 'aze-rus-report',
      title: 'Azerbaijan and Russia since 1991',
      sentences: [
        'In February 1992 Russian troops were accused of helping Armenian forces at Khojaly.',
        'In May 1993 the 104th Airborne Division left Azerbaijan.',
        'Putin visited Baku in 2001 and signed a treaty with Azerbaijan.',
        'In 2006 Russia and Azerbaijan agreed to cooperate on the Caspian Sea.',
        'Azerbaijan refused to host Russian bases.',
        'Russia did not threaten Azerbaijan over the Gabala radar station in 2012.',
      ],
      events: [
        { sentence: 0, source: RUSMIL, target: AZE, code: '190', goldstein: -10, date: '1992-02', words: 'helping', issues: ['military-security'] },
        { sentence: 1, source: RUSMIL, target: AZE, code: '0874', goldstein: 10, date: '1993-05', words: 'left', issues: ['military-security'] },
        { sentence: 2, source: RUS, target: AZE, code: '042', date: '2001', words: 'visited', issues: ['diplomacy'] },
        { sentence: 2, source: RUS, target: AZE, code: '057', goldstein: 8, date: '2001', words: 'signed a treaty', issues: ['diplomacy'] },
        { sentence: 3, source: RUS, target: AZE, code: '030', goldstein: 4, date: '2006', words: 'agreed to cooperate', issues: ['energy', 'borders'] },
        { sentence: 4, source: AZE, target: RUS, code: '125', goldstein: -5, date: null, words: 'refused' },
        { sentence: 5, source: RUS, target: AZE, code: '130', goldstein: -4.4, date: '2012', words: 'threaten', negated: true, issues: ['military-security'] },
      ],
    }),
    buildDoc({
      id: 'karabakh-notes',
      title: 'Armenia and Azerbaijan',
      date: '2020-11-10',
      sentences: [
        'Armenia and Azerbaijan fought a war in 2020.',
        'Russia sent peacekeepers to Armenia in November 2020.',
        'NATO criticised Russia in 2021.',
      ],
      events: [
        { sentence: 0, source: ARM, target: AZE, code: '190', goldstein: -10, date: '2020', words: 'fought a war', issues: ['territory'] },
        { sentence: 1, source: RUS, target: ARM, code: '074', goldstein: 8, date: '2020-11', words: 'sent peacekeepers' },
        { sentence: 2, source: NATO, target: RUS, code: '111', goldstein: -2, date: '2021', words: 'criticised' },
      ],
    }),
    buildDoc({
      id: MARKUP_DOC,
      title: 'A page with markup in its text',
      sentences: [
        `Georgia accused Russia of meddling ${SCRIPT_TEXT} in 2008.`,
        `Russia rejected the claim ${IMG_TEXT} in 2008.`,
      ],
      events: [
        { sentence: 0, source: GEO, target: RUS, code: '112', goldstein: -2, date: '2008', words: 'accused' },
        { sentence: 1, source: RUS, target: GEO, code: '125', goldstein: -5, date: '2008', words: 'rejected' },
      ],
    }),
  ];
}

/** Events per dyad in the fixture, counted by hand from the specs above. */
export const FIXTURE_COUNTS = { 'AZE-RUS': 7, 'ARM-AZE': 1, 'ARM-RUS': 1, 'GEO-RUS': 2 } as const;

export interface FixtureStore {
  readonly store: Store;
  readonly path: string;
  cleanup(): Promise<void>;
}

/** Writes the fixture documents to a fresh database in a temp directory. */
export async function fixtureStore(): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const path = join(dir, 'fixture.db');
  const store = openStore(path);
  for (const doc of fixtureDocs()) await store.saveDocument(doc, createHash('sha256').update(doc.text).digest('hex'));
  return {
    store,
    path,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

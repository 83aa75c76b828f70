import { loadCodebook } from '../../src/events/codebook.js';
import { loadEventDictionary } from '../../src/events/event-dictionary.js';
import { createEventCoderStage } from '../../src/events/event-stage.js';
import type { Doc, DyadEvent, Mention, MentionType } from '../../src/model/types.js';
import { splitSentences, tokenize } from '../../src/text/index.js';

/** Actor code per surface string; `=type` after the code sets the mention type (default country). */
export type ActorTable = Record<string, string>;

/**
 * Builds a Doc by hand for event tests: real tokens and sentences, and mentions wherever a
 * table phrase occurs (whole words, longest phrase first) - a stand-in for the actor stage.
 */
export function makeDoc(text: string, actors: ActorTable, date: string | null = null): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  for (const phrase of Object.keys(actors).sort((a, b) => b.length - a.length)) {
    const [code, type = 'country'] = actors[phrase].split('=');
    const re = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + phrase.length;
      const ts = tokens.findIndex((t) => t.start === start);
      const te = tokens.findIndex((t) => t.end === end) + 1;
      if (ts < 0 || te <= 0 || [...Array(te - ts).keys()].some((k) => taken.has(ts + k))) continue;
      for (let k = ts; k < te; k++) taken.add(k);
      const sentence = sentences.findIndex((s) => s.tokenStart <= ts && ts < s.tokenEnd);
      const igo = code.startsWith('IGO');
      mentions.push({
        sentence, start, end, text: phrase, type: type as MentionType, canonical: phrase, entityId: `test:${phrase}`,
        code, country: igo ? null : code.slice(0, 3), org: igo ? code.slice(3) : null, sector: code.length > 3 && !igo ? code.slice(3, 6) : null,
        tokenStart: ts, tokenEnd: te,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id: 'test', title: null, date, text, source: 'test', url: null, sentences, tokens, mentions, times: [], events: [], issues: [] };
}

const codebook = loadCodebook();
const dictionary = loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
const undatedStage = createEventCoderStage({ codebook, dictionary, dateForSpan: () => null });

/**
 * The event coder (undated) over documents made with `actors`: `coded` gives the events, `code`
 * one line per event, "SOURCE CODE TARGET" with " neg" when negated. `peoples` gives a mention
 * text its country's name as canonical ("Kenyans" -> "Kenya"), as the actor stage would.
 */
export function coderFor(actors: ActorTable, peoples: Record<string, string> = {}): { code: (text: string) => string[]; coded: (text: string) => DyadEvent[] } {
  const coded = (text: string): DyadEvent[] => {
    const doc = makeDoc(text, actors);
    for (const m of doc.mentions) if (m.text in peoples) Object.assign(m, { canonical: peoples[m.text] });
    undatedStage.run(doc);
    return doc.events;
  };
  const code = (text: string): string[] => coded(text).map((e) => `${e.source.code} ${e.code} ${e.target?.code ?? '-'}${e.negated ? ' neg' : ''}`);
  return { code, coded };
}

import type { DyadEvent, TimeExpr } from '../model/types.js';
import type { SentenceView } from './sentence-view.js';

/** The time expressions of the view's sentence, found once (doc.times is in text order). */
function sentenceTimes(v: SentenceView): readonly TimeExpr[] {
  if (v.times) return v.times;
  const s = v.doc.sentences[v.index];
  let lo = 0, hi = v.doc.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.doc.times[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TimeExpr[] = [];
  for (let i = lo; i < v.doc.times.length && v.doc.times[i].start < s.end; i++) if (v.doc.times[i].sentence === v.index) out.push(v.doc.times[i]);
  v.times = out;
  return out;
}

/** Between two coordinated dates only these may stand ("in 2001 and 2006", "1992, 1994 and 1996"). */
const DATE_JOINER = /^\s*(,|and|, and|or)\s*$/;

/**
 * One event per date when the time stage's date for the event is the first of a coordinated
 * list ("visits to Baku in 2001 and 2006" are two visits); otherwise just that date.
 */
export function datesOf(v: SentenceView, evidenceEnd: number, first: DyadEvent['date']): DyadEvent['date'][] {
  const out: DyadEvent['date'][] = [first];
  if (!first) return out;
  // over the sentence's event times after the evidence: find `first`, then take the times listed after it
  let prev: TimeExpr | null = null;
  for (const t of sentenceTimes(v)) {
    if (!(t.end > evidenceEnd && !t.nonEvent)) continue;
    if (prev === null) {
      if (t.value === first.value) prev = t;
      continue;
    }
    if (!DATE_JOINER.test(v.doc.text.slice(prev.end, t.start))) break;
    out.push({ value: t.value, granularity: t.granularity });
    prev = t;
  }
  return out;
}

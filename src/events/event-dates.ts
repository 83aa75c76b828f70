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
  if (!first) return [first];
  const times = sentenceTimes(v).filter((t) => t.end > evidenceEnd && !t.nonEvent);
  const start = times.findIndex((t) => t.value === first.value);
  if (start < 0) return [first];
  const out: DyadEvent['date'][] = [first];
  for (let i = start + 1; i < times.length; i++) {
    if (!DATE_JOINER.test(v.doc.text.slice(times[i - 1].end, times[i].start))) break;
    out.push({ value: times[i].value, granularity: times[i].granularity });
  }
  return out;
}

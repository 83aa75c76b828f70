import type { Doc, DyadEvent, EventActor, Mention } from '../model/types.js';

/**
 * The version of the JSON lines contract (`dyad extract --format jsonl`). Bump the major part
 * when a field changes meaning; adding fields is a minor change.
 */
export const CONTRACT_VERSION = '1.0';

export type ContractRecord = Record<string, unknown> & { kind: 'document' | 'mention' | 'time' | 'event' };

/** The contract's records for one analysed document: the document first, then mentions, times, events. */
export function contractRecords(doc: Doc): ContractRecord[] {
  const records = headRecords(doc);
  for (const e of doc.events) records.push(contractEvent(doc.id, sentenceText(doc, e.sentence), e));
  return records;
}

/**
 * The JSON lines of all the contract's records of one analysed document: the same text as
 * `jsonLines(contractRecords(doc))`, with the events written by eventLines.
 */
export function documentLines(doc: Doc): string {
  const head = jsonLines(headRecords(doc));
  const events = eventLines(doc);
  return head && events ? `${head}\n${events}` : head || events;
}

/**
 * The state named inside a state's agent ("ambassadors of Montenegro", "president of Finland"):
 * the actor stage gives the whole span one mention (MNEGOV), and the state's own name is a
 * mention record of its own beside it, as readers (and entity gold) expect. Null otherwise.
 */
function namedState(docId: string, m: Mention): ContractRecord | null {
  if (m.type !== 'group' || !m.country || !m.sector || !m.canonical.endsWith(` ${m.sector}`)) return null;
  const name = m.canonical.slice(0, -m.sector.length - 1);
  const at = m.text.indexOf(name);
  if (at <= 0 || /\w/.test(m.text[at + name.length] ?? '') || /\w/.test(m.text[at - 1])) return null;
  return {
    kind: 'mention', doc: docId, sentence: m.sentence, start: m.start + at, end: m.start + at + name.length, text: name,
    type: 'country', canonical: name, code: m.code.slice(0, 3), country: m.country, org: null, sector: null,
  };
}

/** The document, mention and time records of an analysed document. */
function headRecords(doc: Doc): ContractRecord[] {
  const records: ContractRecord[] = [
    {
      kind: 'document',
      doc: doc.id,
      title: doc.title,
      date: doc.date,
      text: doc.text,
      sentences: doc.sentences.length,
      issues: doc.issues,
    },
  ];
  // Optional fields are assigned after the literal (they come last either way): cheaper than
  // spreading a conditional object into it.
  for (const m of doc.mentions) {
    if (m.modifier) continue;
    const record: ContractRecord = {
      kind: 'mention',
      doc: doc.id,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      canonical: m.canonical,
      code: m.code,
      // An intergovernmental body belongs to no state: its mention names the organisation in the
      // country slot, as the evaluation gold does ("NATO", "CSTO").
      country: m.country ?? (m.code.startsWith('IGO') ? m.org : null),
      org: m.org,
      sector: m.sector,
    };
    if (m.group !== undefined) record.group = m.group;
    records.push(record);
    const state = namedState(doc.id, m);
    if (state) records.push(state);
  }
  for (const t of doc.times) {
    const record: ContractRecord = {
      kind: 'time',
      doc: doc.id,
      sentence: t.sentence,
      start: t.start,
      end: t.end,
      text: t.text,
      value: t.value,
      granularity: t.granularity,
    };
    if (t.anchor !== undefined) record.anchor = t.anchor;
    if (t.nonEvent) record.nonEvent = true;
    records.push(record);
  }
  return records;
}

function sentenceText(doc: Doc, index: number): string {
  const s = doc.sentences[index];
  return s === undefined ? '' : doc.text.slice(s.start, s.end);
}

/** One event in the contract's shape. */
export function contractEvent(docId: string, sentence: string, e: DyadEvent): ContractRecord {
  // Plain literals (no spreads, no closure per call): building the record costs half as much.
  const d = e.date;
  return {
    kind: 'event',
    doc: docId,
    sentence: e.sentence,
    text: sentence,
    source: contractActor(e.source),
    target: contractActor(e.target),
    code: e.code,
    root: e.root,
    label: e.label,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    date:
      d === null
        ? null
        : d.fromDocument
          ? { value: d.value, granularity: d.granularity, fromDocument: true }
          : { value: d.value, granularity: d.granularity },
    negated: e.negated,
    modality: e.modality,
    issues: e.issues,
    evidence: { start: e.evidence.start, end: e.evidence.end },
    confidence: e.confidence,
  };
}

/** An event's source or target in the contract's shape (entityId only when it has one). */
function contractActor(a: DyadEvent['source'] | null) {
  if (a === null) return null;
  return a.entityId
    ? { code: a.code, country: a.country, org: a.org, sector: a.sector, name: a.name, type: a.type, entityId: a.entityId }
    : { code: a.code, country: a.country, org: a.org, sector: a.sector, name: a.name, type: a.type };
}

/** Where one record's JSON ends and the next one's begins in the JSON of an array of records. */
const BETWEEN_RECORDS = '},{"kind":"';

/**
 * The JSON lines of `records`: the same text as `records.map((r) => JSON.stringify(r)).join('\n')`,
 * from one JSON.stringify call for the whole array (measured ~15% cheaper than a call per record:
 * V8 sets up and flattens a result string per call). The array's JSON is cut between records:
 * every record starts with `{"kind":"` (kind is the first key of every record built here), and
 * those characters cannot occur elsewhere in a record, as string contents have their quotes
 * escaped and no nested object has a "kind" key. The cuts are counted all the same, and if a
 * record is ever built otherwise the per-record calls are used instead.
 */
export function jsonLines(records: readonly ContractRecord[]): string {
  if (records.length < 2) return records.length === 0 ? '' : JSON.stringify(records[0]);
  const json = JSON.stringify(records);
  let cuts = 0;
  for (let k = json.indexOf(BETWEEN_RECORDS); k >= 0; k = json.indexOf(BETWEEN_RECORDS, k + BETWEEN_RECORDS.length)) cuts++;
  if (cuts !== records.length - 1) return records.map((r) => JSON.stringify(r)).join('\n');
  return json.slice(1, -1).replaceAll(BETWEEN_RECORDS, '}\n{"kind":"');
}

/**
 * The JSON lines of a document's events: the same text as `jsonLines` of their contractEvent
 * records, built from pieces that repeat: each sentence is stringified once, and the JSON of
 * an actor and of a code's codebook fields is kept for the next events (measured ~35% cheaper
 * than stringifying each record; events are most of what `dyad extract` writes). The test in
 * pipeline.test.ts and bench/extract-identity.mjs hold it to contractEvent's output.
 */
export function eventLines(doc: Doc): string {
  const docJson = JSON.stringify(doc.id);
  let out = '';
  let sentence = -1;
  let sentenceJson = '';
  for (const e of doc.events) {
    if (e.sentence !== sentence) {
      sentence = e.sentence;
      sentenceJson = JSON.stringify(sentenceText(doc, sentence));
    }
    const line = eventLine(docJson, sentenceJson, e);
    out = out.length === 0 ? line : `${out}\n${line}`;
  }
  return out;
}

/** JSON.stringify(contractEvent(docId, sentence, e)) from the JSON of docId and sentence. */
export function eventLine(docJson: string, sentenceJson: string, e: DyadEvent): string {
  const d = e.date;
  const date = d === null ? 'null' : `{"value":${JSON.stringify(d.value)},"granularity":${JSON.stringify(d.granularity)}${d.fromDocument ? ',"fromDocument":true' : ''}}`;
  return `{"kind":"event","doc":${docJson},"sentence":${num(e.sentence)},"text":${sentenceJson},"source":${actorJson(e.source)},"target":${actorJson(e.target)},${codeFields(e)},"date":${date},"negated":${e.negated},"modality":${JSON.stringify(e.modality)},"issues":${JSON.stringify(e.issues)},"evidence":{"start":${num(e.evidence.start)},"end":${num(e.evidence.end)}},"confidence":${num(e.confidence)}}`;
}

/** A number as JSON.stringify writes it (null when not finite). */
const num = (x: number): string => (Number.isFinite(x) ? String(x) : 'null');

/**
 * Actor JSON by entity id, checked against the actor's other fields (most actors of a corpus are
 * a few thousand entities, and their id strings are shared, so the lookup hashes nothing new);
 * emptied when full, so memory stays flat however many entities a corpus names.
 */
const actorJsons = new Map<string, { a: EventActor; json: string }>();
const ACTOR_JSON_LIMIT = 20_000;

function actorJson(a: EventActor | null): string {
  if (a === null) return 'null';
  if (!a.entityId) return JSON.stringify(contractActor(a));
  const hit = actorJsons.get(a.entityId);
  if (hit !== undefined && sameActorFields(hit.a, a)) return hit.json;
  if (actorJsons.size >= ACTOR_JSON_LIMIT) actorJsons.clear();
  const json = JSON.stringify(contractActor(a));
  actorJsons.set(a.entityId, { a, json });
  return json;
}

function sameActorFields(x: EventActor, y: EventActor): boolean {
  return x.code === y.code && x.name === y.name && x.type === y.type && x.country === y.country && x.org === y.org && x.sector === y.sector;
}

/** The codebook fields of an event ("code" to "plover") as JSON object members, by code; checked against the event's own fields. */
const codeJsons = new Map<string, { e: DyadEvent; json: string }>();

function codeFields(e: DyadEvent): string {
  const hit = codeJsons.get(e.code);
  if (hit !== undefined && hit.e.root === e.root && hit.e.label === e.label && hit.e.quad === e.quad && hit.e.goldstein === e.goldstein && hit.e.plover === e.plover) return hit.json;
  const json = JSON.stringify({ code: e.code, root: e.root, label: e.label, quad: e.quad, goldstein: e.goldstein, plover: e.plover }).slice(1, -1);
  codeJsons.set(e.code, { e, json });
  return json;
}

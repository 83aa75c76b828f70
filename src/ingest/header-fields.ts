import { normalizeDate } from './normalize-date.js';

/**
 * The header a cable, memo or e-mail starts with: "SUBJECT: ...", "DATE: ...", "REF: ...",
 * "Classified By: ...", classification banners ("CONFIDENTIAL", "SECRET//NOFORN") and cable
 * date-time groups ("P 201530Z AUG 07"). Its subject is the document's title, its date the
 * document's date, and none of it is text to extract from.
 */
export interface TextHeader {
  readonly title: string | null;
  readonly date: string | null;
  /** Offset of the first character after the header (0 when the text has none). */
  readonly end: number;
}

const NO_HEADER: TextHeader = { title: null, date: null, end: 0 };

const TITLE_KEYS = new Set(['subject', 'subj', 'title', 'headline']);
const DATE_KEYS = new Set(['date', 'dated', 'sent', 'date sent']);
/** Fields of cable and memo headers that carry no text to extract from. */
const OTHER_KEYS = new Set([
  'from', 'to', 'cc', 'info', 'action', 'ref', 'refs', 'reference', 'references', 'tags', 'classified by', 'classification',
  'origin', 'mrn', 'cable', 'id', 'released by', 'reason', 'reasons', 'decl', 'drafted by', 'cleared by', 'approved by', 'pass to',
]);
const FIELD = /^([A-Za-z][A-Za-z0-9 ./]{0,24}?)\s*:\s*(.*)$/;
const BANNER = /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|RESTRICTED)(?:\s*\/\/\s*[A-Z ]+)*$/;
/** Cable date-time group: precedence, day, time, "Z", month, year ("R 141200Z AUG 07"). */
const DTG = /^(?:[OPRZ]\s+)?(\d{2})\d{4}Z\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(\d{2}|\d{4})$/;
/** Cable routing lines, upper case without a colon ("FM AMEMBASSY TBILISI", "TO SECSTATE WASHDC IMMEDIATE 1234"). */
const ROUTING = /^(?:FM|TO|INFO|ACTION)\s+[A-Z0-9 /.,&-]+$/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Reads the header at the start of `text`; a text whose first lines are not one has none. */
export function readHeader(text: string): TextHeader {
  let title: string | null = null;
  let date: string | null = null;
  let fields = 0;
  let end = 0;
  let inSubject = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(at, nl < 0 ? text.length : nl).trim();
    at = next;
    if (!line) {
      inSubject = false;
      continue;
    }
    const field = FIELD.exec(line);
    const key = field ? field[1].toLowerCase().replace(/\s+/g, ' ') : '';
    if (field && TITLE_KEYS.has(key)) {
      title = field[2].trim() || null;
      inSubject = true;
    } else if (field && DATE_KEYS.has(key)) {
      date = normalizeDate(field[2]) ?? date;
      inSubject = false;
    } else if (field && (OTHER_KEYS.has(key) || key.startsWith('e.o.') || key.startsWith('e. o.'))) {
      inSubject = false;
    } else if (BANNER.test(line)) {
      inSubject = false;
      end = next;
      continue; // a banner alone makes no header
    } else if (ROUTING.test(line)) {
      inSubject = false;
    } else if (DTG.test(line)) {
      date ??= dtgDate(line);
      inSubject = false;
    } else if (inSubject && title !== null && !field) {
      title = `${title} ${line}`; // a subject wrapped onto the next line
    } else break;
    fields++;
    end = next;
  }
  return fields > 0 ? { title, date, end } : NO_HEADER;
}

function dtgDate(line: string): string | null {
  const [, day, mon, y] = DTG.exec(line)!;
  const year = y.length === 4 ? y : Number(y) < 50 ? `20${y}` : `19${y}`;
  return normalizeDate(`${year}-${String(MONTHS.indexOf(mon) + 1).padStart(2, '0')}-${day}`);
}

import { normalizeDate } from './normalize-date.js';

/**
 * Date and byline lines at the head of a text ("7 May 2021", "Updated: 12 April 2024",
 * "By Staff Writer, 7 May 2021", "Posted on March 3, 2019 | 10:30 GMT"): they give the
 * document's date and are neither its title nor its content.
 */

const MAX_CHARS = 100;
// A label before the date ("Updated:", "Published on", "Last modified -").
const LABEL = /^(?:(?:last\s+)?(?:updated|modified|published|posted|released|issued|dated?|filed)(?:\s+(?:on|at))?|as\s+of)\s*[:\-–—]?\s*/i;
// A byline: "By" and up to six names (capitalised words, initials) or words of a staff credit.
const BYLINE_WORD = "(?:[\\p{Lu}][\\p{L}.'’-]*|and|&|staff|our|correspondents?|reporters?|writers?)";
const BYLINE = new RegExp(`^[Bb][Yy]\\s+${BYLINE_WORD}(?:\\s+${BYLINE_WORD}){0,5}`, 'u');
// What may stand beside the date: separators, times, zones, weekdays, "min read".
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc|[a-z]{2,4}t))?\b|\b\d{1,2}\s*[ap]\.?m\.?\b|\b\d+\s+min(?:ute)?s?\s+read\b|\b(?:gmt|utc)\b/gi;
// Left over once the date is taken out: only separators and small words.
const LEFTOVER = /^[\s,|·•/–—:\-()]*(?:(?:at|on|the|of)[\s,|·•/–—:\-()]*)*$/i;
// Written dates: "7 May 2021", "May 7, 2021", "2021-05-07", "07/05/2021", "Friday 7 May 2021".
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const WRITTEN_DATE = new RegExp(
  `${WEEKDAY}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);

/** The date (ISO prefix) a head-of-text line states, when the line is only a date, with a label, byline or time beside it; else null. */
export function dateOfLine(line: string): string | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_CHARS) return null;
  const m = WRITTEN_DATE.exec(text);
  if (m === null) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`
    .replace(TIME, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!LEFTOVER.test(stripByline(stripLabel(rest)))) return null;
  return normalizeDate(m[0].replace(new RegExp(`^${WEEKDAY}`, 'i'), ''));
}

/** Whether a line is a byline only ("By Staff Writer"), with no date. */
export function isBylineOnly(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CHARS) return false;
  const m = BYLINE.exec(text);
  return m !== null && LEFTOVER.test(text.slice(m[0].length));
}

function stripLabel(s: string): string {
  return s.replace(LABEL, '').replace(/[\s|·•–—-]+(?:(?:last\s+)?(?:updated|modified|published|posted))\s*[:\-–—]?\s*$/i, '');
}

function stripByline(s: string): string {
  // the byline may come before or after the date: "By X, 7 May" or "7 May | By X"
  const at = s.search(/(?:^|[\s,|·•–—-])by\s/i);
  if (at < 0) return s;
  const head = s.slice(0, at);
  const tail = s.slice(at).replace(/^[\s,|·•–—-]+/, '');
  const m = BYLINE.exec(tail);
  return m === null ? s : `${head} ${tail.slice(m[0].length)}`.trim();
}

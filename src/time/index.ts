export { createTimeStage } from './time-stage.js';
export { dateForSpan, datesForSpan, type EventDate } from './date-for-span.js';
export { findTimes, type TimeRecord } from './find-times.js';
export {
  DEFAULT_TIME_LEXICON_PATH, TimeLexiconError, loadTimeLexicon, parseTimeLexicon,
  type Bound, type TimeLexicon,
} from './time-lexicon.js';

/**
 * An iCalendar (RFC 5545) all-day event on the next review date, with an alarm and a link that
 * reopens the assessment with the same answers.
 * Pure text, so the page and the tests build the same file.
 */
import { addDays, parseIsoDate } from '../../engine/calendar/dates.ts';
import type { Result } from '../../engine/decision/evaluate.ts';
import type { Answers } from '../../engine/inputs/fields.ts';
import type { RecordMeta } from '../../engine/records/record-build.ts';
import { startQuery } from '../../engine/respondents/start-from.ts';

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = new TextEncoder().encode(char).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface ReviewEvent {
  /** YYYY-MM-DD */
  reviewOn: string;
  /** When the file is made, as an ISO timestamp (the caller's clock). */
  createdAt: string;
  summary: string;
  description: string;
  url: string;
}

export function reviewIcs(event: ReviewEvent): string {
  const day = (iso: string) => iso.replace(/-/g, '');
  const stamp = `${event.createdAt.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//platform-fit//assessment review//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:review-${day(event.reviewOn)}-${stamp}@platform-fit`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day(event.reviewOn)}`,
    // An all-day event ends on the next day (DTEND is exclusive).
    `DTEND;VALUE=DATE:${day(addDays(event.reviewOn, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    // A reminder a week ahead, at 09:00 (an all-day event starts at midnight): time to book the people.
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    'TRIGGER:-P6DT15H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The last working day on or before `date`: a review due on a Saturday or Sunday is booked for the Friday. */
export function workingDayOnOrBefore(date: string): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, -2) : date;
}

/**
 * The reminder for a result: titled with the unit and organisation, on a working day, and with a
 * link that opens the answers the result quotes (everyone's combined, with DORA's, the organisation
 * and unit), dated the day it is opened. `page` is the assessment page's address.
 */
export function reminderEvent(
  result: Result,
  answers: Answers,
  meta: RecordMeta,
  respondents: number,
  page: string,
  createdAt: string,
): ReviewEvent {
  const who = [meta.unit?.trim(), meta.organization?.trim()].filter(Boolean);
  const name = who.length === 2 ? `${who[0]} (${who[1]})` : who[0];
  const query = startQuery({ organization: meta.organization, unit: meta.unit, assessedOn: result.assessedOn, respondents }, answers);
  const url = new URL(page);
  url.search = query;
  url.hash = '';
  const reviewOn = workingDayOnOrBefore(result.nextReviewOn);
  const whose = respondents > 1 ? `the combined answers of ${respondents} respondents` : 'the same answers';
  return {
    reviewOn,
    createdAt,
    summary: `Re-run the platform-fit assessment${name ? `: ${name}` : ''}`,
    description: `Review due ${result.nextReviewOn}. Last result (${result.assessedOn}): ${result.headline}. Open the link to start the review from ${whose}, then send each respondent a blank link and commit the new record.`,
    url: url.href,
  };
}

/** The reminder's link: the same answers, without a date, so the re-run takes the day it is opened. */
export function withoutDate(link: string): string {
  const url = new URL(link);
  url.searchParams.delete('date');
  return url.href;
}

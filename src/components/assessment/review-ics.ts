/**
 * An iCalendar (RFC 5545) all-day event on the next review date, with an alarm and a link that
 * reopens the assessment with the same answers.
 * Pure text, so the page and the tests build the same file.
 */
import { addDays } from '../../engine/calendar/dates.ts';

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
    // A reminder on the morning of the day (09:00 for an all-day event), not a silent entry.
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The reminder's link: the same answers, without a date, so the re-run takes the day it is opened. */
export function withoutDate(link: string): string {
  const url = new URL(link);
  url.searchParams.delete('date');
  return url.href;
}

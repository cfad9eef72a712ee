import { describe, expect, it } from 'vitest';
import { reviewIcs } from '#src/components/assessment/review-ics.ts';

describe('review calendar event', () => {
  const ics = reviewIcs({
    reviewOn: '2027-02-28',
    createdAt: '2026-08-31T09:15:30.123Z',
    summary: 'Re-run the platform-fit assessment',
    description: 'Last result: Platform team; commit the new record, then compare.',
    url: 'https://platform-fit.example.org/assessment/',
  });

  it('is an all-day event on the review date, ending the next day', () => {
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270228\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20270301\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260831T091530Z\r\n');
  });

  it('escapes text and folds long lines at 75 octets', () => {
    expect(ics.replace(/\r\n /g, '')).toContain('Platform team\\; commit the new record\\, then compare.');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

/**
 * What the page keeps between visits and tabs (issue 22): two tabs never lose either side's typed
 * work, and a re-run opened from storage or a reminder link is today's run unless a date is set.
 */
import { describe, expect, it } from 'vitest';
import { initialState, toQuery, type RawState } from '#src/components/assessment/form-state.ts';
import { withoutDate } from '#src/components/assessment/review-ics.ts';
import { OTHER_TAB } from '#src/components/assessment/status.ts';
import { mergeEdits, storedForToday } from '#src/components/assessment/tab-store.ts';

const TODAY = '2026-11-22';
const EMPTY: RawState = { 'team-size': '', 'infra-share': '', 'onboarding-days': '', notes: '', unit: '', date: TODAY };

describe('two tabs writing one storage entry', () => {
  it('keeps tab A’s answers and notes when tab B types one character in Unit', () => {
    // Both tabs opened empty; A types answers and notes and writes them.
    const a = { ...EMPTY, 'team-size': '150', 'infra-share': '35', 'onboarding-days': '21', notes: 'hiring in March' };
    let stored = mergeEdits(null, a, new Set(['team-size', 'infra-share', 'onboarding-days', 'notes']), TODAY);
    // B still shows its empty form; it types "p" in Unit and writes.
    stored = mergeEdits(stored, { ...EMPTY, unit: 'p' }, new Set(['unit']), TODAY);
    expect(stored).toEqual({ 'team-size': '150', 'infra-share': '35', 'onboarding-days': '21', notes: 'hiring in March', unit: 'p' });
  });

  it('gives each field its latest edit, and clears what a tab emptied', () => {
    let stored = mergeEdits(null, { ...EMPTY, 'team-size': '150', notes: 'a' }, new Set(['team-size', 'notes']), TODAY);
    stored = mergeEdits(stored, { ...EMPTY, 'team-size': '90' }, new Set(['team-size']), TODAY);
    expect(stored).toMatchObject({ 'team-size': '90', notes: 'a' });
    expect(mergeEdits(stored, EMPTY, new Set(['team-size', 'notes']), TODAY)).toBeNull();
  });

  it('tells the other tab what happens to its answers', () => {
    expect(OTHER_TAB).toMatchInlineSnapshot(
      `"These answers were changed in another tab. Each tab saves only what is typed in it, so both tabs’ work is kept; reload to see the other tab’s."`,
    );
  });
});

describe('a re-run is today’s run', () => {
  it('stores a date only when the person set another than today, with the day they set it', () => {
    expect(mergeEdits(null, { ...EMPTY, 'team-size': '9' }, new Set(['team-size', 'date']), TODAY)).toEqual({ 'team-size': '9' });
    expect(mergeEdits(null, { ...EMPTY, date: '2026-11-02' }, new Set(['date']), TODAY)).toEqual({
      date: '2026-11-02',
      'date-set-on': TODAY,
    });
  });

  it('reopens stored answers with today’s date unless the date was set today', () => {
    const stored = { 'team-size': '150', date: '2026-05-11', 'date-set-on': '2026-05-11' };
    expect(initialState(storedForToday(stored, TODAY), null)).toEqual({ 'team-size': '150' });
    expect(storedForToday({ ...stored, 'date-set-on': TODAY }, TODAY)).toMatchObject({ date: '2026-05-11' });
    // An entry written before dates were stamped is a re-run too.
    expect(storedForToday({ 'team-size': '150', date: '2026-05-11' }, TODAY)).toEqual({ 'team-size': '150' });
  });

  it('writes the address without today’s date, and with a date the person set', () => {
    expect(toQuery({ ...EMPTY, 'team-size': '150' }, TODAY)).toBe('team-size=150');
    expect(toQuery({ ...EMPTY, 'team-size': '150', date: '2026-11-02' }, TODAY)).toBe('team-size=150&date=2026-11-02');
  });

  it('gives the calendar reminder a link without a date', () => {
    expect(withoutDate('https://pf.example/assessment/?team-size=150&date=2026-05-11&org=Acme')).toBe(
      'https://pf.example/assessment/?team-size=150&org=Acme',
    );
    expect(withoutDate('https://pf.example/assessment/?date=2026-05-11')).toBe('https://pf.example/assessment/');
  });
});

/**
 * What the page keeps between tabs (issue 22): two tabs never lose either side's typed work.
 */
import { describe, expect, it } from 'vitest';
import type { RawState } from '#src/components/assessment/form-state.ts';
import { mergeEdits } from '#src/components/assessment/tab-store.ts';

const EMPTY: RawState = { 'team-size': '', 'infra-share': '', 'onboarding-days': '', notes: '', unit: '', date: '' };

describe('two tabs writing one storage entry', () => {
  it('keeps tab A’s answers and notes when tab B types one character in Unit', () => {
    // Both tabs opened empty; A types answers and notes and writes them.
    const a = { ...EMPTY, 'team-size': '150', 'infra-share': '35', 'onboarding-days': '21', notes: 'hiring in March' };
    let stored = mergeEdits(null, a, new Set(['team-size', 'infra-share', 'onboarding-days', 'notes']));
    // B still shows its empty form; it types "p" in Unit and writes.
    stored = mergeEdits(stored, { ...EMPTY, unit: 'p' }, new Set(['unit']));
    expect(stored).toEqual({ 'team-size': '150', 'infra-share': '35', 'onboarding-days': '21', notes: 'hiring in March', unit: 'p' });
  });

  it('gives each field its latest edit, and clears what a tab emptied', () => {
    let stored = mergeEdits(null, { ...EMPTY, 'team-size': '150', notes: 'a' }, new Set(['team-size', 'notes']));
    stored = mergeEdits(stored, { ...EMPTY, 'team-size': '90' }, new Set(['team-size']));
    expect(stored).toMatchObject({ 'team-size': '90', notes: 'a' });
    expect(mergeEdits(stored, EMPTY, new Set(['team-size', 'notes']))).toBeNull();
  });
});

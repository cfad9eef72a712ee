/**
 * Times kept in minutes read back as a person gave them (issue 34): 3 days typed on the page is
 * stored as 4320 minutes and printed as "3 days", rounded where shown, exact in `--json`.
 */
import { describe, expect, it } from 'vitest';
import { changeText, formatValue } from '#src/engine/text/describe.ts';
import { minutesText } from '#src/engine/words.ts';
import { assess, BASE } from './cli-helpers.ts';

describe('a time in minutes, in words', () => {
  it.each([
    [4320, '3 days'],
    [1440, '1 day'],
    [120, '2 hours'],
    [60, '1 hour'],
    [90, '90 minutes'],
    [82.5, '82.5 minutes'],
    [15, '15 minutes'],
    [1, '1 minute'],
    [0, '0 minutes'],
    [5040, '3.5 days'],
    [5000, '3.5 days'],
    [2000, '33.3 hours'],
    [650, '10.8 hours'],
  ])('%d minutes read "%s"', (minutes, words) => {
    expect(minutesText(minutes)).toBe(words);
  });

  it('is how the metrics and their changes are worded', () => {
    expect(formatValue('commitToProductionMinutes', 4320)).toBe('3 days');
    expect(changeText('commitToProductionMinutes', -4320)).toBe('-3 days');
    expect(changeText('newServiceMinutes', 30)).toBe('+30 minutes');
  });

  it('prints 3 days on the terminal and keeps the exact minutes in --json', async () => {
    const text = await assess(...BASE, '--commit-minutes', '4320');
    expect(text.stdout).toContain('Commit to production: 3 days, target ≤ 15 minutes: not met');
    expect(text.stdout).not.toContain('4320');
    const json = await assess(...BASE, '--commit-minutes', '4320', '--json');
    const metrics = (JSON.parse(json.stdout) as { metrics: { input: string; unit: string; value: number }[] }).metrics;
    expect(metrics.find((m) => m.input === 'commitToProductionMinutes')).toMatchObject({ unit: 'minutes', value: 4320 });
  });
});

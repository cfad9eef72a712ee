/** A link's times read back on the page as a person says them (issue 34): 3 days, not 4320 minutes. */
import { describe, expect, it } from 'vitest';
import { answerFields, fromQuery, initialState } from '#src/components/assessment/form-state.ts';

const opened = (query: string) => initialState(null, fromQuery(query))!;

describe('a link opened on the page', () => {
  it('shows minutes that fill whole days or hours in days or hours, the same number underneath', () => {
    const state = opened('?team-size=80&infra-share=20&onboarding-days=14&commit-minutes=4320&new-service-minutes=120');
    expect([state['commit-minutes'], state['commit-minutes-unit']]).toEqual(['3', 'days']);
    expect([state['new-service-minutes'], state['new-service-minutes-unit']]).toEqual(['2', 'hours']);
    expect([state['onboarding-days'], state['onboarding-unit']]).toEqual(['14', 'days']);
    expect(answerFields(state)).toMatchObject({ 'commit-minutes': '4320', 'new-service-minutes': '120', 'onboarding-days': '14' });
  });

  it('keeps minutes that fill no larger unit, and anything not a whole number, as given', () => {
    const state = opened('?team-size=80&infra-share=20&onboarding-days=5&commit-minutes=45&new-service-minutes=1.5');
    expect([state['commit-minutes'], state['commit-minutes-unit']]).toEqual(['45', 'minutes']);
    expect([state['new-service-minutes'], state['new-service-minutes-unit']]).toEqual(['1.5', 'minutes']);
  });
});

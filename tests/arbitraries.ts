/** fast-check generators for answers anywhere in their allowed ranges. */
import fc from 'fast-check';
import { NUMBER_FIELDS, type Answers } from '#src/engine/inputs/fields.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
export const field = (key: string) => NUMBER_FIELDS.find((f) => f.key === key)!;
export const inRange = (key: string) => {
  const f = field(key);
  return f.integer ? fc.integer({ min: f.min, max: f.max }) : fc.double({ min: f.min, max: f.max, noNaN: true });
};

export const validAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    teamSize: fc.oneof(fc.integer({ min: 1, max: 400 }), inRange('teamSize')),
    infraTimeShare: inRange('infraTimeShare'),
    onboardingDays: inRange('onboardingDays'),
    teamsDeployingIndependently: fc.oneof(fc.integer({ min: 1, max: 30 }), inRange('teamsDeployingIndependently')),
    workflowSettled: fc.boolean(),
    cultureIsMainBottleneck: fc.boolean(),
    hasPlatformTeam: fc.boolean(),
    trapSigns: fc.subarray(framework.trap.signs.map((s) => s.id)),
  },
  { requiredKeys: ['teamSize', 'infraTimeShare', 'onboardingDays'] },
);

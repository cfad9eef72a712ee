import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateAssessment } from '#src/engine/respondents/assessment.ts';
import { combineAnswers, median } from '#src/engine/respondents/combine.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { respondentsOf, type MultiRecord, type Respondent, type SingleRecord } from '#src/engine/records/record.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { validAnswers } from './arbitraries.ts';
import { answers, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const options = { assessedOn: '2026-11-22' };
const respondents = fc.array(fc.record({ name: fc.uuid(), answers: validAnswers }), { minLength: 1, maxLength: 6 });

describe('combining respondents', () => {
  it('takes the median of numbers and the majority of yes/no, reporting ties; a trap sign counts when anyone sees it', () => {
    const {
      answers: combined,
      ties,
      trapVotes,
    } = combineAnswers([
      answers({ teamSize: 40, infraTimeShare: 10, workflowSettled: true, trapSigns: ['new-silo'] }),
      answers({ teamSize: 60, infraTimeShare: 30, workflowSettled: false, trapSigns: ['new-silo', 'slow-delivery'] }),
      answers({ teamSize: 41, infraTimeShare: 35, trapSigns: [] }),
    ]);
    expect(combined).toMatchObject({ teamSize: 41, infraTimeShare: 30, trapSigns: ['new-silo', 'slow-delivery'] });
    expect(combined.workflowSettled).toBeUndefined();
    expect(ties).toEqual([{ input: 'workflowSettled', yes: 1, no: 1 }]);
    expect(trapVotes).toEqual([
      { id: 'new-silo', count: 2, of: 3 },
      { id: 'slow-delivery', count: 1, of: 3 },
    ]);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('keeps whole-number answers whole', () => {
    expect(combineAnswers([answers({ teamSize: 40 }), answers({ teamSize: 41 })]).answers.teamSize).toBe(41);
  });

  it('does not depend on the order of respondents', () => {
    fc.assert(
      fc.property(respondents, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const shuffled = [...list];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = evaluateAssessment(list, framework, options);
        const b = evaluateAssessment(shuffled, framework, options);
        expect(b.result).toEqual(a.result);
        expect(b.answers).toEqual(a.answers);
        expect(b.agree).toBe(a.agree);
        expect(b.splits.map((s) => s.ruleId)).toEqual(a.splits.map((s) => s.ruleId));
      }),
      { numRuns: 300 },
    );
  });

  it('with one respondent, equals the plain evaluation', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const one = evaluateAssessment([{ name: 'Only', answers: a }], framework, options);
        expect(one.result).toEqual(evaluate(a, framework, options));
        expect(one.agree).toBe(true);
        expect(one.splits).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees exactly when every respondent alone gets the same recommendation, and names the splitting rules otherwise', () => {
    fc.assert(
      fc.property(respondents, (list) => {
        const a = evaluateAssessment(list, framework, options);
        const each = new Set(a.respondents.map((r) => r.result.recommendation));
        expect(a.agree).toBe(each.size === 1);
        if (!a.agree) expect(a.splits.length).toBeGreaterThan(0);
        // Each person's result, worked out when read, is their plain evaluation, and the tally counts those.
        a.respondents.forEach((r, i) => expect(r.result).toEqual(evaluate(list[i]!.answers, framework, options)));
        expect(a.tally.reduce((n, t) => n + t.count, 0)).toBe(list.length);
        for (const t of a.tally) expect(t.count).toBe(a.respondents.filter((r) => r.result.recommendation === t.recommendation).length);
      }),
      { numRuns: 300 },
    );
  });

  it('names the input that splits two leaders', () => {
    const list: Respondent[] = [
      { name: 'CTO', answers: answers({ teamSize: 80, infraTimeShare: 12 }) },
      { name: 'Platform lead', answers: answers({ teamSize: 80, infraTimeShare: 30 }) },
    ];
    const a = evaluateAssessment(list, framework, options);
    expect(a.agree).toBe(false);
    expect(a.splits).toEqual([
      {
        ruleId: 'operational-tax',
        ruleTitle: 'High operational tax',
        input: 'infraTimeShare',
        label: 'Share of developer time on infrastructure',
        fired: [{ name: 'Platform lead', value: 30 }],
        notFired: [{ name: 'CTO', value: 12 }],
        unanswered: [],
      },
    ]);
    expect(a.spread.find((s) => s.input === 'infraTimeShare')).toMatchObject({ min: 12, max: 30, median: 21 });
  });
});

describe('record versions', () => {
  const v1: SingleRecord = {
    schemaVersion: 1,
    organization: 'Acme',
    assessedOn: '2026-05-01',
    assessedBy: 'CTO',
    answers: answers({ infraTimeShare: 25 }),
  };

  it('gives a one-respondent version 2 record the result of the same answers as version 1', () => {
    const v2: MultiRecord = {
      schemaVersion: 2,
      organization: 'Acme',
      assessedOn: '2026-05-01',
      assessedBy: 'CTO',
      respondents: [{ name: 'CTO', answers: v1.answers }],
    };
    expect(respondentsOf(v1)).toEqual(v2.respondents);
    expect(evaluateAssessment(respondentsOf(v2), framework, options).result).toEqual(
      evaluateAssessment(respondentsOf(v1), framework, options).result,
    );
    const parsed = parseYaml(recordToYaml(v2), 'x.yaml', recordSchema(framework));
    expect(parsed).toEqual({ ok: true, value: v2 });
  });

  it('keeps single-answer records valid unchanged', () => {
    for (const file of ['2025-05-12', '2025-11-10', '2026-05-11']) {
      const text = readFileSync(`tests/fixtures/history/product-engineering/${file}.yaml`, 'utf8');
      expect(text).toContain('schemaVersion: 1');
      expect(parseYaml(text, file, recordSchema(framework)).ok).toBe(true);
    }
  });

  it('rejects a bad multi-respondent record with file:line: field messages', () => {
    const text = [
      'schemaVersion: 2',
      'organization: Acme',
      'assessedOn: 2026-05-01',
      'respondents:',
      '  - name: CTO',
      '    answers: { teamSize: 40, infraTimeShare: 25, onboardingDays: 3 }',
      '  - name: CTO',
      '    answers: { teamSize: 40, infraTimeShare: 250, onboardingDays: 3 }',
    ].join('\n');
    const parsed = parseYaml(text, 'multi.yaml', recordSchema(framework));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'multi.yaml:8: respondents.1.answers.infraTimeShare: must be a number from 0 to 100 (got 250)',
      'multi.yaml:4: respondents: names a respondent twice; give each a distinct name',
    ]);
    const unknownVersion = parseYaml('schemaVersion: 3\norganization: Acme\n', 'v3.yaml', recordSchema(framework));
    expect(unknownVersion.ok ? [] : unknownVersion.problems.map(formatProblem)).toEqual([
      'v3.yaml:1: schemaVersion: must be 1 (one set of answers) or 2 (several respondents) (got 3)',
    ]);
  });
});

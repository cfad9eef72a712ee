/**
 * Several people, several visits, one answer (issue 31): one combining for every face, a file is a
 * respondent only when it is one person's answers for this review, repeated flags and parameters
 * are refused, the reminder and "Start from the last record" open the combined answers.
 * The page's own side (import, download, comparison) is driven in e2e/several-respondents.spec.ts.
 */
import fc from 'fast-check';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRecords } from '#src/components/assessment/import-records.ts';
import { fromQuery, initialState } from '#src/components/assessment/form-state.ts';
import { linkNote, shownState } from '#src/components/assessment/link-note.ts';
import { reminderEvent, reviewIcs, workingDayOnOrBefore } from '#src/components/assessment/review-ics.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { evaluateRecord } from '#src/engine/history/history.ts';
import { combineAnswers } from '#src/engine/respondents/combine.ts';
import { everyoneOnce, type Respondent } from '#src/engine/records/record.ts';
import { startQuery } from '#src/engine/respondents/start-from.ts';
import { validAnswers } from './arbitraries.ts';
import { assess, BASE, tempDir, TODAY } from './cli-helpers.ts';
import { answers, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const tmp = tempDir('pf-several-');
const ORG = ['--org', 'Acme', '--unit', 'payments'];

/** Three leaders' files as `assess --save` writes them: infra share 15%, 30% and 22%, DORA answers, notes. */
async function threeFiles(dir: string, date = '2026-11-02'): Promise<string[]> {
  const common = [...ORG, '--date', date, '--team-size', '120', '--onboarding-days', '10'];
  const people = [
    ['Ana', '15', '--dora-recovery-time', '2', '--dora-change-fail-rate', '10'],
    ['Ben', '30', '--dora-recovery-time', '4', '--dora-change-fail-rate', '20'],
    ['Chi', '22', '--dora-recovery-time', '3', '--dora-change-fail-rate', '16'],
  ] as const;
  const files: string[] = [];
  for (const [by, share, ...dora] of people) {
    const file = join(dir, `${by.toLowerCase()}.yaml`);
    const r = await assess('--save', file, ...common, '--by', by, '--infra-share', share, '--notes', `${by}'s view`, ...dora);
    expect(r.code, r.stderr).toBe(0);
    files.push(file);
  }
  return files;
}

const fileOf = (path: string) => new File([readFileSync(path)], path.replace(/^.*\//, ''));

describe('one combining for page, merge, record and history (cases 1, 2)', () => {
  it('the page’s import and merge read the same people, notes and DORA answers, and combine them alike', async () => {
    const dir = join(tmp, 'same');
    const files = await threeFiles(dir);
    const out = join(dir, 'out', 'merged.yaml');
    const merged = await assess('merge', ...files, '--save', out, '--json');
    expect(merged.code, merged.stderr).toBe(0);
    const record = JSON.parse(merged.stdout).record as { respondents: Respondent[] };
    const page = await importRecords(files.map(fileOf), framework, [], TODAY, {
      organization: 'Acme',
      unit: 'payments',
      date: '2026-11-02',
    });
    expect(page.errors).toEqual([]);
    // Each person's notes travel with them (the page dropped them before).
    expect(page.respondents).toEqual(record.respondents);
    expect(page.respondents.map((r) => r.notes)).toEqual(["Ana's view", "Ben's view", "Chi's view"]);
    // DORA: the median of all three, on every face.
    const combined = combineAnswers(page.respondents.map((r) => r.answers)).answers;
    expect(combined.dora).toMatchObject({ recoveryTime: 3, changeFailRate: 16 });
    const saved = await assess(out, '--json');
    expect(JSON.parse(saved.stdout).dora.answers).toMatchObject({ recoveryTime: 3, changeFailRate: 16 });
    expect(
      evaluateRecord({ schemaVersion: 2, organization: 'Acme', assessedOn: '2026-11-02', respondents: page.respondents }, framework)
        .answers,
    ).toEqual(combined);
  });
});

describe('combining, as properties', () => {
  const people = fc.array(fc.record({ name: fc.uuid(), answers: validAnswers }), { minLength: 1, maxLength: 5 });

  it('is order-independent, DORA and trap votes included', () => {
    fc.assert(
      fc.property(people, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const shuffled = [...list].sort(() => (randoms.next().value % 3) - 1);
        const a = combineAnswers(list.map((r) => r.answers));
        const b = combineAnswers(shuffled.map((r) => r.answers));
        expect(b.answers).toEqual(a.answers);
        expect(b.trapVotes).toEqual(a.trapVotes);
      }),
    );
  });

  it('is idempotent on one person: their answers are the combined answers', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        expect(combineAnswers([a]).answers).toEqual(combineAnswers([a, a].slice(0, 1)).answers);
        expect(
          evaluateRecord({ schemaVersion: 2, organization: 'X', assessedOn: TODAY, respondents: [{ name: 'A', answers: a }] }, framework)
            .result,
        ).toEqual(evaluate(combineAnswers([a]).answers, framework, { assessedOn: TODAY }));
      }),
    );
  });

  it('never counts one person twice, however often they arrive', () => {
    fc.assert(
      fc.property(people, fc.array(fc.nat(), { maxLength: 6 }), (list, again) => {
        const repeats = again.map((i) => list[i % list.length]!);
        const once = everyoneOnce(list[0]!, [...list.slice(1), ...repeats]);
        expect(once).toHaveLength(new Set(list.map((r) => r.name)).size);
      }),
    );
  });
});

describe('one person, twice (case 6)', () => {
  it('the page’s own answers (no sign ticked: []) and the same person’s CLI file (no signs given) are one person', () => {
    const cli = { name: 'Dana', answers: answers({ infraTimeShare: 22 }) };
    const page = { name: 'Dana', answers: { ...cli.answers, trapSigns: [] } };
    expect(everyoneOnce(page, [cli])).toHaveLength(1);
  });
});

describe('trap signs (case 5)', () => {
  it('counts a person who saw none: 2 of 3 see it', () => {
    const sees = answers({ trapSigns: ['more-complex-than-infra'] });
    const { trapVotes } = combineAnswers([sees, sees, answers({ trapSigns: [] })]);
    expect(trapVotes).toEqual([{ id: 'more-complex-than-infra', count: 2, of: 3 }]);
  });
});

describe('what is not a respondent (case 6)', () => {
  it('merge refuses two reviews of one unit instead of dating them today', async () => {
    const dir = join(tmp, 'reviews');
    await assess('--save', join(dir, 'june.yaml'), ...ORG, '--date', '2026-06-01', '--by', 'Ana', ...BASE);
    await assess('--save', join(dir, 'dec.yaml'), ...ORG, '--date', '2026-11-20', '--by', 'Ana', ...BASE);
    const r = await assess('merge', join(dir, 'june.yaml'), join(dir, 'dec.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr.replaceAll(dir, 'DIR')).toMatchInlineSnapshot(`
      "assess: merge: DIR/june.yaml: is dated 2026-06-01, more than a month from this review's 2026-11-20: it is another review of Acme / payments, not a respondent of this one. Merge only this review's files. To compare two reviews, run "assess compare EARLIER.yaml LATER.yaml".
      "
    `);
  });

  it('merge refuses a combined record and says how to use it', async () => {
    const dir = join(tmp, 'combined');
    const files = await threeFiles(dir);
    const out = join(dir, 'merged.yaml');
    expect((await assess('merge', ...files, '--save', out)).code).toBe(0);
    const r = await assess('merge', out, files[0]!);
    expect(r.code).toBe(2);
    expect(r.stderr.replaceAll(dir, 'DIR')).toMatchInlineSnapshot(`
      "assess: merge: DIR/merged.yaml: is a combined record of 3 respondents (Ana, Ben, Chi) dated 2026-11-02, not one person's answers. Merge each person's own file instead. To compare with it, run "assess compare DIR/merged.yaml NEW.yaml"; to start the next review from it, use "Start from this record" on its unit page.
      "
    `);
  });

  it('merge dates the record with the latest respondent’s day and says so', async () => {
    const dir = join(tmp, 'dated');
    await assess('--save', join(dir, 'a.yaml'), ...ORG, '--date', '2026-11-02', '--by', 'Ana', ...BASE);
    await assess('--save', join(dir, 'b.yaml'), ...ORG, '--date', '2026-11-09', '--by', 'Ben', ...BASE.slice(0, 3), '40', ...BASE.slice(4));
    const r = await assess('merge', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--save', join(dir, 'out', 'm.yaml'));
    expect(r.stderr.replaceAll(dir, 'DIR')).toMatchInlineSnapshot(`
      "Wrote DIR/out/m.yaml (2 respondents, dated 2026-11-09, the latest respondent's date; --date sets another)
      "
    `);
    expect(readFileSync(join(dir, 'out', 'm.yaml'), 'utf8')).toMatch(/^assessedOn: "?2026-11-09"?$/m);
  });

  it('the page refuses a combined record that already holds me', async () => {
    const dir = join(tmp, 'page-combined');
    const files = await threeFiles(dir);
    const out = join(dir, 'merged.yaml');
    await assess('merge', ...files, '--save', out);
    const r = await importRecords([fileOf(out)], framework, [], TODAY, { organization: 'Acme', unit: 'payments', date: '2026-11-02' });
    expect(r.respondents).toEqual([]);
    expect(r.errors).toMatchInlineSnapshot(`
      [
        "merged.yaml: is a combined record of 3 respondents (Ana, Ben, Chi) dated 2026-11-02, not one person's answers. Import each person's own file instead. To see what changed since it, choose it under "Compare with a previous assessment"; to begin this review from it, choose it under "Start from the last record".",
      ]
    `);
  });

  it('the page refuses last June’s record of the same unit when its date is left to today', async () => {
    const dir = join(tmp, 'page-june');
    await assess('--save', join(dir, 'june.yaml'), ...ORG, '--date', '2026-06-01', '--by', 'Ana', ...BASE);
    const r = await importRecords([fileOf(join(dir, 'june.yaml'))], framework, [], TODAY, {
      organization: 'Acme',
      unit: 'payments',
      date: TODAY,
    });
    expect(r.respondents).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('is dated 2026-06-01, more than a month from this review');
  });
});

describe('assess compare (case 7)', () => {
  it('refuses newest-to-oldest order, the same day and another unit', async () => {
    const dir = join(tmp, 'compare');
    await assess('--save', join(dir, 'may.yaml'), ...ORG, '--date', '2026-05-01', ...BASE);
    await assess('--save', join(dir, 'nov.yaml'), ...ORG, '--date', '2026-11-02', ...BASE);
    await assess('--save', join(dir, 'search.yaml'), '--org', 'Acme', '--unit', 'search', '--date', '2026-11-02', ...BASE);
    const say = async (...args: string[]) => {
      const r = await assess('compare', ...args);
      return `${r.stderr.replaceAll(dir, 'DIR')}(exit ${r.code})`;
    };
    expect(await say(join(dir, 'nov.yaml'), join(dir, 'may.yaml'))).toMatchInlineSnapshot(`
      "assess: compare: DIR/nov.yaml (2026-11-02) is later than DIR/may.yaml (2026-05-01): give the earlier record first: assess compare DIR/may.yaml DIR/nov.yaml
      (exit 2)"
    `);
    expect(await say(join(dir, 'nov.yaml'), join(dir, 'nov.yaml'))).toMatchInlineSnapshot(`
      "assess: compare: DIR/nov.yaml and DIR/nov.yaml are both dated 2026-11-02: compare records of two reviews
      (exit 2)"
    `);
    expect(await say(join(dir, 'may.yaml'), join(dir, 'search.yaml'))).toMatchInlineSnapshot(`
      "assess: compare: DIR/may.yaml and DIR/search.yaml: Acme / payments and Acme / search are different units: compare a unit with its own history
      (exit 2)"
    `);
    expect((await assess('compare', join(dir, 'may.yaml'), join(dir, 'nov.yaml'))).code).toBe(0);
  });
});

describe('links and storage (case 8)', () => {
  const stored = { org: 'Acme', unit: 'payments', by: 'Dana', notes: 'my private notes', 'team-size': '150' };

  it('a shared link with answers never takes this browser’s organisation, unit, name or notes, and offers them', () => {
    const linked = fromQuery('?team-size=80&infra-share=20&onboarding-days=5');
    const state = shownState(stored, linked)!;
    expect({ org: state.org, unit: state.unit, by: state.by, notes: state.notes }).toEqual({ org: '', unit: '', by: '', notes: '' });
    expect(linkNote('?team-size=80&infra-share=20&onboarding-days=5', stored, linked)).toMatchInlineSnapshot(`
      {
        "action": {
          "label": "Use mine",
          "name": "use-stored",
        },
        "text": "This link's answers are shown without this browser's organisation, unit, name and notes.",
      }
    `);
  });

  it('a respondent who comes back through their blank link keeps their name and notes', () => {
    const linked = fromQuery('?org=acme&unit=Payments');
    expect(shownState(stored, linked)).toMatchObject({ org: 'acme', unit: 'Payments', by: 'Dana', notes: 'my private notes' });
    expect(linkNote('?org=acme&unit=Payments', stored, linked)).toBeNull();
  });

  it('a reload of this browser’s own address keeps everything, notes included', () => {
    const own = { ...stored, 'onboarding-days': '3', 'onboarding-unit': 'weeks' };
    const search = '?team-size=150&onboarding-days=21&org=Acme&unit=payments&by=Dana';
    expect(shownState(own, fromQuery(search))).toMatchObject({ by: 'Dana', notes: 'my private notes', 'onboarding-days': '3' });
    expect(linkNote(search, own, fromQuery(search))).toBeNull();
  });

  it('a blank link for another unit leaves this browser’s name and notes out', () => {
    const linked = fromQuery('?org=Acme&unit=search');
    expect(shownState(stored, linked)).toMatchObject({ unit: 'search', by: '', notes: '' });
  });
});

describe('repeated flags and parameters (case 9)', () => {
  it('assess refuses a flag given twice, naming it', async () => {
    const r1 = await assess('--team-size', '100', '--team-size', '5', '--infra-share', '20', '--onboarding-days', '5');
    const r2 = await assess('--save', 'a.yaml', '--save', 'b.yaml', '--org', 'Acme', ...BASE);
    expect(`${r1.stderr}${r2.stderr}(exit ${r1.code} ${r2.code})`).toMatchInlineSnapshot(`
      "assess: --team-size: given twice ("100", "5"); give it once
      assess: --save: given twice ("a.yaml", "b.yaml"); give it once
      (exit 2 2)"
    `);
  });

  it('a link that repeats a parameter leaves it blank and says so', () => {
    const search = '?team-size=100&team-size=5&infra-share=20';
    expect(fromQuery(search)).toEqual({ 'infra-share': '20' });
    expect(linkNote(search, null, fromQuery(search))).toMatchInlineSnapshot(`
      {
        "text": "The link gives team-size twice ("100", "5"): left blank; type the right value.",
      }
    `);
  });
});

describe('one record per unit and day (case 10)', () => {
  it('refuses a second --save beside the first under another name, naming the file that holds it', async () => {
    const dir = join(tmp, 'twice');
    const save = [...ORG, '--date', '2026-11-02', ...BASE];
    expect((await assess('--save', join(dir, 'a.yaml'), ...save)).code).toBe(0);
    const r = await assess('--save', join(dir, 'b.yaml'), ...save);
    expect(`${r.stderr.replaceAll(dir, 'DIR')}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --save: not written: --date: same organisation, unit and date as DIR/a.yaml; keep one record per unit and day
      (exit 2)"
    `);
    copyFileSync(join(dir, 'a.yaml'), join(dir, 'c.yml'));
    expect((await assess('check', dir)).code).toBe(1);
  });
});

describe('the review reminder (case 11)', () => {
  const result = evaluate(answers({ infraTimeShare: 22 }), framework, { assessedOn: '2026-09-06' });
  const combined = combineAnswers([
    answers({ infraTimeShare: 15 }),
    answers({ infraTimeShare: 22 }),
    answers({ infraTimeShare: 30 }),
  ]).answers;

  it('lands on a working day', () => {
    expect(workingDayOnOrBefore('2027-03-06')).toBe('2027-03-05'); // a Saturday
    expect(workingDayOnOrBefore('2027-03-07')).toBe('2027-03-05'); // a Sunday
    expect(workingDayOnOrBefore('2027-03-08')).toBe('2027-03-08');
  });

  it('names the unit and organisation, alarms a week ahead and links to the combined answers', () => {
    const meta = { organization: 'Acme', unit: 'payments', assessedOn: result.assessedOn };
    const event = reminderEvent(
      result,
      { ...combined, dora: { recoveryTime: 3 } },
      meta,
      3,
      'https://pf.example/assessment/?team-size=1#x',
      '2026-09-06T10:00:00Z',
    );
    expect(result.nextReviewOn).toBe('2027-03-06');
    expect(event.reviewOn).toBe('2027-03-05');
    expect(event.summary).toBe('Re-run the platform-fit assessment: payments (Acme)');
    const url = new URL(event.url);
    expect(url.searchParams.get('infra-share')).toBe('22');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ org: 'Acme', unit: 'payments', from: '2026-09-06', respondents: '3' });
    expect(url.searchParams.get('dora-recovery-time')).toBe('3');
    expect(url.searchParams.has('date')).toBe(false);
    const ics = reviewIcs(event);
    expect(ics).toContain('\r\nTRIGGER:-P6DT15H\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270305\r\n');
  });
});

describe('starting from the last record (case 12)', () => {
  it('carries every answer, DORA, organisation and unit, no date and no name, and says whose answers they are', () => {
    const record = {
      schemaVersion: 2 as const,
      organization: 'Acme',
      unit: 'payments',
      assessedOn: '2026-05-11',
      assessedBy: 'Dana',
      respondents: [
        { name: 'A', answers: answers({ infraTimeShare: 15, dora: { recoveryTime: 2 } }) },
        { name: 'B', answers: answers({ infraTimeShare: 30, dora: { recoveryTime: 4 } }) },
      ],
    };
    const query = startQuery({ ...record, respondents: 2 }, evaluateRecord(record, framework).answers);
    const params = new URLSearchParams(query);
    expect(params.get('infra-share')).toBe('22.5');
    expect(params.get('dora-recovery-time')).toBe('3');
    expect([params.get('org'), params.get('unit'), params.get('date'), params.get('by')]).toEqual(['Acme', 'payments', null, null]);
    const state = initialState(null, fromQuery(`?${query}`));
    expect(state).toMatchObject({ org: 'Acme', unit: 'payments', 'infra-share': '22.5', 'dora-recovery-time': '3' });
    expect(linkNote(`?${query}`, null, fromQuery(`?${query}`))).toMatchInlineSnapshot(`
      {
        "text": "Started from the record of 2026-05-11: the combined answers (medians and majorities) of its 2 respondents, not one person's, dated today. Change them to your own answers, then send each respondent a blank link.",
      }
    `);
  });
});

describe('currencies (issue 32, case 10)', () => {
  it('merge of respondents in EUR and JPY says the currencies differ', async () => {
    const dir = join(tmp, 'currencies');
    const common = [...ORG, '--date', '2026-11-02', ...BASE];
    await assess('--save', join(dir, 'a.yaml'), ...common, '--by', 'Ana', '--engineer-cost', '150000', '--currency', 'EUR');
    await assess('--save', join(dir, 'b.yaml'), ...common, '--by', 'Ken', '--engineer-cost', '9000000', '--currency', 'JPY');
    const r = await assess('merge', join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('currenc'))).toMatchInlineSnapshot(`
      [
        "  Engineer costs in different currencies (EUR: Ana; JPY: Ken): costs in two currencies have no median, so the money figures are left out; give every cost in one currency.",
      ]
    `);
  });
});

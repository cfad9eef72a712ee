/**
 * The HTML renderers are where record text meets markup: hostile names, notes and units go through
 * them as text, and the Html type cannot be forged or carry a script URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAssessment } from '#src/engine/respondents/assessment.ts';
import { describeCard, describeResult } from '#src/engine/text/describe-result.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { escapeHtml, h, Html, join } from '#src/render/html.ts';
import { respondentsHtml } from '#src/render/respondents-html.ts';
import { cardSection, resultSections, sectionKeys } from '#src/render/result-html.ts';
import { trendChart } from '#src/render/trend-chart.ts';
import { assessmentSections } from '#src/render/assessment-sections.ts';
import { validAnswers } from './arbitraries.ts';
import { answers, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const EVIL = `"><script>alert(1)</script><img src=x onerror=alert(2)>'`;

describe('renderers escape every text', () => {
  const a = evaluateAssessment(
    [
      { name: EVIL, answers: answers({ infraTimeShare: 30, hasPlatformTeam: true, trapSigns: ['new-silo', 'leaky-abstractions'] }) },
      { name: `${EVIL}2`, answers: answers({ infraTimeShare: 5 }) },
    ],
    framework,
    { assessedOn: '2026-11-22' },
  );
  const sections = resultSections(describeResult(a.result, framework, a)).map((s) => s.html.value);
  const html = `${sections.join('')}${respondentsHtml(a, framework).value}`;

  it('shows hostile respondent names as text, in elements and attributes alike', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // In the dot plot's accessible name, an attribute: the quote is escaped too.
    expect(html).toMatch(/aria-label="[^"]*&quot;&gt;&lt;script&gt;/);
  });

  it('keeps SVG coordinates finite whatever the numbers', () => {
    const svg = trendChart({
      title: 't',
      unit: '',
      points: [
        { date: '2026-01-01', value: 1e308 * 10 },
        { date: '2026-06-01', value: 5 },
      ],
      thresholds: [],
    }).value;
    expect(svg).not.toMatch(/Infinity|NaN/);
  });
});

describe('the Html type', () => {
  it('is made only by h() and join()', () => {
    expect(() => new Html(Symbol('html'), '<script>alert(1)</script>')).toThrow(/made by h\(\) and join\(\) only/);
    expect(join([h('b', {}, 'x'), '<i>']).value).toBe('<b>x</b>&lt;i&gt;');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x'])(
    'refuses %j in a link',
    (href) => {
      expect(() => h('a', { href }, 'x')).toThrow(/refusing/);
    },
  );

  it('allows ordinary links', () => {
    expect(h('a', { href: '/golden-path/#start-with-one-path' }, 'x').value).toBe('<a href="/golden-path/#start-with-one-path">x</a>');
  });
});

describe('a keystroke shows what the full result shows', () => {
  it('the card and the section keys, worked out from the result alone, match the full description', () => {
    fc.assert(
      fc.property(validAnswers, fc.boolean(), (a, withMetric) => {
        const r = evaluate(withMetric ? { ...a, metrics: { commitToProductionMinutes: 30 } } : a, framework, { assessedOn: '2026-11-22' });
        const full = resultSections(describeResult(r, framework));
        expect(full.some((s) => s.key === 'metrics')).toBe(withMetric);
        expect(sectionKeys(r, false)).toEqual(full.map((s) => s.key));
        const card = cardSection(describeCard(r, framework));
        expect(card.html.value).toBe(full[0]?.html.value);
        // Each slot's element holds exactly its words: writing a slot as text gives the same card.
        for (const [name, text] of Object.entries(card.slots))
          if (text) expect(card.html.value).toContain(`data-slot="${name}">${escapeHtml(text)}</`);
      }),
    );
  });

  it('with several respondents, their section follows the card, as the keys say', () => {
    const a = evaluateAssessment(
      [
        { name: 'A', answers: answers({ infraTimeShare: 30 }) },
        { name: 'B', answers: answers({ infraTimeShare: 5 }) },
      ],
      framework,
      { assessedOn: '2026-11-22' },
    );
    const sections = assessmentSections(a.result, framework, a);
    expect(sections.map((s) => s.key)).toEqual(sectionKeys(a.result, true));
    expect(sections[1]?.html.value).toBe(respondentsHtml(a, framework).value);
    expect(assessmentSections(a.result, framework).map((s) => s.key)).toEqual(sectionKeys(a.result, false));
  });
});

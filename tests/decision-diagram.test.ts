/**
 * The decision drawn: a flowchart built from a framework of the test's own (never
 * content/framework.yaml), so changing the real rules never breaks these tests.
 */
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Rule } from '#src/engine/framework/schema.ts';
import { decisionDiagram, decisionText, type DecisionFramework } from '#src/render/decision-diagram.ts';
import { wrapText } from '#src/render/wrap-text.ts';

const rule = (overrides: Partial<Rule> & Pick<Rule, 'id' | 'title'>): Rule => ({
  input: 'teamSize',
  op: 'lt',
  threshold: 10,
  recommendation: 'devops-first',
  because: 'A reason.',
  guide: '/how-to-decide/',
  basis: { strength: 'rule-of-thumb', text: 'A guess.' },
  ...overrides,
});

function fixture(toilThreshold = 30, title = 'Heavy toil'): DecisionFramework {
  return {
    rules: [
      rule({ id: 'tiny', title: 'Tiny team' }),
      rule({ id: 'unsettled', title: 'Workflow unsettled', input: 'workflowSettled', op: 'eq', threshold: false }),
      rule({ id: 'toil', title, input: 'infraTimeShare', op: 'gte', threshold: toilThreshold, recommendation: 'platform-team' }),
    ],
    fallback: { id: 'none', recommendation: 'refine', title: 'Nothing fired', because: 'A reason.', guide: '/how-to-decide/' },
    recommendations: {
      'devops-first': { label: 'Share practice' },
      'platform-team': { label: 'Build a platform' },
      refine: { label: 'Keep refining' },
    },
  };
}

const svg = (fw: DecisionFramework) => decisionDiagram(fw, { id: 'dd' }).value;

type Element = DefaultTreeAdapterTypes.Element;
function elements(node: DefaultTreeAdapterTypes.ParentNode, tag: string): Element[] {
  return node.childNodes.flatMap((c) => ('tagName' in c ? [...(c.tagName === tag ? [c] : []), ...elements(c, tag)] : []));
}
const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
/** The words drawn, line by line, in document order, as a reader sees them (no-break spaces as spaces). */
const drawn = (markup: string) => elements(parseFragment(markup), 'text').map((t) => textOf(t).replaceAll('\u00a0', ' '));

describe('the decision diagram', () => {
  it('says the rules in order, in words: the text equivalent the page lists', () => {
    expect(decisionText(fixture())).toMatchInlineSnapshot(`
      [
        "Tiny team: Team size < 10 engineers? Yes: Share practice. No: go to step 2.",
        "Workflow unsettled: The development workflow is settled = no? Yes: Share practice. No, or not answered: go to step 3.",
        "Heavy toil: Share of developer time on infrastructure ≥ 30%? Yes: Build a platform. No: go to step 4.",
        "Nothing fired: Keep refining.",
      ]
    `);
  });

  it('draws the rules in the order the engine tries them, each with its outcome, then the fallback', () => {
    const words = drawn(svg(fixture())).join(' ');
    const order = [
      '1 · Tiny team',
      'Team size < 10 engineers?',
      '2 · Workflow unsettled',
      '3 · Heavy toil',
      '4 · Nothing fired',
      'Keep refining',
    ];
    const at = order.map((w) => words.indexOf(w));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(words.match(/\byes\b/g)).toHaveLength(3);
    for (const label of ['Share practice', 'Build a platform']) expect(words).toContain(label);
  });

  it('follows a changed threshold: no number is typed into the drawing', () => {
    const before = drawn(svg(fixture(30))).join(' ');
    const after = drawn(svg(fixture(45))).join(' ');
    expect(before).toContain('≥ 30%?');
    expect(after).toContain('≥ 45%?');
    expect(after).not.toContain('30%');
    expect(decisionText(fixture(45))[2]).toContain('≥ 45%?');
  });

  it('shows a hostile title as text', () => {
    const hostile = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
    const markup = svg(fixture(30, hostile));
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(elements(parseFragment(markup), 'script')).toEqual([]);
  });

  it('is an image named by its title, described briefly, and scales by its viewBox', () => {
    const root = elements(parseFragment(svg(fixture())), 'svg')[0]!;
    const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
    expect(attr(root, 'role')).toBe('img');
    expect(textOf(elements(root, 'title')[0]!)).toBe('The decision as a flowchart');
    expect(attr(elements(root, 'title')[0]!, 'id')).toBe(attr(root, 'aria-labelledby'));
    expect(attr(elements(root, 'desc')[0]!, 'id')).toBe(attr(root, 'aria-describedby'));
    expect(textOf(elements(root, 'desc')[0]!)).toMatchInlineSnapshot(
      `"Three rules, tried from the top: the first that applies decides. When none applies: Keep refining. The steps are written out after the diagram."`,
    );
    expect(attr(root, 'viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('wraps a long title onto more lines and grows to fit it', () => {
    const long = 'A very long rule title that a framework author wrote to explain exactly when this applies';
    const height = (fw: DecisionFramework) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg(fw))?.[1]);
    expect(height(fixture(30, long))).toBeGreaterThan(height(fixture()));
    const lines = drawn(svg(fixture(30, long)));
    expect(lines.filter((l) => long.includes(l.replace(/^3 · /, ''))).length).toBeGreaterThan(1);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, never at a no-break space, and cuts a word longer than a line', () => {
    expect(wrapText('Team size ≤\u00a020\u00a0engineers?', 16)).toEqual(['Team size', '≤\u00a020\u00a0engineers?']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps every word, in order, on lines no longer than asked', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é') }), fc.integer({ min: 1, max: 30 }), (text, max) => {
        const lines = wrapText(text, max);
        expect(lines.every((l) => [...l].length <= max)).toBe(true);
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      }),
    );
  });
});

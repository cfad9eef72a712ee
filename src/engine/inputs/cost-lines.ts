/**
 * The cost lines: money the platform costs that the person gives, never defaulted (0 when not
 * given, as money is never invented); each has its row in BUSINESS_FIELDS. The model's range check,
 * the sensitivity's half and one and a half times, the tornado's units and the tests' generators
 * read this list. A module of its own, kept out of the `inputs` chunk (astro.config.mjs): only what
 * prices a case carries it, and the page's first visit stays within its budget (e2e/budgets.spec.ts).
 */
export const COST_LINE_KEYS = ['toolingPerMonth', 'toolingPerDeveloperPerMonth', 'moveBoughtCost'] as const;
export type CostLineKey = (typeof COST_LINE_KEYS)[number];

/**
 * The command-line flag (and the page's field name, and the link's query name) of each DORA
 * answer, in the Quick Check's order. No imports at run time: the page's keystroke code lists
 * these to carry DORA's answers in a copied link without loading DORA's questions.
 */
import type { BenchmarkKey, DoraMetric } from './dora-questions.ts';

export const DORA_FLAGS: Readonly<Record<DoraMetric | BenchmarkKey, string>> = {
  leadTime: 'dora-lead-time',
  deployFrequency: 'dora-deploy-frequency',
  recoveryTime: 'dora-recovery-time',
  changeFailRate: 'dora-change-fail-rate',
  reworkRate: 'dora-rework-rate',
  industry: 'industry',
  organisationSize: 'org-size',
};

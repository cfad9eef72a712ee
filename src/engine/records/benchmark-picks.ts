/**
 * A record's DORA benchmark picks (an industry, an organisation size) that the benchmarks do not
 * have: a hand-edited record or one from an older edition. The record stays valid (its scores do
 * not depend on the pick), so `check` and the build warn, naming the choices, where the page and the
 * CLI would only say it in the result.
 */
import { parseDoraFields, DORA_FLAGS, type BenchmarkChoiceLists } from '../inputs/dora-flags.ts';
import { BENCHMARK_KEYS } from '../inputs/dora-questions.ts';
import { MULTI_SCHEMA_VERSION } from './limits.ts';
import { respondentsOf, type AssessmentRecord } from './record.ts';

export function unknownBenchmarkPicks(record: AssessmentRecord, choices: BenchmarkChoiceLists): { path: string; message: string }[] {
  // Where each respondent's answers sit in the file: one set (version 1) or a list (version 2).
  const at = (i: number) => (record.schemaVersion === MULTI_SCHEMA_VERSION ? `respondents.${i}.answers` : 'answers');
  return respondentsOf(record).flatMap(({ answers }, i) =>
    BENCHMARK_KEYS.flatMap((key) => {
      const picked = answers.dora?.[key];
      if (picked === undefined) return [];
      const error = parseDoraFields({ [DORA_FLAGS[key]]: picked }, choices).errors[0];
      return error ? [{ path: `${at(i)}.dora.${key}`, message: `${error.message} (DORA's benchmarks)` }] : [];
    }),
  );
}

/**
 * The records as the build sees them: every file under assessments/ (or $PLATFORM_FIT_ASSESSMENTS,
 * for the benchmark's synthetic tree), validated. One bad record fails the build with the same
 * file:line: field: message lines as `assess check`: a record never silently disappears.
 */
import { join } from 'node:path';
import { localIsoDate } from '#src/engine/dates.ts';
import { buildTimelines } from '#src/engine/history.ts';
import { problemsError } from '#src/engine/problems.ts';
import { framework } from './framework.ts';
import { loadRecords } from '#src/node/records.ts';

const dir = process.env.PLATFORM_FIT_ASSESSMENTS ?? join(process.cwd(), 'assessments');
const { records, problems } = loadRecords(dir, framework);
if (problems.length > 0) throw problemsError(`Invalid assessment records in ${dir}`, problems);

/** "Overdue" is judged on the day the site is built; PLATFORM_FIT_TODAY pins it for tests. */
export const builtOn = process.env.PLATFORM_FIT_TODAY ?? localIsoDate(new Date());
export const timelines = buildTimelines(records, framework, builtOn);

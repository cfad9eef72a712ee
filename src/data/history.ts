/**
 * The records as the build sees them: every file under assessments/ (or $PLATFORM_FIT_ASSESSMENTS,
 * for the benchmark's synthetic tree and the tests), validated one by one and as a set by the same
 * loader `assess check` uses. Any problem fails the build with the same file:line: field: message
 * lines: a record never silently disappears, and nothing check refuses is published.
 */
import { join } from 'node:path';
import { pinnedToday } from '#src/engine/calendar/date-range.ts';
import { buildTimelines } from '#src/engine/history/history.ts';
import { formatProblem, problemsError } from '#src/engine/validation/problems.ts';
import { framework } from './framework.ts';
import { loadRecords } from '#src/node/records.ts';

/** "Overdue" is judged on the day the site is built; PLATFORM_FIT_TODAY pins it for tests. */
const pinned = pinnedToday(process.env.PLATFORM_FIT_TODAY, new Date());
if (!pinned.ok) throw new Error(pinned.message);
export const builtOn = pinned.date;

const dir = process.env.PLATFORM_FIT_ASSESSMENTS ?? join(process.cwd(), 'assessments');
const { records, problems, warnings } = loadRecords(dir, framework, builtOn);
if (problems.length > 0) throw problemsError(`Invalid assessment records in ${dir}`, problems);
for (const w of warnings) console.warn(formatProblem(w));

export const timelines = buildTimelines(records, framework, builtOn);

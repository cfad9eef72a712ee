/** A record's versions and limits: shared by the schema and the writers, so both say the same. */

/** Records are a few kilobytes; a bigger file is a mistake, not a record. */
export const RECORD_MAX_BYTES = 256 * 1024;

/** The longest organisation, unit or respondent name a record may hold. */
export const NAME_MAX = 120;

/** The longest framework version a record may name: the framework's own limit. */
export { FRAMEWORK_VERSION_MAX } from '../framework/schema.ts';

/**
 * The most respondents one record holds. A unit is assessed by the people who run and build on it:
 * dozens, not thousands (for a company-wide survey, enter its medians as one set of answers). It
 * bounds a unit's page, its charts and `--json` (each respondent's own result is in it).
 */
export const RESPONDENTS_MAX = 100;

/** Version 1 holds one set of answers; version 2 several respondents, each with their own. */
export const SCHEMA_VERSION = 1;
export const MULTI_SCHEMA_VERSION = 2;

/** An assessment record's shape as a type: no zod here, so the browser can build one cheaply. */
import type { Answers } from './inputs.ts';

export const SCHEMA_VERSION = 1;

export interface AssessmentRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  organization: string;
  unit?: string | undefined;
  assessedOn: string;
  assessedBy?: string | undefined;
  notes?: string | undefined;
  frameworkVersion?: string | undefined;
  answers: Answers;
}

/** The shapes of the question tables (fields.ts, business-fields.ts). */

export interface NumberField<K extends string = string> {
  key: K;
  flag: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  integer: boolean;
  required: boolean;
  /**
   * How people type it: a count (head-count) or money accepts 180,000, 180 000 and 180k, and
   * refuses 180.000 as ambiguous (parse-number.ts); anything else is a plain number.
   */
  kind?: 'count' | 'money' | undefined;
}

export interface BooleanField<K extends string = string> {
  key: K;
  flag: string;
  label: string;
}

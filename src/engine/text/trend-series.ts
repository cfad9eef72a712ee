/** The shape of a unit's trend charts in words: describe-trends.ts and describe-delivery.ts fill it, TrendCharts.astro draws it. */

interface TrendPoint {
  date: string;
  value: number | null;
  /** Lowest and highest answer when several people answered. */
  range?: [number, number] | undefined;
}

export interface TrendSeries {
  title: string;
  /** Appended to each value in the chart's text summary: " engineers", "%". */
  unit: string;
  points: TrendPoint[];
  thresholds: number[];
  legend: string[];
  /** The top of a fixed scale (DORA's 10); otherwise the axis follows the values. */
  max?: number;
  /** When no point has a value: what the reader sees in words instead of an empty chart. */
  empty?: string;
}

import type { Budget } from './budgets.mjs';
export declare const BUDGETS: Readonly<Record<string, number>>;
export declare function median(xs: readonly (number | null)[]): number | null;
export declare function quantile(xs: readonly (number | null)[], q: number): number | null;
/** The raw runs are the bench's own records (see measure.mjs); typed loosely here, for the unit tests. */
export declare function summarize(input: { pairs: unknown[]; interactions: unknown; still: unknown; lighthouse: unknown; bigPack: unknown }): {
  readonly budgets: readonly Budget[];
  readonly styleRatios: readonly number[];
  readonly styleRatioMedian: number | null;
  readonly layerRatios: readonly number[];
  readonly layerRatioMedian: number | null;
  readonly bigPack: { readonly ratios: readonly number[]; readonly ratioMedian: number | null } | null;
  readonly [key: string]: unknown;
};
export declare function table(s: unknown, o: { pairs: number; clicks: number; interactions: unknown }): string;
export declare function breakdown(s: unknown): string;

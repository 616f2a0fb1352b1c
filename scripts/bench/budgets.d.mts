export type Unit = '×' | 'ms' | 'kB' | '%' | 'score';
export interface Budget {
  readonly name: string;
  readonly value: number | null;
  readonly limit: number;
  readonly unit: Unit;
  readonly compare: '<=' | '>=';
  readonly met: boolean | null;
}
export interface BenchJson {
  readonly machine?: {
    readonly date?: string;
    readonly cpus?: number;
    readonly loadavgAtStart?: readonly number[];
    readonly chromium?: string;
    readonly commit?: string | null;
  };
  readonly settings?: { readonly pairs?: number };
  readonly budgets: readonly Budget[];
  readonly table?: string;
  readonly breakdown?: string;
}
export declare const README_START: string;
export declare const README_END: string;
export declare function budget(name: string, value: number | null | undefined, limit: number, unit: Unit, compare?: '<=' | '>='): Budget;
export declare function formatValue(value: number | null | undefined, unit: Unit): string;
export declare function verdict(met: boolean | null): string;
export declare function budgetsTable(budgets: readonly Budget[]): string;
export declare function readmeSection(bench: BenchJson): string;
export declare function replaceSection(readme: string, section: string): string;

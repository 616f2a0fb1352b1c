export declare const LIGHTHOUSE_CATEGORIES: readonly string[];
export interface LighthouseSummary {
  readonly version: string | null;
  readonly scores: Readonly<Record<string, number | null>>;
  readonly fcpMs: number | null;
  readonly lcpMs: number | null;
  readonly lcpMinusFcpMs: number | null;
  readonly totalBlockingTimeMs: number | null;
  readonly lcpElement: { readonly selector: string | null; readonly snippet: string | null } | null;
  readonly renderBlocking: readonly { readonly url: string; readonly wastedMs: number | null }[];
  readonly failedAccessibility: readonly { readonly id: string; readonly title: string }[];
  readonly failedBestPractices: readonly { readonly id: string; readonly title: string }[];
  readonly [key: string]: unknown;
}
export declare function lighthouseSummary(lhr: unknown): LighthouseSummary;
export declare function runLighthouse(o: { url: string; chromePath: string; outDir: string }): Promise<LighthouseSummary>;

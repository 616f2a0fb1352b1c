// The road, railway and river lines a new route's legs follow (trace.ts), from the explorer's own file of them
// (geo/base/trace-lines.geojson), fetched the first time a route is drawn and kept for the page's life.
import type { TraceLine } from './trace.ts';
import { lineIdOf } from './trace.ts';

/** The lines of the file at `url`: LineStrings with a line id. None if it cannot be read (every leg is then straight). */
export async function loadTraceLines(url: string, fetcher: typeof fetch = fetch): Promise<readonly TraceLine[]> {
  try {
    const res = await fetcher(url);
    if (!res.ok) return [];
    const data = (await res.json()) as { features?: unknown };
    const features = Array.isArray(data.features) ? (data.features as TraceLine[]) : [];
    return features.filter((f) => f?.geometry?.type === 'LineString' && lineIdOf(f) !== null);
  } catch {
    return [];
  }
}

// Loads the built-in content pack over HTTP and validates it; a broken file costs only itself.
import { MAP_ONLY_FILES, PACK_FILES, validatePack, type PackKey, type RawPack } from './validate.ts';
import type { MapOnlyKey, OpenedPack } from './pack-reader.ts';
import type { Problem } from './problems.ts';

/** A validated pack, with what the map draws for each base-map file: data, or the URL of a file to fetch. */
export type ContentPack = OpenedPack;

export function packUrl(baseUrl: string, file: string): string {
  return new URL(file, baseUrl).href;
}

export async function loadContent(baseUrl: string): Promise<ContentPack> {
  const fetchProblems: Problem[] = [];
  const raw: RawPack = {};
  await Promise.all(
    (Object.entries(PACK_FILES) as [PackKey, string][]).map(async ([key, file]) => {
      try {
        const res = await fetch(packUrl(baseUrl, file));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        raw[key] = (await res.json()) as unknown;
      } catch (e) {
        fetchProblems.push({ file, path: '(file)', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` });
      }
    }),
  );
  const valid = validatePack(raw);
  const mapFiles = Object.fromEntries((Object.entries(MAP_ONLY_FILES) as [MapOnlyKey, string][]).map(([k, f]) => [k, packUrl(baseUrl, f)])) as Record<
    MapOnlyKey,
    string
  >;
  return { ...valid, mapFiles, problems: [...fetchProblems, ...valid.problems] };
}

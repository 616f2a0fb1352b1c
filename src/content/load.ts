// Loads the content pack over HTTP and validates it; a broken file costs only itself.
import { PACK_FILES, validatePack, type PackKey, type RawPack, type ValidPack } from './validate.ts';
import type { Problem } from './problems.ts';

export interface ContentPack extends ValidPack {
  readonly baseUrl: string;
}

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
  return { ...valid, baseUrl, problems: [...fetchProblems, ...valid.problems] };
}

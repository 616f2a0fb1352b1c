// Loads the content pack over HTTP and validates each file on its own, so one broken file costs only itself.
import type { z } from 'zod';
import { problemsFromZod, type Problem } from './problems.ts';
import { baseCountries, baseCountryLabels, type BaseCountries, type BaseCountryLabels } from './schema.ts';

export const PACK_FILES = {
  countries: 'base/countries.geojson',
  countryLabels: 'base/country-labels.geojson',
  borders: 'base/borders.geojson',
  mekong: 'base/mekong.geojson',
  rivers: 'base/rivers.geojson',
  lakes: 'base/lakes.geojson',
  towns: 'base/towns.geojson',
  seaLabels: 'base/sea-labels.geojson',
} as const;

export interface ContentPack {
  readonly baseUrl: string;
  readonly countries: BaseCountries | null;
  readonly countryLabels: BaseCountryLabels | null;
  readonly problems: readonly Problem[];
}

export function packUrl(baseUrl: string, file: string): string {
  return new URL(file, baseUrl).href;
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json() as Promise<unknown>;
}

export async function loadFile<S extends z.ZodType>(baseUrl: string, file: string, schema: S, problems: Problem[]): Promise<z.infer<S> | null> {
  let raw: unknown;
  try {
    raw = await fetchJson(packUrl(baseUrl, file));
  } catch (e) {
    problems.push({ file, path: '(file)', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error));
    return null;
  }
  return parsed.data as z.infer<S>;
}

export async function loadContent(baseUrl: string): Promise<ContentPack> {
  const problems: Problem[] = [];
  const [countries, countryLabels] = await Promise.all([
    loadFile(baseUrl, PACK_FILES.countries, baseCountries, problems),
    loadFile(baseUrl, PACK_FILES.countryLabels, baseCountryLabels, problems),
  ]);
  return { baseUrl, countries, countryLabels, problems };
}

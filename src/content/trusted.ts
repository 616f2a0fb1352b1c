// The built-in pack as the app's build validated it. The build (scripts/built-in-pack.ts) runs the full validation
// on geo/ and fails unless the pack has no problems and validation returns it unchanged, that is unless
// `trustedPack(raw)` equals `validatePack(raw)`; it records each file's SHA-256. At run time the same bytes are
// taken as they are, with no schema code loaded; any other bytes (a file edited after the build, or one that
// could not be read) are validated in full.
import type { PackKey, RawPack } from './pack-layout.ts';
import type { ArticleFile, BaseCountries, BaseCountryLabels, CorridorsFile, CountriesFile, PackManifest, PlacesFile, SourcesFile, TourFile } from './schema.ts';
import type { ValidPack } from './validate.ts';

/** A pack whose every file the build validated: its ValidPack, built without the schema. */
export function trustedPack(raw: RawPack): ValidPack {
  const sources = (raw.sources as SourcesFile).sources;
  return {
    manifest: raw.manifest as PackManifest,
    countries: raw.countries as BaseCountries,
    countryLabels: raw.countryLabels as BaseCountryLabels,
    sources: new Map(sources.map((s) => [s.id, s])),
    places: raw.places as PlacesFile,
    corridors: raw.corridors as CorridorsFile,
    article: raw.article as ArticleFile,
    facts: raw.facts as CountriesFile,
    tour: raw.tour as TourFile,
    problems: [],
  };
}

/** SHA-256 of some bytes, as lowercase hex; null where the browser offers no digest (an insecure context). */
export async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether every file was read and is, byte for byte, the file the build validated. */
export async function asBuilt(files: Partial<Record<PackKey, ArrayBuffer>>, built: Readonly<Partial<Record<PackKey, string>>>): Promise<boolean> {
  const keys = Object.keys(built) as PackKey[];
  if (keys.length === 0) return false;
  const digests = await Promise.all(keys.map(async (key) => (files[key] ? sha256(files[key]) : null)));
  return digests.every((d, i) => d !== null && d === built[keys[i]!]);
}

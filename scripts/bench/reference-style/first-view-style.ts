// The explorer's first-view style, as data: the style the explorer's map is created with (`createMap` in
// src/map/adapter.ts) for the built-in pack in a first visit (the store's initial state), made by the explorer's
// own code. Run at bench build time through Vite's module runner (scripts/bench/reference-style/vite.config.ts),
// which resolves the `?url` imports of the font files. The reference page then draws it with bare MapLibre.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { MAP_ONLY_FILES, PACK_FILES, validatePack, type RawPack } from '../../../src/content/validate.ts';
import { setStory, storyFromManifest } from '../../../src/content/story.ts';
import { applyStoryColours } from '../../../src/styles/tokens.ts';
import { ATTRIBUTION, MAP_LANGS } from '../../../src/map/adapter.ts';
import { styleState } from '../../../src/map/bindings/style.ts';
import { sourceData } from '../../../src/map/data.ts';
import { fontFaces } from '../../../src/map/init.ts';
import { LATER_SOURCES } from '../../../src/map/style/ids.ts';
import { buildStyle, withoutSources } from '../../../src/map/style/index.ts';
import { createAppStore } from '../../../src/state/store.ts';

/** Where the page's URLs point while the style is made: replaced by paths relative to the reference page. */
const BASE = 'http://bench.invalid/';

export interface FirstViewStyle {
  /** The style, with every file it names relative to the page (`data/…`, `fonts/…`). */
  readonly style: StyleSpecification;
  /** The files it names: where each goes in the page's build, and the file on disk it is copied from. */
  readonly files: readonly { readonly fileName: string; readonly from: string }[];
}

export function firstViewStyle(repo: string): FirstViewStyle {
  const geo = resolve(repo, 'geo');
  const raw: RawPack = Object.fromEntries(Object.entries(PACK_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(resolve(geo, f), 'utf8')) as unknown]));
  const valid = validatePack(raw);
  if (!valid.manifest) throw new Error('the built-in pack has no valid pack.json');
  const problems = valid.problems.length;
  if (problems) throw new Error(`the built-in pack has ${problems} problems: run npm run validate`);
  // As main.ts does before the map is made: the story's settings and colours.
  const settings = storyFromManifest(valid.manifest);
  setStory(settings);
  applyStoryColours(settings);
  // init.ts makes the font URLs absolute against the page's address.
  (globalThis as { document?: unknown }).document ??= { baseURI: BASE };
  const mapFiles = Object.fromEntries(Object.entries(MAP_ONLY_FILES).map(([k, f]) => [k, new URL(`geo/${f}`, BASE).href]));
  const data = sourceData({ ...valid, mapFiles } as Parameters<typeof sourceData>[0]);
  const full = buildStyle({ fontFaces: fontFaces(), mapLangs: MAP_LANGS, data, attribution: ATTRIBUTION, ...styleState(createAppStore().getState()) });
  const style = withoutSources(full, LATER_SOURCES);

  // Every URL the style names: a base-map file of geo/, or a font file (a dev-server path to node_modules).
  const files = new Map<string, { fileName: string; from: string }>();
  const relocate = (url: string, folder: 'data' | 'fonts'): string => {
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\/@fs\//, '/');
    const from = path.startsWith('/geo/') ? resolve(geo, path.slice('/geo/'.length)) : path.startsWith(repo) ? path : resolve(repo, path.slice(1));
    const fileName = `${folder}/${basename(from)}`;
    files.set(fileName, { fileName, from });
    return fileName;
  };
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, s]) => [id, s.type === 'geojson' && typeof s.data === 'string' ? { ...s, data: relocate(s.data, 'data') } : s]),
  );
  const faces = Object.fromEntries(
    Object.entries(style['font-faces'] ?? {}).map(([name, list]) => [
      name,
      (Array.isArray(list) ? list : [list]).map((f) => (typeof f === 'string' ? relocate(f, 'fonts') : { ...f, url: relocate(f.url, 'fonts') })),
    ]),
  );
  return { style: { ...style, sources, 'font-faces': faces } as StyleSpecification, files: [...files.values()] };
}

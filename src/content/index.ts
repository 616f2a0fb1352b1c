// Indexes derived from the loaded pack at start-up: what each id names, and where it is.
import type { Geometry } from 'geojson';
import type { ContentPack } from './load.ts';
import { kindOf, type CountryRole, type FeatureKind, type SelectableId } from './types.ts';

export interface FeatureInfo {
  readonly id: SelectableId;
  readonly kind: FeatureKind;
  readonly name: string;
  readonly nameNative?: { readonly text: string; readonly lang: string } | undefined;
  readonly role?: CountryRole | undefined;
}

export interface ContentIndex {
  readonly features: ReadonlyMap<SelectableId, FeatureInfo>;
  readonly geometries: ReadonlyMap<SelectableId, Geometry>;
  /** Map features a selection stands for: itself, or every feature a passage links. */
  readonly targetsOf: (id: SelectableId) => readonly SelectableId[];
  readonly isKnownId: (id: string) => boolean;
}

export function buildIndex(pack: ContentPack): ContentIndex {
  const features = new Map<SelectableId, FeatureInfo>();
  const geometries = new Map<SelectableId, Geometry>();
  for (const f of pack.countryLabels?.features ?? []) {
    const p = f.properties;
    const id = p.id as SelectableId;
    features.set(id, {
      id,
      kind: 'country',
      name: p.name,
      nameNative: p.nameNative && p.nativeLang ? { text: p.nameNative, lang: p.nativeLang } : undefined,
      role: p.role,
    });
  }
  for (const f of pack.countries?.features ?? []) geometries.set(f.properties.id as SelectableId, f.geometry as Geometry);
  features.set('river:mekong', { id: 'river:mekong', kind: 'river', name: 'Mekong' });
  return {
    features,
    geometries,
    targetsOf: (id) => (kindOf(id) === 'passage' ? [] : [id]),
    isKnownId: (id) => features.has(id as SelectableId),
  };
}

// store → map: hover, selection and emphasis as feature-state. The only state the map keeps for us.
import { shallow } from 'zustand/vanilla/shallow';
import type { GeoJSONSource, MapSourceDataEvent, Map as MlMap } from 'maplibre-gl';
import type { ContentIndex } from '../../content/index.ts';
import { kindOf, type FeatureKind, type SelectableId } from '../../content/types.ts';
import type { AppStore } from '../../state/store.ts';
import { LATER_SOURCES, SOURCE, type SourceId } from '../style/ids.ts';

const NONE: readonly SourceId[] = [];
const BY_KIND: Partial<Record<FeatureKind, readonly SourceId[]>> = {
  // A country is drawn from the countries file and, where the box that file is cut to leaves some of it out, from
  // the land beyond it and the line that covers the cut (same ids): one state for all three, so no seam shows.
  country: [SOURCE.countries, SOURCE.context, SOURCE.seams],
  // A corridor is drawn from two sources: its casing, arrows and hit line, and its coloured legs.
  corridor: [SOURCE.corridors, SOURCE.corridorLegs],
  place: [SOURCE.places],
  river: [SOURCE.mekong],
};

/** The map sources that draw a feature (each keyed by the feature's id). */
export function sourcesOf(id: string): readonly SourceId[] {
  const kind = kindOf(id);
  return (kind && BY_KIND[kind]) ?? NONE;
}

type StateKey = 'hover' | 'selected' | 'highlight' | 'dim';

/** Sources of BY_KIND that the first view's style does not have yet. */
const LATE: ReadonlySet<string> = new Set(Object.values(BY_KIND).flatMap((ids) => ids.filter((id) => (LATER_SOURCES as readonly string[]).includes(id))));

export function bindFeatureState(map: MlMap, store: AppStore, index: ContentIndex): () => void {
  const applied = new Map<StateKey, Set<string>>();

  const setMany = (key: StateKey, ids: readonly string[]) => {
    const prev = applied.get(key) ?? new Set<string>();
    const next = new Set(ids);
    const set = (id: string, value: boolean) => {
      for (const source of sourcesOf(id)) if (map.getSource(source)) map.setFeatureState({ source, id }, { [key]: value });
    };
    for (const id of prev) if (!next.has(id)) set(id, false);
    // Only what changed: every state set makes MapLibre rewrite that feature's paint values on the next frame.
    for (const id of next) if (!prev.has(id)) set(id, true);
    applied.set(key, next);
  };

  const allMapIds = [...index.features.keys()].filter((id) => sourcesOf(id).length > 0);
  // Units the land beyond the box draws that the pack does not know (no card, never a target): dimmed with the
  // rest. Read from the source once it has loaded.
  let unknownUnits: readonly string[] = [];

  const apply = () => {
    const s = store.getState();
    setMany('hover', s.hovered ? index.targetsOf(s.hovered) : []);
    const targets: readonly SelectableId[] = s.selected ? index.targetsOf(s.selected) : [];
    const isPassage = s.selected !== null && kindOf(s.selected) === 'passage';
    setMany('selected', isPassage ? [] : targets);
    setMany('highlight', isPassage ? targets : []);
    // A passage with features dims the rest, so what it speaks of stands out.
    const focus = new Set<string>(targets);
    setMany('dim', isPassage && targets.length ? [...allMapIds.filter((id) => !focus.has(id)), ...unknownUnits] : []);
  };

  const unsub = store.subscribe((s) => [s.hovered, s.selected] as const, apply, {
    equalityFn: shallow,
    fireImmediately: true,
  });
  // A new style (theme change) keeps sources whose data is unchanged; re-apply in case any were rebuilt.
  const onStyle = () => {
    applied.clear();
    apply();
  };
  const sub = map.on('style.load', onStyle);
  // The whole style adds sources after the first view (LATER_SOURCES): give them the states already set.
  let disposed = false;
  const readUnknownUnits = async (source: GeoJSONSource) => {
    const data = await source.getData();
    if (disposed || data.type !== 'FeatureCollection') return;
    const ids = data.features.map((f) => f.properties?.['id']).filter((id): id is string => typeof id === 'string' && !index.isKnownId(id));
    unknownUnits = [...new Set(ids)];
    apply();
  };
  const onSourceData = (e: MapSourceDataEvent) => {
    if (e.sourceDataType !== 'metadata' || !LATE.has(e.sourceId)) return;
    onStyle();
    const source = e.sourceId === SOURCE.context ? map.getSource<GeoJSONSource>(SOURCE.context) : undefined;
    if (source) void readUnknownUnits(source);
  };
  const subData = map.on('sourcedata', onSourceData);
  return () => {
    disposed = true;
    unsub();
    sub.unsubscribe();
    subData.unsubscribe();
  };
}

// store → map: hover, selection and emphasis as feature-state. The only state the map keeps for us.
import { shallow } from 'zustand/vanilla/shallow';
import type { Map as MlMap } from 'maplibre-gl';
import type { ContentIndex } from '../../content/index.ts';
import { kindOf, type FeatureKind, type SelectableId } from '../../content/types.ts';
import type { AppStore } from '../../state/store.ts';
import { SOURCE, type SourceId } from '../style/ids.ts';

const NONE: readonly SourceId[] = [];
const BY_KIND: Partial<Record<FeatureKind, readonly SourceId[]>> = {
  country: [SOURCE.countries],
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

  const apply = () => {
    const s = store.getState();
    setMany('hover', s.hovered ? index.targetsOf(s.hovered) : []);
    const targets: readonly SelectableId[] = s.selected ? index.targetsOf(s.selected) : [];
    const isPassage = s.selected !== null && kindOf(s.selected) === 'passage';
    setMany('selected', isPassage ? [] : targets);
    setMany('highlight', isPassage ? targets : []);
    // A passage with features dims the rest, so what it speaks of stands out.
    const focus = new Set<string>(targets);
    setMany('dim', isPassage && targets.length ? allMapIds.filter((id) => !focus.has(id)) : []);
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
  return () => {
    unsub();
    sub.unsubscribe();
  };
}

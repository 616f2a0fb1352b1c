// store → map: theme and label language rebuild the style; MapLibre's style diff applies only what changed.
import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../../state/store.ts';
import { buildStyle, type StyleOptions } from '../style/index.ts';

export function bindStyle(map: MlMap, store: AppStore, base: Omit<StyleOptions, 'theme' | 'labelLang'>): () => void {
  return store.subscribe(
    (s) => [s.theme, s.labelLang] as const,
    ([theme, labelLang]) => map.setStyle(buildStyle({ ...base, theme, labelLang })),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}

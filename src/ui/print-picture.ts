// The picture of the map that the explorer prints (loaded with print-view.ts once the first view is drawn, so that
// the tour's picture code is not in the first view's bytes): the tour's "Save map image" picture of the map as it
// is now, with the corridors shown, their key, the scale and the credits.
import { story } from '../content/story.ts';
import type { ContentIndex } from '../content/index.ts';
import { ensurePart, t } from '../i18n/index.ts';
import { composeMapImage } from '../present/image.ts';
import { scaleBar } from '../present/tour.ts';
import { legendItems } from '../present/views.ts';
import { revealedCorridors } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { THEME_TOKENS } from '../styles/tokens.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

export function printPicture(doc: Document, s: AppState, index: ContentIndex, canvas: HTMLCanvasElement, attribution: string): HTMLCanvasElement {
  const theme = THEME_TOKENS[s.theme];
  const shown = (revealedCorridors(s) ?? [...index.corridors.keys()]).filter((id) => {
    const kind = index.corridors.get(id)?.properties.kind;
    return kind !== undefined && !s.hiddenKinds.includes(kind);
  });
  const scale = s.view ? scaleBar(s.view.center[1], s.view.zoom, 120) : null;
  const selected = s.selected ? index.features.get(s.selected)?.name : undefined;
  const picture = composeMapImage(doc, canvas, {
    title: story().title,
    kicker: selected ? t('details.printSelected', { name: selected }) : null,
    legend: legendItems(shown, index, theme),
    scale: scale ? { px: scale.px, label: scale.label } : null,
    attribution,
    theme,
  });
  picture.setAttribute('role', 'img');
  picture.setAttribute('aria-label', selected ? t('details.printMapSelected', { name: selected }) : t('details.printMap'));
  return picture;
}

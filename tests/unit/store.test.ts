import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { cardShown, selectedKind, stateFromUrl, urlStateOf } from '../../src/state/selectors.ts';
import { nearestHeight, sheetPx } from '../../src/ui/sheet.ts';
import { parseHash, serializeHash } from '../../src/state/url.ts';

describe('the store', () => {
  it('selects, hovers and clears', () => {
    const store = createAppStore();
    store.getState().select('country:LAO');
    expect(store.getState().selected).toBe('country:LAO');
    expect(selectedKind(store.getState())).toBe('country');
    expect(store.getState().frameRequest).toBeNull();
    store.getState().hover('country:KHM');
    expect(store.getState().hovered).toBe('country:KHM');
    store.getState().clearSelection();
    expect(store.getState().selected).toBeNull();
    expect(store.getState().hovered).toBe('country:KHM');
  });

  it('asks the map to frame a choice only when told to, and each request is distinct', () => {
    const store = createAppStore();
    store.getState().select('country:KHM', { frame: true });
    const first = store.getState().frameRequest;
    expect(first?.target).toBe('country:KHM');
    store.getState().select('country:KHM', { frame: true });
    expect(store.getState().frameRequest?.seq).toBe((first?.seq ?? 0) + 1);
  });

  it('does not notify hover listeners when the hovered feature does not change', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(
      (s) => s.hovered,
      () => calls++,
    );
    store.getState().hover('country:LAO');
    store.getState().hover('country:LAO');
    expect(calls).toBe(1);
  });

  it('toggles corridor kinds and place types without duplicates, replacing the arrays', () => {
    const store = createAppStore();
    const before = store.getState().hiddenKinds;
    store.getState().setKindVisible('energy', false);
    store.getState().setKindVisible('energy', false);
    expect(store.getState().hiddenKinds).toEqual(['energy']);
    expect(store.getState().hiddenKinds).not.toBe(before);
    store.getState().setKindVisible('energy', true);
    expect(store.getState().hiddenKinds).toEqual([]);
    store.getState().setPlaceTypeVisible('dam', false);
    expect(store.getState().hiddenPlaceTypes).toEqual(['dam']);
  });

  it('clamps the view and tour steps', () => {
    const store = createAppStore();
    store.getState().setView({ center: [500, -90], zoom: 40 }, 'map');
    const v = store.getState().view!;
    expect(v.zoom).toBeLessThanOrEqual(12);
    expect(v.center[0]).toBeLessThanOrEqual(125);
    store.getState().startTour(-3.7);
    expect(store.getState().tour).toMatchObject({ active: true, step: 0 });
    store.getState().stopTour();
    expect(store.getState().tour.active).toBe(false);
  });

  it('applies a URL state and gives the same URL back', () => {
    const store = createAppStore();
    const hash = '#map=6.5/15.2/104.8&sel=country:KHM&hide=energy,dam&lang=native&theme=projector&step=3';
    store.getState().applyLink(stateFromUrl(parseHash(hash, { isKnownId: () => true })));
    expect(serializeHash(urlStateOf(store.getState()))).toBe(hash);
    expect(store.getState().tour).toMatchObject({ active: true, step: 2 });
    expect(store.getState().viewSource).toBe('external');
  });

  it('shows a map feature’s card in place of the tab until it is put away; a passage opens the article', () => {
    const store = createAppStore();
    store.getState().setTab('routes');
    store.getState().select('country:LAO');
    expect(cardShown(store.getState())).toBe(true);
    // Back (or a tab chosen) puts the card away and keeps the selection.
    store.getState().setTab('routes');
    expect(cardShown(store.getState())).toBe(false);
    expect(store.getState().selected).toBe('country:LAO');
    // The same feature chosen again shows its card again.
    store.getState().select('country:LAO');
    expect(cardShown(store.getState())).toBe(true);
    store.getState().select('passage:energy');
    expect(cardShown(store.getState())).toBe(false);
    expect(store.getState().tab).toBe('article');
    store.getState().clearSelection();
    expect(store.getState().cardDismissed).toBeNull();
  });

  it('raises a phone’s sheet to half height with a selection, in the same change', () => {
    const store = createAppStore();
    const seen: string[] = [];
    store.subscribe(
      (s) => s.selected,
      () => seen.push(store.getState().sheet),
    );
    store.getState().select('country:KHM');
    expect(seen).toEqual(['half']);
    store.getState().setSheet('full');
    store.getState().select('country:LAO');
    expect(store.getState().sheet).toBe('half');
  });
});

describe('the sheet’s heights', () => {
  it('are its bar, a share of the window, and all below the header; a drag ends at the nearest', () => {
    expect(sheetPx('peek', 844, 56)).toBeLessThan(sheetPx('half', 844, 56));
    expect(sheetPx('half', 844, 56)).toBeLessThanOrEqual((844 - 56) / 2);
    expect(sheetPx('full', 844, 56)).toBe(844 - 56);
    expect(nearestHeight(70, 844, 56)).toBe('peek');
    expect(nearestHeight(400, 844, 56)).toBe('half');
    expect(nearestHeight(700, 844, 56)).toBe('full');
  });
});

// The sidebar's tabs (Article, Routes, Countries): an ARIA tablist with arrow-key navigation. The open tab lives
// in the store (`tab`): a click or a key asks the store, and this shows what the store holds, so a card that
// opens a tab and the tour that puts one back go through the store too. A tab button's id is `tab-<name>`.
import { SIDEBAR_TABS, type SidebarTab } from '../state/tour-session.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

const nameOf = (tab: HTMLElement): SidebarTab | null => SIDEBAR_TABS.find((t) => tab.id === `tab-${t}`) ?? null;

export function mountTabs(root: HTMLElement, store: AppStore): Dispose & { show: (panelId: string) => void } {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panelOf = (tab: HTMLButtonElement) => root.ownerDocument.getElementById(tab.getAttribute('aria-controls') ?? '');
  const draw = (open: SidebarTab) => {
    const shown = tabs.find((t) => nameOf(t) === open) ?? tabs[0];
    for (const t of tabs) {
      const on = t === shown;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = panelOf(t);
      if (panel) panel.hidden = !on;
    }
  };
  const open = (tab: HTMLButtonElement | undefined, focus = false) => {
    const name = tab ? nameOf(tab) : null;
    if (name) store.getState().setTab(name);
    if (focus) tab?.focus();
  };
  const onClick = (e: Event) => {
    const tab = (e.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) open(tab);
  };
  const onKey = (e: KeyboardEvent) => {
    // The Edit tab is there only while a lesson is edited.
    const shown = tabs.filter((t) => !t.hidden);
    const i = shown.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? shown.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    open(shown[(next + shown.length) % shown.length], true);
  };
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe((s) => s.tab, draw, { fireImmediately: true });
  const dispose = () => {
    unsubscribe();
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKey);
  };
  return Object.assign(dispose, {
    show: (panelId: string) => open(tabs.find((t) => t.getAttribute('aria-controls') === panelId)),
  });
}

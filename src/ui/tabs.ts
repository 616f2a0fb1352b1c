// The sidebar's tabs (Article, Routes, Countries): an ARIA tablist with arrow-key navigation.
import type { Dispose } from './mount.ts';

export function mountTabs(root: HTMLElement): Dispose & { show: (panelId: string) => void } {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panelOf = (tab: HTMLButtonElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');
  const select = (tab: HTMLButtonElement, focus = false) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = panelOf(t);
      if (panel) panel.hidden = !on;
    }
    if (focus) tab.focus();
  };
  const onClick = (e: Event) => {
    const tab = (e.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) select(tab);
  };
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length]!, true);
  };
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKey);
  const first = tabs[0];
  if (first) select(first);
  const dispose = () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKey);
  };
  return Object.assign(dispose, {
    show: (panelId: string) => {
      const tab = tabs.find((t) => t.getAttribute('aria-controls') === panelId);
      if (tab) select(tab);
    },
  });
}

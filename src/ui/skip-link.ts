// The skip link moves focus to its target without navigating to "#panel-article": the address bar carries the
// view and the selection (url-sync), and a hash of its own there would replace them, clearing the selection.
import type { Dispose } from './mount.ts';

/** `show` makes the target's tab panel visible first (the Article panel may be behind another tab). */
export function mountSkipLink(link: HTMLAnchorElement, show: (panelId: string) => void): Dispose {
  const onClick = (e: MouseEvent) => {
    const id = link.hash.slice(1);
    const target = id ? link.ownerDocument.getElementById(id) : null;
    if (!target) return;
    e.preventDefault();
    show(id);
    target.focus(); // the panel has tabindex="-1"; focusing scrolls it into view
  };
  link.addEventListener('click', onClick);
  return () => link.removeEventListener('click', onClick);
}

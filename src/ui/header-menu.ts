// On a narrow screen the header's tools (settings, stories, Present) fold into one Menu button, a disclosure:
// it opens and closes by click or Enter, closes with Esc (focus back on the button), on a click outside, and once a
// tool has been used. Wide screens show the tools and never the button (app-sheet.css).
import type { Dispose } from './mount.ts';

export function mountHeaderMenu(button: HTMLButtonElement, tools: HTMLElement): Dispose {
  const doc = button.ownerDocument;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    tools.toggleAttribute('data-open', open);
  };
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const onButton = () => set(!isOpen());
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    // A menu inside (the Stories panel) closes first, on its own Esc.
    if (e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    set(false);
    button.focus();
  };
  const onOutside = (e: PointerEvent) => {
    const t = e.target as Node | null;
    if (isOpen() && t && !tools.contains(t) && !button.contains(t)) set(false);
  };
  // Present starts the tour, which takes the screen: the menu is closed behind it.
  const onToolClick = (e: Event) => {
    if ((e.target as HTMLElement).closest('#present-button')) set(false);
  };
  button.addEventListener('click', onButton);
  tools.addEventListener('keydown', onKey);
  button.addEventListener('keydown', onKey);
  tools.addEventListener('click', onToolClick);
  doc.addEventListener('pointerdown', onOutside);
  return () => {
    button.removeEventListener('click', onButton);
    tools.removeEventListener('keydown', onKey);
    button.removeEventListener('keydown', onKey);
    tools.removeEventListener('click', onToolClick);
    doc.removeEventListener('pointerdown', onOutside);
  };
}

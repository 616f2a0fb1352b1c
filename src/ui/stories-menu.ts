// The Stories menu in the header: the built-in story and the packs kept on this device, to switch between (the
// page reloads with the story's id in the address) and to remove; and opening a teacher's pack, as a folder or
// a .zip, from a file picker or by dropping it on the page. The panel never reads files or storage itself: it
// calls what main.ts gives it. Everything a pack says is rendered as text by lit-html, marked with the pack's
// language where it is known and is not the interface's.
import '../styles/stories.css';
import { html, nothing, render } from 'lit-html';
import { story, type StorySettings } from '../content/story.ts';
import type { Problem } from '../content/problems.ts';
import { locale, t, tParts } from '../i18n/index.ts';
import { reasonOf, type Reason } from '../packs/said.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';
import { problemLine, reasonPart } from './problems-panel.ts';

export interface StoryItem {
  readonly id: string;
  readonly title: string;
  /** The pack's language, in which its title is written (unknown for a title of the explorer's own). */
  readonly lang?: string | undefined;
}

export interface StoriesMenuOptions {
  readonly current: StoryItem;
  readonly builtIn: StoryItem;
  /** The packs kept on this device. */
  readonly list: () => Promise<readonly StoryItem[]>;
  /** Opens a story (reloads the page). */
  readonly open: (id: string | null) => void;
  readonly remove: (id: string) => Promise<void>;
  /** Reads, checks and keeps the files of a pack (a folder's files, or one .zip); resolves to its id. */
  readonly importFiles: (files: readonly File[]) => Promise<StoryItem>;
  /** The lessons being written on this device (the editor's drafts): listed, opened, deleted, started. */
  readonly lessons: LessonOptions;
}

export interface LessonItem {
  readonly id: string;
  readonly title: string;
  readonly savedAt: string;
}

export interface LessonOptions {
  readonly list: () => Promise<readonly LessonItem[]>;
  /** Opens a draft in the editor (reloads the page). */
  readonly open: (id: string) => void;
  readonly remove: (id: string) => Promise<void>;
  /** Makes a draft and opens it in the editor: blank, or a copy of the story open. Rejects with why it could not. */
  readonly start: (from: 'blank' | 'copy') => Promise<void>;
}

/** Shows the open story's titles: the page's title, the header and the map's name for screen readers. */
export function showStoryTitles(doc: Document, s: StorySettings): void {
  doc.title = s.title;
  const title = doc.querySelector('.app-title');
  const subtitle = doc.querySelector('.app-subtitle');
  // Unchanged text is left alone: new text would be painted again, and count as the page's largest paint late.
  if (title && title.textContent !== s.title) title.textContent = s.title;
  if (subtitle && subtitle.textContent !== s.subtitle) subtitle.textContent = s.subtitle;
  doc.getElementById('map-region')?.setAttribute('aria-label', s.mapLabel);
  // The article is in the pack's language, whatever the interface's.
  doc.getElementById('panel-article')?.setAttribute('lang', s.lang);
}

/** A story as the menu names it: the open one by its title in the interface's language where its pack has one. */
function named(s: StoryItem): StoryItem {
  const open = story();
  return s.id === open.id ? { id: s.id, title: open.title, lang: open.textLang } : s;
}

/** A pack's title, marked with the pack's language when the interface is in another. */
function titleOf(s: StoryItem) {
  return s.lang && s.lang !== locale() ? html`<span lang=${s.lang}>${s.title}</span>` : s.title;
}

/** What the menu is doing or why it failed: written out when drawn, so that it follows a change of language. */
type Status = { readonly kind: 'busy' | 'error'; readonly say: () => unknown; readonly problems?: readonly Problem[] } | null;

/** `store`, when given, redraws the menu in another language when the interface's changes. */
export function mountStoriesMenu(el: HTMLElement, win: Window, o: StoriesMenuOptions, store: AppStore): Dispose {
  let open = false;
  let kept: readonly StoryItem[] = [];
  let lessons: readonly LessonItem[] = [];
  let status: Status = null;
  const draw = () => {
    const items = [o.builtIn, ...kept.filter((k) => k.id !== o.builtIn.id)].map(named);
    render(
      html`<div class="stories">
        <button
          type="button"
          class="stories-button"
          id="stories-button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="stories-panel"
          @click=${() => toggle(!open)}
        >
          ${t('shell.stories')}
        </button>
        <div id="stories-panel" class="stories-panel" role="region" aria-labelledby="stories-button" ?hidden=${!open} @keydown=${onKey}>
          <ul class="stories-list" aria-label=${t('shell.stories')}>
            ${items.map(
              (s) =>
                html`<li class="stories-item" data-story=${s.id}>
                  <button
                    type="button"
                    class="link-button stories-open"
                    aria-current=${s.id === o.current.id ? 'true' : 'false'}
                    @click=${() => o.open(s.id === o.builtIn.id ? null : s.id)}
                  >
                    ${titleOf(s)}${s.id === o.builtIn.id ? html` <span class="stories-tag">${t('shell.builtInTag')}</span>` : nothing}${
                      s.id === o.current.id ? html` <span class="stories-open-tag">${t('shell.openTag')}</span>` : nothing
                    }
                  </button>
                  ${
                    s.id === o.builtIn.id
                      ? nothing
                      : html`<button
                          type="button"
                          class="stories-remove"
                          aria-label=${t('shell.removeStory', { title: s.title })}
                          @click=${() => void removeStory(s)}
                        >
                          ${t('shell.remove')}
                        </button>`
                  }
                </li>`,
            )}
          </ul>
          <p class="stories-open-label" id="lessons-label">${t('shell.makeLesson')}</p>
          <div class="stories-pickers">
            <button type="button" class="button" id="lesson-blank" @click=${() => void start('blank')}>${t('shell.newBlankLesson')}</button>
            <button type="button" class="button" id="lesson-copy" @click=${() => void start('copy')}>${t('shell.editCopy')}</button>
          </div>
          ${
            lessons.length
              ? html`<ul class="stories-list" aria-labelledby="lessons-label">
                  ${lessons.map(
                    (l) =>
                      html`<li class="stories-item" data-lesson=${l.id}>
                        <button type="button" class="link-button stories-open" @click=${() => o.lessons.open(l.id)}>
                          ${l.title || t('shell.untitledLesson')} <span class="stories-tag">${t('shell.draftTag')}</span>
                        </button>
                        <button
                          type="button"
                          class="stories-remove"
                          aria-label=${t('shell.deleteDraft', { title: l.title })}
                          @click=${() => void removeLesson(l)}
                        >
                          ${t('shell.delete')}
                        </button>
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
          <p class="stories-open-label">${t('shell.openPack')}</p>
          <div class="stories-pickers">
            <label class="button stories-pick"
              >${t('shell.chooseFolder')}<input type="file" class="visually-hidden" data-pick="folder" webkitdirectory @change=${onPick}
            /></label>
            <label class="button stories-pick"
              >${t('shell.chooseZip')}<input type="file" class="visually-hidden" data-pick="zip" accept=".zip,application/zip" @change=${onPick}
            /></label>
          </div>
          <p class="stories-hint">${t('shell.dropHint')}</p>
          <div class="stories-status" role="status">
            ${
              status
                ? html`<p class=${status.kind === 'error' ? 'stories-error' : ''}>${status.say()}</p>
                    ${
                      status.problems?.length
                        ? html`<ul class="stories-problems">
                            ${status.problems.slice(0, 20).map((p) => html`<li>${problemLine(p)}</li>`)}
                          </ul>`
                        : nothing
                    }`
                : nothing
            }
          </div>
        </div>
      </div>`,
      el,
    );
  };
  const refresh = async () => {
    [kept, lessons] = await Promise.all([o.list().catch(() => []), o.lessons.list().catch(() => [])]);
    draw();
  };
  const start = async (from: 'blank' | 'copy') => {
    status = { kind: 'busy', say: () => t(from === 'blank' ? 'shell.makingLesson' : 'shell.copyingStory') };
    draw();
    try {
      await o.lessons.start(from);
    } catch (e) {
      const reason = reasonOf(e);
      status = { kind: 'error', say: () => tParts('shell.lessonNotMade', { reason: reasonPart(reason) }) };
      draw();
    }
  };
  const removeLesson = async (l: LessonItem) => {
    if (!win.confirm(t('shell.confirmDeleteDraft', { title: l.title }))) return;
    await o.lessons.remove(l.id);
    await refresh();
  };
  const toggle = (next: boolean) => {
    open = next;
    draw();
    if (open) void refresh();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    toggle(false);
    el.querySelector<HTMLButtonElement>('#stories-button')?.focus();
  };
  const removeStory = async (s: StoryItem) => {
    await o.remove(s.id);
    // Removing the open story leaves it: the built-in story opens.
    if (s.id === o.current.id) o.open(null);
    else await refresh();
  };
  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    open = true;
    status = { kind: 'busy', say: () => t('shell.readingPack') };
    draw();
    try {
      const story = await o.importFiles(files);
      status = { kind: 'busy', say: () => tParts('shell.openingStory', { title: titleOf(story) }) };
      draw();
      o.open(story.id);
    } catch (e) {
      const problems = (e as { problems?: readonly Problem[] }).problems ?? [];
      // A refused pack's reason is the pack checks' (English), unless the explorer refused it in its own words.
      const reason: Reason = reasonOf(e, e instanceof Error && e.name === 'PackRefused' ? 'en' : undefined);
      status = { kind: 'error', say: () => tParts('shell.packNotOpened', { reason: reasonPart(reason) }), problems };
      draw();
    }
  };
  const onPick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void importFiles(files);
  };
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    void droppedFiles(e.dataTransfer).then(importFiles);
  };
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('drop', onDrop);
  draw();
  const unsubscribe = store.subscribe((s) => s.ui, draw);
  return () => {
    unsubscribe();
    win.removeEventListener('dragover', onDragOver);
    win.removeEventListener('drop', onDrop);
    render(nothing, el);
  };
}

/** The files of a drop: a .zip, files, or a whole folder (read through its entries, with their paths). */
async function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => !!x);
  if (!entries.some((e) => e.isDirectory)) return [...dt.files];
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
      out.push(new File([file], file.name, { type: file.type }));
      Object.defineProperty(out[out.length - 1], 'webkitRelativePath', { value: `${path}${file.name}` });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, `${path}${entry.name}/`);
    }
  };
  for (const e of entries) await walk(e, '');
  return out;
}

// The Stories menu in the header: the built-in story and the packs kept on this device, to switch between (the
// page reloads with the story's id in the address) and to remove; and opening a teacher's pack, as a folder or
// a .zip, from a file picker or by dropping it on the page. The panel never reads files or storage itself: it
// calls what main.ts gives it. Everything a pack says is rendered as text by lit-html.
import '../styles/stories.css';
import { html, nothing, render } from 'lit-html';
import type { StorySettings } from '../content/story.ts';
import type { Problem } from '../content/problems.ts';
import { formatProblem } from '../content/problems.ts';
import type { Dispose } from './mount.ts';

export interface StoryItem {
  readonly id: string;
  readonly title: string;
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
  // The article is in the pack's language; the explorer's own words stay English.
  doc.getElementById('panel-article')?.setAttribute('lang', s.lang);
}

type Status = { readonly kind: 'busy' | 'error'; readonly text: string; readonly problems?: readonly Problem[] } | null;

export function mountStoriesMenu(el: HTMLElement, win: Window, o: StoriesMenuOptions): Dispose {
  let open = false;
  let kept: readonly StoryItem[] = [];
  let lessons: readonly LessonItem[] = [];
  let status: Status = null;
  const draw = () => {
    const items = [o.builtIn, ...kept.filter((k) => k.id !== o.builtIn.id)];
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
          Stories
        </button>
        <div id="stories-panel" class="stories-panel" role="region" aria-labelledby="stories-button" ?hidden=${!open} @keydown=${onKey}>
          <ul class="stories-list" aria-label="Stories">
            ${items.map(
              (s) =>
                html`<li class="stories-item" data-story=${s.id}>
                  <button
                    type="button"
                    class="link-button stories-open"
                    aria-current=${s.id === o.current.id ? 'true' : 'false'}
                    @click=${() => o.open(s.id === o.builtIn.id ? null : s.id)}
                  >
                    ${s.title}${s.id === o.builtIn.id ? html` <span class="stories-tag">built in</span>` : nothing}
                  </button>
                  ${
                    s.id === o.builtIn.id
                      ? nothing
                      : html`<button
                          type="button"
                          class="stories-remove"
                          aria-label=${`Remove “${s.title}” from this device`}
                          @click=${() => void removeStory(s)}
                        >
                          Remove
                        </button>`
                  }
                </li>`,
            )}
          </ul>
          <p class="stories-open-label" id="lessons-label">Make a lesson (the editor):</p>
          <div class="stories-pickers">
            <button type="button" class="button" id="lesson-blank" @click=${() => void start('blank')}>New blank lesson</button>
            <button type="button" class="button" id="lesson-copy" @click=${() => void start('copy')}>Edit a copy of this story</button>
          </div>
          ${
            lessons.length
              ? html`<ul class="stories-list" aria-labelledby="lessons-label">
                  ${lessons.map(
                    (l) =>
                      html`<li class="stories-item" data-lesson=${l.id}>
                        <button type="button" class="link-button stories-open" @click=${() => o.lessons.open(l.id)}>
                          ${l.title || 'Untitled lesson'} <span class="stories-tag">draft</span>
                        </button>
                        <button
                          type="button"
                          class="stories-remove"
                          aria-label=${`Delete the draft “${l.title}” from this device`}
                          @click=${() => void removeLesson(l)}
                        >
                          Delete
                        </button>
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
          <p class="stories-open-label">Open a teacher's story pack:</p>
          <div class="stories-pickers">
            <label class="button stories-pick"
              >Choose a folder…<input type="file" class="visually-hidden" data-pick="folder" webkitdirectory @change=${onPick}
            /></label>
            <label class="button stories-pick"
              >Choose a .zip…<input type="file" class="visually-hidden" data-pick="zip" accept=".zip,application/zip" @change=${onPick}
            /></label>
          </div>
          <p class="stories-hint">Or drop the folder or the .zip on the page.</p>
          <div class="stories-status" role="status">
            ${
              status
                ? html`<p class=${status.kind === 'error' ? 'stories-error' : ''}>${status.text}</p>
                    ${
                      status.problems?.length
                        ? html`<ul class="stories-problems">
                            ${status.problems.slice(0, 20).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
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
    status = { kind: 'busy', text: from === 'blank' ? 'Making a new lesson…' : 'Copying the story…' };
    draw();
    try {
      await o.lessons.start(from);
    } catch (e) {
      status = { kind: 'error', text: `The lesson was not made. ${e instanceof Error ? e.message : String(e)}` };
      draw();
    }
  };
  const removeLesson = async (l: LessonItem) => {
    if (!win.confirm(`Delete the draft “${l.title}”? It cannot be brought back (export it first to keep a copy).`)) return;
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
    status = { kind: 'busy', text: 'Reading the pack…' };
    draw();
    try {
      const story = await o.importFiles(files);
      status = { kind: 'busy', text: `Opening “${story.title}”…` };
      draw();
      o.open(story.id);
    } catch (e) {
      const problems = (e as { problems?: readonly Problem[] }).problems ?? [];
      status = { kind: 'error', text: `The pack was not opened. ${e instanceof Error ? e.message : String(e)} The story that is open is unchanged.`, problems };
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
  return () => {
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

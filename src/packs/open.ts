// Which story the page opens, decided once before the store exists (switching story reloads the page):
// `?pack=<relative URL>` reads a pack served next to the app (same origin only), keeps it on the device and
// puts `?story=<id>` in the address; `?story=<id>` opens a pack kept on the device; otherwise the built-in pack.
// A pack that is refused, or a story this device does not have, leaves the built-in pack open and says why.
// The pack reader and the schema are loaded only for a teacher's pack: the built-in one needs neither
// (content/load.ts).
import { loadContent, type ContentPack } from '../content/load.ts';
import type { PackTexts } from '../content/pack-reader.ts';
import type { Problem } from '../content/problems.ts';
import type { PackFileName } from '../content/schema.ts';
import type { Library, StoryEntry } from './library.ts';
import { reasonOf, refusal, SaidError } from './said.ts';
import { t } from '../i18n/index.ts';

const packReader = () => import('../content/pack-reader.ts');

export interface StoryChoice {
  readonly pack: ContentPack;
  /** The open story, as the Stories menu lists it. */
  readonly story: StoryEntry;
  /** The built-in story (always listed first). */
  readonly builtIn: StoryEntry;
  /** Why a pack or story asked for in the address was not opened (shown in the problems panel). */
  readonly refusal: readonly Problem[];
}

export interface ChooseOptions {
  /** The built-in pack's folder (geo/ next to the app). */
  readonly builtInBase: string;
  readonly library: Library;
  readonly fetcher?: typeof fetch;
}

/** The built-in pack's id and title, from its pack.json (for the menu, and so no other pack takes its id). */
export async function builtInEntry(builtInBase: string, fetcher: typeof fetch = fetch): Promise<StoryEntry> {
  try {
    const res = await fetcher(new URL('pack.json', builtInBase).href);
    const { packManifest } = await import('../content/schema.ts');
    const m = packManifest.safeParse(await res.json());
    if (m.success) return { id: m.data.id, title: m.data.title, lang: m.data.lang };
  } catch {
    // The built-in pack's own problems are reported when it is opened.
  }
  return FALLBACK_ENTRY;
}

/**
 * The built-in story when its pack.json cannot be read (its problems are reported when it is opened): named in the
 * interface's language, whenever the menu is drawn.
 */
const FALLBACK_ENTRY: StoryEntry = {
  id: 'built-in',
  get title() {
    return t('shell.builtInStory');
  },
};

/** A pack that takes the built-in story's id is refused: it would be kept in its place. */
const builtInIdTaken = (id: string) => new SaidError({ key: 'shell.refusedBuiltInId', params: { id } }, 'PackRefused');

/** A kept pack's texts read again (its pack.json checked again by today's schema). */
async function keptTexts(texts: Readonly<Partial<Record<PackFileName, string>>>): Promise<PackTexts> {
  const encoder = new TextEncoder();
  return (await packReader()).readPackFiles(new Map(Object.entries(texts).map(([name, text]) => [name, encoder.encode(text)])));
}

/** Reads, checks and keeps a pack; returns its id. Refuses a pack that takes the built-in story's id. */
export async function keepPack(texts: PackTexts, options: ChooseOptions): Promise<StoryEntry> {
  const { openPackTexts } = await packReader();
  const builtIn = await builtInEntry(options.builtInBase, options.fetcher);
  if (texts.manifest.id === builtIn.id) throw builtInIdTaken(texts.manifest.id);
  // Opened once before it is kept, so that a pack over the limits is refused before anything is stored.
  await openPackTexts(texts, { baseUrl: options.builtInBase, fetcher: options.fetcher ?? fetch });
  const entry = { id: texts.manifest.id, title: texts.manifest.title, lang: texts.manifest.lang };
  await options.library.put({ ...entry, texts: texts.texts, savedAt: new Date().toISOString() });
  return entry;
}

/** Reads, checks and keeps the files a teacher chose: a pack's folder, or one .zip. */
export async function importPack(files: readonly File[], options: ChooseOptions): Promise<StoryEntry> {
  const zip = files.length === 1 && /\.zip$/i.test(files[0]!.name) ? files[0]! : null;
  const { filesFromFolder, readPackFiles } = await packReader();
  const read = zip ? await (await import('../content/pack-zip.ts')).filesFromZipFile(zip) : await filesFromFolder(files);
  return keepPack(readPackFiles(read), options);
}

/** The address that opens a story (`?story=<id>`; the built-in one has none), keeping other parameters. */
export function storyUrl(win: Window, id: string | null): string {
  const params = new URLSearchParams(win.location.search);
  params.delete('pack');
  params.delete('story');
  if (id !== null) params.set('story', id);
  const search = params.toString().replace(/=(&|$)/g, '$1');
  return `${win.location.pathname}${search ? `?${search}` : ''}`;
}

function refusalOf(what: string, e: unknown): Problem[] {
  // A PackRefused (by name: its module is loaded only with a teacher's pack), whose reasons are the pack checks'
  // English ones, unless the explorer refused it in its own words.
  if (e instanceof Error && e.name === 'PackRefused')
    return [refusal(what, '(pack)', reasonOf(e, 'en')), ...((e as { problems?: readonly Problem[] }).problems ?? [])];
  return [refusal(what, '(pack)', reasonOf(e))];
}

export async function chooseStory(win: Window, options: ChooseOptions): Promise<StoryChoice> {
  const params = new URLSearchParams(win.location.search);
  const packParam = params.get('pack');
  const storyParam = params.get('story');
  const fetcher = options.fetcher ?? win.fetch.bind(win);
  const base = { baseUrl: options.builtInBase, fetcher };
  // Read for a teacher's pack (whose id may not be the built-in one's); the built-in story's own load reads it.
  const builtInPromise = packParam !== null || storyParam !== null ? builtInEntry(options.builtInBase, fetcher) : null;
  const refusal: Problem[] = [];

  if (packParam !== null) {
    try {
      const { filesFromUrl, openPackTexts, readPackFiles } = await packReader();
      const texts = readPackFiles(await filesFromUrl(packParam, win.location.href, fetcher));
      const pack = await openPackTexts(texts, base);
      const builtIn = (await builtInPromise)!;
      if (texts.manifest.id === builtIn.id) throw builtInIdTaken(texts.manifest.id);
      const entry = { id: texts.manifest.id, title: texts.manifest.title, lang: texts.manifest.lang };
      // Kept on the device, and the address names it: it opens offline next time, and a link to a view works
      // for anyone who has the same pack.
      await options.library.put({ ...entry, texts: texts.texts, savedAt: new Date().toISOString() }).catch(() => undefined);
      win.history.replaceState(win.history.state, '', `${storyUrl(win, entry.id)}${win.location.hash}`);
      return { pack, story: entry, builtIn, refusal };
    } catch (e) {
      refusal.push(...refusalOf(`?pack=${packParam.slice(0, 100)}`, e));
    }
  } else if (storyParam !== null) {
    const builtIn = (await builtInPromise)!;
    if (storyParam !== builtIn.id) {
      try {
        const { openPackTexts } = await packReader();
        const kept = await options.library.get(storyParam);
        if (!kept) throw new SaidError({ key: 'shell.refusedNotOnDevice' }, 'PackRefused');
        const pack = await openPackTexts(await keptTexts(kept.texts), base);
        return { pack, story: { id: kept.id, title: kept.title, lang: pack.manifest?.lang }, builtIn, refusal };
      } catch (e) {
        refusal.push(...refusalOf(`?story=${storyParam.slice(0, 64)}`, e));
      }
    }
  }
  const pack = await loadContent(options.builtInBase);
  const builtIn = pack.manifest ? { id: pack.manifest.id, title: pack.manifest.title, lang: pack.manifest.lang } : ((await builtInPromise) ?? FALLBACK_ENTRY);
  return { pack, story: builtIn, builtIn, refusal };
}

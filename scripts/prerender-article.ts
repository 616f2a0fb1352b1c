// The built-in story's article, written into index.html's article panel at build time, so that the header and the
// article are in the first paint instead of waiting for the app's script and the content pack (with the hint the
// selection card shows above it, so that the article does not move). The app takes them over when it mounts the
// panels (src/ui/article-panel.ts and src/ui/selection-card.ts remove what is marked `data-prerendered`). The pack is
// read, validated and indexed here by the app's own code, and the markup is the panel's own, so that nothing moves
// when the app replaces it. The page is written in English, the interface's first language, in the words of the
// English catalogue (src/i18n/en/explore.ts), and the article is marked with the story's language, as the panel does.
//
// A teacher's story (`?pack=`, `?story=<another>`, `?edit=`, or the presenter view) must never show the built-in
// article as if it were its own: a tiny same-origin script, parser-blocking and first in the page's head,
// marks the page `other-story` when the address names anything but the built-in story, and the style sheet hides
// the prerendered article then (src/styles/article-prerender.css). The CSP refuses inline scripts, hence a file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { passageRuns } from '../src/content/article.ts';
import { buildIndex, featureInfo, type ContentIndex } from '../src/content/index.ts';
import { storyFromManifest } from '../src/content/story.ts';
import { PACK_FILES, validatePack, type RawPack } from '../src/content/validate.ts';
import { messages as explore } from '../src/i18n/en/explore.ts';
import { messages as shell } from '../src/i18n/en/shell.ts';
import { pageThemeCss } from '../src/styles/page-theme.ts';
import { SHEET_QUERY, SHEET_SIZES } from '../src/ui/sheet.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The interface's words written into the page: English, as the panels draw them before any other language loads. */
const EN = { ...explore, ...shell } as const;

/** An English message with its `{name}` placeholders filled with markup (already escaped) or escaped text. */
function english(key: keyof typeof EN, markup: Readonly<Record<string, string>> = {}): string {
  const message = EN[key];
  return escapeHtml(typeof message === 'string' ? message : message.other).replace(/\{(\w+)\}/g, (whole, name: string) => markup[name] ?? whole);
}

/** The hint the article panel shows under the headline (the same words: src/ui/article-panel.ts). */
export const ARTICLE_HINT = EN['explore.articleHint'];

/** A `lang` attribute for English words inside the article, which is marked with the story's language. */
const englishIn = (lang: string) => (lang === 'en' ? '' : ' lang="en"');

/**
 * The article panel's markup for an index, as src/ui/article-panel.ts renders it with nothing selected (lit-html's
 * comment markers and whitespace aside), with `data-prerendered` on the article so that the app can replace it.
 * `lang` is the story's language (its pack.json's), which the article is marked with.
 */
export function articleHtml(index: Pick<ContentIndex, 'article' | 'passages' | 'features'>, lang = 'en'): string {
  const meta = index.article;
  const sections = new Map<string, { heading: string | null; passages: string[] }>();
  for (const { passage: p, sectionId, heading } of index.passages.values()) {
    const s = sections.get(sectionId) ?? { heading, passages: [] };
    const id = escapeHtml(p.id);
    if (p.links.length === 0) s.passages.push(`<p class="passage" data-passage="${id}">${escapeHtml(p.text)}</p>`);
    else {
      const runs = passageRuns(p).map((run) =>
        run.feature
          ? `<mark class="term" data-feature="${escapeHtml(run.feature)}" title="${escapeHtml(featureInfo(index, run.feature)?.name ?? '')}">${escapeHtml(run.text)}</mark>`
          : escapeHtml(run.text),
      );
      s.passages.push(
        `<button type="button" class="passage passage--linked" data-passage="${id}" aria-pressed="false" aria-describedby="article-hint">${runs.join('')}</button>`,
      );
    }
    sections.set(sectionId, s);
  }
  if (sections.size === 0) return '';
  const lines = [
    `<article class="article" aria-labelledby="article-headline" lang="${escapeHtml(lang)}" data-prerendered>`,
    meta?.title
      ? `<p class="article-kicker">${escapeHtml(meta.title)}</p>`
      : `<p class="article-kicker"${englishIn(lang)}>${english('explore.articleKicker')}</p>`,
    `<h2 id="article-headline" class="article-headline">${escapeHtml(meta?.headline ?? '')}</h2>`,
    ...(meta?.caption
      ? [
          `<p class="article-caption"${englishIn(lang)}>${english('explore.photoCaption', {
            caption: lang === 'en' ? escapeHtml(meta.caption) : `<span lang="${escapeHtml(lang)}">${escapeHtml(meta.caption)}</span>`,
          })}</p>`,
        ]
      : []),
    ...(meta?.context ? [`<p class="article-context">${escapeHtml(meta.context)}</p>`] : []),
    `<p class="article-hint" id="article-hint"${englishIn(lang)}>${english('explore.articleHint')}</p>`,
    ...[...sections.entries()].map(([id, s]) => {
      const labelled = s.heading ? ` aria-labelledby="${escapeHtml(`${id}-h`)}"` : '';
      const heading = s.heading ? [`<h3 id="${escapeHtml(`${id}-h`)}" class="article-subhead">${escapeHtml(s.heading)}</h3>`] : [];
      return [`<section class="article-section"${labelled}>`, ...heading, ...s.passages, '</section>'].join('\n');
    }),
    '</article>',
  ];
  return lines.join('\n');
}

/**
 * The selection card's hint when nothing is selected, as src/ui/selection-card.ts renders it above the article:
 * without it here, the article would move down by its height when the app starts. The comparison's hint is the
 * story's words, marked with `lang` (its language) where that is not English.
 */
export function selectionHintHtml(comparisonHint: string | null, lang = 'en'): string {
  const hint = comparisonHint && (lang === 'en' ? escapeHtml(comparisonHint) : `<span lang="${escapeHtml(lang)}">${escapeHtml(comparisonHint)}</span>`);
  return [
    '<div class="card-empty" data-prerendered>',
    `<p><strong>${english('explore.nothingSelected')}</strong></p>`,
    '<ul>',
    `<li>${english('explore.hintPassage')}</li>`,
    `<li>${english('explore.hintMap')}</li>`,
    ...(hint ? [`<li>${english('explore.hintRoutesTab', { tab: `<em>${english('shell.tabRoutes')}</em>`, hint })}</li>`] : []),
    '</ul>',
    '</div>',
  ].join('\n');
}

/** The gate: marks the page when its address names a story other than the built-in one (see the top of this file). */
export function storyGateScript(builtInId: string): string {
  return `// Marks the page when its address names a story other than the built-in one: the built-in article written into
// the page is then hidden until the app draws the story's own.
(function () {
  var q = new URLSearchParams(location.search);
  var s = q.get('story');
  if (q.has('pack') || q.has('edit') || q.has('presenter') || (s !== null && s !== ${JSON.stringify(builtInId)}))
    document.documentElement.classList.add('other-story');
})();
`;
}

/** The built-in pack, read and validated from disk, as the app reads it: its index, its language and its comparison's hint. */
export function readBuiltIn(dir: string): { index: ContentIndex; lang: string; comparisonHint: string | null } {
  const raw: RawPack = {};
  for (const [key, file] of Object.entries(PACK_FILES) as [keyof typeof PACK_FILES, string][]) {
    raw[key] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  }
  const pack = validatePack(raw);
  return {
    index: buildIndex(pack),
    lang: pack.manifest?.lang ?? 'en',
    comparisonHint: pack.manifest ? (storyFromManifest(pack.manifest).comparison?.hint ?? null) : null,
  };
}

const PANEL = /(<section id="panel-article"[^>]*>)(<\/section>)/;
const SELECTION = /(<div id="selection"[^>]*>)(<\/div>)/;
/** What the first paint needs before the app's script runs, as a style sheet in the app's CSS bundle. */
const FIRST_PAINT_CSS_ID = 'virtual:first-paint.css';

/**
 * The rules the app otherwise writes at start-up, known at build time: the page's colours (the same rules
 * src/styles/page-theme.ts adopts), and the phone sheet's heights (src/ui/sheet.ts writes the same values), with
 * the sheet at its first height, peek, until the app draws it: without them the prerendered article would first
 * paint uncoloured, and on a phone in a sheet as tall as the article, then move.
 */
export function firstPaintCss(): string {
  return [
    pageThemeCss(),
    `:root { --sheet-peek: ${SHEET_SIZES.peekPx}px; --sheet-half: ${SHEET_SIZES.halfShare * 100}dvh; }`,
    `@media ${SHEET_QUERY} { .sidebar:not([data-sheet]) .sidebar-scroll { visibility: hidden; } }`,
  ].join('\n');
}

/**
 * Writes the built-in article from `dir` into the production build's index.html and emits the gate script; serves
 * `virtual:first-paint.css` (imported by src/ui/article-panel.ts, so it is in the app's one style sheet).
 */
export function prerenderArticle(dir: string): Plugin[] {
  let gateFile = '';
  return [
    {
      name: 'mekong-first-paint-css',
      resolveId: (id) => (id === FIRST_PAINT_CSS_ID ? `\0${FIRST_PAINT_CSS_ID}` : null),
      load: (id) => (id === `\0${FIRST_PAINT_CSS_ID}` ? firstPaintCss() : null),
    },
    {
      name: 'mekong-prerender-article',
      apply: 'build',
      buildStart() {
        const manifest = JSON.parse(readFileSync(join(dir, PACK_FILES.manifest), 'utf8')) as { id: string };
        const source = storyGateScript(manifest.id);
        gateFile = `assets/story-gate-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: gateFile, source });
      },
      transformIndexHtml: {
        order: 'post',
        handler(html) {
          if (!PANEL.test(html) || !SELECTION.test(html)) throw new Error('index.html has no empty #panel-article and #selection to write the article into');
          const { index, lang, comparisonHint } = readBuiltIn(dir);
          // The gate is the first file the page asks for (before the app's script): tiny, it arrives with the
          // style sheet that the first paint waits for anyway, and it has run before any paint.
          const gate = `<script src="./${gateFile}"></script>`;
          if (!/<script type="module"/.test(html)) throw new Error('index.html has no module script to put the story gate before');
          return html
            .replace(/<script type="module"/, `${gate}\n    <script type="module"`)
            .replace(SELECTION, (_, open: string, close: string) => `${open}\n${selectionHintHtml(comparisonHint, lang)}\n${close}`)
            .replace(PANEL, (_, open: string, close: string) => `${open}\n${articleHtml(index, lang)}\n${close}`);
        },
      },
    },
  ];
}

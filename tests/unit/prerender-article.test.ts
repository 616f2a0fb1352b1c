import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentIndex, FeatureInfo } from '../../src/content/index.ts';
import type { Passage } from '../../src/content/schema.ts';
import type { SelectableId } from '../../src/content/types.ts';
import { articleHtml, escapeHtml, firstPaintCss, readBuiltIn, selectionHintHtml, storyGateScript } from '../../scripts/prerender-article.ts';
import { pageThemeCss } from '../../src/styles/page-theme.ts';
import { SHEET_QUERY } from '../../src/ui/sheet.ts';

type Index = Pick<ContentIndex, 'article' | 'passages' | 'features'>;

const HOSTILE = `<img src=x onerror="alert('x')"> & </article><script>alert(1)</script>`;

function indexOf(passages: { passage: Passage; sectionId: string; heading: string | null }[], names: Record<string, string> = {}): Index {
  return {
    article: { title: 'The source article', headline: HOSTILE, caption: `a "caption" & more`, context: undefined as never, sources: [] },
    passages: new Map(passages.map((p) => [p.passage.id, p])) as Index['passages'],
    features: new Map(Object.entries(names).map(([id, name]) => [id as SelectableId, { id, kind: 'place', name } as FeatureInfo])),
  };
}

const passage = (id: string, text: string, links: Passage['links'] = []): Passage => ({ id, text, links }) as Passage;

describe('the prerendered article', () => {
  it('escapes every text and attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = articleHtml(
      indexOf(
        [
          { passage: passage('passage:a"b', `Hanoi ${HOSTILE}`, [{ feature: 'place:hanoi', terms: ['Hanoi'] }] as never), sectionId: 's:1', heading: HOSTILE },
          { passage: passage('passage:c', HOSTILE), sectionId: 's:1', heading: HOSTILE },
        ],
        { 'place:hanoi': `Ha"noi <b>` },
      ),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('</article><');
    expect(html.match(/<\/article>/g)).toHaveLength(1);
    expect(html).toContain('data-passage="passage:a&quot;b"');
    expect(html).toContain('title="Ha&quot;noi &lt;b&gt;"');
    expect(html).toContain('Photo caption: a &quot;caption&quot; &amp; more');
    expect(html).toContain(escapeHtml(HOSTILE));
  });

  it('has the article panel’s markup: sections, plain passages, linked passages as buttons with their terms marked', () => {
    const html = articleHtml(
      indexOf(
        [
          {
            passage: passage('passage:one', 'Vientiane and Hanoi', [{ feature: 'place:hanoi', terms: ['Hanoi'] }] as never),
            sectionId: 'section:a',
            heading: null,
          },
          { passage: passage('passage:two', 'Plain words.'), sectionId: 'section:b', heading: 'Second' },
        ],
        { 'place:hanoi': 'Hanoi' },
      ),
    );
    expect(html).toMatch(/^<article class="article" aria-labelledby="article-headline" lang="en" data-prerendered>/);
    expect(html).toContain('<h2 id="article-headline" class="article-headline">');
    expect(html).toContain('<p class="article-hint" id="article-hint">Marked passages speak of places on the map: choose one to see them.</p>');
    expect(html).toContain('<section class="article-section">\n<button type="button" class="passage passage--linked" data-passage="passage:one"');
    expect(html).toContain(
      'aria-pressed="false" aria-describedby="article-hint">Vientiane and <mark class="term" data-feature="place:hanoi" title="Hanoi">Hanoi</mark></button>',
    );
    expect(html).toContain(
      '<section class="article-section" aria-labelledby="section:b-h">\n<h3 id="section:b-h" class="article-subhead">Second</h3>\n<p class="passage" data-passage="passage:two">Plain words.</p>\n</section>',
    );
    expect(html).not.toContain('article-context');
    expect(articleHtml(indexOf([]))).toBe('');
    // A story in another language: the article is marked with it, the panel's own English words inside with English.
    const lao = articleHtml(indexOf([{ passage: passage('passage:two', 'ສະບາຍດີ'), sectionId: 'section:b', heading: null }]), 'lo');
    expect(lao).toMatch(/^<article class="article" aria-labelledby="article-headline" lang="lo" data-prerendered>/);
    expect(lao).toContain('<p class="article-hint" id="article-hint" lang="en">Marked passages speak of places on the map: choose one to see them.</p>');
    expect(lao).toContain('<p class="article-caption" lang="en">Photo caption: <span lang="lo">a &quot;caption&quot; &amp; more</span></p>');
  });

  it('holds the built-in story’s headline and every passage, once, in article order', () => {
    const { index, comparisonHint } = readBuiltIn(resolve(import.meta.dirname, '../../geo'));
    expect(selectionHintHtml(comparisonHint)).toContain('<li>The <em>Routes</em> tab compares the ways Laos can reach the sea.</li>');
    expect(selectionHintHtml(`<b>`)).toContain('tab &lt;b&gt;.</li>');
    expect(selectionHintHtml(null)).not.toContain('Routes');
    const html = articleHtml(index);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain(escapeHtml(index.article!.headline));
    let at = 0;
    for (const { passage: p } of index.passages.values()) {
      const found = text.indexOf(escapeHtml(p.text), at);
      expect(found, p.id).toBeGreaterThanOrEqual(at);
      at = found + 1;
      expect(html.split(`data-passage="${p.id}"`)).toHaveLength(2);
    }
  });
});

describe('the story gate', () => {
  const run = (search: string) => {
    const classes = new Set<string>();
    new Function('location', 'document', storyGateScript('built-in'))({ search }, { documentElement: { classList: { add: (c: string) => classes.add(c) } } });
    return classes.has('other-story');
  };

  it('hides the built-in article when the address names another story, and only then', () => {
    for (const search of ['?pack=examples/a/', '?story=delta', '?edit=draft-1', '?presenter', '?story=built-in&pack=x']) expect(run(search), search).toBe(true);
    for (const search of ['', '?story=built-in', '?quiz=12', '?sel=place:hanoi&theme=dark']) expect(run(search), search).toBe(false);
  });
});

describe('the first paint’s style sheet', () => {
  it('has the page’s colours and holds a phone’s sheet at peek until the app draws it', () => {
    const css = firstPaintCss();
    expect(css).toContain(pageThemeCss());
    expect(css).toContain('--sheet-peek: 60px');
    expect(css).toContain(`@media ${SHEET_QUERY} { .sidebar:not([data-sheet]) .sidebar-scroll { visibility: hidden; } }`);
  });
});

// What a paste into the editor's article brings: markup read as plain text (paragraphs, line breaks, headings as
// "# " lines, no scripts or styles), a paste too big for an article refused whole with its size and the limit, and
// words typed for a link found in their passage as whole words.
import { describe, expect, it } from 'vitest';
import { articleFromText, blankDraft, textOfArticle } from '../../src/editor/index.ts';
import { ARTICLE_MAX_CHARS, MARKUP_MAX_CHARS, articleLengthProblem, pasteProblem, pastedText, plainTextOfHtml, type Offered } from '../../src/editor/paste.ts';
import { findWords, linkedRanges } from '../../src/ui/editor/article-words.ts';

const text = plainTextOfHtml;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page</title><style>p { color: red }</style></head><body>${body}</body></html>`;

describe('plainTextOfHtml', () => {
  it('gives paragraphs apart by a blank line, headings as "# " lines and <br> as a line break', () => {
    const html = page(`
      <h2 class="title">The <em>Friendship</em>
        Bridge</h2>
      <p>Laos has <b>no</b> coast.</p>
      <P>Its goods reach<BR>the sea by road.<br/></P>
      <div><div>Nested <span>blocks</span></div>after</div>`);
    expect(text(html)).toBe('# The Friendship Bridge\n\nLaos has no coast.\n\nIts goods reach\nthe sea by road.\n\nNested blocks\n\nafter');
  });

  it('reads back as the same sections and passages once applied', () => {
    const html = '<p>Laos has no coast.</p><h3>Ports</h3><p>Its goods reach the sea.</p><p>By road and rail.</p>';
    const edit = articleFromText(blankDraft('Test'), text(html));
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.draft.article.sections.map((s) => [s.heading, s.passages.map((p) => p.text)])).toEqual([
      [null, ['Laos has no coast.']],
      ['Ports', ['Its goods reach the sea.', 'By road and rail.']],
    ]);
    expect(textOfArticle(edit.draft)).toBe(text(html));
  });

  it('makes each list item and table row a paragraph, with cells apart by a space', () => {
    const html = '<ul><li>Road</li>\n<li>Rail <ol><li>Boten</ol></li></ul><table><tbody><tr><th>From<td>To<tr><td>Vientiane</td><td>Kunming</td></tr></table>';
    expect(text(html)).toBe('Road\n\nRail\n\nBoten\n\nFrom To\n\nVientiane Kunming');
  });

  it('leaves out scripts, styles, comments, images, form controls and hidden elements', () => {
    const html = page(
      '<script>document.write("<p>no</p>")</script><p>Before<!-- a <p>comment</p> --><style>.x{}</style><img src="x.png" alt="a train"> after' +
        '<noscript>Turn on JavaScript</noscript></p><p hidden>Hidden</p><select><option>One</select><button>Share</button>' +
        '<template><p>Template</p></template><svg><text>Chart</text></svg>',
    );
    expect(text(html)).toBe('Before after');
  });

  it('decodes character references, and what they spell stays text, never markup', () => {
    expect(text('<p>&lt;b&gt;Mekong&lt;/b&gt; &amp; co&#8217;s 10&nbsp;km, &#x201C;Lao&#X201d; &eacute;t&eacute; &copy &amp</p>')).toBe(
      '<b>Mekong</b> & co’s 10 km, “Lao” été © &',
    );
    // Windows-1252's numbers for quotes and dashes, as word processors write them; unknown names left as written.
    expect(text('<p>&#147;Road&#148; &#150; rail &#0; &bogus; &ampere</p>')).toBe('“Road” – rail \ufffd &bogus; &ampere');
  });

  it('reads attributes whole, quotes and all, and copes with broken markup', () => {
    expect(text('<p title="a > b" data-x=\'<p>\'>One</p><p class=x>Two < three</p>')).toBe('One\n\nTwo < three');
    expect(text('<p>Unclosed <b>bold <i>and italic')).toBe('Unclosed bold and italic');
    expect(text('</div>Stray end</span><p>a</p></p>b<')).toBe('Stray end\n\na\n\nb<');
    expect(text('<p>Cut off <a href="x')).toBe('Cut off');
    // Ends a browser implies: a block ends an open paragraph (what follows is not inside it, nor hidden with it).
    expect(text('<p hidden>Hidden<div>Shown</div><p>One<li>Two<li>Three')).toBe('Shown\n\nOne\n\nTwo\n\nThree');
    expect(text('<script>never closed <p>x</p>')).toBe('');
  });

  it('keeps the lines of <pre> and folds white space elsewhere', () => {
    expect(text('<pre>line one\r\nline two</pre><p>  spread\t\tout\n words  </p>')).toBe('line one\nline two\n\nspread out words');
  });

  it('gives nothing for a heading with no words, and copes with deep nesting', () => {
    expect(text(`<h1> </h1><p>${'<span>'.repeat(20_000)}deep${'</span>'.repeat(20_000)}</p>`)).toBe('deep');
  });

  it('reads a page in time that grows with its length, not faster (a quadratic step once made a big paste hang)', () => {
    const para = '<p style="color: rgb(0, 0, 0); font-family: Noto Sans">Laos &amp; <b>China</b> trade grows.</p>\n';
    // Ratios in one run, best of three, not a time limit: the machine may be busy, but a page 4 times as long must
    // not take 16 times as long.
    const best = (n: number) => {
      const html = page(para.repeat(n));
      let fastest = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        expect(text(html).split('\n\n')).toHaveLength(n);
        fastest = Math.min(fastest, performance.now() - t0);
      }
      return fastest;
    };
    best(1_000); // warm-up
    expect(best(20_000) / best(5_000)).toBeLessThan(8);
  });
});

const offered = (data: Record<string, string>): Offered => ({ types: Object.keys(data), getData: (type) => data[type] ?? '' });

describe('pastedText', () => {
  it('takes the plain text when there is one, and never reads the markup', () => {
    expect(pastedText(offered({ 'text/html': '<p>Other</p>', 'text/plain': 'A\r\nB\u0007' }))).toEqual({ text: 'A\nB' });
  });

  it('reads the markup when it is all there is', () => {
    expect(pastedText(offered({ 'text/html': '<p>A</p><p>B</p>' }))).toEqual({ text: 'A\n\nB' });
  });

  it('refuses 5 MB of text, saying how big it was and what the limit is', () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const r = pastedText(offered({ 'text/plain': huge }));
    expect(r).toEqual({ problem: expect.stringContaining('5,242,880 characters (5.0 MB)') });
    expect('problem' in r && r.problem).toContain(`${ARTICLE_MAX_CHARS.toLocaleString('en-GB')} characters`);
  });

  it('refuses huge markup before reading it, and text that is too long once read', () => {
    const r = pastedText(offered({ 'text/html': `<p>${'x'.repeat(MARKUP_MAX_CHARS)}</p>` }));
    expect('problem' in r && r.problem).toMatch(/markup, more than the 2,000,000 characters/);
    const long = pastedText(offered({ 'text/html': `<p>${'x'.repeat(ARTICLE_MAX_CHARS + 1)}</p>` }));
    expect('problem' in long && long.problem).toMatch(/100,001 characters long/);
  });

  it('refuses a paste that has no text', () => {
    expect(pastedText(offered({ Files: '' }))).toEqual({ problem: expect.stringContaining('only text') });
  });
});

describe('pasteProblem', () => {
  it('counts the text already there, less the selection the paste replaces', () => {
    const text = 'x'.repeat(1000);
    expect(pasteProblem(text, { length: ARTICLE_MAX_CHARS - 1000, replacing: 0 })).toBeNull();
    expect(pasteProblem(text, { length: ARTICLE_MAX_CHARS - 999, replacing: 0 })).toMatch(/would be 100,001 characters long/);
    expect(pasteProblem(text, { length: ARTICLE_MAX_CHARS, replacing: 1000 })).toBeNull();
  });

  it('applies to the article as a whole', () => {
    expect(articleLengthProblem('x'.repeat(ARTICLE_MAX_CHARS))).toBeNull();
    expect(articleLengthProblem('x'.repeat(ARTICLE_MAX_CHARS + 1))).toMatch(/100,001 characters long/);
  });
});

describe('findWords', () => {
  const text = 'Laos, landlocked Laos: the LAOS  PDR and Laotian trade.';
  it('finds whole words as typed, else with another case or spacing', () => {
    expect(findWords(text, 'Laos')).toEqual([0, 4]);
    expect(findWords(text, ' laos pdr ')).toEqual([27, 36]);
    expect(text.slice(27, 36)).toBe('LAOS  PDR');
    expect(findWords(text, 'Lao')).toBeNull();
    expect(findWords(text, '')).toBeNull();
  });

  it('passes over an occurrence already linked', () => {
    const passage = { text: 'Laos PDR and Laos', links: [{ feature: 'country:LAO' as const, terms: ['Laos PDR'] }] };
    expect(linkedRanges(passage)).toEqual([[0, 8]]);
    expect(findWords(passage.text, 'Laos', linkedRanges(passage))).toEqual([13, 17]);
    // With every occurrence linked, the first is given: linking it is then refused with its reason.
    expect(findWords(passage.text, 'Laos PDR', linkedRanges(passage))).toEqual([0, 8]);
  });
});

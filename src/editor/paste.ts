// What a paste into the article brings, as plain text: markup copied from a web page is read as text (never
// inserted as markup), its blocks giving paragraphs and its headings the article's "# " lines; and a paste too big
// for an article is refused whole, before anything is parsed or inserted. Pure, with a small HTML reader of its
// own: the browser's DOMParser would do, but its document takes the page's Content Security Policy, which reports
// every style a web page's copy carries (Chromium copies text with inline styles) as a violation.
import { formatNumber, t } from '../i18n/index.ts';
import { cleanText } from './text.ts';

/**
 * The longest article the editor takes, in characters (some 15,000 words, several long lessons). The pack's format
 * puts no limit on an article (src/content/schema.ts), and a pack may hold 100 MB (LIMITS.packBytes in
 * src/content/pack-files.ts, 25 MB as a .zip); but the editor draws the whole article with its links after every
 * edit, and matching a rewritten article's paragraphs to the old ones (articleFromText) grows with the square of
 * their number: at this length, replacing every paragraph at once takes a few seconds.
 */
export const ARTICLE_MAX_CHARS = 100_000;

/** The most markup read for a paste that brings only HTML (a web page's selection is often ten times its text). */
export const MARKUP_MAX_CHARS = 2_000_000;

const MB = 1024 * 1024;

/** A size as the teacher reads it: characters, and megabytes when it is that big. */
export function sizeOf(chars: number): string {
  if (chars < MB / 2) return t('lesson.characters', { count: chars });
  return t('lesson.charactersAndMegabytes', { count: chars, megabytes: formatNumber(chars / MB, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/** Where a paste goes: the field's text length, and how much of it the paste replaces (the selection). */
export interface PasteTarget {
  readonly length: number;
  readonly replacing: number;
}

/**
 * Why a paste (or a drop) of `text` is refused (too long alone, or with the text already there), or null when it
 * fits.
 */
export function pasteProblem(
  text: string,
  into: PasteTarget = { length: 0, replacing: 0 },
  max = ARTICLE_MAX_CHARS,
  how: 'paste' | 'drop' = 'paste',
): string | null {
  if (text.length > max) return t(how === 'paste' ? 'lesson.pasteTooLong' : 'lesson.dropTooLong', { size: sizeOf(text.length), max: sizeOf(max) });
  const total = into.length - into.replacing + text.length;
  if (total > max) return t(how === 'paste' ? 'lesson.pasteMakesArticleTooLong' : 'lesson.dropMakesArticleTooLong', { size: sizeOf(total), max: sizeOf(max) });
  return null;
}

/** Why an article's text is refused for its length, or null. */
export function articleLengthProblem(text: string, max = ARTICLE_MAX_CHARS): string | null {
  return text.length > max ? t('lesson.articleTooLong', { size: sizeOf(text.length), max: sizeOf(max) }) : null;
}

/** A node of parsed HTML, as `parseHtml` gives it (a DOM Node has the same properties). */
export interface HtmlNode {
  /** 1 for an element, 3 for text, 9 for the document. */
  readonly nodeType: number;
  /** An element's name in capitals ('P'), '#text' or '#document'. */
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly hasAttribute?: (name: string) => boolean;
}

// --- Reading HTML ---------------------------------------------------------------------------------------------

/** Named character references: Latin-1's (U+00A0 to U+00FF, in order) and the punctuation and signs pages use. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
/** Others, as name and hexadecimal code point. */
const OTHERS =
  'amp 26 lt 3c gt 3e quot 22 apos 27 ndash 2013 mdash 2014 hellip 2026 lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e lsaquo 2039 rsaquo 203a bull 2022 prime 2032 Prime 2033 dagger 2020 Dagger 2021 permil 2030 euro 20ac trade 2122 larr 2190 rarr 2192 uarr 2191 darr 2193 harr 2194 minus 2212 le 2264 ge 2265 ne 2260 asymp 2248 infin 221e ensp 2002 emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 fnof 192 circ 2c6 tilde 2dc';
const NAMED = new Map<string, string>(LATIN1.split(' ').map((name, i) => [name, String.fromCodePoint(0xa0 + i)]));
for (let i = 0, parts = OTHERS.split(' '); i < parts.length; i += 2) NAMED.set(parts[i]!, String.fromCodePoint(parseInt(parts[i + 1]!, 16)));
/** References a page may write without their semicolon ("&amp", "&nbsp"), as browsers read them. */
const BARE = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
/** Numeric references 0x80–0x9F mean Windows-1252's characters there (word processors write them). */
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function character(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80]!;
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}

/** Text with its character references decoded; a name this reader does not know is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (whole, ref: string, semi: string) => {
    if (ref.startsWith('#')) return character(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    const named = NAMED.get(ref);
    return named !== undefined && (semi || BARE.has(ref)) ? named : whole;
  });
}

/** Elements that have no content and no end tag. */
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'KEYGEN', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR']);
/** Elements whose content is raw text up to their end tag (none of it is read: see SKIPPED). */
const RAW = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE', 'XMP', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'NOSCRIPT', 'PLAINTEXT']);
/** End tags a start tag implies (HTML's "optional end tags"): the element it closes, unless one of `stop` comes first. */
const IMPLIED: ReadonlyArray<readonly [names: readonly string[], closes: readonly string[], stop: readonly string[]]> = [
  [['LI'], ['LI'], ['UL', 'OL', 'MENU']],
  [['DT', 'DD'], ['DT', 'DD'], ['DL']],
  [
    ['TD', 'TH'],
    ['TD', 'TH'],
    ['TR', 'TABLE'],
  ],
  [['TR'], ['TR', 'TD', 'TH'], ['TABLE', 'TBODY', 'THEAD', 'TFOOT']],
  [['OPTION', 'OPTGROUP'], ['OPTION'], ['SELECT', 'DATALIST']],
];
/** Scopes a paragraph does not end across (a block or heading ends an open <p>). */
const P_SCOPE = ['TABLE', 'TD', 'TH', 'CAPTION', 'BUTTON', 'TEMPLATE', 'OBJECT'];

/** Deeper elements are read as the content of the deepest (as browsers cap the depth of what they build). */
const MAX_DEPTH = 256;

interface Built {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: Built[];
  hasAttribute?: (name: string) => boolean;
}

/**
 * HTML read into a tree of elements and text, enough to read its text: tags and their attributes (quotes
 * respected), character references, comments and declarations skipped, raw-text elements (scripts, styles)
 * kept whole, void elements closed, an end tag closing what it ends. Malformed markup never throws: a stray "<"
 * is text, and what is never closed ends with the markup.
 */
export function parseHtml(html: string): HtmlNode {
  const root: Built = { nodeType: 9, nodeName: '#document', nodeValue: null, childNodes: [] };
  const open: Built[] = [root];
  const text = (s: string) => {
    if (s) open.at(-1)!.childNodes.push({ nodeType: 3, nodeName: '#text', nodeValue: decodeEntities(s), childNodes: [] });
  };
  const closeBefore = (closes: readonly string[], stop: readonly string[]) => {
    for (let k = open.length - 1; k > 0 && !stop.includes(open[k]!.nodeName); k--) {
      if (closes.includes(open[k]!.nodeName)) {
        open.length = k;
        return;
      }
    }
  };
  const tagName = /<(\/?)([A-Za-z][^\s/>]*)/y;
  const attribute = /[\s/]*([^\s/>=][^\s/>=]*)?\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]*))?/y;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    tagName.lastIndex = i;
    const tag = tagName.exec(html);
    if (!tag) {
      if (html[i + 1] === '!' || html[i + 1] === '?' || (html[i + 1] === '/' && html[i + 2] !== undefined)) {
        // A declaration (<!DOCTYPE>, <![CDATA[…]]>), a processing instruction or a malformed end tag: skipped.
        const end = html.indexOf('>', i);
        i = end < 0 ? html.length : end + 1;
      } else {
        text('<');
        i++;
      }
      continue;
    }
    // The tag's attributes, up to its ">" (one inside quotes does not end it).
    const attrs = new Set<string>();
    let j = i + tag[0].length;
    while (j < html.length && html[j] !== '>') {
      attribute.lastIndex = j;
      const a = attribute.exec(html);
      if (!a || attribute.lastIndex === j) {
        j++;
        continue;
      }
      if (a[1]) attrs.add(a[1].toLowerCase());
      j = attribute.lastIndex;
    }
    i = j + 1;
    const name = tag[2]!.toUpperCase();
    if (tag[1]) {
      let k = open.length - 1;
      while (k > 0 && open[k]!.nodeName !== name) k--;
      if (k > 0) open.length = k;
      continue;
    }
    for (const [names, closes, stop] of IMPLIED) if (names.includes(name)) closeBefore(closes, stop);
    if (BLOCKS.has(name) || HEADING.test(name)) closeBefore(['P'], P_SCOPE);
    const el: Built = { nodeType: 1, nodeName: name, nodeValue: null, childNodes: [], hasAttribute: (n) => attrs.has(n.toLowerCase()) };
    open.at(-1)!.childNodes.push(el);
    if (VOID.has(name)) continue;
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = i;
      const end = close.exec(html);
      const after = end ? html.indexOf('>', end.index) : -1;
      i = after < 0 ? html.length : after + 1;
      continue;
    }
    if (open.length < MAX_DEPTH) open.push(el);
  }
  return root;
}

// --- Reading text out of it ------------------------------------------------------------------------------------

/** Elements whose content is not text a reader sees (scripts, styles, forms' choices, pictures). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'SELECT',
  'DATALIST',
  'TEXTAREA',
  'BUTTON',
  'IMG',
  'PICTURE',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const HEADING = /^H[1-6]$/;

/** Text written out with breaks asked for between runs: the strongest break asked for wins, none at the edges. */
class Writer {
  private readonly parts: string[] = [];
  private pending = 0;

  text(s: string): void {
    if (!s) return;
    const fresh = this.parts.length === 0 || this.pending > 0;
    // White space where a line starts is not text: the markup's indentation between blocks.
    const kept = fresh ? s.replace(/^[ \t]+/, '') : s;
    if (!kept) return;
    if (this.pending && this.parts.length) this.parts.push('\n'.repeat(this.pending));
    this.pending = 0;
    this.parts.push(kept);
  }

  /** 1: a line break; 2: a paragraph break. */
  brk(n: 1 | 2): void {
    this.pending = Math.max(this.pending, n);
  }

  done(): string {
    return this.parts
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

function walk(node: HtmlNode, out: Writer, pre: boolean): void {
  if (node.nodeType === 3) {
    const raw = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
    out.text(pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\f\r]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name) || (node.nodeType === 1 && node.hasAttribute?.('hidden'))) return;
  const children = () => {
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out, pre || name === 'PRE');
  };
  if (name === 'BR') return out.brk(1);
  if (HEADING.test(name)) {
    // A heading is one line of the article's text: "# " and its words.
    const inner = new Writer();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, inner, false);
    const words = inner.done().replace(/\s+/g, ' ').trim();
    if (!words) return;
    out.brk(2);
    out.text(`# ${words}`);
    out.brk(2);
    return;
  }
  if (BLOCKS.has(name)) {
    out.brk(2);
    children();
    out.brk(2);
    return;
  }
  if (name === 'TD' || name === 'TH') {
    children();
    out.text(' ');
    return;
  }
  children();
}

/**
 * The text a reader sees in parsed HTML: paragraphs (p, div, li, table rows and other blocks) apart by a blank
 * line, a line break for <br>, headings as "# " lines, white space folded as a browser folds it (kept in <pre>),
 * and what is not text (scripts, styles, images, form controls, hidden elements) left out.
 */
export function plainTextOfNode(root: HtmlNode): string {
  const out = new Writer();
  walk(root, out, false);
  return out.done();
}

/** The text a reader sees in a piece of HTML (see plainTextOfNode). */
export function plainTextOfHtml(html: string): string {
  return plainTextOfNode(parseHtml(html));
}

/** What a clipboard (or a drag) offers: a DataTransfer has these. */
export interface Offered {
  readonly types: readonly string[];
  getData(type: string): string;
}

/**
 * The text a paste brings: its plain text if it has one (as every copy from a web page does), else the text of its
 * HTML (the markup's size checked first: a huge page is not read). Control characters are
 * removed and line ends made `\n`. A refusal says why, with the sizes.
 */
export function pastedText(data: Offered, into?: PasteTarget, max = ARTICLE_MAX_CHARS): { readonly text: string } | { readonly problem: string } {
  const types = [...data.types];
  let text: string;
  if (types.includes('text/plain')) text = data.getData('text/plain');
  else if (types.includes('text/html')) {
    const html = data.getData('text/html');
    if (html.length > MARKUP_MAX_CHARS)
      return {
        problem: t('lesson.pasteMarkupTooLong', { size: sizeOf(html.length), max: sizeOf(MARKUP_MAX_CHARS) }),
      };
    text = plainTextOfHtml(html);
  } else return { problem: t('lesson.pasteNotText') };
  const problem = pasteProblem(text, into, max);
  return problem ? { problem } : { text: cleanText(text) };
}

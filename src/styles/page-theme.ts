// Writes the page's colours (PAGE_COLOURS and PRESENT_COLOURS in tokens.ts) as CSS custom properties, once at
// start-up, into a constructed style sheet adopted by the document: the production CSP (`style-src 'self'`)
// refuses a <style> element but allows a constructed sheet. The style sheets only read them with var(--…).
import { THEMES } from '../content/types.ts';
import { PAGE_COLOURS, PRESENT_COLOURS, type CssColours } from './tokens.ts';

function block(selector: string, prefix: string, colours: Readonly<Record<string, string>>): string {
  const declarations = Object.entries(colours).map(([name, value]) => `${prefix}${name}: ${value};`);
  return `${selector} { ${declarations.join(' ')} }`;
}

function rules(colours: CssColours, prefix: string, base: string, themed: (theme: string) => string): string[] {
  return THEMES.map((theme) => block(theme === 'light' ? base : themed(theme), prefix, colours[theme]));
}

/** The CSS text: the light theme's colours on the root (and the tour panel), each other theme's changes after them. */
export function pageThemeCss(): string {
  return [
    ...rules(PAGE_COLOURS, '--', ':root', (t) => `:root[data-theme='${t}']`),
    ...rules(PRESENT_COLOURS, '--p-', '.present', (t) => `.present--${t}`),
  ].join('\n');
}

export function installPageTheme(doc: Document): void {
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(pageThemeCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

if (typeof document !== 'undefined') installPageTheme(document);

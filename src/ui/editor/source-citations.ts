// Where the draft cites each source and how the Sources section names those places, and a source's date: pure,
// so the unit tests call them.
import { sourceLists } from '../../content/validate-parse.ts';
import { PACK_FILES } from '../../content/validate.ts';
import { filesOf, locate, type Draft, type Location } from '../../editor/index.ts';
import { firstWords } from './tour-plan.ts';

const cache = new WeakMap<Draft, ReadonlyMap<string, readonly Location[]>>();

/**
 * Every source's citations (what `citationsOf` finds for each id), in one walk over the draft's files: the list
 * shows them all and is drawn after every edit, and a walk per source would cost as many walks as there are sources.
 */
export function citationIndex(draft: Draft): ReadonlyMap<string, readonly Location[]> {
  const known = cache.get(draft);
  if (known) return known;
  const out = new Map<string, Location[]>();
  for (const [file, value] of filesOf(draft)) {
    if (file.startsWith('base/') || file === PACK_FILES.sources) continue;
    for (const [path, ids] of sourceLists(value)) {
      ids.forEach((id, i) => {
        const list = out.get(id) ?? [];
        list.push(locate(draft, file, [...path, i]));
        out.set(id, list);
      });
    }
  }
  cache.set(draft, out);
  return out;
}

/** A citation's place in words: "Place “Pakse”", "Tour step “Rivers”", "A link's note in passage “The …”". */
export function citationLabel(draft: Draft, at: Location): string {
  const { kind, id } = at.target;
  const passage = () => draft.article.sections.flatMap((s) => s.passages).find((p) => p.id === id);
  switch (kind) {
    case 'place':
      return `Place “${draft.places.features.find((f) => f.properties.id === id)?.properties.name ?? id}”`;
    case 'route':
      return `Route “${draft.corridors?.features.find((f) => f.properties.id === id)?.properties.name ?? id}”`;
    case 'step':
      return `Tour step “${draft.tour?.steps.find((s) => s.id === id)?.title ?? id}”`;
    case 'passage': {
      const words = firstWords(passage()?.text ?? String(id), 6);
      return /\.links\[\d+\]\.note\b/.test(at.path) ? `A link's note in the passage “${words}”` : `The passage “${words}”`;
    }
    case 'section': {
      const heading = draft.article.sections.find((s) => s.id === id)?.heading;
      return heading ? `The section “${heading}”` : 'A section of the article';
    }
    case 'article':
      return 'The article';
    case 'tour':
      return 'The tour';
    case 'facts':
      return id ? `Country facts of ${id}` : 'The country facts';
    case 'pack':
      return "The pack's settings";
    default:
      return `${at.file} · ${at.path}`;
  }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A source's date as a reader says it ("9 March 2024", "March 2024", "2024"), as written if it is none of those, or "undated". */
export function dateText(date: string | null): string {
  if (!date) return 'undated';
  const m = DATE.exec(date);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return date;
  return [m[3] ? String(Number(m[3])) : null, month ?? null, m[1]].filter(Boolean).join(' ');
}

/** The date pattern the form accepts: a year, a year and month, or a full date. */
export const DATE_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

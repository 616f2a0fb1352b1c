// Where the draft cites each source and how the Sources section names those places, and a source's date: pure,
// so the unit tests call them.
import { sourceLists } from '../../content/validate-parse.ts';
import { PACK_FILES } from '../../content/validate.ts';
import { filesOf, locate, type Draft, type Location } from '../../editor/index.ts';
import { formatDate, t } from '../../i18n/index.ts';
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
      return t('editor.citedPlace', { name: draft.places.features.find((f) => f.properties.id === id)?.properties.name ?? String(id) });
    case 'route':
      return t('editor.citedRoute', { name: draft.corridors?.features.find((f) => f.properties.id === id)?.properties.name ?? String(id) });
    case 'step':
      return t('editor.citedStep', { title: draft.tour?.steps.find((s) => s.id === id)?.title ?? String(id) });
    case 'passage': {
      const words = firstWords(passage()?.text ?? String(id), 6);
      return t(/\.links\[\d+\]\.note\b/.test(at.path) ? 'editor.citedLinkNote' : 'editor.citedPassage', { words });
    }
    case 'section': {
      const heading = draft.article.sections.find((s) => s.id === id)?.heading;
      return heading ? t('editor.citedSection', { heading }) : t('editor.citedSomeSection');
    }
    case 'article':
      return t('editor.citedArticle');
    case 'tour':
      return t('editor.citedTour');
    case 'facts':
      return id ? t('editor.citedFactsOf', { country: id }) : t('editor.citedFacts');
    case 'pack':
      return t('editor.citedPack');
    default:
      return `${at.file} · ${at.path}`;
  }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A source's date as a reader says it ("9 March 2024", "March 2024", "2024" in English), as written if it is none of
 * those (a month or a day that no calendar has), or "undated".
 */
export function dateText(date: string | null): string {
  if (!date) return t('editor.undated');
  const m = DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const real = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  if (real.getUTCMonth() !== Number(mo ?? 1) - 1 || real.getUTCDate() !== Number(d ?? 1)) return date;
  return formatDate(date);
}

/** The date pattern the form accepts: a year, a year and month, or a full date. */
export const DATE_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

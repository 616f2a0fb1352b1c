// Where a draft names an id: what removing a place, a route or a source would leave dangling. Found with the
// validator's own walkers over the files (validate-parse.ts), so every field that can hold an id is covered,
// those of countries.json and pack.json included.
import { sourceLists, strings } from '../content/validate-parse.ts';
import { PACK_FILES } from '../content/validate.ts';
import { filesOf, type Draft } from './draft.ts';
import { locate, type Location } from './edit.ts';

/** The path of an item's own id: naming itself is not a reference. */
const OWN_ID = /^(features\[\d+\]\.properties\.id|sources\[\d+\]\.id|steps\[\d+\]\.id|sections\[\d+\](\.passages\[\d+\])?\.id)$/;

/** Every place in the draft's own files (not the base map) where the string `id` is written, but its own id. */
export function referencesTo(draft: Draft, id: string): Location[] {
  const out: Location[] = [];
  for (const [file, value] of filesOf(draft)) {
    if (file.startsWith('base/')) continue;
    for (const [path, text] of strings(value)) {
      const at = locate(draft, file, path);
      if (text === id && !OWN_ID.test(at.path)) out.push(at);
    }
  }
  // The comparison's stand-ins are keyed by place id: a key is not a string value, so it is looked for here.
  if (draft.manifest.comparison?.standIns && id in draft.manifest.comparison.standIns) {
    out.push(locate(draft, PACK_FILES.manifest, ['comparison', 'standIns', id]));
  }
  return out;
}

/** Every `sources` list in the draft that cites source `id`. */
export function citationsOf(draft: Draft, id: string): Location[] {
  const out: Location[] = [];
  for (const [file, value] of filesOf(draft)) {
    if (file.startsWith('base/') || file === PACK_FILES.sources) continue;
    for (const [path, ids] of sourceLists(value)) {
      ids.forEach((cited, i) => {
        if (cited === id) out.push(locate(draft, file, [...path, i]));
      });
    }
  }
  return out;
}

/** A link or a tour step's framed or revealed feature: references an edit may take away with what they name. */
const REMOVABLE = /^(sections\[\d+\]\.passages\[\d+\]\.links\[\d+\]\.feature|steps\[\d+\]\.(features|reveal)\[\d+\])$/;

export function isRemovable(at: Location): boolean {
  return (at.file === PACK_FILES.article || at.file === PACK_FILES.tour) && REMOVABLE.test(at.path);
}

/** The draft without the passage links to a feature and without it in the tour's framed and revealed features. */
export function withoutFeature(draft: Draft, id: string): Pick<Draft, 'article' | 'tour'> {
  const article = {
    ...draft.article,
    sections: draft.article.sections.map((s) =>
      s.passages.some((p) => p.links.some((l) => l.feature === id))
        ? { ...s, passages: s.passages.map((p) => (p.links.some((l) => l.feature === id) ? { ...p, links: p.links.filter((l) => l.feature !== id) } : p)) }
        : s,
    ),
  };
  const tour = draft.tour && {
    ...draft.tour,
    steps: draft.tour.steps.map((s) =>
      s.features.some((f) => f === id) || s.reveal.some((f) => f === id)
        ? { ...s, features: s.features.filter((f) => f !== id), reveal: s.reveal.filter((f) => f !== id) }
        : s,
    ),
  };
  return { article, tour };
}

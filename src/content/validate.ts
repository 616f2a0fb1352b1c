// Validates a whole content pack: each file against its schema, then the links between files
// (sources, waypoints, passage links). Used by the app at load, by the tests and by `npm run validate`.
import { formatPath, type Problem } from './problems.ts';
import {
  articleFile,
  baseCountries,
  baseCountryLabels,
  corridorsFile,
  countriesFile,
  packManifest,
  placesFile,
  sourcesFile,
  tourFile,
  withRegion,
  MARKUP,
  type ArticleFile,
  type BaseCountries,
  type BaseCountryLabels,
  type CorridorsFile,
  type CountriesFile,
  type PackManifest,
  type PackQuestion,
  type PlacesFile,
  type Source,
  type TourFile,
} from './schema.ts';
import { PACK_FILES, type PackKey, type RawPack } from './pack-layout.ts';
import { originalPath, parse, parseInSlices, walkSourceLists, walkStrings } from './validate-parse.ts';
import { selfCrossing, statusProblem, translationProblem } from './truth-rules.ts';

export { PACK_FILES, MAP_ONLY_FILES, type PackKey, type RawPack } from './pack-layout.ts';
export { selfCrossing, statusProblem, translationProblem, undatedSoleClaims } from './truth-rules.ts';

export interface ValidPack {
  readonly manifest: PackManifest | null;
  readonly countries: BaseCountries | null;
  readonly countryLabels: BaseCountryLabels | null;
  readonly sources: ReadonlyMap<string, Source>;
  readonly places: PlacesFile | null;
  readonly corridors: CorridorsFile | null;
  readonly article: ArticleFile | null;
  readonly facts: CountriesFile | null;
  readonly tour: TourFile | null;
  readonly problems: readonly Problem[];
}

/** Validates a pack in one go (the built-in pack, the editor's draft, the tests and the CLI). */
export function validatePack(raw: RawPack): ValidPack {
  const steps = validationSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The longest the page's thread runs validation before it lets the page answer (ms). */
const SLICE_MS = 40;

/** Lets the page handle input and draw: the browser's scheduler where it has one, else a new task. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same validation as validatePack, in slices of about SLICE_MS with a pause between them: a pack a teacher
 * opens may hold thousands of features, and the page stays responsive while it is checked.
 */
export async function validatePackInSlices(
  raw: RawPack,
  { pause = nextTask, sliceMs = SLICE_MS }: { readonly pause?: () => Promise<void>; readonly sliceMs?: number } = {},
): Promise<ValidPack> {
  const steps = validationSteps(raw);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= sliceMs) {
      await pause();
      since = performance.now();
    }
  }
}

/** The validation, one file or one check at a time: each `yield` is a point where the caller may pause. */
function* validationSteps(raw: RawPack): Generator<void, ValidPack> {
  const problems: Problem[] = [];
  const manifest = parse('manifest', raw, packManifest, problems);
  // Positions must lie in the pack's own extent (and always within the world's bounds). Set for each parse alone:
  // the region must not stay set across a pause.
  const region = <T>(run: () => T): T => withRegion(manifest?.extent ?? null, run);
  const parseIn = <S extends Parameters<typeof parse>[2]>(key: PackKey, schema: S) => region(() => parse(key, raw, schema, problems));
  yield;
  const countries = yield* parseInSlices('countries', raw, baseCountries, problems, region);
  yield;
  const countryLabels = parseIn('countryLabels', baseCountryLabels);
  const sourcesParsed = parseIn('sources', sourcesFile);
  yield;
  const places = yield* parseInSlices('places', raw, placesFile, problems, region);
  yield;
  const corridors = yield* parseInSlices('corridors', raw, corridorsFile, problems, region);
  yield;
  const article = parseIn('article', articleFile);
  const facts = parseIn('facts', countriesFile);
  const tour = parseIn('tour', tourFile);
  yield;

  const sources = new Map<string, Source>();
  sourcesParsed?.sources.forEach((s, i) => {
    if (sources.has(s.id)) problems.push({ file: PACK_FILES.sources, path: `sources[${i}].id`, message: `duplicate source id "${s.id}"` });
    sources.set(s.id, s);
  });

  // Every source cited anywhere resolves.
  if (sourcesParsed) {
    for (const key of ['places', 'corridors', 'article', 'facts', 'tour'] as const) {
      const data = { places, corridors, article, facts, tour }[key];
      if (!data) continue;
      walkSourceLists(data, (ids, path) => {
        ids.forEach((id, i) => {
          if (!sources.has(id))
            problems.push({ file: PACK_FILES[key], path: formatPath(originalPath(key, raw, data, [...path, i])), message: `unknown source "${id}"` });
        });
      });
      yield;
    }
  }

  yield;
  // Text is never markup: report any (the app renders it as text regardless).
  for (const key of ['manifest', 'places', 'corridors', 'article', 'facts', 'tour', 'sources', 'countryLabels'] as const) {
    const data = { manifest, places, corridors, article, facts, tour, sources: sourcesParsed, countryLabels }[key];
    if (!data) continue;
    walkStrings(data, (text, path) => {
      if (MARKUP.test(text))
        problems.push({
          file: PACK_FILES[key],
          path: formatPath(originalPath(key, raw, data, [...path])),
          message: 'contains HTML markup: it is shown as plain text',
        });
    });
    yield;
  }

  yield;
  // Ids are unique within and across features.
  const seen = new Map<string, string>();
  // The path is worked out only for a problem: a pack of thousands of features has none to report, mostly.
  const claim = (id: string, file: string, path: () => string) => {
    const prior = seen.get(id);
    if (prior) problems.push({ file, path: path(), message: `duplicate id "${id}" (also in ${prior})` });
    else seen.set(id, file);
  };
  const at = (key: PackKey, kept: unknown, path: PropertyKey[]) => formatPath(originalPath(key, raw, kept, path));
  countryLabels?.features.forEach((f, i) =>
    claim(f.properties.id, PACK_FILES.countryLabels, () => at('countryLabels', countryLabels, ['features', i, 'properties', 'id'])),
  );
  places?.features.forEach((f, i) => claim(f.properties.id, PACK_FILES.places, () => at('places', places, ['features', i, 'properties', 'id'])));
  corridors?.features.forEach((f, i) => claim(f.properties.id, PACK_FILES.corridors, () => at('corridors', corridors, ['features', i, 'properties', 'id'])));

  yield;
  // Corridors: waypoints resolve, legs run from waypoint to waypoint and cover the line exactly.
  const placeIds = new Set(places?.features.map((f) => f.properties.id));
  corridors?.features.forEach((f, i) => {
    const p = f.properties;
    const base = at('corridors', corridors, ['features', i]);
    const at2 = (rest: string) => `${base}.properties.${rest}`;
    const file = PACK_FILES.corridors;
    if (places) {
      p.waypoints.forEach((w, j) => {
        if (!placeIds.has(w)) problems.push({ file, path: at2(`waypoints[${j}]`), message: `unknown place "${w}"` });
      });
    }
    if (p.origin !== p.waypoints[0]) problems.push({ file, path: at2('origin'), message: 'is not the first waypoint' });
    if (p.destination !== p.waypoints.at(-1)) problems.push({ file, path: at2('destination'), message: 'is not the last waypoint' });
    if (p.legs.length !== p.waypoints.length - 1)
      problems.push({ file, path: at2('legs'), message: `has ${p.legs.length} legs for ${p.waypoints.length} waypoints` });
    const last = f.geometry.coordinates.length - 1;
    p.legs.forEach((leg, j) => {
      if (leg.from !== p.waypoints[j] || leg.to !== p.waypoints[j + 1])
        problems.push({ file, path: at2(`legs[${j}]`), message: 'does not run between consecutive waypoints' });
      const expectedStart = j === 0 ? 0 : p.legs[j - 1]!.end;
      if (leg.start !== expectedStart || leg.end < leg.start || leg.end > last)
        problems.push({ file, path: at2(`legs[${j}]`), message: `vertex range ${leg.start}..${leg.end} does not continue the line` });
    });
    if (p.legs.at(-1)?.end !== last) problems.push({ file, path: at2('legs'), message: 'do not reach the end of the line' });
    const traced = p.legs.filter((l) => l.quality === 'traced').length;
    const quality = traced === p.legs.length ? 'traced' : traced === 0 ? 'schematic' : 'partly-schematic';
    if (p.quality !== quality) problems.push({ file, path: at2('quality'), message: `says "${p.quality}" but its legs make it "${quality}"` });
    const claimed = statusProblem(p.status, p.statusNote);
    if (claimed) problems.push({ file, path: at2('status'), message: claimed });
    // A line drawn by its author (a schematic leg, straight from waypoint to waypoint) never crosses itself: if it
    // does, its waypoints or vertices are out of order. A traced leg follows a real road or railway from the map
    // data, which may loop through an interchange or into a town and out; such crossings are the road's own.
    const schematic = (k: number) => p.legs.some((leg) => leg.quality === 'schematic' && leg.start <= k && k < leg.end);
    const crossing = selfCrossing(f.geometry.coordinates, (a, b) => schematic(a) || schematic(b));
    if (crossing)
      problems.push({ file, path: `${base}.geometry.coordinates`, message: `the line crosses itself (segments ${crossing[0]} and ${crossing[1]})` });
  });

  // The manifest's comparison starts from places that exist.
  if (manifest && places) {
    const c = manifest.comparison;
    c?.origins.forEach((id, i) => {
      if (!placeIds.has(id)) problems.push({ file: PACK_FILES.manifest, path: `comparison.origins[${i}]`, message: `unknown place "${id}"` });
    });
    for (const [origin, ids] of Object.entries(c?.standIns ?? {})) {
      ids.forEach((id, i) => {
        if (!placeIds.has(id)) problems.push({ file: PACK_FILES.manifest, path: `comparison.standIns.${origin}[${i}]`, message: `unknown place "${id}"` });
      });
    }
  }

  // A translation of the pack's titles and labels keeps their figures (a target, a year).
  if (manifest) {
    const m = manifest;
    const pairs = (t: NonNullable<PackManifest['translations']>[string]): [string, string | undefined, string | undefined][] => [
      ['title', m.title, t.title],
      ['subtitle', m.subtitle, t.subtitle],
      ['mapLabel', m.mapLabel, t.mapLabel],
      ['comparison.title', m.comparison?.title, t.comparison?.title],
      ['comparison.hint', m.comparison?.hint, t.comparison?.hint],
      ['bilateral.title', m.bilateral?.title, t.bilateral?.title],
      ['bilateral.pairName', m.bilateral?.pairName, t.bilateral?.pairName],
      ...m.corridorKinds.map((k): [string, string, string | undefined] => [`corridorKinds.${k.id}`, k.label, t.corridorKinds?.[k.id]]),
      ...m.placeTypes.map((p): [string, string, string | undefined] => [`placeTypes.${p.id}`, p.label, t.placeTypes?.[p.id]]),
    ];
    for (const [lang, t] of Object.entries(m.translations ?? {})) {
      for (const [path, original, translated] of pairs(t)) {
        const problem = original !== undefined && translated !== undefined ? translationProblem(original, translated) : null;
        if (problem) problems.push({ file: PACK_FILES.manifest, path: `translations.${lang}.${path}`, message: problem });
      }
    }
  }

  // The pack's own quiz questions: the answer is one of the options, the options differ, every cited source exists
  // and a feature to reveal is one the pack has. A question that fails is reported and left out of the quiz.
  const knownFeatures = new Set<string>([...seen.keys(), 'river:mekong']);
  const questionProblems = (q: PackQuestion): [string, string][] => {
    const out: [string, string][] = [];
    if (new Set(q.options).size !== q.options.length) out.push(['options', 'has the same option twice']);
    if (!q.options.includes(q.answer)) out.push(['answer', `"${q.answer}" is not one of the options`]);
    q.sources.forEach((id, j) => {
      if (sourcesParsed && !sources.has(id)) out.push([`sources[${j}]`, `unknown source "${id}"`]);
    });
    const f = q.feature;
    const checkable = f && ((f.startsWith('place:') && places) || (f.startsWith('corridor:') && corridors) || (f.startsWith('country:') && countryLabels));
    if (f && checkable && !knownFeatures.has(f)) out.push(['feature', `unknown feature "${f}"`]);
    return out;
  };
  const askedIds = new Set<string>();
  const checkedManifest = manifest?.questions
    ? {
        ...manifest,
        questions: manifest.questions.filter((q, i) => {
          const found = questionProblems(q);
          if (askedIds.has(q.id)) found.push(['id', `duplicate question id "${q.id}"`]);
          askedIds.add(q.id);
          for (const [rest, message] of found)
            problems.push({ file: PACK_FILES.manifest, path: `${formatPath(originalPath('manifest', raw, manifest, ['questions', i]))}.${rest}`, message });
          return found.length === 0;
        }),
      }
    : manifest;

  yield;
  // Passages: unique ids, links to features that exist, terms that occur in the text.
  let validArticle = article;
  if (article) {
    const known = new Set<string>([...seen.keys(), 'river:mekong']);
    const passageIds = new Set<string>();
    validArticle = {
      ...article,
      sections: article.sections.map((section, si) => ({
        ...section,
        passages: section.passages.map((passage, pi) => {
          const base = formatPath(originalPath('article', raw, article, ['sections', si, 'passages', pi]));
          const at = (rest: string) => `${base}${rest}`;
          if (passageIds.has(passage.id)) problems.push({ file: PACK_FILES.article, path: at('.id'), message: `duplicate passage id "${passage.id}"` });
          passageIds.add(passage.id);
          const links = passage.links.filter((link, li) => {
            // Links into a file that did not load are kept: that file's own problem is already reported.
            const checkable =
              (link.feature.startsWith('place:') && places) ||
              (link.feature.startsWith('corridor:') && corridors) ||
              (link.feature.startsWith('country:') && countryLabels) ||
              link.feature.startsWith('river:');
            if (checkable && !known.has(link.feature)) {
              problems.push({ file: PACK_FILES.article, path: at(`.links[${li}].feature`), message: `links to unknown feature "${link.feature}"` });
              return false;
            }
            link.terms.forEach((t, ti) => {
              if (!passage.text.includes(t))
                problems.push({ file: PACK_FILES.article, path: at(`.links[${li}].terms[${ti}]`), message: `"${t}" does not occur in the passage` });
            });
            // A note is the explorer's own word, not the article's: it must rest on sources of its own that resolve
            // (an unknown one is reported above) and not on weaker sources alone.
            const cited = link.note?.sources ?? [];
            if (sourcesParsed && cited.length && cited.every((id) => sources.get(id)?.weak === true)) {
              problems.push({ file: PACK_FILES.article, path: at(`.links[${li}].note.sources`), message: 'the note rests on weaker sources only' });
            }
            return true;
          });
          // A note whose sources do not all resolve is not shown: the link stays, without it.
          const shown = links.map((l) =>
            l.note && sourcesParsed && !l.note.sources.every((id) => sources.has(id)) ? { feature: l.feature, terms: l.terms } : l,
          );
          return { ...passage, links: shown };
        }),
      })),
    };
  }

  // Tour steps: their passage and features exist.
  if (tour) {
    const passageIds = new Set<string>(article?.sections.flatMap((s) => s.passages.map((p) => p.id)));
    const known = new Set<string>([...seen.keys(), 'river:mekong']);
    tour.steps.forEach((step, i) => {
      const at = formatPath(originalPath('tour', raw, tour, ['steps', i]));
      if (step.passage && article && !passageIds.has(step.passage))
        problems.push({ file: PACK_FILES.tour, path: `${at}.passage`, message: `unknown passage "${step.passage}"` });
      [...step.features, ...step.reveal].forEach((f) => {
        const checkable = (f.startsWith('place:') && places) || (f.startsWith('corridor:') && corridors) || (f.startsWith('country:') && countryLabels);
        if (checkable && !known.has(f)) problems.push({ file: PACK_FILES.tour, path: `${at}`, message: `unknown feature "${f}"` });
      });
    });
  }

  return { manifest: checkedManifest, countries, countryLabels, sources, places, corridors, article: validArticle, facts, tour, problems };
}

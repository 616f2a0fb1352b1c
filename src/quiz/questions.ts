// The quiz's questions, made from the open pack's data (never from names in the code): where a place is, a
// country's capital, which countries a route crosses (measured on the map), which way to the sea is shortest from
// one start (the pack's comparison), the two countries' trade target, and the pack's own questions. A seed picks
// them (src/quiz/random.ts): the same seed and pack always give the same quiz. Each question carries the fact its
// feedback states, the sources it rests on, and what to show on the map when the answer is revealed.
import { compareRoutes, type RouteRow } from '../analysis/compare.ts';
import type { ContentIndex } from '../content/index.ts';
import { CORRIDOR_STATUS_LABEL, SCHEMATIC_SHARE_SHOWN, comparableKm, isHollow } from '../content/labels.ts';
import type { PackQuestion } from '../content/schema.ts';
import type { StorySettings } from '../content/story.ts';
import type { SelectableId } from '../content/types.ts';
import { mulberry32, shuffled, type Random } from './random.ts';

/** What the questions say, together (for translation, #19). */
export const QUESTION_TEXT = {
  where: (place: string) => `Where is ${place}? Click it on the map, or choose the country it is in.`,
  whereFact: (place: string, country: string) => `${place} is in ${country}.`,
  approximate: (km: number | null) => (km ? `Its position on the map is approximate (within about ${km} km).` : 'Its position on the map is approximate.'),
  capital: (country: string) => `What is the capital of ${country}?`,
  capitalFact: (country: string, capital: string) => `The capital of ${country} is ${capital}.`,
  crosses: (route: string) => `Which countries does the route “${route}” run through?`,
  crossesFact: (route: string, countries: string) => `Measured on the map, “${route}” runs through ${countries}.`,
  status: (status: string) => `Its status: ${status.toLowerCase()}.`,
  schematic: 'Part of it is drawn straight between towns: the real way may differ.',
  bordersSource: 'Countries crossed are measured along the drawn line against the base map’s borders.',
  shortest: (origin: string) => `Which way to the sea is shortest from ${origin}?`,
  shortestFact: (origin: string, route: string, km: string) => `From ${origin}, “${route}” is the shortest way to the sea in the data: ${km} along the route.`,
  otherWay: (route: string, port: string, km: string, status: string) => `${route} to ${port}: ${km} (${status})`,
  wayOption: (route: string, port: string, status: string) => `${route}, to ${port} (${status.toLowerCase()})`,
  notWorking: 'It is not yet a working route.',
  target: (pair: string) => `What is the ${pair} target for two-way trade?`,
  targetOption: (millions: string, year: number) => `US$${millions} million a year by ${year}`,
  targetFact: (pair: string, millions: string, year: number) => `The ${pair} target is two-way trade of US$${millions} million a year by ${year}.`,
  list: (names: readonly string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(names),
} as const;

export type QuestionKind = 'where' | 'capital' | 'crosses' | 'shortest' | 'target' | 'pack';

export interface QuizOption {
  readonly id: string;
  readonly label: string;
}

export interface QuizQuestion {
  /** Stable for the pack: the kind and what it asks about. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  readonly options: readonly QuizOption[];
  /** The id of the right option. */
  readonly answer: string;
  /** The fact the feedback states. */
  readonly fact: string;
  /** What else the feedback must say: a route's status, a schematic line, an approximate position. */
  readonly notes: readonly string[];
  /** Source ids of the pack's sources.json. */
  readonly sources: readonly string[];
  /** The feature the answer is about: the reveal selects and frames it (null: nothing on the map). */
  readonly reveal: SelectableId | null;
  /** A click on the map answers it: on the feature, or within `withinKm` of `near`. */
  readonly map: { readonly accept: readonly SelectableId[]; readonly near: readonly [number, number]; readonly withinKm: number } | null;
}

export interface QuizData {
  readonly index: ContentIndex;
  readonly story: Pick<StorySettings, 'comparison' | 'bilateral'>;
  /** The pack's own questions (pack.json's `questions`, validated). */
  readonly packQuestions: readonly PackQuestion[];
}

/** How far from a place a click still finds it, in km (more where its position is approximate). */
const CLICK_KM = 40;

const nameOf = (index: ContentIndex, id: string): string => (index.isKnownId(id) ? (index.features.get(id)?.name ?? id) : id);
/** The story's countries (not those drawn only for context), or every country the map knows if they are too few. */
const countries = (index: ContentIndex): SelectableId[] => {
  const all = [...index.features.values()].filter((f) => f.kind === 'country');
  const story = all.filter((f) => f.role !== 'context');
  return (story.length >= 4 ? story : all).map((f) => f.id);
};
/** A route's short name, for options that must stay readable. */
const shortNameOf = (index: ContentIndex, id: string): string => index.corridors.get(id)?.properties.shortName ?? nameOf(index, id);

/** `count` options: the right one and others, in a seeded order. */
function withDistractors(right: QuizOption, others: readonly QuizOption[], random: Random, count = 4): QuizOption[] {
  const seen = new Set([right.id, right.label]);
  const picked: QuizOption[] = [];
  for (const o of shuffled(others, random)) {
    if (picked.length >= count - 1) break;
    if (seen.has(o.id) || seen.has(o.label)) continue;
    seen.add(o.id);
    seen.add(o.label);
    picked.push(o);
  }
  return shuffled([right, ...picked], random);
}

/** A question-maker per kind: the subjects it can ask about, and the question for one (null: not askable). */
interface Maker {
  readonly subjects: (d: QuizData) => readonly string[];
  readonly make: (subject: string, d: QuizData, random: Random) => QuizQuestion | null;
}

const where: Maker = {
  // A place whose position is exact, in a country the map knows: a click on the map can be judged fairly.
  subjects: ({ index }) =>
    [...index.places.values()].filter((p) => !p.properties.approximate && index.isKnownId(`country:${p.properties.country}`)).map((p) => p.properties.id),
  make: (id, { index }, random) => {
    const place = index.places.get(id);
    if (!place) return null;
    const p = place.properties;
    const country = `country:${p.country}`;
    if (!index.isKnownId(country) || !index.isKnownId(p.id)) return null;
    const options = withDistractors(
      { id: country, label: nameOf(index, country) },
      countries(index).map((c) => ({ id: c, label: nameOf(index, c) })),
      random,
    );
    if (options.length < 2) return null;
    const [lng, lat] = place.geometry.coordinates;
    return {
      id: `where:${p.id}`,
      kind: 'where',
      prompt: QUESTION_TEXT.where(p.name),
      options,
      answer: country,
      fact: QUESTION_TEXT.whereFact(p.name, nameOf(index, country)),
      notes: p.approximate ? [QUESTION_TEXT.approximate(p.uncertaintyKm)] : [],
      sources: p.sources,
      reveal: p.id,
      map: { accept: [p.id], near: [lng, lat], withinKm: CLICK_KM + (p.uncertaintyKm ?? 0) },
    };
  },
};

const capital: Maker = {
  subjects: ({ index }) => [...index.countryFacts.keys()].filter((id) => index.isKnownId(id)),
  make: (id, { index }, random) => {
    const facts = index.countryFacts.get(id);
    if (!facts) return null;
    const others = [...index.countryFacts.values()].filter((c) => c.id !== id).map((c) => ({ id: c.id, label: c.capital.value }));
    const options = withDistractors({ id, label: facts.capital.value }, others, random);
    if (options.length < 2) return null;
    const placeId = facts.capital.placeId;
    return {
      id: `capital:${id}`,
      kind: 'capital',
      prompt: QUESTION_TEXT.capital(facts.nameCommon),
      options,
      answer: id,
      fact: QUESTION_TEXT.capitalFact(facts.nameCommon, facts.capital.value),
      notes: [],
      sources: facts.capital.sources,
      reveal: placeId && index.isKnownId(placeId) ? placeId : index.isKnownId(id) ? id : null,
      map: null,
    };
  },
};

const crosses: Maker = {
  subjects: ({ index }) => [...index.corridors.keys()],
  make: (id, { index }, random) => {
    const f = index.corridors.get(id);
    const m = index.corridorMetrics.get(id);
    if (!f || !m || !index.isKnownId(id) || m.countries.length === 0) return null;
    const all = countries(index);
    const right = [...m.countries];
    const absent = shuffled(
      all.filter((c) => !right.includes(c)),
      random,
    );
    const label = (ids: readonly string[]) => QUESTION_TEXT.list(ids.map((c) => nameOf(index, c)).sort((a, b) => a.localeCompare(b)));
    const key = (ids: readonly string[]) => [...ids].sort().join('+');
    // Wrong sets near the right one: a country swapped, one added, one left out.
    const wrong: string[][] = [];
    for (const x of absent.slice(0, 2)) wrong.push([...right.slice(0, -1), x], [...right, x]);
    if (right.length > 1) wrong.push(right.slice(0, -1), right.slice(1));
    const options = withDistractors(
      { id: `set:${key(right)}`, label: label(right) },
      wrong.filter((w) => w.length > 0 && key(w) !== key(right)).map((w) => ({ id: `set:${key(w)}`, label: label(w) })),
      random,
    );
    if (options.length < 2) return null;
    const p = f.properties;
    const notes = [QUESTION_TEXT.status(CORRIDOR_STATUS_LABEL[p.status])];
    if (p.quality !== 'traced') notes.push(QUESTION_TEXT.schematic);
    notes.push(QUESTION_TEXT.bordersSource);
    return {
      id: `crosses:${id}`,
      kind: 'crosses',
      prompt: QUESTION_TEXT.crosses(p.name),
      options,
      answer: `set:${key(right)}`,
      fact: QUESTION_TEXT.crossesFact(p.name, QUESTION_TEXT.list(right.map((c) => nameOf(index, c)))),
      notes,
      sources: p.sources,
      reveal: id,
      map: null,
    };
  },
};

/**
 * The ways to the sea from one start, from the pack's comparison. Lengths are compared only between ways measured
 * from the same place (a way from a stand-in, a dry port say, starts elsewhere), and only when the shortest is
 * certain: its figure is not a floor (drawn straight in part), and every other figure is at least what it says.
 */
function waysFrom(d: QuizData, start: string): RouteRow[] {
  const rows = compareRoutes(d.index, d.story.comparison?.origins ?? []).rows.filter((r) => `${r.origin}>${r.from}` === start);
  return rows.sort((a, b) => a.km - b.km);
}

const shortest: Maker = {
  subjects: (d) => {
    if (!d.story.comparison) return [];
    // The comparison's origins, each with itself as the start (a stand-in's ways are another start).
    return d.story.comparison.origins.map((o) => `${o}>${o}`);
  },
  make: (start, d, random) => {
    const { index } = d;
    const rows = waysFrom(d, start);
    const best = rows[0];
    const next = rows[1];
    if (!best || !next || best.schematicKm > best.km * SCHEMATIC_SHARE_SHOWN || next.km <= best.km) return null;
    const optionOf = (r: RouteRow): QuizOption => ({
      id: `way:${r.corridor}>${r.seaport}`,
      label: QUESTION_TEXT.wayOption(shortNameOf(index, r.corridor), nameOf(index, r.seaport), CORRIDOR_STATUS_LABEL[r.status]),
    });
    const options = withDistractors(optionOf(best), rows.slice(1).map(optionOf), random);
    const from = nameOf(index, best.from);
    const notes = [
      ...(isHollow(best.status) ? [QUESTION_TEXT.notWorking] : []),
      ...rows
        .slice(1)
        .filter((r) => options.some((o) => o.id === optionOf(r).id))
        .map((r) =>
          QUESTION_TEXT.otherWay(
            shortNameOf(index, r.corridor),
            nameOf(index, r.seaport),
            comparableKm(r.km, r.schematicKm),
            CORRIDOR_STATUS_LABEL[r.status].toLowerCase(),
          ),
        ),
    ];
    const corridorSources = (id: string) => index.corridors.get(id)?.properties.sources ?? [];
    return {
      id: `shortest:${start}`,
      kind: 'shortest',
      prompt: QUESTION_TEXT.shortest(from),
      options,
      answer: optionOf(best).id,
      fact: `${QUESTION_TEXT.shortestFact(from, nameOf(index, best.corridor), comparableKm(best.km, best.schematicKm))} ${QUESTION_TEXT.status(CORRIDOR_STATUS_LABEL[best.status])}`,
      notes,
      sources: [...new Set(rows.flatMap((r) => corridorSources(r.corridor)))],
      reveal: index.isKnownId(best.corridor) ? best.corridor : null,
      map: null,
    };
  },
};

const millionsOf = (v: number) => (v / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 });

const target: Maker = {
  subjects: (d) => (d.story.bilateral && d.index.facts ? ['target'] : []),
  make: (_s, d, random) => {
    const b = d.index.facts?.bilateral;
    const pair = d.story.bilateral?.pairName;
    if (!b || !pair) return null;
    const t = b.trade.target;
    const option = (v: number): QuizOption => ({ id: `value:${v}`, label: QUESTION_TEXT.targetOption(millionsOf(v), t.year) });
    // Wrong figures of the same order: the latest sourced year's figure where there is one, and simple multiples.
    const latest = [...b.trade.series].sort((x, y) => y.year - x.year)[0]?.value;
    const others = [0.5, 2, 1.5, 3].map((k) => option(Math.round((t.value * k) / 1_000_000) * 1_000_000));
    if (latest && latest !== t.value) others.unshift(option(latest));
    return {
      id: 'target',
      kind: 'target',
      prompt: QUESTION_TEXT.target(pair),
      options: withDistractors(option(t.value), others, random),
      answer: `value:${t.value}`,
      fact: QUESTION_TEXT.targetFact(pair, millionsOf(t.value), t.year),
      notes: [t.note],
      sources: t.sources,
      reveal: null,
      map: null,
    };
  },
};

const pack: Maker = {
  subjects: (d) => d.packQuestions.map((q) => q.id),
  make: (id, d) => {
    const q = d.packQuestions.find((x) => x.id === id);
    if (!q) return null;
    const options = q.options.map((label, i) => ({ id: `option:${i}`, label }));
    const answer = options.find((o) => o.label === q.answer);
    if (!answer) return null;
    return {
      id: q.id,
      kind: 'pack',
      prompt: q.question,
      options,
      answer: answer.id,
      fact: q.explanation,
      notes: [],
      sources: q.sources,
      reveal: q.feature && d.index.isKnownId(q.feature) ? q.feature : null,
      map: null,
    };
  },
};

const MAKERS: Readonly<Record<QuestionKind, Maker>> = { where, capital, crosses, shortest, target, pack };

/**
 * The quiz for a seed: up to `length` questions, the kinds taken in turn (in a seeded order), each kind's
 * subjects in a seeded order; a subject the data cannot make a fair question of is passed over.
 */
export function makeQuiz(d: QuizData, seed: number, length = 6): QuizQuestion[] {
  const random = mulberry32(seed);
  const queues = shuffled(Object.keys(MAKERS) as QuestionKind[], random).map((kind) => ({ kind, subjects: shuffled(MAKERS[kind].subjects(d), random) }));
  const out: QuizQuestion[] = [];
  while (out.length < length && queues.some((q) => q.subjects.length > 0)) {
    for (const q of queues) {
      if (out.length >= length) break;
      while (q.subjects.length > 0) {
        const made = MAKERS[q.kind].make(q.subjects.shift()!, d, random);
        if (made) {
          out.push(made);
          break;
        }
      }
    }
  }
  return out;
}

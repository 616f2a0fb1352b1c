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
import type { CorridorStatus, SelectableId } from '../content/types.ts';
import { ensurePart, formatList, formatNumber, t, tParts, type MessageKey, type Param } from '../i18n/index.ts';
import { mulberry32, shuffled, type Random } from './random.ts';

// The questions are said in the interface's language, and its catalogue part comes with the quiz's code.
await ensurePart('quiz');

/**
 * Part of what a question says: the interface's words, or a name or text of the pack (kept as the pack writes it,
 * and marked with its language where the interface is in another).
 */
export type SaidPart = string | { readonly pack: string; readonly lang?: string };

/** A sentence of a question, in the interface's language: its text, and the same cut where the pack's words are. */
export interface Said {
  readonly text: string;
  readonly parts: readonly SaidPart[];
}

/** The pack's own words (a name, a note, a question of its own); `lang` for a title it gives in the interface's language. */
export const packSaid = (text: string, lang?: string): Said => ({ text, parts: [lang ? { pack: text, lang } : { pack: text }] });

/** The message `key`, its placeholders filled with interface values (numbers formatted) or pack words. */
export function said(key: MessageKey, values: Readonly<Record<string, Param | Said>> = {}): Said {
  const shown = (v: Param | Said): Said => {
    if (typeof v === 'object') return v;
    const text = typeof v === 'number' ? formatNumber(v) : v;
    return { text, parts: [text] };
  };
  const filled = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, shown(v)]));
  const text = t(key, Object.fromEntries(Object.entries(filled).map(([k, v]) => [k, v.text])));
  const parts: SaidPart[] = [];
  for (const piece of tParts(key, filled).flatMap((p) => (typeof p === 'string' ? [p] : p.parts))) {
    const last = parts.at(-1);
    if (typeof piece === 'string' && typeof last === 'string') parts[parts.length - 1] = last + piece;
    else parts.push(piece);
  }
  return { text, parts };
}

/** Sentences said one after the other. */
const joined = (...sentences: readonly Said[]): Said => ({
  text: sentences.map((x) => x.text).join(' '),
  parts: sentences.flatMap((x, i) => (i ? [' ', ...x.parts] : x.parts)),
});

/** The pack's names as a list in the interface's language ("Laos, Thailand and Vietnam"), each name marked. */
function listSaid(names: readonly string[]): Said {
  // Stand-ins no name holds (private-use characters) go through the list's formatting, then the names take their places.
  const token = (i: number) => `\uE000${i}\uE001`;
  const pieces = formatList(names.map((_, i) => token(i))).split(/\uE000(\d+)\uE001/);
  const parts = pieces.flatMap((piece, i): SaidPart[] => (i % 2 ? [{ pack: names[Number(piece)]! }] : piece ? [piece] : []));
  return { text: formatList(names), parts };
}

/** A route's status among a sentence's words. */
const statusWords = (status: CorridorStatus): string => CORRIDOR_STATUS_LABEL[status].toLowerCase();

export type QuestionKind = 'where' | 'capital' | 'crosses' | 'shortest' | 'target' | 'pack';

export interface QuizOption {
  readonly id: string;
  /** Its text: options are told apart by it. */
  readonly label: string;
  readonly parts: readonly SaidPart[];
}

export interface QuizQuestion {
  /** Stable for the pack: the kind and what it asks about. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: Said;
  readonly options: readonly QuizOption[];
  /** The id of the right option. */
  readonly answer: string;
  /** The fact the feedback states. */
  readonly fact: Said;
  /** What else the feedback must say: a route's status, a schematic line, an approximate position. */
  readonly notes: readonly Said[];
  /** Source ids of the pack's sources.json. */
  readonly sources: readonly string[];
  /** The feature the answer is about: the reveal selects and frames it (null: nothing on the map). */
  readonly reveal: SelectableId | null;
  /** A click on the map answers it: on the feature, or within `withinKm` of `near`. */
  readonly map: { readonly accept: readonly SelectableId[]; readonly near: readonly [number, number]; readonly withinKm: number } | null;
}

export interface QuizData {
  readonly index: ContentIndex;
  readonly story: Pick<StorySettings, 'comparison' | 'bilateral' | 'textLang'>;
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

const optionOf = (id: string, s: Said): QuizOption => ({ id, label: s.text, parts: s.parts });
/** An option that is one of the pack's names. */
const nameOption = (id: string, name: string): QuizOption => optionOf(id, packSaid(name));

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
      nameOption(country, nameOf(index, country)),
      countries(index).map((c) => nameOption(c, nameOf(index, c))),
      random,
    );
    if (options.length < 2) return null;
    const [lng, lat] = place.geometry.coordinates;
    return {
      id: `where:${p.id}`,
      kind: 'where',
      prompt: said('quiz.qWhere', { place: packSaid(p.name) }),
      options,
      answer: country,
      fact: said('quiz.qWhereFact', { place: packSaid(p.name), country: packSaid(nameOf(index, country)) }),
      notes: p.approximate ? [p.uncertaintyKm ? said('quiz.qApproximateWithin', { km: p.uncertaintyKm }) : said('quiz.qApproximate')] : [],
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
    const others = [...index.countryFacts.values()].filter((c) => c.id !== id).map((c) => nameOption(c.id, c.capital.value));
    const options = withDistractors(nameOption(id, facts.capital.value), others, random);
    if (options.length < 2) return null;
    const placeId = facts.capital.placeId;
    return {
      id: `capital:${id}`,
      kind: 'capital',
      prompt: said('quiz.qCapital', { country: packSaid(facts.nameCommon) }),
      options,
      answer: id,
      fact: said('quiz.qCapitalFact', { country: packSaid(facts.nameCommon), capital: packSaid(facts.capital.value) }),
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
    const label = (ids: readonly string[]) => listSaid(ids.map((c) => nameOf(index, c)).sort((a, b) => a.localeCompare(b)));
    const key = (ids: readonly string[]) => [...ids].sort().join('+');
    // Wrong sets near the right one: a country swapped, one added, one left out.
    const wrong: string[][] = [];
    for (const x of absent.slice(0, 2)) wrong.push([...right.slice(0, -1), x], [...right, x]);
    if (right.length > 1) wrong.push(right.slice(0, -1), right.slice(1));
    const options = withDistractors(
      optionOf(`set:${key(right)}`, label(right)),
      wrong.filter((w) => w.length > 0 && key(w) !== key(right)).map((w) => optionOf(`set:${key(w)}`, label(w))),
      random,
    );
    if (options.length < 2) return null;
    const p = f.properties;
    const notes = [said('quiz.qStatus', { status: statusWords(p.status) })];
    if (p.quality !== 'traced') notes.push(said('quiz.qSchematic'));
    notes.push(said('quiz.qBordersSource'));
    return {
      id: `crosses:${id}`,
      kind: 'crosses',
      prompt: said('quiz.qCrosses', { route: packSaid(p.name) }),
      options,
      answer: `set:${key(right)}`,
      fact: said('quiz.qCrossesFact', { route: packSaid(p.name), countries: listSaid(right.map((c) => nameOf(index, c))) }),
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
    const wayOf = (r: RouteRow): QuizOption =>
      optionOf(
        `way:${r.corridor}>${r.seaport}`,
        said('quiz.qWayOption', { route: packSaid(shortNameOf(index, r.corridor)), port: packSaid(nameOf(index, r.seaport)), status: statusWords(r.status) }),
      );
    const options = withDistractors(wayOf(best), rows.slice(1).map(wayOf), random);
    const from = packSaid(nameOf(index, best.from));
    const notes = [
      ...(isHollow(best.status) ? [said('quiz.qNotWorking')] : []),
      ...rows
        .slice(1)
        .filter((r) => options.some((o) => o.id === wayOf(r).id))
        .map((r) =>
          said('quiz.qOtherWay', {
            route: packSaid(shortNameOf(index, r.corridor)),
            port: packSaid(nameOf(index, r.seaport)),
            km: comparableKm(r.km, r.schematicKm),
            status: statusWords(r.status),
          }),
        ),
    ];
    const corridorSources = (id: string) => index.corridors.get(id)?.properties.sources ?? [];
    return {
      id: `shortest:${start}`,
      kind: 'shortest',
      prompt: said('quiz.qShortest', { origin: from }),
      options,
      answer: wayOf(best).id,
      fact: joined(
        said('quiz.qShortestFact', { origin: from, route: packSaid(nameOf(index, best.corridor)), km: comparableKm(best.km, best.schematicKm) }),
        said('quiz.qStatus', { status: statusWords(best.status) }),
      ),
      notes,
      sources: [...new Set(rows.flatMap((r) => corridorSources(r.corridor)))],
      reveal: index.isKnownId(best.corridor) ? best.corridor : null,
      map: null,
    };
  },
};

const millionsOf = (v: number) => formatNumber(v / 1_000_000, { maximumFractionDigits: 1 });

const target: Maker = {
  subjects: (d) => (d.story.bilateral && d.index.facts ? ['target'] : []),
  make: (_s, d, random) => {
    const b = d.index.facts?.bilateral;
    const pairName = d.story.bilateral?.pairName;
    if (!b || !pairName) return null;
    // The pack may name the pair in the interface's language (its translations).
    const pair = packSaid(pairName, d.story.textLang);
    const goal = b.trade.target;
    // A year is a name, not a quantity: never grouped as thousands.
    const year = String(goal.year);
    const option = (v: number): QuizOption => optionOf(`value:${v}`, said('quiz.qTargetOption', { millions: millionsOf(v), year }));
    // Wrong figures of the same order: the latest sourced year's figure where there is one, and simple multiples.
    const latest = [...b.trade.series].sort((x, y) => y.year - x.year)[0]?.value;
    const others = [0.5, 2, 1.5, 3].map((k) => option(Math.round((goal.value * k) / 1_000_000) * 1_000_000));
    if (latest && latest !== goal.value) others.unshift(option(latest));
    return {
      id: 'target',
      kind: 'target',
      prompt: said('quiz.qTarget', { pair }),
      options: withDistractors(option(goal.value), others, random),
      answer: `value:${goal.value}`,
      fact: said('quiz.qTargetFact', { pair, millions: millionsOf(goal.value), year }),
      notes: [packSaid(goal.note)],
      sources: goal.sources,
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
    const options = q.options.map((label, i) => nameOption(`option:${i}`, label));
    const answer = options.find((o) => o.label === q.answer);
    if (!answer) return null;
    return {
      id: q.id,
      kind: 'pack',
      prompt: packSaid(q.question),
      options,
      answer: answer.id,
      fact: packSaid(q.explanation),
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

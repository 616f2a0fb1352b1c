// The content's truth rules, each a kind of error a pupil must never meet: a plan shown as a working route, a road
// that doubles back, a town on the wrong side of a border, a work shown as built, a province by its old name, an
// undated "only road" claim, a subtitle claiming a link no source plans. Each reads the whole pack (PACK_DIR may
// point it at another). Lengths compared from one start are tested in tour.test.ts.
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import { buildIndex } from '../../src/content/index.ts';
import { selfCrossing, statusProblem, translationProblem, undatedSoleClaims, validatePack } from '../../src/content/validate.ts';
import { random } from '../random.ts';
import { legOfCrossing } from '../../src/analysis/compare.ts';
import { loadPack, readRawPack } from './helpers/pack.ts';

const pack = loadPack();
const index = buildIndex(pack);
const corridors = pack.corridors!.features;
const places = pack.places!.features;
const countries = pack.countries!.features;

/** Every string in the pack's authored files, with where it is. */
function* texts(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* texts(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'geometry') yield* texts(v, `${path}.${k}`);
}
const raw = readRawPack();
const authored = ['places', 'corridors', 'article', 'facts', 'tour', 'sources'] as const;
const allTexts = authored.flatMap((k) => [...texts(raw[k], k)]);

describe("a translation of the pack's titles keeps their figures", () => {
  it('reads figures in any digits and grouping, and finds one that changed', () => {
    expect(translationProblem('a US$700 million target for 2030', 'un objectif de 700 millions de dollars US pour 2030')).toBeNull();
    expect(translationProblem('1,035 km', '1 035 km')).toBeNull();
    expect(translationProblem('700 million by 2030', 'គោលដៅ ៧០០ លាន នៅឆ្នាំ ២០៣០')).toBeNull();
    expect(translationProblem('700 million by 2030', 'ເປົ້າໝາຍ ໗໐໐ ລ້ານ ພາຍໃນປີ ໒໐໓໐')).toBeNull();
    expect(translationProblem('a US$700 million target for 2030', 'un objectif de 70 millions pour 2030')).toMatch(/70.*700/);
    expect(translationProblem('for 2030', 'pour 2013')).not.toBeNull();
  });

  it('holds for every translation of the built-in pack, and a changed target is reported where it is', () => {
    const manifest = raw.manifest as { translations: Record<string, { subtitle: string }> };
    expect(Object.keys(manifest.translations).sort()).toEqual(['fr', 'km', 'lo']);
    expect(pack.problems).toEqual([]);
    const wrong = structuredClone(raw) as typeof raw & { manifest: typeof manifest };
    wrong.manifest.translations['fr']!.subtitle = wrong.manifest.translations['fr']!.subtitle.replace('700', '7 000');
    expect(validatePack(wrong).problems).toEqual([
      expect.objectContaining({ file: 'pack.json', path: 'translations.fr.subtitle', message: expect.stringMatching(/7000.*700/) }),
    ]);
  });
});

describe("a corridor's status says what its sources say", () => {
  it('never calls a corridor simply "in use" when its status note says it is a plan, unverified or without service', () => {
    for (const { properties: p } of corridors) expect(statusProblem(p.status, p.statusNote), p.id).toBeNull();
  });

  it('reads the doubt in the notes the audit found behind "Operating"', () => {
    expect(statusProblem('in-use', 'Lao use of Cambodian seaports is an agreement in principle; no traffic figures were found.')).not.toBeNull();
    expect(statusProblem('in-use', 'No scheduled through cargo service to Laos was found.')).not.toBeNull();
    expect(statusProblem('in-use', 'Sending farm goods along them is a plan stated in February 2026.')).not.toBeNull();
    expect(statusProblem('in-use', 'Whether power from the coal deal is flowing was not verified.')).not.toBeNull();
    expect(statusProblem('in-use', 'In use; buses between Vientiane and Vinh take this road.')).toBeNull();
  });
});

describe('corridor lines', () => {
  it('never double back: no point comes within 2 km of one passed more than 25 km earlier, but at a change of mode', () => {
    // A transfer (road to rail at a dry port) may send cargo back the way it came; a road that drives into a town
    // and out again the same way (Route 13 into Savannakhet and back to Seno) is a detour the road does not make.
    const near = (a: number[], b: number[]) => {
      const dx = (a[0]! - b[0]!) * 111.32 * Math.cos((a[1]! * Math.PI) / 180);
      const dy = (a[1]! - b[1]!) * 110.57;
      return dx * dx + dy * dy < 4;
    };
    for (const f of corridors) {
      const { legs } = f.properties;
      const c = f.geometry.coordinates;
      const along = [0];
      for (let i = 1; i < c.length; i++) along.push(along[i - 1]! + distance(point(c[i - 1]!), point(c[i]!)));
      const legAt = (v: number) => legs.findIndex((l) => l.start <= v && v < l.end);
      const transferBetween = (a: number, b: number) => legs.slice(legAt(a), legAt(b) + 1).some((l, k, ls) => k > 0 && l.mode !== ls[k - 1]!.mode);
      for (let i = 0; i < c.length; i++) {
        for (let j = i + 1; j < c.length; j++) {
          if (along[j]! - along[i]! <= 25 || !near(c[i]!, c[j]!) || transferBetween(i, j)) continue;
          expect.fail(`${f.properties.id}: vertex ${j} returns to vertex ${i}, ${(along[j]! - along[i]!).toFixed(0)} km further along the line`);
        }
      }
    }
  });

  it('cross the border between two countries on a leg that says so (a check of legOfCrossing over the whole pack)', () => {
    for (const f of corridors) for (const x of index.corridorMetrics.get(f.properties.id)!.crossings) expect(legOfCrossing(f, x)).toBeGreaterThanOrEqual(0);
  });
});

describe('a line that crosses itself', () => {
  /** Every pair of segments, in order: what selfCrossing's sweep must agree with. */
  const everyPair = (c: number[][], counts: (i: number, j: number) => boolean): [number, number] | null => {
    const side = (o: number[], a: number[], b: number[]) => Math.sign((a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!));
    for (let i = 0; i < c.length - 1; i++)
      for (let j = i + 2; j < c.length - 1; j++) {
        const [p, q, r, s] = [c[i]!, c[i + 1]!, c[j]!, c[j + 1]!];
        if (side(r, s, p) * side(r, s, q) < 0 && side(p, q, r) * side(p, q, s) < 0 && counts(i, j)) return [i, j];
      }
    return null;
  };
  it('is found at its first crossing, as a check of every pair finds it, on random lines and on the pack’s routes', () => {
    const rnd = random(7);
    let crossed = 0;
    for (let t = 0; t < 400; t++) {
      const line = Array.from({ length: 3 + Math.floor(rnd() * 40) }, () => [Math.round(rnd() * 20), Math.round(rnd() * 20)]);
      const counts = (i: number) => i % 3 !== 1;
      expect(selfCrossing(line, counts), JSON.stringify(line)).toEqual(everyPair(line, counts));
      if (everyPair(line, () => true)) crossed++;
    }
    expect(crossed).toBeGreaterThan(100);
    for (const f of corridors) expect(selfCrossing(f.geometry.coordinates)).toEqual(everyPair(f.geometry.coordinates, () => true));
  });
});

describe('places', () => {
  const countryAt = (c: number[]) => countries.find((k) => booleanPointInPolygon(point(c), k))?.properties.iso3 ?? null;

  it('lie in the country they name, unless their position is flagged approximate (bridges lie on the border, ports at sea)', () => {
    for (const { properties: p, geometry: g } of places) {
      if (p.approximate || p.type === 'bridge') continue;
      const at = countryAt(g.coordinates);
      if (at === null && (p.type === 'seaport' || p.type === 'river-port')) continue;
      expect(at, `${p.id} (${p.name}) is drawn in ${at}`).toBe(p.country);
    }
  });

  it('say in their name when the work is only planned or being built', () => {
    const notBuilt = /\b(planned (canal|bridge|outlet)|the planned|construction was launched|\d+ ?% complete|under construction)\b/i;
    for (const { properties: p } of places) {
      if (!['bridge', 'canal', 'dam', 'seaport', 'river-port', 'dry-port', 'railway-station'].includes(p.type)) continue;
      if (notBuilt.test(p.description)) expect(p.name, p.id).toMatch(/\((?:[^)]*; )?(planned|under construction)\)$/);
    }
  });
});

describe('local names', () => {
  // Villages are left out: no source found gives Veun Kham's Lao name.
  it('are shown for every city, seaport, falls or border crossing the article links to', () => {
    const linked = new Set(pack.article!.sections.flatMap((s) => s.passages.flatMap((p) => p.links.map((l) => l.feature))));
    const kinds = ['capital', 'city', 'seaport', 'falls', 'border-crossing'];
    const named = places.filter((f) => linked.has(f.properties.id) && kinds.includes(f.properties.type));
    expect(named.length).toBeGreaterThan(0);
    for (const { properties: p } of named) expect(p.localName, `${p.id} (${p.name})`).not.toBeNull();
  });
});

describe('words', () => {
  it('name a merged province by its present name, giving the old one only as history', () => {
    // Vietnam merged Quảng Bình into Quảng Trị on 1 July 2025 (Resolution 202/2025/QH15).
    for (const [path, t] of allTexts) {
      if (/Qu[aả]ng B[iì]nh/i.test(t) && !path.includes('.supports') && !path.includes('.title')) expect(t, path).toMatch(/Qu[aả]ng Tr[iị]/);
    }
  });

  it('date every claim that there is only one road or crossing: "as of <year>" (sources\' own summaries aside)', () => {
    for (const [path, t] of allTexts) {
      if (path.endsWith('.supports') || path.endsWith('.title')) continue;
      expect(undatedSoleClaims(t), path).toEqual([]);
    }
  });

  it('have no space before a comma, semicolon or full stop', () => {
    for (const [path, t] of allTexts) expect(t, path).not.toMatch(/\S [;,](?=\s|$)/);
  });

  it('never claim a kind of link between the two focus countries that no corridor between them has', () => {
    const focus = new Set(countries.filter((c) => c.properties.role === 'focus').map((c) => c.properties.id));
    // Modes of the legs that cross from one focus country into the other.
    const modes = new Set<string>();
    for (const f of corridors) {
      for (const x of index.corridorMetrics.get(f.properties.id)!.crossings) {
        if (focus.has(`country:${x.from.replace(/^country:/, '')}`) && focus.has(`country:${x.to.replace(/^country:/, '')}`))
          modes.add(f.properties.legs[legOfCrossing(f, x)]!.mode);
      }
    }
    expect(modes.size).toBeGreaterThan(0);
    const words: Record<string, RegExp> = { rail: /\brail(way)?s?\b/i, river: /\b(river|waterway)s?\b/i, road: /\broads?\b/i, power: /\bpower( lines)?\b/i };
    for (const step of pack.tour!.steps.filter((s) => s.kind !== 'step')) {
      for (const [mode, re] of Object.entries(words)) {
        if (step.subtitle && re.test(step.subtitle)) expect([...modes], `${step.id} subtitle mentions ${mode}`).toContain(mode);
      }
    }
  });
});

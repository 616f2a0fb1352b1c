#!/usr/bin/env node
// Builds geo/article.json: the source article quoted verbatim, split into sections and passages, with the
// map features each passage names (the link table below is the editorial core of the explorer).
// Run from the repo root: `node scripts/build-article.mjs`. Deterministic: same input → same bytes.
//
// Input: ../shared/article/source-article.txt (relative to the repo root), the user's own article text.
// Place ids are checked against ../shared/facts/places.json and corridor ids against corridors.json.
//
// Conventions for `terms`: each term is an exact substring of the passage text that names the linked
// feature, and occurs there at least once as a whole word (not preceded or followed by a letter or digit).
// Whole-word occurrences of terms belonging to different links in one passage never overlap, so the UI can
// highlight them without nesting. An empty `terms` array links the passage as a whole. A `note` is the
// explorer's own addition (the article does not say it): `{ text, sources }`, its sources being ids of
// geo/sources.json, shown beside it so that no note reads as if the article said it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const ARTICLE = resolve(shared, 'article', 'source-article.txt');
const PLACES = resolve(shared, 'facts', 'places.json');
const CORRIDORS = resolve(shared, 'facts', 'corridors.json');
const OUT = resolve(root, 'geo', 'article.json');
const SOURCES = resolve(root, 'geo', 'sources.json');

function fail(msg) {
  throw new Error(`build-article: ${msg}`);
}
function assert(cond, msg) {
  if (!cond) fail(msg);
}

// The web-page chrome at the end of the file: not article text, left out of the content.
const CHROME = ['Share this: Help us reach 1,000 shares!', 'Advertisement'];

const CONTEXT =
  'A news article published in 2026 about talks held on a Saturday in Phnom Penh between the prime ministers of Cambodia and Laos; the text as supplied names no publisher, author or web address.';

// Feature ids this pack defines outside places.json, with the facts record each corridor is drawn from.
const COUNTRIES = ['country:KHM', 'country:LAO', 'country:THA', 'country:VNM', 'country:MMR', 'country:CHN'];
const RIVERS = ['river:mekong'];
const CORRIDOR_FACTS = {
  'corridor:laos-sihanoukville-road': 'a_laos_to_cambodian_seaports_road',
  'corridor:mekong-river': 'b_mekong_river_phnom_penh_laos',
  'corridor:farm-exports-to-china': 'c_cambodia_agri_via_laos_to_china',
  'corridor:laos-vung-ang': 'd1_laos_to_vung_ang_via_khammouane',
  'corridor:laos-route8-vietnam': 'd2_laos_to_vietnam_via_route8',
  'corridor:laos-da-nang': 'd3_laos_to_da_nang_via_route9',
  'corridor:laos-laem-chabang': 'd4_laos_to_laem_chabang_via_friendship_bridge',
  'corridor:energy-laos-cambodia': 'e_energy_laos_to_cambodia',
};

// --- Link table ------------------------------------------------------------------------------------------
// Sections and passages in article order. `start` is the opening of the paragraph (checked, so that the
// table cannot silently drift out of step with the text); `heading` must equal the sub-heading line.
const link = (feature, terms, note, sources) => (note ? { feature, terms, note: { text: note, sources } } : { feature, terms });

const SECTIONS = [
  {
    id: 'section:opening',
    heading: null,
    passages: [
      {
        id: 'passage:dateline',
        start: 'Phnom Penh — Cambodia and Laos have agreed',
        links: [
          link('country:KHM', ['Cambodia']),
          link('country:LAO', ['Laos']),
          link('place:phnom-penh', ['Phnom Penh']),
        ],
      },
      {
        id: 'passage:talks',
        start: 'The commitment was reaffirmed during talks in Phnom Penh',
        links: [
          link('country:KHM', ['Cambodia']),
          link('country:LAO', ['Laos', 'Lao']),
          link('country:VNM', ['Vietnam']),
          link('place:phnom-penh', ['Phnom Penh', 'the Cambodian capital']),
        ],
      },
    ],
  },
  {
    id: 'section:partnership',
    heading: 'Strengthening a long-standing partnership',
    passages: [
      { id: 'passage:partnership', start: 'The meeting highlighted what both sides described', links: [] },
      {
        id: 'passage:anniversary',
        start: '2026 marks the 70th anniversary of diplomatic relations',
        links: [link('country:KHM', ['Cambodia', 'Cambodian']), link('country:LAO', ['Laos'])],
      },
    ],
  },
  {
    id: 'section:beyond',
    heading: 'Why this matters beyond Cambodia and Laos',
    passages: [
      { id: 'passage:beyond', start: 'While trade between the two countries remains modest', links: [] },
      {
        id: 'passage:subregion',
        start: 'Cambodia and Laos occupy strategic positions in the Mekong subregion',
        links: [
          link('country:KHM', ['Cambodia']),
          link('country:LAO', ['Laos']),
          link('country:THA', ['Thailand']),
          link('country:VNM', ['Vietnam']),
          link(
            'country:CHN',
            ['southern China'],
            'The part of southern China that borders Laos is Yunnan province, drained by the upper Mekong (Lancang) and reached by the Laos–China Railway at Mohan.',
            ['cgtn_lcr_opening', 'chinadaily_mohan_2023', 'wiki_mekong'],
          ),
          link('river:mekong', ['Mekong']),
        ],
      },
    ],
  },
  {
    id: 'section:connectivity',
    heading: 'Connectivity and logistics at the center',
    passages: [
      {
        id: 'passage:logistics',
        start: 'A key focus of the discussions was transport and logistics cooperation',
        links: [
          link('country:LAO', ['Laos']),
          link('country:KHM', ['Cambodia']),
          link(
            'corridor:laos-sihanoukville-road',
            ['access international markets'],
            'The article names no route; the overland way from Laos to Cambodian seaports is Lao Route 13 into Cambodian NR7, then via Phnom Penh to Sihanoukville.',
            ['frwiki_route13', 'wiki_nr7_en', 'asean_clm_ports'],
          ),
          link(
            'corridor:mekong-river',
            [],
            'The river way from Laos down the Mekong to Phnom Penh’s port; the Khone Falls block through shipping, so goods must go around them overland.',
            ['mrc_nav_cvdvn', 'diplomat_khone', 'asean_clm_nav'],
          ),
          link(
            'place:sihanoukville-autonomous-port',
            ['Cambodian seaports'],
            'The article does not name the ports; Sihanoukville is Cambodia’s only deep-water seaport.',
            ['portnews_pas_2024', 'asean_clm_ports'],
          ),
          link(
            'place:phnom-penh-autonomous-port-lm17',
            [],
            'The article does not name the ports; Phnom Penh’s Mekong river port also handles international container traffic, reached by sea-going ships through the Vietnamese delta.',
            ['vietstock_lm17', 'mrc_rak_transport', 'asean_clm_nav'],
          ),
          link(
            'place:trapeang-kriel-nong-nok-khiene',
            ['cross-border infrastructure'],
            'The sources, as of 2016, record this as the one official road crossing between Cambodia and Laos (a 2016 report also lists a river checkpoint at Koh Chheuteal Thom); the Lao route to the sea and the farm-export route drawn here both use it.',
            ['khmertimes_2016_checkpoints', '12go_2016_checkpoints', 'cnv_2017_checkpoint', 'wiki_nr7_en'],
          ),
          link(
            'corridor:farm-exports-to-china',
            ['export agricultural products'],
            'Reports of the February 2026 understanding describe Cambodian farm produce going by road into Laos and then by the Laos–China Railway to China and other markets.',
            ['bettercambodia_clv'],
          ),
          link(
            'country:CHN',
            ['third countries'],
            'The article does not name them; other reports of the same understanding name China, reached by the Laos–China Railway, and mention other markets too.',
            ['bettercambodia_clv'],
          ),
          link(
            'place:thanaleng-dry-port',
            [],
            'The Vientiane dry port where freight can transfer between road, Thai metre-gauge rail and the Laos–China Railway.',
            ['wiki_tdp', 'laotiantimes_tdp_2022'],
          ),
          link(
            'place:boten',
            [],
            'The Lao border station where the Laos–China Railway crosses into China.',
            ['frwiki_boten', 'cgtn_lcr_graphics'],
          ),
          link(
            'place:mohan',
            [],
            'The Chinese border port facing Boten on the Laos–China Railway.',
            ['chinadaily_mohan_2023', 'gnlm_mohan_station'],
          ),
        ],
      },
      {
        id: 'passage:land-linked',
        start: 'The initiative aligns with Laos’ long-term policy goal',
        links: [
          link('country:LAO', ['Laos', 'landlocked']),
          link(
            'corridor:laos-sihanoukville-road',
            [],
            'One of Laos’ outlets to the sea: by road through Cambodia to Sihanoukville.',
            ['cambodiadaily_2016_ports', 'bettercambodia_clv', 'wiki_nr7_en'],
          ),
          link(
            'corridor:mekong-river',
            [],
            'One of Laos’ outlets to the sea: down the Mekong through Cambodia, interrupted by the Khone Falls.',
            ['mrc_nav_cvdvn', 'asean_clm_nav'],
          ),
          link(
            'corridor:laos-vung-ang',
            [],
            'One of Laos’ outlets to the sea: by road to Vietnam’s Vung Ang port, in which Laos is taking a majority stake.',
            ['utcc_vungang', 'nation_vungang_route'],
          ),
          link(
            'corridor:laos-route8-vietnam',
            [],
            'One of Laos’ outlets to the sea: by Route 8 to the Vietnamese coast.',
            ['viwiki_route8', 'roughguides_route8'],
          ),
          link(
            'corridor:laos-da-nang',
            [],
            'One of Laos’ outlets to the sea: by Route 9 to Da Nang in Vietnam.',
            ['viwiki_route9', 'countrystudies_1994', 'odm_landlinked'],
          ),
          link(
            'corridor:laos-laem-chabang',
            [],
            'One of Laos’ outlets to the sea: across the First Friendship Bridge to Thailand’s Laem Chabang port.',
            ['issuu_bsaa', 'wiki_bridge1_mirror'],
          ),
          link(
            'corridor:farm-exports-to-china',
            [],
            'Not a route to the sea, but it runs on the Laos–China Railway, which is presented as serving Laos’ shift from landlocked to land-linked.',
            ['cgtn_lcr_opening'],
          ),
        ],
      },
      {
        id: 'passage:energy',
        start: 'Energy cooperation was also highlighted as a priority',
        links: [
          link(
            'corridor:energy-laos-cambodia',
            ['Energy cooperation', 'mutual energy security'],
            'The article names no project; the existing energy link between the two countries is Lao electricity sold to Cambodia across their border.',
            ['reuters_2020_donsahong', 'laotiantimes_2020_500kv', 'bangkokpost_2018_energy'],
          ),
          link(
            'place:don-sahong-dam',
            [],
            'The Lao hydropower plant just above the border that has supplied Cambodia’s grid since January 2020.',
            ['reuters_2020_donsahong'],
          ),
        ],
      },
    ],
  },
  {
    id: 'section:security',
    heading: 'Security cooperation and regional stability',
    passages: [
      {
        id: 'passage:security',
        start: 'Beyond economic ties, the two sides discussed cooperation on border management',
        links: [
          link(
            'place:trapeang-kriel-nong-nok-khiene',
            ['border management'],
            'The article names no crossing; the sources, as of 2016, record this as the one official road crossing between Cambodia and Laos (a 2016 report also lists a river checkpoint at Koh Chheuteal Thom).',
            ['khmertimes_2016_checkpoints', '12go_2016_checkpoints', 'cnv_2017_checkpoint'],
          ),
          link(
            'place:veun-kham',
            [],
            'Former Lao river border post, replaced in 2009 by the merged road crossing; a report from about late 2016 lists Veunkham (Khong district) among further crossing points planned by the two countries.',
            ['dewiki_veunkham', 'laotiantimes_border_crossings'],
          ),
        ],
      },
      { id: 'passage:crime-cooperation', start: 'Observers note that stronger bilateral coordination', links: [] },
    ],
  },
  {
    id: 'section:next',
    heading: 'What happens next',
    passages: [
      { id: 'passage:implementation', start: 'Officials from both countries are expected to develop', links: [] },
      {
        id: 'passage:francophonie',
        start: 'With Cambodia set to host the 20th Francophonie Summit',
        links: [link('country:KHM', ['Cambodia']), link('country:LAO', ['Laos'])],
      },
      {
        id: 'passage:model',
        start: 'If successfully implemented, the Cambodia–Laos initiatives',
        links: [link('country:KHM', ['Cambodia']), link('country:LAO', ['Laos'])],
      },
    ],
  },
];

// --- Read and split the article --------------------------------------------------------------------------
const raw = readFileSync(ARTICLE, 'utf8');
assert(!raw.startsWith('\uFEFF'), 'article starts with a byte-order mark');
assert(!raw.includes('\r'), 'article has CR line endings; expected LF');
const text = raw.replace(/\n+$/, '');
const blocks = text.split('\n\n');
for (const [i, b] of blocks.entries()) {
  assert(b.length > 0 && b === b.trim() && !b.includes('\n'), `block ${i} is empty, padded or spans lines`);
}
assert(
  blocks.slice(-CHROME.length).every((b, i) => b === CHROME[i]),
  `the article no longer ends with the expected chrome lines: ${JSON.stringify(blocks.slice(-CHROME.length))}`,
);
const body = blocks.slice(0, -CHROME.length);
const bodyText = text.slice(0, text.length - ('\n\n' + CHROME.join('\n\n')).length);
assert(body.join('\n\n') === bodyText, 'body split does not rebuild the body text');

// --- Feature ids -----------------------------------------------------------------------------------------
const placeIds = new Set(JSON.parse(readFileSync(PLACES, 'utf8')).places.map((p) => `place:${p.id.replaceAll('_', '-')}`));
const corridorFactIds = new Set(JSON.parse(readFileSync(CORRIDORS, 'utf8')).corridors.map((c) => c.id));
for (const [id, factId] of Object.entries(CORRIDOR_FACTS)) {
  assert(corridorFactIds.has(factId), `${id}: facts corridor ${factId} not found in corridors.json`);
}
function validFeature(id) {
  return COUNTRIES.includes(id) || RIVERS.includes(id) || id in CORRIDOR_FACTS || placeIds.has(id);
}

// --- Sources of the notes ----------------------------------------------------------------------------------
const sourceIds = new Set(JSON.parse(readFileSync(SOURCES, 'utf8')).sources.map((s) => s.id));

// --- Term checks -----------------------------------------------------------------------------------------
const WORD = /[\p{L}\p{N}]/u;
function wholeWordSpans(haystack, term) {
  const spans = [];
  for (let i = haystack.indexOf(term); i !== -1; i = haystack.indexOf(term, i + 1)) {
    const before = i > 0 ? haystack[i - 1] : '';
    const after = haystack[i + term.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) spans.push([i, i + term.length]);
  }
  return spans;
}

// --- Assemble --------------------------------------------------------------------------------------------
let cursor = 2; // block 0 is the headline, block 1 the photo caption
const seenPassages = new Set();
const seenSections = new Set();
const sections = SECTIONS.map((s) => {
  assert(/^section:[a-z0-9-]+$/.test(s.id) && !seenSections.has(s.id), `bad or duplicate section id ${s.id}`);
  seenSections.add(s.id);
  if (s.heading !== null) {
    assert(body[cursor] === s.heading, `${s.id}: expected heading ${JSON.stringify(s.heading)}, found ${JSON.stringify(body[cursor])}`);
    cursor += 1;
  }
  const passages = s.passages.map((p) => {
    assert(/^passage:[a-z0-9-]+$/.test(p.id) && !seenPassages.has(p.id), `bad or duplicate passage id ${p.id}`);
    seenPassages.add(p.id);
    const paragraph = body[cursor];
    assert(paragraph?.startsWith(p.start), `${p.id}: paragraph ${cursor} does not start with ${JSON.stringify(p.start)}`);
    cursor += 1;

    const features = new Set();
    const claimed = []; // [start, end, feature]
    for (const l of p.links) {
      assert(validFeature(l.feature), `${p.id}: unknown feature id ${l.feature}`);
      assert(!features.has(l.feature), `${p.id}: ${l.feature} linked twice`);
      features.add(l.feature);
      assert(Array.isArray(l.terms), `${p.id} → ${l.feature}: terms must be an array`);
      assert(new Set(l.terms).size === l.terms.length, `${p.id} → ${l.feature}: duplicate term`);
      if (l.note !== undefined) {
        const { text: t, sources: ns } = l.note;
        assert(typeof t === 'string' && t.trim() === t && t.length > 0, `${p.id} → ${l.feature}: bad note`);
        assert(Array.isArray(ns) && ns.length > 0, `${p.id} → ${l.feature}: a note needs its own sources`);
        assert(new Set(ns).size === ns.length, `${p.id} → ${l.feature}: a note source is listed twice`);
        for (const id of ns) assert(sourceIds.has(id), `${p.id} → ${l.feature}: note source ${id} is not in geo/sources.json`);
      }
      for (const term of l.terms) {
        assert(typeof term === 'string' && term.length > 0, `${p.id} → ${l.feature}: empty term`);
        assert(paragraph.includes(term), `${p.id} → ${l.feature}: term ${JSON.stringify(term)} is not in the passage text`);
        const spans = wholeWordSpans(paragraph, term);
        assert(spans.length > 0, `${p.id} → ${l.feature}: term ${JSON.stringify(term)} never occurs as a whole word`);
        for (const [a, b] of spans) {
          for (const [c, d, other] of claimed) {
            if (other !== l.feature && a < d && c < b) {
              fail(`${p.id}: term ${JSON.stringify(term)} (${l.feature}) overlaps a term of ${other}`);
            }
          }
          claimed.push([a, b, l.feature]);
        }
      }
    }
    return {
      id: p.id,
      text: paragraph,
      links: p.links.map((l) => ({ ...l, terms: [...l.terms], ...(l.note ? { note: { text: l.note.text, sources: [...l.note.sources] } } : {}) })),
    };
  });
  return { id: s.id, heading: s.heading, passages };
});
assert(cursor === body.length, `the link table covers ${cursor} of ${body.length} article blocks`);

const article = {
  title: 'The source article',
  context: CONTEXT,
  headline: body[0],
  caption: body[1],
  sources: ['source-article'],
  sections,
};

// --- Invariant: the content joined back is exactly the article minus its chrome ---------------------------
const rebuilt = [
  article.headline,
  article.caption,
  ...article.sections.flatMap((s) => [...(s.heading === null ? [] : [s.heading]), ...s.passages.map((p) => p.text)]),
].join('\n\n');
assert(rebuilt === bodyText, 'passages joined back differ from the article body');
assert(raw === bodyText + '\n\n' + CHROME.join('\n\n') + raw.slice(text.length), 'body + chrome differ from the file');
assert(rebuilt.includes('Laos’ long-term'), 'curly apostrophe lost');

// --- Required editorial links (the brief's minimum) -------------------------------------------------------
const linksOf = (pid) =>
  new Set(sections.flatMap((s) => s.passages).find((p) => p.id === pid).links.map((l) => l.feature));
const REQUIRED = {
  'passage:logistics': [
    'corridor:laos-sihanoukville-road',
    'corridor:mekong-river',
    'place:sihanoukville-autonomous-port',
    'corridor:farm-exports-to-china',
    'place:boten',
    'place:mohan',
    'country:CHN',
  ],
  'passage:land-linked': [
    'country:LAO',
    'corridor:laos-sihanoukville-road',
    'corridor:mekong-river',
    'corridor:laos-vung-ang',
    'corridor:laos-route8-vietnam',
    'corridor:laos-da-nang',
    'corridor:laos-laem-chabang',
  ],
  'passage:energy': ['corridor:energy-laos-cambodia', 'place:don-sahong-dam'],
  'passage:security': ['place:trapeang-kriel-nong-nok-khiene'],
  'passage:subregion': ['country:THA', 'country:VNM', 'country:CHN', 'river:mekong', 'country:KHM', 'country:LAO'],
  'passage:dateline': ['country:KHM', 'country:LAO', 'place:phnom-penh'],
  'passage:talks': ['country:KHM', 'country:LAO', 'place:phnom-penh', 'country:VNM'],
};
for (const [pid, need] of Object.entries(REQUIRED)) {
  const have = linksOf(pid);
  for (const f of need) assert(have.has(f), `${pid} must link ${f}`);
}

mkdirSync(dirname(OUT), { recursive: true });
const json = JSON.stringify(article, null, 2) + '\n';
writeFileSync(OUT, json);
const passageCount = sections.reduce((n, s) => n + s.passages.length, 0);
const linkCount = sections.reduce((n, s) => n + s.passages.reduce((m, p) => m + p.links.length, 0), 0);
console.log(`geo/article.json: ${sections.length} sections, ${passageCount} passages, ${linkCount} links, ${Buffer.byteLength(json)} bytes`);

#!/usr/bin/env node
// Re-derives geo/article.json in place. The committed file is the source of truth for everything authored:
// the title and context, the section and passage ids, and each passage's links (the map features it names,
// the terms that name them, and the explorer's notes with their sources). The article's own words (headline,
// caption, headings and passage texts) are taken again, verbatim, from scripts/kit/article/source-article.txt:
// after the headline and the caption, each section takes its heading (if it has one) and then one paragraph
// per passage, in order, and every paragraph must be used.
// Checks: every linked feature exists in the pack, every note has sources in geo/sources.json, every term
// occurs in its passage as a whole word, and terms of different links in one passage never overlap (so the UI
// can highlight them without nesting). An empty `terms` array links the passage as a whole.
// Deterministic: same inputs give the same bytes. `node scripts/build-article.mjs [--out <dir>]`.
import { resolve } from 'node:path';
import { GEO, KIT, packOut, readJson, readText, writeText } from './lib/pack-io.mjs';

const OUT = resolve(packOut(), 'article.json');

function fail(msg) {
  throw new Error(`build-article: ${msg}`);
}
function assert(cond, msg) {
  if (!cond) fail(msg);
}

const authored = readJson(GEO, 'article.json');

// --- Read and split the article --------------------------------------------------------------------------
const raw = readText(KIT, 'article', 'source-article.txt');
assert(!raw.startsWith('\uFEFF'), 'article starts with a byte-order mark');
assert(!raw.includes('\r'), 'article has CR line endings; expected LF');
const text = raw.replace(/\n+$/, '');
const blocks = text.split('\n\n');
for (const [i, b] of blocks.entries()) {
  assert(b.length > 0 && b === b.trim() && !b.includes('\n'), `block ${i} is empty, padded or spans lines`);
}

// --- Feature ids and source ids of the pack ----------------------------------------------------------------
const countriesJson = readJson(GEO, 'countries.json');
const featureIds = new Set([
  ...readJson(GEO, 'places.geojson').features.map((f) => f.properties.id),
  ...readJson(GEO, 'corridors.geojson').features.map((f) => f.properties.id),
  ...countriesJson.countries.map((c) => c.id),
  countriesJson.mekong.id,
]);
const sourceIds = new Set(readJson(GEO, 'sources.json').sources.map((s) => s.id));

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

function checkedLinks(pid, paragraph, links) {
  const features = new Set();
  const claimed = []; // [start, end, feature]
  return links.map((l) => {
    for (const k of Object.keys(l)) assert(['feature', 'terms', 'note'].includes(k), `${pid}: unexpected link field ${k}`);
    assert(featureIds.has(l.feature), `${pid}: unknown feature id ${l.feature}`);
    assert(!features.has(l.feature), `${pid}: ${l.feature} linked twice`);
    features.add(l.feature);
    assert(Array.isArray(l.terms), `${pid} → ${l.feature}: terms must be an array`);
    assert(new Set(l.terms).size === l.terms.length, `${pid} → ${l.feature}: duplicate term`);
    if (l.note !== undefined) {
      const { text: t, sources: ns } = l.note;
      assert(typeof t === 'string' && t.trim() === t && t.length > 0, `${pid} → ${l.feature}: bad note`);
      assert(Array.isArray(ns) && ns.length > 0, `${pid} → ${l.feature}: a note needs its own sources`);
      assert(new Set(ns).size === ns.length, `${pid} → ${l.feature}: a note source is listed twice`);
      for (const id of ns) assert(sourceIds.has(id), `${pid} → ${l.feature}: note source ${id} is not in geo/sources.json`);
    }
    for (const term of l.terms) {
      assert(typeof term === 'string' && term.length > 0, `${pid} → ${l.feature}: empty term`);
      assert(paragraph.includes(term), `${pid} → ${l.feature}: term ${JSON.stringify(term)} is not in the passage text`);
      const spans = wholeWordSpans(paragraph, term);
      assert(spans.length > 0, `${pid} → ${l.feature}: term ${JSON.stringify(term)} never occurs as a whole word`);
      for (const [a, b] of spans) {
        for (const [c, d, other] of claimed) {
          if (other !== l.feature && a < d && c < b) fail(`${pid}: term ${JSON.stringify(term)} (${l.feature}) overlaps a term of ${other}`);
        }
        claimed.push([a, b, l.feature]);
      }
    }
    return { feature: l.feature, terms: [...l.terms], ...(l.note ? { note: { text: l.note.text, sources: [...l.note.sources] } } : {}) };
  });
}

// --- Assemble --------------------------------------------------------------------------------------------
let cursor = 2; // block 0 is the headline, block 1 the photo caption
const seenPassages = new Set();
const seenSections = new Set();
const sections = authored.sections.map((s) => {
  assert(/^section:[a-z0-9-]+$/.test(s.id) && !seenSections.has(s.id), `bad or duplicate section id ${s.id}`);
  seenSections.add(s.id);
  let heading = null;
  if (s.heading !== null) {
    heading = blocks[cursor];
    assert(heading !== undefined, `${s.id}: the article has no block ${cursor} for its heading`);
    cursor += 1;
  }
  const passages = s.passages.map((p) => {
    assert(/^passage:[a-z0-9-]+$/.test(p.id) && !seenPassages.has(p.id), `bad or duplicate passage id ${p.id}`);
    seenPassages.add(p.id);
    const paragraph = blocks[cursor];
    assert(paragraph !== undefined, `${p.id}: the article has no block ${cursor}`);
    cursor += 1;
    return { id: p.id, text: paragraph, links: checkedLinks(p.id, paragraph, p.links) };
  });
  return { id: s.id, heading, passages };
});
assert(cursor === blocks.length, `the passages cover ${cursor} of ${blocks.length} article blocks`);

const article = {
  title: authored.title,
  context: authored.context,
  headline: blocks[0],
  caption: blocks[1],
  sources: authored.sources,
  sections,
};
for (const id of article.sources) assert(sourceIds.has(id), `article source ${id} is not in geo/sources.json`);

// --- Invariant: the content joined back is exactly the article -------------------------------------------
const rebuilt = [
  article.headline,
  article.caption,
  ...article.sections.flatMap((s) => [...(s.heading === null ? [] : [s.heading]), ...s.passages.map((p) => p.text)]),
].join('\n\n');
assert(rebuilt === text, 'passages joined back differ from the article');

const json = JSON.stringify(article, null, 2) + '\n';
writeText(OUT, json);
const passageCount = sections.reduce((n, s) => n + s.passages.length, 0);
const linkCount = sections.reduce((n, s) => n + s.passages.reduce((m, p) => m + p.links.length, 0), 0);
console.log(`article.json: ${sections.length} sections, ${passageCount} passages, ${linkCount} links, ${Buffer.byteLength(json)} bytes`);

// JSON Schemas of a story pack's files, generated from the one zod schema (schema.ts), so that an editor can
// check and complete a pack's files as they are written. `npm run schema` writes them to docs/schema/; a unit
// test checks the committed files equal what the schema generates. What JSON Schema cannot say (positions
// inside the pack's extent, links between files, markup in text) is checked by validatePack only.
import { toJSONSchema } from 'zod';
import { articleFile, corridorsFile, countriesFile, packManifest, placesFile, sourcesFile, tourFile } from './schema.ts';

const FILES = {
  'pack.schema.json': { schema: packManifest, title: 'pack.json: a story pack for the explorer' },
  'sources.schema.json': { schema: sourcesFile, title: 'sources.json: every source the pack cites' },
  'places.schema.json': { schema: placesFile, title: 'places.geojson: the places of the story' },
  'corridors.schema.json': { schema: corridorsFile, title: 'corridors.geojson: the routes of the story' },
  'article.schema.json': { schema: articleFile, title: 'article.json: the article, in passages with their links' },
  'countries.schema.json': { schema: countriesFile, title: 'countries.json: facts about the countries' },
  'tour.schema.json': { schema: tourFile, title: 'tour.json: the classroom tour' },
} as const;

export type SchemaFileName = keyof typeof FILES;

/** Every file's JSON Schema (draft 2020-12), by file name. */
export function packJsonSchemas(): Record<SchemaFileName, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(FILES).map(([name, { schema, title }]) => {
      // Positions are checked by code (a custom type): they are left open here ("any").
      const json = toJSONSchema(schema as never, { unrepresentable: 'any', io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
      return [name, { ...json, title }];
    }),
  ) as unknown as Record<SchemaFileName, Record<string, unknown>>;
}

/** A schema as it is written to disk. */
export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

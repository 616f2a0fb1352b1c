// npm run schema: writes the JSON Schemas of a story pack's files to docs/schema/, from the one zod schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packJsonSchemas, schemaText } from '../src/content/json-schema.ts';

const dir = resolve(import.meta.dirname, '../docs/schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(packJsonSchemas())) {
  writeFileSync(resolve(dir, name), schemaText(schema));
  console.log(`docs/schema/${name}`);
}

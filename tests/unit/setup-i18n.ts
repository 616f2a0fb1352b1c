// Every part of the English catalogue, loaded before each test file: in the app, the code that uses a part loads
// it first (the quiz, the tour, the editor); the unit tests call that code directly.
import { ensurePart } from '../../src/i18n/index.ts';
import { PART_AREAS, type Part } from '../../src/i18n/types.ts';

await Promise.all((Object.keys(PART_AREAS) as Part[]).map((p) => ensurePart(p)));

// Shared by the unit and browser tests that generate input: one seeded generator, so a failure can be replayed.
// The app's own (the quiz's), so that there is one mulberry32 in the project's TypeScript.
export { mulberry32 as random } from '../src/quiz/random.ts';

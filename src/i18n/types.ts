// The shape of the message catalogues. English (src/i18n/en/) is the source: its keys are the keys of every other
// catalogue, which the type checker and tests/unit/i18n.test.ts hold to the same set and the same placeholders.
import type { messages as shell } from './en/shell.ts';
import type { messages as format } from './en/format.ts';
import type { messages as explore } from './en/explore.ts';
import type { messages as pupils } from './en/pupils.ts';
import type { messages as details } from './en/details.ts';
import type { messages as quiz } from './en/quiz.ts';
import type { messages as present } from './en/present.ts';
import type { messages as editor } from './en/editor.ts';
import type { messages as lesson } from './en/lesson.ts';

/** A message that depends on a count: one form per plural category of the language (Intl.PluralRules), `other` always. */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A message: text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type Message = string | Plural;

/** Each file of a catalogue: its keys all start with the file's name and a dot. */
export interface AreaKeys {
  shell: keyof typeof shell;
  format: keyof typeof format;
  explore: keyof typeof explore;
  pupils: keyof typeof pupils;
  details: keyof typeof details;
  quiz: keyof typeof quiz;
  present: keyof typeof present;
  editor: keyof typeof editor;
  lesson: keyof typeof lesson;
}
export type Area = keyof AreaKeys;
export type MessageKey = AreaKeys[Area];

/** One file of a translated catalogue: every key of the English file, no other. */
export type AreaMessages<A extends Area> = { readonly [K in AreaKeys[A]]: Message };
/** The strings of a translation that await review, with why (shown to reviewers, never to pupils). */
export type Unsure<A extends Area> = Partial<Record<AreaKeys[A], string>>;

/**
 * What loads together. The first view's strings are one part; the tour's, the quiz's and the editor's come with
 * their code, so that the first view carries none of them.
 */
export const PART_AREAS = {
  core: ['shell', 'format', 'explore', 'pupils'],
  details: ['details'],
  quiz: ['quiz'],
  present: ['present'],
  editor: ['editor', 'lesson'],
} as const satisfies Record<string, readonly Area[]>;
export type Part = keyof typeof PART_AREAS;

/** What a part's module exports, in every language. */
export interface PartModule {
  readonly messages: Readonly<Record<string, Message>>;
  readonly unsure?: Readonly<Record<string, string>>;
}

// Why a pack or a draft was not opened, kept or made. The explorer's own reasons are carried as a message key and
// written out when they are drawn: the choice of story is made while the interface's catalogue may still be
// loading, and the language may change while the reason is on screen. The pack checks' reasons (src/content/) are
// English text, and are shown as such.
import type { Problem } from '../content/problems.ts';
import { t, type MessageKey, type Param } from '../i18n/index.ts';

/** A sentence of the explorer's own, in whatever language the interface is in when it is shown. */
export interface Said {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, Param>>;
}

/** A reason: the explorer's own (`Said`) or text as it was given, with its language when known. */
export type Reason = Said | { readonly text: string; readonly lang?: string | undefined };

/** An error in the explorer's own words; `name` lets a caller tell a refused pack (`PackRefused`) from a failure. */
export class SaidError extends Error {
  constructor(
    readonly said: Said,
    name = 'Error',
  ) {
    super(t(said.key, said.params));
    this.name = name;
  }
}

/** Why `e` happened: its own words if it is a `SaidError`, else its message (English when `lang` says so). */
export function reasonOf(e: unknown, lang?: string): Reason {
  if (e instanceof SaidError) return e.said;
  return { text: e instanceof Error ? e.message : String(e), lang };
}

/** A reason written out in the interface's language (text given as is). */
export function reasonText(r: Reason): string {
  return 'key' in r ? t(r.key, r.params) : r.text;
}

/** A story or draft not opened, where and why: `message` as written when it was refused; panels write out `reason`. */
export interface Refusal extends Problem {
  readonly reason: Reason;
}

export function isRefusal(p: Problem): p is Refusal {
  return 'reason' in p;
}

/** The refusal of what `file` names (`?story=…`, `?edit=…`); `path` says what it was (`(pack)`, `(draft)`). */
export function refusal(file: string, path: string, reason: Reason): Refusal {
  return { file, path, message: `was not opened: ${reasonText(reason)}`, reason };
}

// Modules made at build time by the app's own Vite plugins (scripts/).
declare module 'virtual:built-in-pack' {
  import type { PackKey } from './content/pack-layout.ts';
  /** SHA-256 (hex) of each built-in pack file the build validated; empty when it could not be taken as it is. */
  export const BUILT_IN_DIGESTS: Readonly<Partial<Record<PackKey, string>>>;
}

// The pack's own settings (pack.json) a teacher names: its id, titles, language, map label, extent and first
// view. The legend, the comparison and the two-country panel are kept as the pack has them.
import type { PackManifest } from '../content/schema.ts';
import { t } from '../i18n/index.ts';
import { put, type Draft } from './draft.ts';
import { done, type Edit } from './edit.ts';
import { cleanLine } from './text.ts';

export type PackArgs = Partial<Pick<PackManifest, 'id' | 'title' | 'subtitle' | 'lang' | 'mapLabel' | 'extent' | 'firstView'>>;

/** Changes pack.json's settings; what the schema refuses (an id that is not a slug, say) problemsOf shows. */
export function updatePack(draft: Draft, patch: PackArgs): Edit {
  const m = { ...draft.manifest };
  if (patch.id !== undefined) m.id = patch.id.trim();
  if (patch.title !== undefined) m.title = cleanLine(patch.title);
  if (patch.subtitle !== undefined) m.subtitle = cleanLine(patch.subtitle);
  if (patch.lang !== undefined) m.lang = patch.lang.trim();
  if (patch.mapLabel !== undefined) m.mapLabel = cleanLine(patch.mapLabel);
  if (patch.extent !== undefined) m.extent = [...patch.extent];
  if (patch.firstView !== undefined) m.firstView = structuredClone(patch.firstView);
  return done(put(draft, { manifest: m }), t('lesson.labelEditPack'), {});
}

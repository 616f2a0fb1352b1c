// The editor's sources section (issue #17).
import { html } from 'lit-html';
import type { SectionView } from './context.ts';

export const sourcesSection: SectionView = () => html`<p>To be built.</p>`;

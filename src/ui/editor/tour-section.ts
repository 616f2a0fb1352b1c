// The editor's tour section (issue #17).
import { html } from 'lit-html';
import type { SectionView } from './context.ts';

export const tourSection: SectionView = () => html`<p>To be built.</p>`;

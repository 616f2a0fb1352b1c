// The editor's places section (issue #17).
import { html } from 'lit-html';
import type { SectionView } from './context.ts';

export const placesSection: SectionView = () => html`<p>To be built.</p>`;

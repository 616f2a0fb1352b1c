// The editor's article section (issue #17).
import { html } from 'lit-html';
import type { SectionView } from './context.ts';

export const articleSection: SectionView = () => html`<p>To be built.</p>`;

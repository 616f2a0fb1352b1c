// The editor's routes section (issue #17).
import { html } from 'lit-html';
import type { SectionView } from './context.ts';

export const routesSection: SectionView = () => html`<p>To be built.</p>`;

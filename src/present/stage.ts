// The projector view: the step's title, its passage in projector type and what the data measures, beside a
// large map; a step counter and the controls. The map itself stays where it is (the explorer's map region,
// enlarged by present.css); this draws only the panel and the overlays.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import type { TourFile } from '../content/schema.ts';
import { THEMES, type ThemeName } from '../content/types.ts';
import { packLang } from '../i18n/bind.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { INK_TOOLS, type InkTool } from '../state/ink-slice.ts';
import { INK_COLOUR_NAMES, type InkColour } from '../styles/ink-colours.ts';
import { stepLabel, type StepFacts } from './tour.ts';
import { factsTemplate, INK_COLOUR_LABEL, INK_TOOL_LABEL, keysHelpTemplate, passageTemplate } from './views.ts';

export interface StageModel {
  readonly tour: TourFile;
  readonly step: number;
  readonly index: ContentIndex;
  readonly theme: ThemeName;
  /** Feature ids whose words are marked in the passage. */
  readonly marked: ReadonlySet<string>;
  readonly facts: StepFacts;
  readonly black: boolean;
  readonly digits: string;
  readonly showNotes: boolean;
  readonly status: string;
  /** A link to copy by hand when the clipboard refused it. */
  readonly copyFallback: string | null;
  /** A link to the presenter view when the browser blocked the new window. */
  readonly presenterLink: string | null;
  /** Work in progress that hides the screen (preparing the handout). */
  readonly busy: string | null;
  /** The map has been asked to frame this step (tests and scripts wait for it before looking at the map). */
  readonly framed: boolean;
  /** The pen: the tool in hand (null: the map moves), the ink's colour, whether this step and any step have ink. */
  readonly ink: { readonly tool: InkTool | null; readonly colour: InkColour; readonly onStep: boolean; readonly any: boolean } | null;
}

export interface StageActions {
  prev(): void;
  next(): void;
  leave(): void;
  black(): void;
  fullscreen(): void;
  openPresenter(): void;
  copyLink(): void;
  saveImage(): void;
  printHandout(): void;
  toggleNotes(): void;
  setTheme(theme: ThemeName): void;
  setInkTool(tool: InkTool | null): void;
  setInkColour(colour: InkColour): void;
  clearStepInk(): void;
  clearAllInk(): void;
}

/** Each tool's key (keys.ts), shown on its button. */
const INK_TOOL_KEY: Readonly<Record<InkTool, string>> = { pen: 'D', highlighter: 'H', arrow: 'A', laser: 'L', eraser: 'E' };

/**
 * The pen's tools: toggle buttons (one pressed: the tool in hand, or Move map), the ink's colour, and clearing. They
 * open with the other tools, over the panel (never over the map, and the passage keeps its room); their keys work
 * with the tools closed.
 */
function inkTemplate(ink: NonNullable<StageModel['ink']>, a: StageActions): TemplateResult {
  const tool = (k: InkTool | null, label: string, key: string) =>
    html`<button
      type="button"
      data-ink-tool=${k ?? 'move'}
      aria-pressed=${ink.tool === k ? 'true' : 'false'}
      aria-keyshortcuts=${key}
      @click=${() => a.setInkTool(k)}
    >
      ${label} <kbd>${key}</kbd>
    </button>`;
  return html`<div class="present-ink" role="group" aria-label=${t('present.drawOnMap')}>
    ${tool(null, t('present.toolMove'), 'M')} ${INK_TOOLS.map((k) => tool(k, t(INK_TOOL_LABEL[k]), INK_TOOL_KEY[k]))}
    <fieldset class="present-ink-colours">
      <legend class="visually-hidden">${t('present.inkColour')}</legend>
      ${INK_COLOUR_NAMES.map(
        (c) =>
          html`<label class="present-ink-colour">
            <input type="radio" name="present-ink-colour" .checked=${ink.colour === c} @change=${() => a.setInkColour(c)} /><span
              class=${`present-ink-swatch present-ink-swatch--${c}`}
              aria-hidden="true"
            ></span
            ><span class="visually-hidden">${t(INK_COLOUR_LABEL[c])}</span>
          </label>`,
      )}
    </fieldset>
    <button type="button" aria-keyshortcuts="C" ?disabled=${!ink.onStep} @click=${a.clearStepInk}>${t('present.clearStep')} <kbd>C</kbd></button>
    <button type="button" ?disabled=${!ink.any} @click=${a.clearAllInk}>${t('present.clearAll')}</button>
  </div>`;
}

/** The themes are named as the settings name them. */
const THEME_LABEL: Readonly<Record<ThemeName, MessageKey>> = {
  light: 'shell.themeLight',
  projector: 'shell.themeProjector',
  'high-contrast': 'shell.themeHighContrast',
};

export function stageTemplate(m: StageModel, a: StageActions): TemplateResult {
  const count = m.tour.steps.length;
  const step = m.tour.steps[m.step]!;
  const label = stepLabel(m.step, count);
  const isSlide = step.kind !== 'step';
  return html`<div class=${`present present--${m.theme} present--${step.kind}`} data-step=${step.id} data-framed=${m.framed ? 'true' : 'false'}>
    <section class="present-side" aria-labelledby="present-title" tabindex="-1">
      <div class="present-head">
        <p class="present-count"><span class="visually-hidden">${t('present.step')} </span>${label}</p>
        <button type="button" class="present-end" aria-keyshortcuts="Escape" @click=${a.leave}>${t('present.endTour')} <kbd>Esc</kbd></button>
      </div>
      <div class="present-body">
        ${isSlide ? html`<p class="present-kicker" lang=${packLang()}>${m.tour.title}</p>` : nothing}
        <h2 id="present-title" class="present-title" lang=${packLang()}>${step.title}</h2>
        ${step.subtitle ? html`<p class="present-subtitle" lang=${packLang()}>${step.subtitle}</p>` : nothing} ${passageTemplate(step, m.index, m.marked)}
        ${factsTemplate(m.facts, 'screen')}
        ${
          m.showNotes
            ? html`<aside class="present-notes" aria-label=${t('present.presenterNotes')}>
                <h3>${t('present.notes')}</h3>
                <p lang=${packLang()}>${step.notes}</p>
              </aside>`
            : nothing
        }
        ${step.kind === 'title' ? keysHelpTemplate() : nothing}
      </div>
      <div class="present-bar">
        <nav class="present-nav" aria-label=${t('present.tourSteps')}>
          <button type="button" class="present-prev" aria-keyshortcuts="ArrowLeft PageUp" ?disabled=${m.step === 0} @click=${a.prev}>
            <span aria-hidden="true">‹</span> ${t('present.back')}
          </button>
          <details class="present-tools">
            <summary>${t('present.tools')}</summary>
            <div class="present-tools-body">
              ${m.ink ? inkTemplate(m.ink, a) : nothing}
              <button type="button" @click=${a.openPresenter}>${t('present.presenterView')}</button>
              <button type="button" @click=${a.copyLink}>${t('present.copyLink')}</button>
              <button type="button" @click=${a.saveImage}>${t('present.saveImage')}</button>
              <button type="button" @click=${a.printHandout}>${t('present.printHandout')}</button>
              <button type="button" aria-pressed=${m.showNotes ? 'true' : 'false'} @click=${a.toggleNotes}>${t('present.notes')}</button>
              <button type="button" aria-keyshortcuts="F" @click=${a.fullscreen}>${t('present.fullScreen')} <kbd>F</kbd></button>
              <button type="button" aria-keyshortcuts="B" @click=${a.black}>${t('present.blackScreen')} <kbd>B</kbd></button>
              <div class="present-theme" role="group" aria-label=${t('shell.theme')}>
                ${THEMES.map(
                  (th) =>
                    html`<button type="button" data-theme-choice=${th} aria-pressed=${m.theme === th ? 'true' : 'false'} @click=${() => a.setTheme(th)}>
                      ${t(THEME_LABEL[th])}
                    </button>`,
                )}
              </div>
            </div>
          </details>
          <button type="button" class="present-next" aria-keyshortcuts="ArrowRight PageDown" ?disabled=${m.step >= count - 1} @click=${a.next}>
            ${t('present.next')} <span aria-hidden="true">›</span>
          </button>
        </nav>
        <p class="present-status" aria-live="polite">${m.status}</p>
        ${
          m.copyFallback
            ? html`<label class="present-copy"
                >${t('present.copyThisLink')}
                <input type="text" readonly .value=${m.copyFallback} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
              /></label>`
            : nothing
        }
        ${m.presenterLink ? html`<p class="present-copy"><a href=${m.presenterLink} target="_blank">${t('present.openPresenterView')}</a></p>` : nothing}
      </div>
    </section>
    ${m.digits ? html`<div class="present-goto" aria-live="assertive">${t('present.goToStep', { digits: m.digits })} <kbd>Enter</kbd></div>` : nothing}
    ${m.busy ? html`<div class="present-busy" aria-live="polite"><p>${m.busy}</p></div>` : nothing}
    ${m.black ? html`<div class="present-black" @click=${a.black}><p class="visually-hidden">${t('present.blackedOut')}</p></div>` : nothing}
  </div>`;
}

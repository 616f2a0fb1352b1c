// Offers a new version of the app, never forces it (src/pwa/updates.ts installs it and sets `updateReady`):
// a bar under the header, "A new version is ready — Reload". Never during the tour: a lesson is not interrupted;
// it appears when the tour ends. After the reload, if the teacher had been presenting, it offers to go back to
// the step they had reached.
import { html, nothing, render } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import { ensurePart, t } from '../i18n/index.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

// Its words are in the catalogue's `details` part: the prompt is drawn after the first view.
await ensurePart('details');

type PromptState = Pick<AppState, 'updateReady' | 'updateAccepted' | 'resumeStep' | 'ui'> & { readonly touring: boolean };

const promptState = (s: AppState): PromptState => ({
  updateReady: s.updateReady,
  updateAccepted: s.updateAccepted,
  resumeStep: s.resumeStep,
  ui: s.ui,
  touring: s.tour.active,
});

export function mountUpdatePrompt(el: HTMLElement, store: AppStore, options: { readonly version: string }): Dispose {
  // A live region from the start, so that what appears in it is announced.
  el.setAttribute('role', 'status');
  const draw = (p: PromptState) => {
    const content = p.touring
      ? nothing
      : p.updateReady
        ? html`<p class="update-prompt-text">
            ${t('details.updateReady')}
            <button type="button" class="update-prompt-action" ?disabled=${p.updateAccepted} @click=${() => store.getState().acceptUpdate()}>
              ${p.updateAccepted ? t('details.reloading') : t('details.reload')}
            </button>
          </p>`
        : p.resumeStep !== null
          ? html`<p class="update-prompt-text">
              ${t('details.updatedTo', { version: options.version })}
              <button type="button" class="update-prompt-action" @click=${() => store.getState().startTour(p.resumeStep ?? 0)}>
                ${t('details.backToStep', { step: p.resumeStep + 1 })}
              </button>
              <button type="button" class="update-prompt-dismiss" @click=${() => store.getState().setResumeStep(null)}>${t('details.dismiss')}</button>
            </p>`
          : nothing;
    el.hidden = content === nothing;
    render(content, el);
  };
  draw(promptState(store.getState()));
  const unsubscribe = store.subscribe(promptState, draw, { equalityFn: shallow });
  // Going back to the step is offered once: starting the tour, by this button or otherwise, settles it.
  const unsubTour = store.subscribe(
    (s) => s.tour.active,
    (active) => {
      if (active && store.getState().resumeStep !== null) store.getState().setResumeStep(null);
    },
  );
  return () => {
    unsubscribe();
    unsubTour();
    render(nothing, el);
    el.hidden = true;
  };
}

// The quiz (#18): a pupil answers by keyboard and by clicking the map, with feedback and its source at once and a
// score kept; a teacher on a projector reveals the answer on the map; a phone answers by touch. Seed 18 asks, with the
// built-in pack: the 2030 trade target, the capital of Thailand, where Phnom Penh is, then the pack's own railway
// question (tests/unit/quiz.test.ts checks what each kind asks, from the data).
import { seriousViolations } from './axe.ts';
import { expect, test, type Explorer } from './fixtures.ts';
import type { Point } from 'geojson';
import { featureOf } from './geo.ts';

const at = (id: string) => (featureOf(id).geometry as Point).coordinates as [number, number];

const SEED = 18;

/** Presses Tab (or Shift+Tab) until `selector` has the focus (keyboard only: no click). */
async function tabTo(explorer: Explorer, selector: string, back = false): Promise<void> {
  const page = explorer.page;
  for (let i = 0; i < 60; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('the quiz on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });

  test('a pupil answers by keyboard and on the map; a teacher reveals the answer on the map', async ({ explorer }) => {
    const page = explorer.page;
    await page.goto(`./?quiz=${SEED}`);
    await explorer.ready();
    const quiz = page.locator('#panel-quiz .quiz');
    await expect(page.locator('#tab-quiz')).toHaveAttribute('aria-selected', 'true');
    await expect(quiz).toHaveAttribute('data-seed', String(SEED));
    const prompt = quiz.locator('#quiz-prompt');
    await expect(prompt).toHaveAttribute('data-kind', 'target');

    // 1. Right, by keyboard: the feedback names the fact and its source, with the source's date.
    await page.locator('#tab-quiz').focus();
    await tabTo(explorer, '[data-option="value:700000000"]');
    await page.keyboard.press('Enter');
    const feedback = quiz.locator('.quiz-feedback');
    await expect(feedback).toHaveAttribute('data-correct', 'true');
    await expect(feedback.locator('.quiz-verdict')).toHaveText('Correct. The answer: US$700 million a year by 2030.');
    await expect(feedback.locator('.quiz-fact')).toContainText('US$700 million a year by 2030');
    await expect(feedback.locator('[data-source="bettercambodia_clv"]')).toContainText('(2026-02)');
    await expect(quiz.locator('.quiz-score')).toHaveText('Score: 1 of 1');
    await expect(page.locator('#announcer')).toContainText('Correct.');
    expect(await seriousViolations(page), 'axe, with the feedback shown').toEqual([]);

    // 2. Wrong, by keyboard: the right answer is named, the score stays.
    await tabTo(explorer, '.quiz-next');
    await page.keyboard.press('Enter');
    await expect(prompt).toBeFocused();
    await expect(prompt).toHaveText('What is the capital of Thailand?');
    await tabTo(explorer, '[data-option="country:CHN"]');
    await page.keyboard.press('Space');
    await expect(feedback).toHaveAttribute('data-correct', 'false');
    await expect(feedback.locator('.quiz-verdict')).toHaveText('Not quite. The answer: Bangkok.');
    await expect(quiz.locator('[data-option="country:THA"]')).toHaveAttribute('data-state', 'right');
    await expect(feedback.locator('[data-source="pkg_world_countries"]')).toContainText('(undated)');
    await expect(quiz.locator('.quiz-score')).toHaveText('Score: 1 of 2');

    // 3. "Where is" answered by clicking the place on the map.
    await tabTo(explorer, '.quiz-next');
    await page.keyboard.press('Enter');
    await expect(prompt).toHaveAttribute('data-question', 'where:place:phnom-penh');
    const [lng, lat] = at('place:phnom-penh');
    await explorer.idle();
    await explorer.clickMap(lng, lat);
    await expect(feedback).toHaveAttribute('data-correct', 'true');
    await expect(quiz.locator('.quiz-score')).toHaveText('Score: 2 of 3');
    // The click answered: it chose nothing on the map.
    expect(await explorer.selected()).toBeNull();

    // 4. Projector: no answer until the teacher reveals it with R; then it is selected, drawn and framed on the map.
    await tabTo(explorer, 'input[name="quiz-mode"][value="pupil"]');
    await page.keyboard.press('ArrowRight');
    await expect(quiz).toHaveAttribute('data-mode', 'projector');
    await tabTo(explorer, '.quiz-next', true);
    await page.keyboard.press('Enter');
    await expect(prompt).toHaveText('When did the railway from Kunming to Vientiane open?');
    await expect(prompt).toHaveCSS('font-size', /^2[0-9]\.?\d*px$/);
    await tabTo(explorer, '[data-option="option:1"]');
    await page.keyboard.press('Enter');
    await expect(quiz.locator('[data-option="option:1"]')).toHaveAttribute('data-state', 'chosen');
    await expect(feedback).toHaveCount(0);
    await page.keyboard.press('r');
    const station = 'place:vientiane-railway-station';
    await expect.poll(() => explorer.selected()).toBe(station);
    await expect(feedback).toContainText('The class chose: December 2019.');
    await expect(feedback.locator('[data-source="xinhua_lcr_opening"]')).toContainText('(2021-12-03)');
    await expect(quiz.locator('[data-option="option:2"]')).toHaveAttribute('data-state', 'right');
    // The quiz stays in the sidebar (the station's card is put away), and the map shows the answer.
    await expect(page.locator('#tab-quiz')).toHaveAttribute('aria-selected', 'true');
    await expect(prompt).toBeVisible();
    await explorer.idle();
    const [sl, sa] = at(station);
    expect(await explorer.boundsContain([sl - 0.01, sa - 0.01, sl + 0.01, sa + 0.01]), 'the station is framed').toBe(true);
    const drawn = await page.evaluate(
      ([id, lng, lat]) => {
        const map = window.mekong!.map!;
        const p = map.project([lng, lat]);
        const hits = map.queryRenderedFeatures([p.x, p.y], { layers: ['places-circle'] }).map((f) => String(f.properties['id']));
        return { hits, state: map.getFeatureState({ source: 'places', id }) };
      },
      [station, sl, sa] as const,
    );
    expect(drawn.hits).toContain(station);
    expect(drawn.state['selected']).toBe(true);
  });
});

test.describe('the quiz on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

  test('a pupil answers a question by touch', async ({ explorer }) => {
    const page = explorer.page;
    await page.goto(`./?quiz=${SEED}`);
    await explorer.ready();
    const quiz = page.locator('#panel-quiz .quiz');
    const option = quiz.locator('[data-option="value:700000000"]');
    await option.scrollIntoViewIfNeeded();
    await option.tap();
    await expect(quiz.locator('.quiz-feedback')).toHaveAttribute('data-correct', 'true');
    await expect(quiz.locator('.quiz-score')).toHaveText('Score: 1 of 1');
    const box = await option.boundingBox();
    expect(box!.height, 'a touch target of 44 px at least').toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width, 'within the screen').toBeLessThanOrEqual(390);
  });
});

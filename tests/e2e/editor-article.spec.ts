// The editor's Article section (#17): a teacher writes a lesson's article, links its words to the map with the
// mouse and the map or from the keyboard alone, and sees the links drawn; pastes from web pages come in as plain
// text, and a paste too big for an article is refused whole without freezing the page.
import { seriousViolations } from './axe.ts';
import { blankLesson, passages, selectWithMouse } from './editor-driver.ts';
import { expect, test } from './fixtures.ts';

const ARTICLE = [
  'Laos has no coast, so its goods reach the sea by road and rail through Thailand and Vietnam.',
  '# The railway',
  'The railway from Vientiane to the Chinese border opened in 2021, and trade with China grew.',
  'Cambodia and Laos share the Mekong, which carries boats between Phnom Penh and the south of Laos.',
].join('\n\n');

test.describe('the editor’s article', () => {
  test('a written article is linked to the map by mouse and by keyboard; the passage then frames its feature, and undo takes the last link back', async ({
    explorer,
  }) => {
    const { page } = explorer;
    await blankLesson(explorer);
    await page.locator('#editor-article-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Apply text' }).click();
    await expect(passages(page)).toHaveCount(3);
    await expect(page.locator('#panel-edit h4')).toHaveText('The railway');
    await expect(page.locator('#editor-article-text-said')).toHaveText('Applied: 3 passages added, 1 passage removed.');

    // The mouse: words selected in the first passage, then Laos clicked on the map.
    await selectWithMouse(page, 0, 'Laos');
    await passages(page).nth(0).getByRole('button', { name: 'Link selected words' }).click();
    const pick = page.locator('.editor-pick');
    await expect(pick).toContainText('Linking “Laos”. Click a country, place or route on the map — or choose it here');
    await expect(page.locator('#editor-pick-feature')).toBeFocused();
    await explorer.clickMap(102.8, 20.2);
    await expect(pick).toHaveCount(0);
    await expect(passages(page).nth(0).locator('mark[data-feature="country:LAO"]')).toHaveText('Laos');
    await expect(passages(page).nth(0).locator('.editor-links li')).toContainText('“Laos” → Laos');
    // Laos's card (a click on the map, no pick now) lists the passage that speaks of it; back to the editor.
    const first = await passages(page).nth(0).getAttribute('data-editor-passage');
    await explorer.clickMap(102.8, 20.2);
    await expect(page.locator(`.passage-links .passage-link[data-id="${first}"]`)).toContainText('Laos has no coast');
    await page.locator('.card-back').click();

    // The keyboard: "Link words…", the words typed, the feature chosen, Link.
    const third = passages(page).nth(2);
    await third.getByRole('button', { name: 'Link words…' }).focus();
    await page.keyboard.press('Enter');
    await expect(third.getByLabel('Words to link')).toBeFocused();
    await page.keyboard.type('phnom penh');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cambodia');
    await expect(third.getByLabel('Link them to')).toHaveValue('country:KHM');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(third.locator('mark[data-feature="country:KHM"]')).toHaveText('Phnom Penh');
    await expect(third.locator('.editor-links li')).toContainText('“Phnom Penh” → Cambodia');
    await expect(third.getByRole('button', { name: 'Link words…' })).toBeFocused();

    // The reader's Article tab: choosing that passage highlights Cambodia on the map.
    const id = await third.getAttribute('data-editor-passage');
    await page.click('#tab-article');
    await page.locator(`#panel-article [data-passage="${id}"]`).click();
    await expect.poll(() => explorer.selected()).toBe(id);
    await expect.poll(() => page.evaluate(() => window.mekong!.map!.getFeatureState({ source: 'countries', id: 'country:KHM' })['highlight'])).toBe(true);
    expect(await page.evaluate(() => window.mekong!.map!.getFeatureState({ source: 'countries', id: 'country:LAO' })['highlight'])).not.toBe(true);

    // Undo takes back the last link only.
    await page.click('#tab-edit');
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(page.locator('.editor-notice')).toHaveText('Undone: Link “Phnom Penh”');
    await expect(third.locator('mark')).toHaveCount(0);
    await expect(passages(page).nth(0).locator('mark[data-feature="country:LAO"]')).toHaveText('Laos');
  });

  test('pasted markup comes in as plain text; a 5 MB paste is refused whole and the page keeps responding; a pick passes axe', async ({ explorer }) => {
    const { page } = explorer;
    await page.setViewportSize({ width: 1366, height: 768 });
    await blankLesson(explorer);
    const box = page.locator('#editor-article-text');
    await box.fill('');

    // A web page's selection with no plain text: its blocks give paragraphs, <br> a line, nothing of the markup stays.
    await box.evaluate((el: HTMLTextAreaElement) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<meta charset="utf-8"><h2>The <em>railway</em></h2><p>Laos &amp; China&nbsp;built it<br>in 2021.</p><script>window.pasted = 1</script>' +
          '<style>p{color:red}</style><ul><li>Road</li><li>Rail <img src="x.png" alt="a train"></li></ul><div>It&#8217;s 414 km long.</div>',
      );
      el.focus();
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(box).toHaveValue('# The railway\n\nLaos & China built it\nin 2021.\n\nRoad\n\nRail\n\nIt’s 414 km long.');
    expect(await page.evaluate(() => (window as { pasted?: number }).pasted)).toBeUndefined();

    // 5 MB of text: refused with its size and the limit, the box unchanged, the page still answering.
    const summary = await page.locator('summary', { hasText: 'Title and headline' }).boundingBox();
    const before = await box.inputValue();
    const took = await box.evaluate((el: HTMLTextAreaElement) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Mekong '.repeat(Math.ceil((5 * 1024 * 1024) / 7)).slice(0, 5 * 1024 * 1024));
      const t0 = performance.now();
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return performance.now() - t0;
    });
    expect(took, 'the paste is refused at once').toBeLessThan(500);
    await expect(page.locator('#editor-article-text-said')).toHaveText(
      'Nothing was pasted: the text is 5,242,880 characters (5.0 MB) long, and an article holds at most 100,000 characters. Paste a part of it.',
    );
    await expect(box).toHaveValue(before);
    // A click right after is answered at once (a real click at the point, with none of the driver's waiting).
    const t0 = Date.now();
    await page.mouse.click(summary!.x + summary!.width / 2, summary!.y + summary!.height / 2);
    await expect(page.locator('#editor-article-title')).toBeVisible({ timeout: 1000 });
    expect(Date.now() - t0, 'a click answered within a second').toBeLessThan(1000);

    // The pasted text applied, then words picked for a link: the section passes axe and fits the sidebar.
    await page.getByRole('button', { name: 'Apply text' }).click();
    await expect(passages(page)).toHaveCount(4);
    await selectWithMouse(page, 0, 'China');
    await passages(page).nth(0).getByRole('button', { name: 'Link selected words' }).click();
    await expect(page.locator('.editor-pick')).toContainText('Linking “China”');
    expect(await seriousViolations(page)).toEqual([]);
    const sideways = await page.locator('.sidebar-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways, 'no sideways scroll in the sidebar').toBeLessThanOrEqual(0);
    // Escape leaves the pick, and focus returns to the button that began it.
    await page.keyboard.press('Escape');
    await expect(page.locator('.editor-pick')).toHaveCount(0);
    await expect(passages(page).nth(0).getByRole('button', { name: 'Link selected words' })).toBeFocused();
  });
});

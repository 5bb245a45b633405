// The language switch in the shop's bar, from the brief: the ring, the step and a half-typed brief
// stay while the page turns German (i18n.test.mjs covers the switch's memory and its offline
// notice). And the ring-size system a visitor starts in follows their locale, and can be changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, axeViolations, outputDir } from './support.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** The design's share code, as the address holds it. */
async function designCode(page) {
  return new URL(page.url()).searchParams.get('d');
}

test('switching to German on the brief keeps the ring, the step and what was typed', async () => {
  const browser = await launch({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const { page, errors } = browser;
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    await page.locator('fieldset.metal-picker').getByLabel('Platinum 950').check();
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    await page.getByLabel('Your name').fill('Ada Lovelace');
    const code = await designCode(page);

    const language = page.getByLabel('Language');
    assert.equal(await language.inputValue(), 'en');
    const names = await language.locator('option').allInnerTexts();
    assert.deepEqual(names, ['English', 'Deutsch', 'Français', 'Italiano', 'Español', '日本語', 'العربية']);

    await language.selectOption('de');
    await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
    // The same step, now in German, with what was typed still there.
    await page.locator('#step-title', { hasText: 'Schritt 8 von 8' }).waitFor();
    assert.match(await page.locator('#step-title').innerText(), /Ihre Anfrage/);
    assert.equal(await page.locator('#brief-name').inputValue(), 'Ada Lovelace');
    assert.equal(await designCode(page), code);
    assert.equal(await page.getByLabel('Sprache').inputValue(), 'de');
    assert.equal(await page.evaluate(() => localStorage.getItem('atelier.lang')), 'de');
    assert.deepEqual(await axeViolations(page), []);
    writeFileSync(join(outputDir, 'language-switch-de-1280.png'), await page.screenshot());

    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

for (const [locale, system] of [['en-US', 'US / Canada'], ['en-GB', 'UK / Australia']]) {
  test(`a ${locale} visitor starts sizing in ${system}`, async () => {
    const browser = await launch({ locale });
    const { page } = browser;
    try {
      await page.goto(`${server.url}/?step=size`);
      await page.locator('fieldset.size-picker').getByLabel('I know my size').check();
      const select = page.locator('#size-system');
      const chosen = await select.evaluate((s) => s.options[s.selectedIndex].text);
      assert.equal(chosen, system);
      // The visitor can still switch.
      await select.selectOption({ label: 'Japan' });
      await page.locator('#size-text').fill('12');
      assert.match(await page.locator('#size-feedback').innerText(), /Japan 12/);
    } finally {
      await browser.context.close();
    }
  });
}

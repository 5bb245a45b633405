// The studio speaks the shop's language, not the browser's: a German shop (ATELIER_LANGUAGE=de)
// opened in an English browser sets up, lists and shows a brief in German, with core's words
// (status, specification) in German too. A French visitor's notes stay as written, marked
// lang="fr" and tagged with their language. `?lang=` still wins (ja, ar for the screenshots);
// Arabic is right to left. Screenshots at 360 and 1280 px in de, ja and ar; axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, outputDir, axeViolations, studioSetupLink } from './support.mjs';

const JEWELER = { email: 'werkstatt@goldschmiede.example', password: 'ein langes Werkbankpasswort' };
const NOTES = 'Comme la bague de ma grand-mère, mais plus fine. Merci !';
const WIDTHS = [{ width: 360, height: 800 }, { width: 1280, height: 900 }];

let server;
before(async () => {
  server = await startServer({ env: { ATELIER_LANGUAGE: 'de' } });
});
after(async () => { await server?.stop(); });

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Sends a brief through the configurator, then posts it again as a French visitor; the latter's reference. */
async function sendFrenchBrief() {
  const { context, page, errors } = await launch();
  let posted;
  try {
    page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posted = r.postData(); });
    await page.goto(server.url);
    await waitForFrames(page);
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    await page.getByLabel('Your name').fill('Émilie du Châtelet');
    await page.locator('#brief-email').fill('emilie@example.fr');
    await page.getByLabel('Either is fine').check();
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-reference').waitFor({ timeout: 60_000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  const body = JSON.parse(posted);
  body.brief.locale = 'fr-FR';
  body.brief.notes = NOTES;
  const r = await fetch(new URL('/api/consultations', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'studio-words-fr' },
    body: JSON.stringify(body),
  });
  assert.equal(r.status, 201, await r.clone().text());
  return (await r.json()).reference;
}

test("a German shop's studio speaks German in an English browser, and keeps a French visitor's words", async () => {
  const reference = await sendFrenchBrief();
  const { context, page, errors } = await launch({ locale: 'en-US' });
  try {
    await page.goto(await studioSetupLink(server, page));
    await page.getByRole('heading', { name: 'Ihr Atelier einrichten' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await page.getByLabel('Ihre E-Mail-Adresse').fill(JEWELER.email);
    await page.locator('#setup-password').fill(JEWELER.password);
    await page.getByLabel('Passwort wiederholen').fill(JEWELER.password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();

    // The inbox: its heading, filters with core's status names, and the row's status.
    const row = page.locator(`.studio-row[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#inbox-title').innerText(), 'Anfragen');
    assert.match(await page.locator('.studio-filter[data-status=""]').innerText(), /^Alle/);
    assert.equal(await page.getByRole('button', { name: 'Abmelden' }).count(), 1);
    assert.doesNotMatch(await page.locator('.studio-inbox').innerText(), /Search by name|More briefs|All\b/);

    // The brief: German labels, the French notes as written, marked and tagged.
    await row.locator('a.studio-row-link').click();
    await page.locator(`.studio-brief[data-reference="${reference}"]`).waitFor();
    await page.locator('.studio-conversation').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#contact-title').innerText(), 'Kontakt');
    assert.equal(await page.getByRole('link', { name: 'Per E-Mail antworten' }).count(), 1);
    const notes = page.locator('.studio-note-text[lang="fr-FR"]');
    assert.equal(await notes.innerText(), NOTES);
    assert.match(await page.locator('.studio-lang-tag').first().innerText(), /^Auf Französisch geschrieben/);
    const facts = await page.locator('.studio-facts').first().innerText();
    assert.match(facts, /Sprache\s+Französisch \(Frankreich\)/);
    assert.match(await page.locator('#status-title').innerText(), /^Status$/);
    assert.equal(await page.getByRole('button', { name: 'Status ändern' }).count(), 1);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await screen(page, `studio-words-de-${size.width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(overflow <= size.width, `de at ${size.width} px fits (${overflow} px)`);
    }
    assert.deepEqual(await axeViolations(page), [], 'axe in German');

    // ?lang= wins over the shop's language: Japanese, then Arabic right to left.
    for (const lang of ['ja', 'ar']) {
      await page.goto(new URL(`/studio/briefs/${reference}?lang=${lang}`, server.url).href);
      await page.locator('.studio-conversation').waitFor({ timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.locator('.studio-note-text[lang="fr-FR"]').innerText(), NOTES);
      assert.equal(await page.locator('#contact-title').innerText(), lang === 'ja' ? '連絡先' : 'التواصل');
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        await screen(page, `studio-words-${lang}-${size.width}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(overflow <= size.width, `${lang} at ${size.width} px fits (${overflow} px)`);
      }
      assert.deepEqual(await axeViolations(page), [], `axe in ${lang}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

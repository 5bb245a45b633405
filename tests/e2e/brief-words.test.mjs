// What a brief says, read where the visitor and the jeweler read it: the live summary ("Your ring
// so far"), "Your design" on the brief step, and the jeweler's real .eml. A size the visitor never
// gave is never claimed; every choice and every "not sure" (finish and band thickness included)
// is said; the email is the studio's specification; resizing and rough prices read properly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, animationFrames, outputDir } from './support.mjs';
import { parseMail, leaves, text } from './brief-mail.mjs';

const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
const ADVISE = 'Not sure — ask my jeweler';

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

/** An email of a reference ('jeweler' or 'visitor') as { plain, html }, once the outbox wrote it. */
async function mail(page, reference, who) {
  const path = join(server.dataDir, 'data', 'outbox-mail', `${reference}-${who}.eml`);
  for (let attempt = 0; attempt < 600 && !existsSync(path); attempt += 1) {
    await animationFrames(page, 5);
  }
  assert.ok(existsSync(path), `no ${path}; server log:\n${server.log()}`);
  const parts = leaves(parseMail(readFileSync(path)));
  const body = (type) => text(parts.find((p) => p.type === type));
  return { plain: body('text/plain'), html: body('text/html') };
}

const jewelerMail = (page, reference) => mail(page, reference, 'jeweler');

/** The lines of a mail body (CRLF or LF). */
const lines = (body) => body.split(/\r?\n/);

async function goTo(page, step) {
  await page.locator('.step-nav').getByRole('button', { name: step }).click();
  await page.locator('#step-title', { hasText: step }).waitFor();
}

/** Fills what the form requires, by label, and sends; returns the reference shown. */
async function send(page) {
  await page.getByLabel('Your name').fill('Grace Hopper');
  await page.locator('#brief-email').fill('grace@example.com');
  await page.getByLabel('Budget up to').fill('4000');
  await page.getByLabel('Either is fine').check();
  await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
  await page.getByRole('button', { name: 'Send to the jeweler' }).click();
  const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
  assert.match(reference, REFERENCE);
  return reference;
}

test('a size the visitor never gave is said as not given, in the page and in the jeweler\'s email', async () => {
  const { context, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    const summary = await page.locator('.summary-text').innerText();
    assert.match(summary, /, size not given$/);
    assert.doesNotMatch(summary, /US size|size 6/);
    // The weight is for a size drawn, not the visitor's: said so.
    assert.match(await page.locator('.summary-facts').innerText(), /^Metal: about \d+\.\d g of 18k yellow gold, at a standard size until you give yours$/m);
    // The size step picks no answer for the visitor.
    await goTo(page, 'Ring size');
    assert.equal(await page.locator('input[name=size-mode]:checked').count(), 0);
    assert.match(await page.locator('.size-not-given').innerText(), /Nothing is assumed until you do/);
    assert.match(await page.locator('.step-notes').innerText(), /No ring size given yet/);
    // Finish left to the jeweler: said, not dropped.
    await goTo(page, 'Band');
    await page.locator('fieldset.finish-picker').getByLabel(ADVISE).check();
    await page.locator('.summary-text', { hasText: "finish: your jeweler's advice" }).waitFor();

    await goTo(page, 'Your brief');
    const design = await page.locator('.brief-design-text').innerText();
    assert.match(design, /court \(comfort fit\) band 2\.0 mm wide and 1\.6 mm thick, finish: your jeweler's advice, size not given$/);
    // Without a size, the form asks nothing about how sure it is, and claims nothing.
    assert.equal(await page.getByLabel('Estimated at home').count(), 0);
    const reference = await send(page);

    const { plain, html } = await jewelerMail(page, reference);
    const got = lines(plain);
    for (const line of ['Ring size: Not given', 'Size certainty: not sure yet', 'Finish: Advise me', 'Band thickness: 1.60 mm']) {
      assert.ok(got.includes(line), `${line} not in\n${plain}`);
    }
    assert.ok(got.some((l) => /^Metal weight: about \d+\.\d g of 18k yellow gold \(size assumed\)/.test(l)), plain);
    for (const invented of ['US size', 'US 6', '51.87', '16.51', 'estimated at home']) {
      assert.ok(!plain.includes(invented), `${invented} in\n${plain}`);
      assert.ok(!html.includes(invented), `${invented} in\n${html}`);
    }
    assert.ok(html.includes('<td><strong>Not given</strong></td>'), html);
    const visitor = await mail(page, reference, 'visitor');
    assert.ok(lines(visitor.plain).includes(`Your design: ${design}`), visitor.plain);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('every choice and every "not sure" reaches the summary, "Your design" and the email as the studio\'s specification', async () => {
  const { context, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    await page.getByLabel(ADVISE).check();
    await goTo(page, 'Band');
    await page.locator('#band-thickness-advise').check();
    await page.locator('fieldset.finish-picker').getByLabel('Satin').check();
    await goTo(page, 'Ring size');
    await page.locator('fieldset.size-picker').getByLabel('I know my size').check();
    await page.locator('#size-system').selectOption({ label: 'UK / Australia' });
    await page.locator('#size-text').fill('M');
    assert.match(await page.locator('#size-feedback').innerText(), /That is US 6¼ · UK M/);
    await goTo(page, 'Engraving');
    await page.locator('#engraving').fill('Always ♥');
    await page.locator('fieldset.font-picker').getByLabel('Roman serif').check();

    const expected = [
      /^Metal: your jeweler's advice, /,
      /court \(comfort fit\) band 2\.0 mm wide, thickness: your jeweler's advice, satin finish, UK size M, engraved “Always ♥”$/,
    ];
    await page.locator('.summary-text', { hasText: 'engraved “Always ♥”' }).waitFor();
    const summary = await page.locator('.summary-text').innerText();
    for (const re of expected) assert.match(summary, re);
    await goTo(page, 'Your brief');
    const design = await page.locator('.brief-design-text').innerText();
    assert.equal(design, summary, '"Your design" says what the summary says');
    assert.ok(await page.getByLabel('Estimated at home').isChecked());
    const reference = await send(page);

    const { plain, html } = await jewelerMail(page, reference);
    const got = lines(plain);
    assert.ok(got.includes(summary), `the summary heads the email:\n${plain}`);
    for (const line of [
      'Metal: Advise me',
      'Band width: 2.00 mm',
      'Band thickness: Advise me (1.60 mm assumed)',
      'Finish: Satin',
      'Engraving: “Always ♥” (Roman serif)',
      'Size certainty: estimated at home',
      'Stone preference: Natural or lab-grown',
    ]) {
      assert.ok(got.includes(line), `${line} not in\n${plain}`);
    }
    assert.ok(got.some((l) => /^Ring size: UK M · inner diameter 16\.\d\d mm · circumference 52\.\d\d mm$/.test(l)), plain);
    assert.ok(got.some((l) => /^Metal weight: about \d+\.\d g of 18k yellow gold \(metal assumed\) \(band \d+ mm³/.test(l)), plain);
    assert.ok(got.some((l) => /^In other alloys: .*Platinum 950 \d+\.\d g/.test(l)), plain);
    for (const cell of [
      '<td>Satin</td>',
      '<td>Advise me (1.60 mm assumed)</td>',
      '<td>“Always ♥” (Roman serif)</td>',
      '<td><strong>estimated at home</strong></td>',
    ]) {
      assert.ok(html.includes(cell), `${cell} not in\n${html}`);
    }
    assert.match(html, /<td><strong>UK M · inner diameter 16\.\d\d mm · circumference 52\.\d\d mm<\/strong><\/td>/);
    // The visitor's confirmation repeats the same words, open questions included.
    const visitor = await mail(page, reference, 'visitor');
    assert.ok(lines(visitor.plain).includes(`Your design: ${summary}`), visitor.plain);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('setting cards say "1 size", and a rough price groups its thousands', async () => {
  const builtin = await (await fetch(new URL('/api/catalog', server.url))).json();
  builtin.prices = {
    currency: 'EUR',
    prices_date: '2026-11-01',
    metal_per_gram: Object.fromEntries(builtin.metals.map((m) => [m.id, 70])),
    stone_per_carat: [
      { stone: 'diamond', origin: 'natural', per_carat: { low: 3500, high: 9000 } },
      { stone: 'diamond', origin: 'lab-grown', per_carat: { low: 400, high: 1200 } },
    ],
    labour: { low: 400, high: 900 },
  };
  const catalog = join(mkdtempSync(join(tmpdir(), 'atelier-prices-')), 'catalog.json');
  writeFileSync(catalog, JSON.stringify(builtin));
  const shop = await startServer({ env: { ATELIER_CATALOG: catalog } });
  const { context, page, errors } = await launch();
  try {
    await page.goto(shop.url);
    await waitForFrames(page);
    const facts = page.locator('.summary-facts');
    await facts.locator('li', { hasText: 'Rough price' }).waitFor();
    const price = /Rough price: ([\d,]+)–([\d,]+) EUR/.exec(await facts.innerText());
    assert.ok(price, await facts.innerText());
    for (const amount of price.slice(1)) {
      assert.match(amount, /^\d{1,3}(,\d{3})*$/, `${amount} is grouped by thousands`);
    }
    assert.ok(Number(price[2].replace(/,/g, '')) >= 1000, price[0]);

    await goTo(page, 'Setting');
    const detail = (name) => page.locator('fieldset.setting-picker label', { hasText: name }).innerText();
    assert.match(await detail('Halo'), /Resizes about 1 size$/m);
    assert.match(await detail('Bezel'), /Resizes about 2 sizes$/m);
    assert.doesNotMatch(await page.locator('fieldset.setting-picker').innerText(), /\b1 sizes\b/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await shop.stop();
  }
});

test('screenshots: the summary, "Your design" and the size step at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const { context, page, errors } = await launch({ viewport: { width, height: 800 } });
    try {
      await page.goto(server.url);
      await waitForFrames(page);
      await goTo(page, 'Ring size');
      await page.locator('.size-not-given').waitFor();
      await page.locator('section.step').screenshot({ path: join(outputDir, `brief-words-size-step-${width}.png`) });
      await page.locator('section.summary').screenshot({ path: join(outputDir, `brief-words-summary-not-given-${width}.png`) });
      await page.locator('fieldset.size-picker').getByLabel('I know my size').check();
      await page.locator('#size-text').fill('6½');
      await page.locator('.summary-text', { hasText: 'US size 6½' }).waitFor();
      assert.doesNotMatch(await page.locator('.summary-facts').innerText(), /standard size/);
      await page.locator('section.step').screenshot({ path: join(outputDir, `brief-words-size-known-${width}.png`) });
      await page.locator('section.summary').screenshot({ path: join(outputDir, `brief-words-summary-${width}.png`) });
      await goTo(page, 'Your brief');
      await page.locator('section.brief-design').screenshot({ path: join(outputDir, `brief-words-your-design-${width}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px)`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

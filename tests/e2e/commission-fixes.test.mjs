// The commission page after the user-eye test, met by a visitor in Tokyo with a shop in London:
// the proposal beside the design in two live viewers with what changed in words, the free times
// asked from the visitor's yesterday so the shop's today is offered, three days of them on a phone,
// slot names that say "Shop time", focus that lands on what changed after each action (never on
// the page's body), a photo link with a name, a cancel that asks first, the reference on one line,
// the viewer's tools in one row at 360 px (here and in the configurator), "Agreed" for an accepted
// design, and the words for a link the jeweler closed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendPlatinumBrief, startServer, launch, waitForFrames, outputDir, axeViolations, studioApi, solidPng } from './support.mjs';

const JEWELER = { email: 'maker@jeweler.example', password: 'a long bench password' };
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const ZONE = 'Asia/Tokyo';

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

const photo = (rgb) => solidPng(rgb, 96, 64);

/** The jeweler's side, through the studio's real HTTP API with its session cookie and CSRF token. */
const signInJeweler = (page) => studioApi(server, page, JEWELER);

/** What has the keyboard focus, as a short description. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName ?? 'none', cls: el?.className ?? '', text: (el?.innerText ?? '').slice(0, 200) };
});

/** The tops of the viewer's tool buttons, rounded: one value when they sit in one row. */
const toolRows = (page, scope) => page.locator(`${scope} .viewer-tool`).evaluateAll(
  (tools) => [...new Set(tools.map((t) => Math.round(t.getBoundingClientRect().top)))],
);

/** Whether every tool button lies whole inside the viewer (none cut off at its edge). */
const toolsFit = (page, scope) => page.locator(scope).evaluate((viewer) => {
  const box = viewer.getBoundingClientRect();
  return [...viewer.querySelectorAll('.viewer-tool')]
    .every((t) => { const r = t.getBoundingClientRect(); return r.left >= box.left && r.right <= box.right; });
});

/** Whether the tool bar overlaps the ring's canvas. */
const toolsOverRing = (page, scope) => page.locator(scope).evaluate((viewer) => {
  const canvas = viewer.querySelector('canvas.ring-canvas').getBoundingClientRect();
  return [...viewer.querySelectorAll('.viewer-tool')].some((t) => {
    const r = t.getBoundingClientRect();
    return r.bottom > canvas.top + 1 && r.top < canvas.bottom - 1;
  });
});

test('the commission page, as a visitor in Tokyo meets it after the user-eye test', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE, timezoneId: ZONE });
  try {
    // The configurator at 360 px: the viewer's views in one row (turntable and postcard apart).
    await page.goto(server.url);
    await waitForFrames(page);
    const yellowGold = new URL(page.url()).searchParams.get('d');
    assert.equal((await toolRows(page, '.viewer .viewer-views')).length, 1, 'the configurator\'s viewer tools in one row at 360 px');
    assert.equal(await toolsFit(page, '.viewer'), true, 'every tool whole in the configurator\'s row at 360 px');
    await screen(page, 'fixes-configurator-360');
    const { reference, commissionUrl } = await sendPlatinumBrief(page, server);

    const studio = await signInJeweler(page);
    const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:00' }));
    await studio('PUT', '/availability', {
      time_zone: 'Europe/London', weekly, slot_minutes: 60, buffer_minutes: 0,
      kinds: ['in_shop', 'video'], closed_dates: [], horizon_days: 30, min_notice_hours: 0,
    });
    await studio('POST', `/briefs/${reference}/proposals`, {
      design_code: yellowGold, message: 'Warmer, and kinder to the budget.', price: { low: 2800, high: 3200, currency: 'GBP' },
    }, { 'Idempotency-Key': 'x2-proposal-1' });

    // The free times are asked from the visitor's own yesterday, so a visitor ahead of the shop
    // still gets the shop's today.
    const slotRequests = [];
    page.on('request', (r) => { if (/\/slots\?/.test(r.url())) slotRequests.push(new URL(r.url())); });
    await page.goto(commissionUrl);
    await page.locator('.commission-title').waitFor({ timeout: 30_000 });
    const yesterdayInTokyo = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE })
      .format(new Date(Date.now() - 86_400_000));
    const picker = page.locator('.booking-picker');
    await picker.waitFor({ timeout: 30_000 });
    assert.equal(slotRequests[0]?.searchParams.get('from'), yesterdayInTokyo);

    // The reference stays on one line on a phone.
    assert.equal(await page.locator('.commission-title .brief-reference').evaluate((e) => e.getClientRects().length), 1);

    // Three days of free times at 360 px, not three weeks.
    assert.equal(await picker.locator('.booking-day:visible').count(), 3);
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(tall < 9000, `the page is ${tall} px tall at 360 px`);

    // Slot names say "Shop time", never "At the shop" (a kind of meeting).
    const slot = picker.locator('.booking-slot').first();
    const slotName = await slot.getAttribute('aria-label');
    assert.match(slotName, /shop time: /i);
    assert.doesNotMatch(slotName, /At the shop/);
    assert.match(await slot.getAttribute('title'), /^Shop time: /);

    // The proposal beside the design it revises: two live viewers, the changes in words beside them.
    const proposal = page.locator('.proposal').first();
    const viewers = proposal.locator('canvas.ring-canvas');
    await viewers.nth(1).waitFor({ timeout: 30_000 });
    assert.equal(await viewers.count(), 2, 'two live viewers in the proposal');
    assert.match(await viewers.nth(0).getAttribute('aria-label'), /Platinum 950/);
    assert.match(await viewers.nth(1).getAttribute('aria-label'), /18k yellow gold/);
    const words = await proposal.locator('.proposal-compare').innerText();
    assert.match(words, /To settle/);
    assert.doesNotMatch(words, /Jeweler's notes/);
    // At 360 px the two designs are stacked, each as wide as the card.
    const sides = await proposal.locator('.proposal-side').evaluateAll((s) => s.map((e) => e.getBoundingClientRect()));
    assert.equal(sides.length, 2);
    assert.ok(sides[1].top >= sides[0].bottom - 1, 'stacked at 360 px');
    // Seven tools of 44 px do not fit one row of the card: two rows at most (the second eye test).
    assert.ok((await toolRows(page, '.commission-design .viewer')).length <= 2, 'the page\'s viewer tools in two rows at most at 360 px');
    assert.equal(await toolsOverRing(page, '.commission-design .viewer'), false, 'the tools sit outside the ring at 360 px');
    assert.equal(await toolsFit(page, '.commission-design .viewer'), true, 'every tool whole in the row at 360 px');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `nothing wider than the phone (${width} px)`);
    await screen(page, 'fixes-commission-360');

    // A message with a photo: focus goes to the emptied box, the photo link has a name.
    await page.getByLabel('Write to the jeweler').fill('Could the band be a little thinner?');
    await page.locator('.reply-form input[type=file]').setInputFiles({
      name: 'my-hand.png', mimeType: 'image/png', buffer: photo([200, 120, 60]),
    });
    await page.locator('.reply-photos img').waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.message.mine').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.id === 'reply-text');
    // The photo was shrunk to a JPEG in the browser; its link says so by name.
    await page.getByRole('link', { name: 'Photo: my-hand.jpg, opens full size', exact: true }).waitFor();

    // At 1280 px the two designs sit side by side, each viewer's tools in one row under its ring.
    await page.setViewportSize(DESKTOP);
    await page.waitForFunction(() => {
      const [a, b] = [...document.querySelectorAll('.proposal-side')].map((e) => e.getBoundingClientRect());
      return Math.abs(a.top - b.top) < 1 && b.left >= a.right;
    });
    for (const n of [1, 2]) {
      const scope = `.proposal:first-child .proposal-side:nth-child(${n}) .viewer`;
      assert.equal((await toolRows(page, scope)).length, 1, `the compared viewer ${n}'s tools in one row at 1280 px`);
      assert.equal(await toolsFit(page, scope), true, `the compared viewer ${n}'s tools whole at 1280 px`);
      assert.equal(await toolsOverRing(page, scope), false, `the compared viewer ${n}'s tools off its ring`);
    }

    // Accept by keyboard: focus lands on the answer's status line.
    await proposal.getByRole('button', { name: 'Accept this design' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.proposal-answer').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.classList.contains('proposal-answer'));
    assert.match((await focused(page)).text, /You accepted this design/);
    // The design shown is the agreed one, said so.
    await page.waitForFunction(() => /18k yellow gold/.test(document.querySelector('.commission-design canvas.ring-canvas')?.getAttribute('aria-label') ?? ''));
    assert.match(await page.locator('.commission-design .design-when').innerText(), /^Agreed /);

    // Book by keyboard: Enter on a time chooses it and focus goes to "Book this time"; Enter there
    // books, and focus lands on the appointment's summary.
    await picker.locator('.booking-slot').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Book this time');
    await screen(page, 'fixes-slot-chosen-1280');
    // The booking names the browser's zone, so the visitor's email can give Tokyo time first.
    const booking = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/appointment'));
    await page.keyboard.press('Enter');
    assert.equal((await booking).postDataJSON().time_zone, ZONE);
    const appointment = page.locator('.appointment');
    await appointment.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.classList.contains('appointment-summary'));
    assert.match(await appointment.innerText(), /Shop time: /);
    // Move it: focus stays on the summary of the new time.
    const before = await page.locator('.appointment-summary').innerText();
    await picker.locator('.booking-slot').nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Move to this time');
    assert.equal(await page.locator('.appointment-summary').innerText(), before, 'a tap on a time moves nothing');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => {
      const s = document.querySelector('.appointment-summary');
      return s && s.innerText !== b && document.activeElement === s;
    }, before, { timeout: 30_000 });
    await screen(page, 'fixes-commission-1280');

    // Cancel asks first, inline; "Keep it" keeps it, "Yes, cancel" cancels.
    const deletes = [];
    page.on('request', (r) => { if (r.method() === 'DELETE') deletes.push(r.url()); });
    await page.getByRole('button', { name: 'Cancel the appointment' }).click();
    const ask = page.locator('.booking-confirm');
    await ask.waitFor();
    assert.match(await ask.innerText(), /^Cancel the consultation on .+\?/);
    assert.equal(deletes.length, 0, 'nothing cancelled on the first tap');
    await screen(page, 'fixes-cancel-ask-1280');
    await page.getByRole('button', { name: 'Keep it' }).click();
    assert.equal(await ask.count(), 0);
    assert.equal(await appointment.count(), 1);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel the appointment');
    await page.getByRole('button', { name: 'Cancel the appointment' }).click();
    await page.getByRole('button', { name: 'Yes, cancel' }).click();
    await appointment.waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(deletes.length, 1);
    await page.waitForFunction(() => document.activeElement?.id === 'booking-title');
    assert.deepEqual(await axeViolations(page), [], 'axe at 1280 px');

    // A link the jeweler closed says so, without guessing why.
    await studio('DELETE', `/briefs/${reference}/link`);
    await page.setViewportSize(PHONE);
    await page.goto(commissionUrl);
    const heading = page.locator('.link-error h1');
    await heading.waitFor({ timeout: 30_000 });
    assert.equal(await heading.innerText(), 'This link is closed');
    assert.match(await page.locator('.link-error').innerText(), /The jeweler closed this link\. Ask them for a new one\./);
    assert.doesNotMatch(await page.locator('.link-error').innerText(), /replaced|usually/);
    await screen(page, 'fixes-closed-link-360');
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});

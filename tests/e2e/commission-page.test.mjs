// The visitor's commission page, met as a visitor meets it: a brief sent in the browser, the
// private link from the confirmation, the status in words, a message with a photo sent once on a
// double click, the jeweler's message, proposal, availability and stage (through the studio's
// API) seen on the page, a proposal accepted and a slot booked, the page at 360 and 1280 px with
// axe, the page without WebGL (words and the brief's snapshots), and the calm pages of an unknown
// and a revoked link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillBrief, startServer, launch, waitForFrames, animationFrames, outputDir, axeViolations, studioApi, solidPng } from './support.mjs';

const JEWELER = { email: 'maker@jeweler.example', password: 'a long bench password' };
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

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

/** A small PNG of one colour, as a phone's photo would arrive. */
const photo = (rgb) => solidPng(rgb, 96, 64);

/** The design in the configurator's `?d=` share link. */
const designInAddress = (page) => new URL(page.url()).searchParams.get('d');

/** The jeweler's side, through the studio's real HTTP API with its session cookie and CSRF token. */
const signInJeweler = (page) => studioApi(server, page, JEWELER);

/** The page's console errors, without the browser's own line for a refused request (a 404/410
 * the page reads on purpose). */
const realErrors = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

let commissionUrl;
let reference;
let studio;

test('the visitor opens the commission page from the confirmation and talks to the jeweler', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    const yellowGold = designInAddress(page);
    await page.getByLabel('Platinum 950').check();
    await page.waitForFunction((before) => new URL(location.href).searchParams.get('d') !== before, yellowGold);
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    assert.equal(await page.getByRole('link', { name: "the jeweler's privacy notice" }).getAttribute('href'), '/privacy');
    await fillBrief(page);
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    const link = page.getByRole('link', { name: 'Your commission page' });
    commissionUrl = new URL(await link.getAttribute('href'), server.url).href;
    assert.match(new URL(commissionUrl).pathname, /^\/c\/[A-Za-z0-9_-]{40,}$/);
    // The link is kept with the confirmation: a reload shows it again.
    await page.reload();
    assert.equal(
      new URL(await page.getByRole('link', { name: 'Your commission page' }).getAttribute('href'), server.url).href,
      commissionUrl,
    );
    assert.equal(await link.getAttribute('target'), null, 'on its own page the link opens in place');
    await link.click();
    await page.waitForURL(commissionUrl);

    // The shop, the reference, the status in words, the brief and the design in 3D.
    await page.locator('.commission-title').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.commission-title').innerText(), new RegExp(reference));
    assert.equal((await page.locator('.status-now').innerText()).trim(), 'Received');
    assert.equal(await page.locator('.status-step[aria-current=step]').innerText(), 'Received');
    assert.match(await page.locator('.spec-lines').innerText(), /Platinum 950/);
    await waitForFrames(page);
    assert.match(await page.locator('canvas.ring-canvas').getAttribute('aria-label'), /Platinum 950/);

    // A message with a photo; a double click posts it once, with an idempotency key.
    const posts = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/messages')) posts.push(r); });
    await page.getByLabel('Write to the jeweler').fill('Could the band be a little thinner?');
    await page.locator('.reply-form input[type=file]').setInputFiles({
      name: 'my-hand.png', mimeType: 'image/png', buffer: photo([200, 120, 60]),
    });
    await page.locator('.reply-photos img').waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).dblclick();
    const mine = page.locator('.message.mine');
    await mine.waitFor({ timeout: 30_000 });
    assert.match(await mine.innerText(), /Could the band be a little thinner\?/);
    await page.waitForFunction(() => {
      const img = document.querySelector('.message.mine img.message-photo');
      return img && img.complete && img.naturalWidth > 0;
    });
    assert.equal(posts.length, 1, 'a double click sends one message');
    assert.match(posts[0].headers()['idempotency-key'], /^atelier-[0-9a-f-]+$/);
    assert.equal(await page.locator('.message').count(), 1);
    assert.equal(await page.getByLabel('Write to the jeweler').inputValue(), '', 'the box empties once sent');

    // The jeweler writes, opens bookings, proposes the yellow-gold design.
    studio = await signInJeweler(page);
    await studio('POST', `/briefs/${reference}/messages`, { text: 'Of course. I have drawn a yellow-gold version too.' }, { 'Idempotency-Key': 'e2e-jeweler-1' });
    const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    await studio('PUT', '/availability', {
      time_zone: 'Europe/London', weekly, slot_minutes: 60, buffer_minutes: 0,
      kinds: ['in_shop', 'video'], closed_dates: [], horizon_days: 30, min_notice_hours: 0,
    });
    await studio('POST', `/briefs/${reference}/proposals`, {
      design_code: yellowGold, message: 'Warmer, and kinder to the budget.', price: { low: 2800, high: 3200, currency: 'GBP' },
    }, { 'Idempotency-Key': 'e2e-proposal-1' });
    await page.reload();
    await page.locator('.commission-title').waitFor();
    assert.equal((await page.locator('.status-now').innerText()).trim(), 'Design proposed');
    const theirs = page.locator('.message.theirs');
    assert.match(await theirs.innerText(), /yellow-gold version/);
    const proposal = page.locator('.proposal').first();
    assert.match(await proposal.locator('.proposal-changes').innerText(), /Platinum 950 → 18k yellow gold/);
    assert.match(await proposal.innerText(), /£2,800–£3,200/);
    // Side by side: the design before and the proposal, each in a live viewer of its own.
    const live = proposal.locator('canvas.ring-canvas');
    await live.nth(1).waitFor({ timeout: 30_000 });
    assert.match(await live.nth(0).getAttribute('aria-label'), /Platinum 950/);
    assert.match(await live.nth(1).getAttribute('aria-label'), /18k yellow gold/);

    // The visitor accepts; the current design is the proposal's.
    await proposal.getByLabel(/Your comment/).fill('Lovely, thank you.');
    await proposal.getByRole('button', { name: 'Accept this design' }).click();
    await page.locator('.proposal-answer').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.proposal-answer .answer-line').innerText(), /^You accepted this design \(.+\)$/);
    assert.equal(await page.locator('.proposal-answer .answer-comment').innerText(), 'Lovely, thank you.');
    await page.waitForFunction(() => /18k yellow gold/.test(document.querySelector('canvas.ring-canvas')?.getAttribute('aria-label') ?? ''));

    // Booking: slots by day in the visitor's zone, the shop's zone named; book the first.
    const picker = page.locator('.booking-picker');
    await picker.waitFor({ timeout: 30_000 });
    assert.match(await picker.innerText(), /the shop is in Europe\/London/);
    // Three days at first, three more on "More days": the list never runs for weeks.
    assert.equal(await picker.locator('.booking-day:visible').count(), 3);
    await picker.getByRole('button', { name: 'More days' }).click();
    assert.equal(await picker.locator('.booking-day:visible').count(), 6);
    const first = picker.locator('.booking-slot').first();
    const title = await first.getAttribute('title');
    assert.match(title, /^Shop time: /);
    await page.getByLabel('Video call').check();
    // A tap on a time only chooses it: nothing is booked until "Book this time", which books once.
    const booking = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/appointment')) booking.push(r.method()); });
    await first.click();
    assert.equal(await first.getAttribute('aria-pressed'), 'true');
    const confirm = picker.locator('.slot-confirm');
    await confirm.waitFor();
    assert.match(await confirm.locator('p').innerText(), /^Video call, .+, .+ \(your time zone: .+\)$/);
    await page.waitForFunction(() => document.activeElement?.classList.contains('slot-confirm-book'));
    await screen(page, 'commission-slot-chosen-1280');
    // "Choose another" takes the choice back, and focus back to the time.
    await page.getByRole('button', { name: 'Choose another' }).click();
    assert.equal(await confirm.count(), 0);
    assert.equal(await first.getAttribute('aria-pressed'), 'false');
    await page.waitForFunction(() => document.activeElement?.classList.contains('booking-slot'));
    await first.click();
    await picker.locator('.booking-slot').nth(1).click();
    assert.equal(await first.getAttribute('aria-pressed'), 'false', 'one time chosen at once');
    await first.click();
    await animationFrames(page, 5);
    assert.deepEqual(booking, [], 'no booking from taps on times');
    await page.getByRole('button', { name: 'Book this time' }).click();
    const appointment = page.locator('.appointment');
    await appointment.waitFor({ timeout: 30_000 });
    assert.match(await appointment.innerText(), /Video call/);
    assert.match(await appointment.innerText(), /Europe\/London/);
    assert.deepEqual(booking, ['POST'], 'booked once');

    // The jeweler moves the piece to the bench with a photo; the visitor sees the timeline.
    const stagePhoto = photo([90, 90, 200]).toString('base64');
    await studio('POST', `/briefs/${reference}/stages`, {
      stage: 'cad', note: 'The CAD model is ready.', photo: { name: 'cad.png', data_base64: stagePhoto }, notify: false,
    });
    await page.reload();
    await page.locator('.commission-timeline').waitFor({ timeout: 30_000 });
    assert.equal((await page.locator('.status-now').innerText()).trim(), 'Being made');
    assert.match(await page.locator('.commission-stage').innerText(), /CAD model[\s\S]*The CAD model is ready\./);
    await page.waitForFunction(() => {
      const img = document.querySelector('.commission-stage img.stage-photo');
      return img && img.complete && img.naturalWidth > 0;
    });
    await waitForFrames(page);
    await screen(page, 'commission-1280');

    await page.setViewportSize(PHONE);
    await page.reload();
    await page.locator('.commission-timeline').waitFor({ timeout: 30_000 });
    // Moving the appointment keeps its kind unless the visitor picks another.
    assert.equal(await page.getByLabel('Video call').isChecked(), true);
    await waitForFrames(page);
    // A time chosen on a phone: the row under it says what the move would be, in words.
    await page.locator('.booking-slot').first().click();
    await page.getByRole('button', { name: 'Move to this time' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `nothing wider than the phone (${width} px)`);
    assert.deepEqual(await axeViolations(page), [], 'axe at 360 px');
    await screen(page, 'commission-360');
    assert.deepEqual(realErrors(errors), []);
  } finally {
    await context.close();
  }
});

test('without WebGL the page gives the design in words and the brief\'s pictures', async () => {
  assert.ok(commissionUrl, 'the first test opened the page');
  const { context, page, errors } = await launch({
    viewport: PHONE, extraArgs: ['--disable-webgl', '--disable-3d-apis'],
  });
  try {
    await page.goto(commissionUrl);
    const fallback = page.locator('.commission-design .viewer-fallback');
    await fallback.waitFor({ timeout: 30_000 });
    assert.match(await fallback.innerText(), /3D preview can't run/);
    assert.match(await page.locator('.commission-design .design-summary').innerText(), /18k yellow gold/);
    // The proposal's two rings in words (once, beside the fallback's line), and the words compared.
    const sides = page.locator('.proposal-side');
    assert.match(await sides.nth(0).locator('.viewer-fallback').innerText(), /3D preview can't run/);
    assert.match(await sides.nth(0).innerText(), /Platinum 950/);
    assert.match(await sides.nth(1).innerText(), /18k yellow gold/);
    assert.match(await page.locator('.proposal-compare').innerText(), /To settle/);
    assert.equal(await page.locator('canvas.ring-canvas').count(), 0);
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll('.snapshot-list img')];
      return imgs.length === 3 && imgs.every((img) => img.complete && img.naturalWidth > 0);
    }, null, { timeout: 30_000 });
    const sources = await page.locator('.snapshot-list img').evaluateAll((imgs) => imgs.map((i) => new URL(i.src).pathname));
    const token = new URL(commissionUrl).pathname.slice('/c/'.length);
    for (const src of sources) assert.ok(src.startsWith(`/api/c/${token}/files/`), src);
    await screen(page, 'commission-no-webgl-360');
    assert.deepEqual(realErrors(errors), []);
  } finally {
    await context.close();
  }
});

test('an unknown link and a revoked link get a calm page that says so', async () => {
  assert.ok(studio, 'the first test signed the jeweler in');
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    await page.goto(new URL('/c/NotARealTokenNotARealTokenNotARealToken00', server.url).href);
    const heading = page.locator('.link-error h1');
    await heading.waitFor({ timeout: 30_000 });
    assert.equal(await heading.innerText(), 'This link does not open a commission');
    assert.equal(await page.locator('.commission-title').count(), 0);

    await studio('DELETE', `/briefs/${reference}/link`);
    await page.goto(commissionUrl);
    await heading.waitFor({ timeout: 30_000 });
    assert.equal(await heading.innerText(), 'This link is closed');
    assert.match(await page.locator('.link-error').innerText(), /The jeweler closed this link\. Ask them for a new one\./);
    assert.deepEqual(await axeViolations(page), [], 'axe on the revoked link');
    await screen(page, 'commission-revoked-360');
    assert.deepEqual(realErrors(errors), [], 'no stack of errors, only the refused request');
  } finally {
    await context.close();
  }
});

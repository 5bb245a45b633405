// The jeweler's side of the commission, met as a jeweler meets it in the studio: a brief sent in
// the browser, the visitor's private link read from the confirmation .eml, the brief page's reply
// box (the visitor answers through /api/c with that token, and the inbox's "Visitor replied" filter
// and badge follow), "Propose a change" through the revision mode (the metal changed in the
// configurator, "Use this design", sent with a price range, answered by the visitor), a stage with a
// photo, the shop's availability saved and read back, a consultation booked and cancelled, and the
// link reissued with an expiry and revoked (the old tokens refused). The new controls are walked by
// Tab and pressed by keyboard; the brief page, the revision bar and the availability page are
// screenshot at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, animationFrames, outputDir, axeViolations, createStudioAccount, solidPng } from './support.mjs';
import { parseMail, leaves, text } from './brief-mail.mjs';

const JEWELER = { email: 'maker@jeweler.example', password: 'a long bench password' };
const VISITOR = { name: 'Grace Hopper', email: 'grace@example.com' };
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

/** A small one-colour PNG, as a phone photo of the bench would arrive. */
const photo = (rgb) => solidPng(rgb, 120, 80);

/** The visitor's commission token in the first .eml to `to` that carries a /c/ link. */
async function tokenFromMail(page, to) {
  const folder = join(server.dataDir, 'data', 'outbox-mail');
  for (let i = 0; i < 1200; i += 1) {
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : [];
    for (const file of files) {
      const mail = parseMail(readFileSync(join(folder, file)));
      if (!(mail.headers.to ?? '').includes(to)) continue;
      for (const part of leaves(mail)) {
        const match = /\/c\/([A-Za-z0-9_-]{40,})/.exec(text(part));
        if (match) return match[1];
      }
    }
    await animationFrames(page, 4);
  }
  throw new Error(`no email to ${to} with a commission link in ${folder}`);
}

/** The visitor's side through the commission API, with their token. */
async function visitor(token, method, path = '', body, headers = {}) {
  return fetch(new URL(`/api/c/${token}${path}`, server.url), {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** What has keyboard focus, as a short name: its id, else its text. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? (el.id || el.textContent.trim()) : '';
});

/** The page's controls in Tab order, from the top (at most `max` presses). */
async function tabOrder(page, max = 250) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const name = await focused(page);
    if (seen.length && name === seen[0]) break;
    seen.push(name);
  }
  return seen;
}

test('the jeweler talks, proposes a change, records the making, opens bookings and manages the link', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    // A visitor sends a Platinum 950 design with a budget in GBP.
    await page.goto(server.url);
    await waitForFrames(page);
    await page.getByLabel('Platinum 950').check();
    await page.locator('.summary-text', { hasText: 'Platinum 950' }).waitFor();
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    await page.getByLabel('Your name').fill(VISITOR.name);
    await page.locator('#brief-email').fill(VISITOR.email);
    await page.getByLabel('Budget up to').fill('3500');
    await page.getByLabel('Currency').selectOption('GBP');
    await page.getByLabel('Either is fine').check();
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    const firstToken = await tokenFromMail(page, VISITOR.email);
    assert.equal((await visitor(firstToken, 'GET')).status, 200, 'the link in the .eml opens the commission');

    // The jeweler makes the account and opens the brief from the inbox.
    await createStudioAccount(server, page, JEWELER);
    const row = page.locator(`.studio-row[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 30_000 });
    assert.equal(await row.locator('.studio-turn').getAttribute('data-turn'), 'awaiting_reply',
      'a new brief awaits the jeweler');
    await row.locator('.studio-row-link').click();
    await page.locator('.studio-conversation').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.studio-commission-status').innerText(), /Received/);
    assert.equal(await page.locator('.studio-revision').count(), 0, 'the copy-a-code form is gone');
    await page.locator('.studio-slot-picker', { hasText: 'Bookings are not open yet: save your hours under Availability first.' })
      .waitFor({ timeout: 30_000 });

    // Every new control is in the Tab order.
    const order = await tabOrder(page);
    for (const control of ['message-text', 'Send message', 'Propose a change', 'appointment-kind',
      'Book', 'stage-name', 'stage-note', 'stage-photo', 'stage-notify', 'Move to this stage', 'link-expiry',
      'Issue a new link', 'Revoke the link']) {
      assert.ok(order.includes(control), `${control} is reachable by Tab (order: ${order.join(' | ')})`);
    }

    // The jeweler writes, by keyboard; the thread shows it and the status moves on.
    await page.locator('#message-text').focus();
    await page.keyboard.type('Thank you for the brief. Platinum suits it; may I suggest gold too?');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'Send message');
    await page.keyboard.press('Enter');
    const mine = page.locator('.studio-message[data-author="jeweler"]');
    await mine.waitFor({ timeout: 30_000 });
    assert.match(await mine.innerText(), /may I suggest gold too\?/);
    assert.equal(await page.locator('#message-text').inputValue(), '', 'the box empties once sent');
    assert.match(await page.locator('.studio-commission-status').innerText(), /Talking it through/);

    // Nothing waits on the jeweler now; after the visitor's reply the filter shows the brief.
    await page.getByRole('link', { name: '← All briefs' }).click();
    await page.locator('.studio-filter[data-turn="visitor_replied"]').click();
    await page.locator('.studio-empty').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator(`.studio-row[data-reference="${reference}"]`).count(), 0);
    assert.equal(await page.locator('.studio-empty').innerText(), 'No visitor has written since your last word.');
    await page.locator('.studio-filter[data-turn="awaiting_reply"]').click();
    await page.locator('.studio-filter[data-turn="awaiting_reply"][aria-pressed="true"]').waitFor();
    await page.locator('.studio-empty', { hasText: 'Nothing awaits your reply' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.studio-empty').innerText(),
      'Nothing awaits your reply: in every conversation, the last word is yours.');
    await page.locator('.studio-filter[data-turn="awaiting_reply"]').click();
    await page.locator('.studio-filter[data-turn="visitor_replied"]').click();
    const reply = await visitor(firstToken, 'POST', '/messages', { text: 'Gold would be lovely, show me.' },
      { 'Idempotency-Key': 'e2e-visitor-reply-1' });
    assert.equal(reply.status, 201, await reply.clone().text());
    await page.reload();
    await page.locator('.studio-filter[data-turn="visitor_replied"]').click();
    await row.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.studio-filter[data-turn="visitor_replied"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.studio-row').count(), 1, 'only the brief the visitor answered');
    assert.equal((await row.locator('.studio-turn').innerText()).trim(), 'Visitor replied');
    assert.deepEqual(await axeViolations(page), [], 'axe on the filtered inbox');
    await row.locator('.studio-row-link').click();
    await page.locator('.studio-message[data-author="visitor"]').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.studio-message[data-author="visitor"]').innerText(), /Gold would be lovely/);

    // "Propose a change": the current design in the configurator under the revision bar.
    await page.getByRole('button', { name: 'Propose a change' }).click();
    await page.waitForURL((url) => url.pathname === `/studio/briefs/${reference}/revise`);
    const bar = page.locator('.studio-revise-bar');
    await bar.locator('.studio-changes', { hasText: 'No change yet' }).waitFor({ timeout: 30_000 });
    assert.match(await bar.innerText(), new RegExp(`Revising ${reference}`));
    // The visitor's own configurator, framed on the brief's current design.
    const configurator = page.frameLocator('.studio-revise-frame');
    const ring = configurator.locator('canvas.ring-canvas');
    await ring.waitFor({ timeout: 30_000 });
    // In the studio's language, whatever the browser would choose.
    assert.equal(await configurator.locator('html').getAttribute('lang'),
      await page.locator('html').getAttribute('lang'), 'the frame speaks the studio\'s language');
    assert.match(await page.locator('.studio-revise-frame').getAttribute('src'), /[?&]locale=en(-[A-Z]{2})?(&|$)/);
    assert.match(await ring.getAttribute('aria-label'), /Platinum 950/);
    await configurator.getByLabel('18k yellow gold').check();
    await bar.locator('.studio-changes', { hasText: 'Metal: Platinum 950 → 18k yellow gold' }).waitFor({ timeout: 30_000 });
    // The design steps only: no brief, no Send, no "your details" (the bar is the way out), by
    // pointer and by keyboard.
    const stepLinks = configurator.locator('.step-nav .step-link');
    await stepLinks.first().waitFor({ timeout: 30_000 });
    const stepNames = await stepLinks.allInnerTexts();
    assert.equal(stepNames.length, 7, `the seven design steps (${stepNames.join(' | ')})`);
    assert.match(stepNames.at(-1), /Engraving/, 'the step list ends with the design');
    await stepLinks.last().click();
    await configurator.locator('section.step[data-step="engraving"]').waitFor({ timeout: 30_000 });
    assert.match(await configurator.locator('#step-title').innerText(), /7 of 7/i);
    assert.equal(await configurator.locator('.step-actions .button.primary').count(), 0, 'no Next after the last design step');
    await configurator.getByRole('button', { name: 'Back' }).focus();
    await page.keyboard.press('Enter');
    await configurator.locator('section.step[data-step="size"]').waitFor({ timeout: 30_000 });
    await configurator.getByRole('button', { name: /^Next/ }).focus();
    await page.keyboard.press('Enter');
    await configurator.locator('section.step[data-step="engraving"]').waitFor({ timeout: 30_000 });
    const frameControls = await configurator.locator('body').evaluate(() => {
      const controls = [...document.querySelectorAll('button, a[href], input, select, textarea')];
      return controls.map((c) => c.id || c.textContent.trim() || c.getAttribute('aria-label') || '');
    });
    for (const control of frameControls) {
      assert.doesNotMatch(control, /^Send|Your brief|^brief-|consent/i, `no brief in the revision mode (${control})`);
    }
    assert.equal(await configurator.locator('form.brief-form, #brief-email').count(), 0, 'no brief form');
    // Only the ring, its tools and the design steps: none of the visitor's chrome (the shop's bar
    // and tagline, the language picker, the share link, saved designs), once the panel's last
    // part (the summary, mounted with them) is on screen.
    await configurator.locator('.panel .summary').waitFor({ timeout: 30_000 });
    for (const chrome of ['.shop-bar', '.shop-tagline', '.language-switch', 'section.share', 'section.saved', '#share-link', '#save-name']) {
      assert.equal(await configurator.locator(chrome).filter({ visible: true }).count(), 0, `no ${chrome} in the revision frame`);
    }
    const frameText = await configurator.locator('body').innerText();
    assert.doesNotMatch(frameText, /talk it through with your jeweler|Share or keep this design|My designs/, 'none of the visitor\'s chrome in words');
    // Nor words to the visitor (the third eye test read "Your ring so far … at a standard size
    // until you give yours" in the jeweler's frame).
    assert.equal(await configurator.locator('#summary-title').innerText(), 'The design so far');
    assert.doesNotMatch(frameText, /Your ring so far|until you give yours|until your jeweler advises/, 'the summary speaks to the jeweler');
    assert.deepEqual(await axeViolations(page), [], 'axe on the revision mode');
    await screen(page, 'studio-commission-revise-1280');
    await page.setViewportSize(PHONE);
    const reviseWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(reviseWidth <= PHONE.width, `the revision mode fits the phone (${reviseWidth} px)`);
    await screen(page, 'studio-commission-revise-360');
    await page.setViewportSize(DESKTOP);
    // "Use this design", by keyboard.
    await bar.getByRole('button', { name: 'Use this design' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/studio/briefs/${reference}`);
    const form = page.locator('.studio-proposal-form');
    await form.waitFor({ timeout: 30_000 });
    assert.match(await form.locator('.studio-changes').innerText(), /Metal: Platinum 950 → 18k yellow gold/);
    assert.equal(await page.locator('#proposal-currency').inputValue(), 'GBP', 'the budget\'s currency');
    await page.locator('#proposal-message').fill('Here is the gold version, warmer and lighter on the budget.');
    await page.locator('#proposal-low').fill('3200');
    await page.locator('#proposal-high').fill('2800');
    await form.getByRole('button', { name: 'Send the proposal' }).click();
    assert.match(await form.locator('[role=alert]').innerText(), /lower end is above its upper end/);
    await page.locator('#proposal-low').fill('2800');
    await page.locator('#proposal-high').fill('3200');
    await form.getByRole('button', { name: 'Send the proposal' }).click();
    const proposal = page.locator('.studio-proposal').first();
    await proposal.waitFor({ timeout: 30_000 });
    assert.equal(await form.count(), 0, 'the form closes once sent');
    assert.match(await proposal.innerText(), /Metal: Platinum 950 → 18k yellow gold/);
    assert.match(await proposal.innerText(), /Price: £2,800–£3,200/);
    assert.match(await proposal.locator('.studio-answer').innerText(), /Waiting for the visitor's answer/);
    assert.match(await page.locator('.studio-commission-status').innerText(), /Design proposed/);
    // The visitor sees it with their token and accepts; the studio shows the answer.
    const view = await (await visitor(firstToken, 'GET')).json();
    assert.equal(view.proposals.length, 1);
    assert.equal(view.proposals[0].price.low, 2800);
    const answered = await visitor(firstToken, 'POST', `/proposals/${view.proposals[0].id}/answer`,
      { answer: 'accepted', comment: 'Yes please.' });
    assert.equal(answered.status, 200, await answered.clone().text());
    await page.reload();
    await page.locator('.studio-answer[data-answer="accepted"]').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.studio-answer').innerText(), /Accepted by the visitor: “Yes please\.”/);
    // The brief now leads with the agreed design, marked, and keeps the original in reach.
    const headline = page.locator('.studio-summary');
    assert.match(await headline.innerText(), /^Changed by proposal\s+18k yellow gold/);
    assert.match(await page.locator('.studio-original').innerText(), /^Original design: Platinum 950/);
    assert.match(await page.locator('.studio-original a').getAttribute('href'), /^\/\?d=/);
    await screen(page, 'studio-commission-agreed-1280');

    // The making: CAD, with a note and a photo, the visitor emailed.
    await page.locator('#stage-name').selectOption('cad');
    await page.locator('#stage-note').fill('The CAD model is ready for your look.');
    await page.locator('#stage-photo').setInputFiles({ name: 'cad.png', mimeType: 'image/png', buffer: photo([60, 90, 200]) });
    assert.equal(await page.locator('#stage-notify').isChecked(), true);
    await page.getByRole('button', { name: 'Move to this stage' }).click();
    const stage = page.locator('.studio-stage[data-stage="cad"]');
    await stage.waitFor({ timeout: 30_000 });
    assert.match(await stage.innerText(), /CAD model[\s\S]*The CAD model is ready for your look\./);
    await page.waitForFunction(() => {
      const img = document.querySelector('.studio-stage[data-stage="cad"] img.studio-stage-photo');
      return img && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 30_000 });
    assert.match(await page.locator('.studio-commission-status').innerText(), /Being made/);
    const seen = await (await visitor(firstToken, 'GET')).json();
    assert.deepEqual(seen.stages.map((s) => [s.stage, s.note]), [['cad', 'The CAD model is ready for your look.']]);
    assert.ok(seen.stages[0].photo, 'the visitor gets the photo too');

    // The brief's ring is drawn once it is in view.
    await page.locator('canvas.ring-canvas').first().scrollIntoViewIfNeeded();
    await waitForFrames(page);
    assert.deepEqual(await axeViolations(page), [], 'axe on the brief page');
    // The commission's cards fill both columns: no empty column beside "The making".
    const columns = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('.studio-commission-grid .studio-card')]
        .map((card) => card.getBoundingClientRect()).filter((r) => r.height > 0);
      const grid = document.querySelector('.studio-commission-grid').getBoundingClientRect();
      const middle = grid.left + grid.width / 2;
      const side = (left) => cards.filter((r) => (r.left < middle) === left);
      const bottom = (rs) => Math.max(0, ...rs.map((r) => r.bottom));
      return {
        counts: [side(true).length, side(false).length],
        gap: Math.abs(bottom(side(true)) - bottom(side(false))),
        tallest: Math.max(...cards.map((r) => r.height)),
      };
    });
    assert.ok(columns.counts.every((n) => n > 0), `two columns of cards (${columns.counts})`);
    assert.ok(columns.gap <= columns.tallest,
      `the columns end near each other (${Math.round(columns.gap)} px apart, tallest card ${Math.round(columns.tallest)} px)`);
    await screen(page, 'studio-commission-brief-1280');
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.locator('.studio-stage').waitFor({ timeout: 30_000 });
    await waitForFrames(page);
    const briefWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(briefWidth <= PHONE.width, `the brief page fits the phone (${briefWidth} px)`);
    await screen(page, 'studio-commission-brief-360');
    await page.setViewportSize(DESKTOP);

    // Availability, from the bar: Europe/London, hours every day, Saturday added by keyboard.
    await page.getByRole('link', { name: 'Availability' }).click();
    await page.locator('#availability-zone').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.studio-availability').innerText(), /Bookings are not open yet/);
    await page.locator('#availability-zone').selectOption('Europe/London');
    const saturday = page.locator('.studio-day[data-weekday="6"]');
    assert.match(await saturday.innerText(), /Closed/);
    await saturday.getByRole('button', { name: 'Add hours on Saturday' }).focus();
    await page.keyboard.press('Enter');
    await saturday.locator('.studio-range').waitFor();
    await saturday.locator('input[type=time]').first().fill('09:00');
    await saturday.locator('input[type=time]').last().fill('13:00');
    for (const weekday of [1, 2, 3, 4, 5, 7]) {
      const day = page.locator(`.studio-day[data-weekday="${weekday}"]`);
      if (await day.locator('.studio-range').count() === 0) {
        await day.getByRole('button', { name: /Add hours on/ }).click();
      }
      await day.locator('input[type=time]').first().fill('09:00');
      await day.locator('input[type=time]').last().fill('17:00');
    }
    await page.locator('#availability-slot').fill('60');
    await page.locator('#availability-buffer').fill('0');
    await page.locator('#availability-horizon').fill('45');
    await page.locator('#availability-notice').fill('0');
    await page.getByLabel('Phone call').check();
    const closedDay = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('#availability-closed').fill(closedDay);
    await page.getByRole('button', { name: 'Add date' }).press('Enter');
    await page.locator(`.studio-closed time[datetime="${closedDay}"]`).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe on the availability page');
    await screen(page, 'studio-commission-availability-1280');
    await page.setViewportSize(PHONE);
    const availabilityWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(availabilityWidth <= PHONE.width, `the availability page fits the phone (${availabilityWidth} px)`);
    await screen(page, 'studio-commission-availability-360');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.locator('.studio-saved').waitFor({ timeout: 30_000 });
    assert.equal(
      await page.locator('.studio-booking-state').innerText(),
      'Visitors book free slots from these hours on their commission page.',
      'saving opens bookings on the page itself, without a reload',
    );
    const stored = await page.evaluate(async () => (await fetch('/api/studio/availability')).json());
    assert.equal(stored.time_zone, 'Europe/London');
    assert.deepEqual(stored.weekly.filter((h) => h.weekday === 6), [{ weekday: 6, start: '09:00', end: '13:00' }]);
    assert.equal(stored.weekly.length, 7);
    assert.deepEqual([...stored.kinds].sort(), ['in_shop', 'phone', 'video']);
    assert.deepEqual(stored.closed_dates, [closedDay]);
    assert.deepEqual([stored.slot_minutes, stored.buffer_minutes, stored.horizon_days, stored.min_notice_hours], [60, 0, 45, 0]);
    await page.reload();
    await page.locator('.studio-day[data-weekday="6"] .studio-range').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#availability-zone').inputValue(), 'Europe/London', 'read back after a reload');
    assert.match(await page.locator('.studio-availability').innerText(), /Visitors book free slots/);

    // The jeweler books a consultation for the visitor (a free slot: 10:00 in three days, UTC
    // being London's winter time) and cancels it.
    const slots = await (await visitor(firstToken, 'GET', '/slots?from=' + new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) + '&days=1')).json();
    assert.ok(slots.slots.length > 0, 'bookings are open for the visitor');
    const slot = slots.slots.find((s) => s.starts_at.endsWith('T10:00:00Z')) ?? slots.slots[0];
    await page.getByRole('link', { name: '← All briefs' }).click();
    // The inbox describes the agreed design too, marked, without the original's snapshot.
    const agreedRow = page.locator(`.studio-row[data-reference="${reference}"]`);
    await agreedRow.waitFor({ timeout: 30_000 });
    assert.match(await agreedRow.locator('.studio-row-summary').innerText(), /^Changed by proposal\s+18k yellow gold/);
    assert.equal(await agreedRow.locator('img.studio-thumb').count(), 0);
    // Where the snapshot of the design sent was, a sketch of the agreed one (the third eye test
    // found an empty grey square): its band in yellow gold's colour, the stone on it; a picture
    // only, the words beside it saying the design.
    const sketch = agreedRow.locator('.studio-thumb.sketch .design-sketch');
    assert.equal(await sketch.getAttribute('aria-hidden'), 'true');
    assert.equal(await sketch.locator('figcaption').count(), 0);
    const band = (await sketch.locator('.sketch-band').getAttribute('stroke')).match(/\d+/g).map(Number);
    assert.ok(band[0] - band[2] > 50, `yellow gold drawn warm: ${band}`);
    assert.equal(await sketch.locator('.sketch-stone path').count(), 2, 'the stone: girdle and table');
    const drawn = await sketch.locator('svg').boundingBox();
    assert.ok(drawn.width > 40 && drawn.height > 40, `the sketch fills the thumbnail: ${JSON.stringify(drawn)}`);
    await screen(page, 'studio-commission-agreed-inbox-1280');
    await page.setViewportSize(PHONE);
    await screen(page, 'studio-commission-agreed-inbox-360');
    await page.setViewportSize(DESKTOP);
    await page.locator(`.studio-row[data-reference="${reference}"] .studio-row-link`).click();
    // The jeweler picks the slot from the free times, grouped under the shop's days, each in the
    // shop's clock and the browser's (this browser is on UTC, London's winter time: one clock).
    const picked = page.locator(`input[name="appointment-slot"][value="${slot.starts_at}"]`);
    await picked.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#appointment-when').count(), 0, 'no time to type');
    const shopDay = await page.evaluate((iso) => new Date(iso).toLocaleDateString(navigator.language,
      { dateStyle: 'full', timeZone: 'Europe/London' }), slot.starts_at);
    const dayGroup = page.locator('.studio-slot-day', { has: picked });
    assert.equal(await dayGroup.locator('h3').innerText(), shopDay);
    assert.equal(await dayGroup.getAttribute('role'), 'group');
    assert.match(await page.locator('.studio-slot-picker').innerText(), /Times at the shop \(Europe\/London\)/);
    const slotLabel = await page.locator(`label[for="${await picked.getAttribute('id')}"]`).innerText();
    const shopClock = await page.evaluate((iso) => new Date(iso).toLocaleTimeString(navigator.language,
      { timeStyle: 'short', timeZone: 'Europe/London' }), slot.starts_at);
    assert.equal(slotLabel.trim(), shopClock);
    // A jeweler whose browser is in New York reads both clocks.
    const away = await launch({ viewport: PHONE, timezoneId: 'America/New_York' });
    try {
      await away.context.addCookies(await context.cookies());
      await away.page.goto(new URL(`/studio/briefs/${reference}`, server.url).href);
      const awayPicked = away.page.locator(`input[name="appointment-slot"][value="${slot.starts_at}"]`);
      await awayPicked.waitFor({ timeout: 30_000 });
      const awayClock = await away.page.evaluate((iso) => new Date(iso).toLocaleTimeString(navigator.language,
        { timeStyle: 'short' }), slot.starts_at);
      const awayLabel = await away.page.locator(`label[for="${await awayPicked.getAttribute('id')}"]`).innerText();
      assert.equal(awayLabel.replace(/\s+/g, ' ').trim(), `${shopClock} (${awayClock} your time)`);
      assert.match(await away.page.locator('.studio-slot-picker').innerText(), /your own time in brackets/);
      const awayWidth = await away.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(awayWidth <= PHONE.width, `the free times fit the phone (${awayWidth} px)`);
      await away.page.locator('.studio-slot-picker').scrollIntoViewIfNeeded();
      await screen(away.page, 'studio-commission-slots-360');
      assert.deepEqual(away.errors, []);
    } finally {
      await away.context.close();
    }
    await page.locator('.studio-slot-picker').scrollIntoViewIfNeeded();
    await screen(page, 'studio-commission-slots-1280');
    await picked.check();
    // The free times are pills like the visitor's (the third eye test found radios in boxes): a
    // finger's height, round, the chosen one marked by more than its dot.
    const pills = await page.locator('.studio-slots li').evaluateAll((items) => items.map((li) => {
      const style = getComputedStyle(li);
      const box = li.getBoundingClientRect();
      return {
        height: box.height,
        round: parseFloat(style.borderTopLeftRadius) >= box.height / 2 - 1,
        checked: li.querySelector('input').checked,
        look: `${style.backgroundColor} ${style.boxShadow}`,
      };
    }));
    const chosenPills = pills.filter((p) => p.checked);
    assert.equal(chosenPills.length, 1, 'one time chosen');
    for (const pill of pills.slice(0, 6)) {
      assert.ok(pill.height >= 44 && pill.round, `a pill a finger tall: ${JSON.stringify(pill)}`);
      if (!pill.checked) assert.notEqual(pill.look, chosenPills[0].look, 'the chosen time looks chosen');
    }
    await page.locator('.studio-slot-picker').screenshot({ path: join(outputDir, 'studio-commission-slot-pills-1280.png') });
    await page.locator('#appointment-kind').selectOption('video');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const appointment = page.locator('.studio-appointment');
    await appointment.waitFor({ timeout: 30_000 });
    assert.equal(new Date(await appointment.getAttribute('data-starts-at')).toISOString(), new Date(slot.starts_at).toISOString());
    assert.match(await appointment.innerText(), /Video call[\s\S]*Europe\/London/);
    assert.equal((await (await visitor(firstToken, 'GET')).json()).appointment.kind, 'video');
    // Cancelling asks first; "Keep it" keeps the consultation, "Yes, cancel it" cancels.
    await page.getByRole('button', { name: 'Cancel the consultation' }).click();
    const cancelQuestion = page.getByRole('alertdialog', { name: 'The visitor and you will get a cancellation by email. Cancel the consultation?' });
    await cancelQuestion.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Keep it', 'the safe answer takes the focus');
    await screen(page, 'studio-commission-cancel-confirm-1280');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Cancel the consultation' }).waitFor();
    assert.equal((await (await visitor(firstToken, 'GET')).json()).appointment.kind, 'video', '"Keep it" keeps the consultation');
    await page.getByRole('button', { name: 'Cancel the consultation' }).click();
    await cancelQuestion.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.locator('.studio-consultation', { hasText: 'Nothing booked' }).waitFor({ timeout: 30_000 });
    assert.equal((await (await visitor(firstToken, 'GET')).json()).appointment, null);

    // The visitor asks for erasure with a comment: the brief page shows when, their words quoted,
    // and what the jeweler has to do.
    const erasure = await visitor(firstToken, 'POST', '/erasure', { comment: 'Please erase my photos too.\nThank you.' });
    assert.equal(erasure.status, 202, await erasure.clone().text());
    const { requested_at: requestedAt } = await erasure.json();
    await page.reload();
    const erasureNote = page.getByRole('note', { name: /The visitor asked for erasure/ });
    await erasureNote.waitFor({ timeout: 30_000 });
    assert.equal(await erasureNote.locator('time').getAttribute('datetime'), requestedAt);
    assert.equal(await erasureNote.locator('blockquote').innerText(), 'Please erase my photos too.\nThank you.');
    assert.match(await erasureNote.innerText(), /Erase this brief with “Delete this brief…” under “Erase” further down, within the time your privacy notice promises/);
    await erasureNote.scrollIntoViewIfNeeded();
    await page.setViewportSize(PHONE);
    await screen(page, 'studio-commission-erasure-360');
    await page.setViewportSize(DESKTOP);
    await screen(page, 'studio-commission-erasure-1280');

    // A new link with an expiry: it asks first ("Keep it" keeps the old link), then the old one
    // stops, the new one opens; then revoked.
    await page.locator('#link-expiry').selectOption('30');
    await page.getByRole('button', { name: 'Issue a new link' }).click();
    const issueQuestion = page.getByRole('alertdialog', {
      name: 'The visitor\'s current link will stop working, and the new one will be emailed to them. Issue a new link?',
    });
    await issueQuestion.waitFor({ timeout: 30_000 });
    assert.equal(await focused(page), 'Keep it', 'the focus is on the safe answer');
    assert.equal((await visitor(firstToken, 'GET')).status, 200, 'asking issues nothing');
    await page.setViewportSize(PHONE);
    await issueQuestion.scrollIntoViewIfNeeded();
    await screen(page, 'studio-commission-issue-confirm-360');
    await page.setViewportSize(DESKTOP);
    await page.keyboard.press('Enter');
    assert.equal(await issueQuestion.count(), 0, '"Keep it" closes the question');
    assert.equal(await page.locator('.studio-issued').count(), 0);
    assert.equal((await visitor(firstToken, 'GET')).status, 200, '"Keep it" keeps the old link');
    await page.getByRole('button', { name: 'Issue a new link' }).click();
    await issueQuestion.getByRole('button', { name: 'Yes, issue a new link' }).click();
    const issued = page.locator('.studio-issued a');
    await issued.waitFor({ timeout: 30_000 });
    const newToken = new URL(await issued.getAttribute('href')).pathname.replace(/^\/c\//, '');
    assert.notEqual(newToken, firstToken);
    assert.equal((await visitor(firstToken, 'GET')).status, 410, 'the old link is refused');
    assert.equal((await visitor(newToken, 'GET')).status, 200, 'the new link opens');
    await page.locator('.studio-link-state', { hasText: 'works until' }).waitFor({ timeout: 30_000 });
    // Revoking asks first: "Keep it" leaves the link working.
    await page.getByRole('button', { name: 'Revoke the link' }).click();
    const revokeQuestion = page.getByRole('alertdialog', { name: 'The visitor will no longer be able to open their page. Revoke?' });
    await revokeQuestion.waitFor();
    assert.equal((await visitor(newToken, 'GET')).status, 200, 'asking revokes nothing');
    await page.setViewportSize(PHONE);
    const confirmWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(confirmWidth <= PHONE.width, `the question fits the phone (${confirmWidth} px)`);
    await revokeQuestion.scrollIntoViewIfNeeded();
    await screen(page, 'studio-commission-revoke-confirm-360');
    await page.setViewportSize(DESKTOP);
    await revokeQuestion.getByRole('button', { name: 'Keep it' }).click();
    assert.equal((await visitor(newToken, 'GET')).status, 200, '"Keep it" keeps the link');
    await page.getByRole('button', { name: 'Revoke the link' }).click();
    await revokeQuestion.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.locator('.studio-link-state', { hasText: 'revoked' }).waitFor({ timeout: 30_000 });
    assert.equal((await visitor(newToken, 'GET')).status, 410, 'a revoked link is refused');
    assert.equal(await page.getByRole('button', { name: 'Revoke the link' }).count(), 0);

    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// The commission told once, across both sides, in two browsers as the two people use them: the
// visitor on a 360 px phone in New York, the jeweler at 1280 px in the studio, against the real
// server and the real release build. A brief is sent and its commission page opened from the link
// in the confirmation .eml; the jeweler writes from the studio and the visitor, told by email,
// answers with a photo; the jeweler proposes 18k yellow gold through "Propose a change" and the
// visitor compares the two rings in 3D (their pixels differ, the proposal warmer) and accepts, which
// the studio then shows; the jeweler opens bookings through the availability page and the visitor
// books a slot, both invitations parsed with ical.js and their DTSTART the instant booked and shown;
// the jeweler moves the piece to CAD with a photo and the visitor sees it on the timeline; the
// visitor downloads their data and the JSON holds all of it. Each visitor step is screenshot at 360
// and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { PNG } from 'pngjs';
import { startServer, launch, waitForFrames, animationFrames, outputDir, createStudioAccount, warmth } from './support.mjs';
import { parseMail, leaves, text } from './brief-mail.mjs';

const JEWELER = { email: 'maker@jeweler.example', password: 'a long bench password' };
const STUDIO_MAIL = 'studio@jeweler.example';
const VISITOR = { name: 'Ada Lovelace', email: 'ada@example.com' };
const VISITOR_ZONE = 'America/New_York';
const SHOP_ZONE = 'Europe/London';
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: STUDIO_MAIL, ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

/** A PNG of one colour with a darker square in it, as a phone photo would arrive. */
function photo([r, g, b], width = 160, height = 120) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const inner = x > width / 4 && x < (3 * width) / 4 && y > height / 4 && y < (3 * height) / 4;
      png.data[i] = inner ? r >> 1 : r;
      png.data[i + 1] = inner ? g >> 1 : g;
      png.data[i + 2] = inner ? b >> 1 : b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Every .eml the server wrote so far, parsed, with its file name. */
function mails() {
  const folder = join(server.dataDir, 'data', 'outbox-mail');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith('.eml')).sort()
    .map((file) => ({ file, mail: parseMail(readFileSync(join(folder, file))) }));
}

/**
 * The first email to `to` for which `pick(mail, texts)` gives a value, waiting (by animation frames
 * of `page`, never a timer) for the outbox worker to write it.
 */
async function mailTo(page, to, pick, what) {
  for (let i = 0; i < 3000; i += 1) {
    for (const { mail } of mails()) {
      if (!(mail.headers.to ?? '').includes(to)) continue;
      const found = pick(mail, leaves(mail).map(text));
      if (found) return found;
    }
    await animationFrames(page, 4);
  }
  throw new Error(`no email to ${to} with ${what}; the outbox holds: ${mails().map((m) => `${m.file} → ${m.mail.headers.to}: ${m.mail.headers.subject}`).join('; ')}`);
}

/** The commission link (`/c/<token>`) in a mail's texts. */
const commissionLink = (texts) => texts.map((t) => /https?:\/\/\S+?(\/c\/[A-Za-z0-9_-]{40,})/.exec(t)?.[1]).find(Boolean);

/**
 * The visitor's page, screenshot on the phone and then on a desktop, back on the phone afterwards;
 * both must be as wide as the window at most.
 */
async function visitorShots(page, name) {
  for (const [size, label] of [[DESKTOP, '1280'], [PHONE, '360']]) {
    await page.setViewportSize(size);
    await animationFrames(page, 3);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= size.width, `${name} fits ${size.width} px (${width} px wide)`);
    writeFileSync(join(outputDir, `commission-story-${name}-${label}.png`), await page.screenshot({ fullPage: true }));
  }
}

/** The jeweler's page, screenshot at 1280 px. */
async function studioShot(page, name) {
  writeFileSync(join(outputDir, `commission-story-studio-${name}-1280.png`), await page.screenshot({ fullPage: true }));
}

/** The commission as the visitor's page reads it, through the page's own origin and token. */
const commissionJson = (page) => page.evaluate(async () => {
  const token = location.pathname.split('/')[2];
  return (await fetch(`/api/c/${token}`)).json();
});

/** Reloads the visitor's page and waits for the commission to be drawn again. */
async function reloadCommission(page) {
  await page.reload();
  await page.locator('.commission-title').waitFor({ timeout: 30_000 });
}

/** The DTSTART instant and the UID, METHOD and SEQUENCE of an invitation, read by ical.js. */
function invitation(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // Zones a calendar defines must be known before its times are read.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = calendar.getFirstSubcomponent('vevent');
  assert.ok(event, 'the calendar holds an event');
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    start: event.getFirstPropertyValue('dtstart').toJSDate().toISOString(),
    end: event.getFirstPropertyValue('dtend').toJSDate().toISOString(),
  };
}

/** The `text/calendar` part of an email, if it has one. */
const calendarPart = (mail) => leaves(mail).find((p) => p.type === 'text/calendar');

test('a commission from brief to bench, across the visitor\'s page and the studio', async () => {
  const visitor = await launch({ viewport: PHONE, timezoneId: VISITOR_ZONE });
  const jeweler = await launch({ viewport: DESKTOP });
  const you = visitor.page;
  const studio = jeweler.page;
  try {
    // (1) The visitor designs a Platinum 950 ring on the phone and sends the brief.
    await you.goto(server.url);
    await waitForFrames(you);
    await you.getByLabel('Platinum 950').check();
    await you.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await you.locator('form.brief-form').waitFor();
    await you.getByLabel('Your name').fill(VISITOR.name);
    await you.locator('#brief-email').fill(VISITOR.email);
    await you.getByLabel('Budget up to').fill('3500');
    await you.getByLabel('Currency').selectOption('GBP');
    await you.getByLabel('Either is fine').check();
    await you.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await you.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await you.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    assert.match(reference, /^AT-[0-9A-Z]{5}$/);

    // The confirmation email carries the private link; the visitor follows it.
    const link = await mailTo(you, VISITOR.email, (_, texts) => commissionLink(texts), 'a commission link');
    const commissionUrl = new URL(link, server.url).href;
    await you.goto(commissionUrl);
    await you.locator('.commission-title').waitFor({ timeout: 30_000 });
    assert.match(await you.locator('.commission-title').innerText(), new RegExp(reference));
    assert.equal((await you.locator('.status-now').innerText()).trim(), 'Received');
    await waitForFrames(you);
    assert.match(await you.locator('canvas.ring-canvas').getAttribute('aria-label'), /Platinum 950/);
    await visitorShots(you, '1-opened');

    // (2) The jeweler makes the studio account in the studio's own form and opens the brief.
    await createStudioAccount(server, studio, JEWELER);
    const row = studio.locator(`.studio-row[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('link').first().click();
    await studio.getByLabel('Write to the visitor').waitFor({ timeout: 30_000 });
    const firstWords = 'Thank you, Ada. Platinum suits the stone; may I show you a warmer gold as well?';
    await studio.getByLabel('Write to the visitor').fill(firstWords);
    await studio.getByRole('button', { name: 'Send message' }).click();
    await studio.locator('.studio-conversation', { hasText: firstWords }).waitFor({ timeout: 30_000 });

    // The visitor is told by email, with the message and the link, and answers with a photo.
    const told = await mailTo(you, VISITOR.email, (_, texts) => texts.some((t) => t.includes(firstWords)) && texts, 'the jeweler\'s message');
    assert.equal(commissionLink(told), link, 'the notice links to the same commission page');
    await reloadCommission(you);
    await you.locator('.message', { hasText: firstWords }).waitFor({ timeout: 30_000 });
    const reply = 'Yes please, show me the gold. Here is the ring I wear now.';
    await you.getByLabel('Write to the jeweler').fill(reply);
    await you.getByLabel('Add photos (up to 3)').setInputFiles({
      name: 'my-hand.png', mimeType: 'image/png', buffer: photo([210, 150, 110]),
    });
    await you.locator('.reply-photos img').waitFor({ timeout: 30_000 });
    await you.getByRole('button', { name: 'Send', exact: true }).click();
    await you.locator('.message', { hasText: reply }).waitFor({ timeout: 30_000 });
    await you.waitForFunction(() => [...document.querySelectorAll('.message img')]
      .some((img) => img.complete && img.naturalWidth > 0), null, { timeout: 30_000 });
    await visitorShots(you, '2-replied');

    // The jeweler is told too, and sees the reply with its photo on the brief page.
    await mailTo(studio, STUDIO_MAIL, (_, texts) => texts.some((t) => t.includes(reply)), 'the visitor\'s reply');
    await studio.reload();
    const theirs = studio.locator('.studio-conversation', { hasText: reply });
    await theirs.waitFor({ timeout: 30_000 });
    // The studio's pictures load lazily: the jeweler scrolls to the photo.
    await theirs.locator('img').first().scrollIntoViewIfNeeded();
    await studio.waitForFunction(() => [...document.querySelectorAll('.studio-conversation img')]
      .some((img) => img.complete && img.naturalWidth > 0), null, { timeout: 30_000 });

    // (3) "Propose a change": the brief's design in the configurator, the metal changed, brought back.
    await studio.getByRole('button', { name: 'Propose a change' }).click();
    await studio.waitForURL((url) => url.pathname === `/studio/briefs/${reference}/revise`);
    // The configurator runs in a frame under the studio's revision bar.
    const configurator = studio.getByTitle('The configurator, on the brief\'s current design');
    await configurator.waitFor({ timeout: 30_000 });
    const frame = await (await configurator.elementHandle()).contentFrame();
    await waitForFrames(frame);
    await frame.getByLabel('18k yellow gold').check();
    await studio.getByText('Platinum 950 → 18k yellow gold').first().waitFor({ timeout: 30_000 });
    await studio.getByRole('button', { name: 'Use this design' }).click();
    await studio.waitForURL((url) => url.pathname === `/studio/briefs/${reference}`);
    await studio.getByLabel('Message to the visitor').fill('Here it is in 18k yellow gold: warmer, and kinder to the budget.');
    await studio.getByLabel('From').fill('2800');
    await studio.getByLabel('To', { exact: true }).fill('3200');
    await studio.getByRole('button', { name: 'Send the proposal' }).click();
    await studio.locator('.studio-proposal', { hasText: 'Platinum 950 → 18k yellow gold' }).waitFor({ timeout: 30_000 });

    // The visitor compares the two rings, drawn by the live viewer, and accepts.
    await reloadCommission(you);
    const proposal = you.locator('.proposal').first();
    await proposal.waitFor({ timeout: 30_000 });
    assert.match(await proposal.innerText(), /Platinum 950 → 18k yellow gold/);
    // Two live viewers side by side: the design before and the proposal, each drawn by WebGL.
    const rings = proposal.locator('canvas.ring-canvas');
    await rings.nth(1).waitFor({ timeout: 60_000 });
    assert.equal(await rings.count(), 2, 'two live viewers in the proposal');
    // Each canvas as the screen shows it, once it has drawn in view.
    const drawn = async (n) => {
      await rings.nth(n).scrollIntoViewIfNeeded();
      // This canvas's own frames: a viewer draws once it is in view.
      await rings.nth(n).evaluate((c) => new Promise((done) => {
        const check = () => (Number(c.dataset.frames ?? 0) > 0 ? done() : requestAnimationFrame(check));
        check();
      }));
      await animationFrames(you, 10);
      return PNG.sync.read(await rings.nth(n).screenshot());
    };
    const before = await drawn(0);
    const after = await drawn(1);
    assert.deepEqual([before.width, before.height], [after.width, after.height], 'the two views are the same size');
    assert.ok(before.width >= 64, `a real drawing (${before.width} × ${before.height})`);
    for (const [view, name] of [[before, 'original'], [after, 'proposal']]) {
      const png = new PNG({ width: view.width, height: view.height });
      png.data = Buffer.from(view.data);
      writeFileSync(join(outputDir, `commission-story-compare-${name}.png`), PNG.sync.write(png));
    }
    let differ = 0;
    const mean = (png) => {
      const sum = [0, 0, 0];
      for (let i = 0; i < png.data.length; i += 4) { sum[0] += png.data[i]; sum[1] += png.data[i + 1]; sum[2] += png.data[i + 2]; }
      return sum.map((v) => v / (png.data.length / 4));
    };
    for (let i = 0; i < before.data.length; i += 4) {
      const d = Math.abs(before.data[i] - after.data[i]) + Math.abs(before.data[i + 1] - after.data[i + 1])
        + Math.abs(before.data[i + 2] - after.data[i + 2]);
      if (d > 40) differ += 1;
    }
    const share = differ / (before.width * before.height);
    assert.ok(share > 0.01, `the original and the proposal look different (${(share * 100).toFixed(2)} % of pixels)`);
    assert.ok(warmth(mean(after)) > warmth(mean(before)),
      `the proposal is the warmer ring (${warmth(mean(before)).toFixed(4)} → ${warmth(mean(after)).toFixed(4)})`);
    await visitorShots(you, '3-proposal');
    await proposal.getByRole('button', { name: 'Accept this design' }).click();
    await you.locator('.proposal-answer', { hasText: 'You accepted this design' }).waitFor({ timeout: 30_000 });
    await you.waitForFunction(() => /18k yellow gold/.test(document.querySelector('canvas.ring-canvas')?.getAttribute('aria-label') ?? ''),
      null, { timeout: 30_000 });
    await visitorShots(you, '3-accepted');

    // The studio shows the answer.
    await studio.reload();
    await studio.locator('.studio-proposal', { hasText: 'Accepted by the visitor' }).waitFor({ timeout: 30_000 });

    // (4) The jeweler opens bookings through the availability page: London, 09:00–17:00 every day.
    await studio.getByRole('link', { name: 'Availability' }).click();
    await studio.getByLabel('The shop\'s time zone').selectOption(SHOP_ZONE);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      const add = studio.getByRole('button', { name: `Add hours on ${day}` });
      if (await studio.getByRole('button', { name: `Remove these hours on ${day}` }).count() === 0) await add.click();
      const hours = studio.locator('.studio-day', { has: studio.getByRole('heading', { name: day }) });
      await hours.getByLabel('From').fill('09:00');
      await hours.getByLabel('to').fill('17:00');
    }
    await studio.getByLabel('Consultation length (minutes)').fill('60');
    await studio.getByLabel('Free time after each (minutes)').fill('0');
    await studio.getByLabel('Bookable up to (days ahead)').fill('30');
    await studio.getByLabel('Shortest notice (hours)').fill('24');
    await studio.getByLabel('Video call').check();
    await studio.getByRole('button', { name: 'Save availability' }).click();
    await studio.locator('.studio-saved').waitFor({ timeout: 30_000 });
    await studioShot(studio, 'availability');

    // The visitor books a video call; the slots are in New York time, the shop's zone said too.
    await reloadCommission(you);
    const picker = you.locator('.booking-picker');
    await picker.waitFor({ timeout: 30_000 });
    assert.match(await picker.innerText(), new RegExp(SHOP_ZONE));
    await you.getByLabel('Video call').check();
    const slot = picker.getByRole('button', { name: /shop time: /i }).first();
    const shown = await slot.getAttribute('aria-label');
    // "4:00 AM (shop time: Mon, 09:00 AM GMT)" read as 24-hour clocks.
    const h23 = (text) => {
      const [, h, m, half] = /(\d{1,2}):(\d{2})\s*([AP]M)?/i.exec(text) ?? [];
      if (h === undefined) return undefined;
      const hour = half ? (Number(h) % 12) + (/pm/i.test(half) ? 12 : 0) : Number(h);
      return `${String(hour).padStart(2, '0')}:${m}`;
    };
    const shownClock = h23(shown.split('(')[0]);
    const shownShopClock = h23(shown.split(/shop time:/i)[1] ?? '');
    assert.ok(shownClock && shownShopClock, `a slot says its time twice: ${shown}`);
    await slot.click();
    await you.getByRole('button', { name: 'Book this time' }).click();
    const appointment = you.locator('.appointment');
    await appointment.waitFor({ timeout: 30_000 });
    assert.match(await appointment.innerText(), /Video call/);
    const booked = (await commissionJson(you)).appointment;
    assert.ok(booked, 'the commission holds the appointment');
    const clockIn = (zone) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(booked.starts_at));
    assert.equal(shownClock, clockIn(VISITOR_ZONE), 'the slot showed the booked instant in New York time');
    assert.equal(shownShopClock, clockIn(SHOP_ZONE), 'and in London time');
    assert.notEqual(clockIn(VISITOR_ZONE), clockIn(SHOP_ZONE), 'the two zones read differently');
    await visitorShots(you, '4-booked');

    // Both invitations parse as iCalendar, with the same event at the booked instant.
    const invitations = [];
    for (const to of [VISITOR.email, STUDIO_MAIL]) {
      const part = await mailTo(you, to, (mail) => calendarPart(mail), 'an invitation');
      assert.match(part.headers['content-type'], /method=REQUEST/i);
      const read = invitation(text(part));
      assert.equal(read.method, 'REQUEST');
      assert.equal(read.start, new Date(booked.starts_at).toISOString(), `${to}'s invitation starts when booked`);
      assert.equal(read.end, new Date(booked.ends_at).toISOString(), `${to}'s invitation ends when booked`);
      assert.equal(Date.parse(read.end) - Date.parse(read.start), 60 * 60_000, 'an hour, as the studio set');
      invitations.push(read);
    }
    assert.equal(invitations[0].uid, invitations[1].uid, 'one event for both sides');
    assert.equal(invitations[0].sequence, invitations[1].sequence);

    // The studio shows the consultation at the same instant.
    await studio.goto(new URL(`/studio/briefs/${reference}`, server.url).href);
    const theirAppointment = studio.locator('.studio-appointment');
    await theirAppointment.waitFor({ timeout: 30_000 });
    assert.equal(new Date(await theirAppointment.getAttribute('data-starts-at')).toISOString(), new Date(booked.starts_at).toISOString());
    // The jeweler reads the visitor's own clock too, for a call (the third eye test missed it),
    // and the date once: the end is a time only.
    const nyClock = await studio.evaluate(([iso, zone]) => new Date(iso).toLocaleString(document.documentElement.lang || 'en',
      { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }), [booked.starts_at, VISITOR_ZONE]);
    const said = (await theirAppointment.innerText()).replace(/\s+/g, ' ');
    assert.ok(said.includes(`The visitor’s time (${VISITOR_ZONE}): ${nyClock}`.replace(/\s+/g, ' ')), said);
    assert.match(said, /^[^:]+: [^–]+ – \d{1,2}:\d\d\s?[AP]M \(your time\)/, said);

    // (5) The jeweler moves the piece to CAD with a photo and a note, and notifies the visitor.
    const stageNote = 'The CAD model is ready: have a look at the setting from above.';
    await studio.getByLabel('Move to the stage').selectOption('cad');
    await studio.getByLabel('Note for the visitor (optional)').fill(stageNote);
    await studio.getByLabel('Photo (optional)').setInputFiles({ name: 'cad.png', mimeType: 'image/png', buffer: photo([70, 100, 210]) });
    await studio.getByRole('button', { name: 'Move to this stage' }).click();
    await studio.locator('.studio-stage', { hasText: stageNote }).waitFor({ timeout: 30_000 });
    await studioShot(studio, 'brief');

    await reloadCommission(you);
    const timeline = you.locator('.commission-timeline');
    await timeline.waitFor({ timeout: 30_000 });
    assert.match(await timeline.innerText(), /CAD model/);
    assert.match(await timeline.innerText(), new RegExp(stageNote.replace(/[.:]/g, '\\$&')));
    await you.waitForFunction(() => [...document.querySelectorAll('.commission-timeline img')]
      .some((img) => img.complete && img.naturalWidth > 0), null, { timeout: 30_000 });
    assert.equal((await you.locator('.status-now').innerText()).trim(), 'Being made');
    await visitorShots(you, '5-making');

    // (6) The visitor downloads their data: a real download, the JSON holding the whole commission.
    const downloading = you.waitForEvent('download');
    await you.getByRole('link', { name: 'Download my data (JSON)' }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.json$/);
    const saved = readFileSync(await download.path(), 'utf8');
    writeFileSync(join(outputDir, 'commission-story-data.json'), saved);
    const file = JSON.parse(saved);
    assert.ok(!Number.isNaN(Date.parse(file.exported_at)), `an export time: ${file.exported_at}`);
    const data = file.commission;
    assert.equal(data.reference, reference);
    assert.deepEqual(data.messages.map((m) => [m.author, m.text]), [['jeweler', firstWords], ['visitor', reply]]);
    assert.equal(data.proposals.length, 1);
    assert.equal(data.proposals[0].answer?.answer, 'accepted');
    assert.deepEqual(data.proposals[0].price, { low: 2800, high: 3200, currency: 'GBP' });
    assert.equal(data.appointments.length, 1);
    assert.equal(new Date(data.appointments[0].starts_at).toISOString(), new Date(booked.starts_at).toISOString());
    assert.equal(data.appointments[0].kind, 'video');
    assert.deepEqual(data.stages.map((s) => [s.stage, s.note]), [['cad', stageNote]]);
    const kinds = data.files.map((f) => f.belongs_to);
    assert.ok(kinds.includes('message') && kinds.includes('stage'), `the photos are in it (${kinds.join(', ')})`);
    for (const file of data.files.filter((f) => f.belongs_to === 'message' || f.belongs_to === 'stage')) {
      const bytes = Buffer.from(file.data_base64, 'base64');
      const isImage = bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))
        || bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        || (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP');
      assert.ok(isImage, `the ${file.belongs_to} photo's bytes are a picture (${file.mime_type}, ${bytes.length} B)`);
      assert.match(file.mime_type, /^image\//);
    }
    await visitorShots(you, '6-data');

    assert.deepEqual(visitor.errors, [], 'no error on the visitor\'s page');
    assert.deepEqual(jeweler.errors, [], 'no error in the studio');
  } finally {
    await visitor.context.close();
    await jeweler.context.close();
  }
});

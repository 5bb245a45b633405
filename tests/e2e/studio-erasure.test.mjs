// A visitor's erasure request as the jeweler meets it in the studio's inbox: two briefs arrive (one
// through the configurator, whose confirmation .eml carries the visitor's private link, one posted
// again under another name); before any request the "Erasure requested" filter is empty with its own
// sentence; after the visitor's POST /api/c/{token}/erasure the row carries an "Erasure requested"
// badge with the date (a mark and words, not colour alone) at 1280 and 360 px, the other row none,
// and the filter lists only that brief. Axe runs on the inbox and on the filtered inbox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, animationFrames, outputDir, axeViolations, createStudioAccount } from './support.mjs';
import { parseMail, leaves, text } from './brief-mail.mjs';

const JEWELER = { email: 'maker@jeweler.example', password: 'a long erasure password' };
const VISITOR = { name: 'Ada Lovelace', email: 'ada@example.com' };
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

test('the inbox marks and filters the briefs whose visitor asked for erasure', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    // A visitor sends a brief through the configurator; the same body comes again under another name.
    let posted;
    page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posted = r.postData(); });
    await page.goto(server.url);
    await waitForFrames(page);
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    await page.getByLabel('Your name').fill(VISITOR.name);
    await page.locator('#brief-email').fill(VISITOR.email);
    await page.getByLabel('Either is fine').check();
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    const token = await tokenFromMail(page, VISITOR.email);
    const body = JSON.parse(posted);
    body.brief.contact.name = 'Grace Hopper';
    body.brief.contact.email = 'grace@example.com';
    const again = await fetch(new URL('/api/consultations', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'erasure-e2e-2' },
      body: JSON.stringify(body),
    });
    assert.equal(again.status, 201, await again.clone().text());
    const other = (await again.json()).reference;

    // The jeweler signs up; nobody has asked for erasure yet.
    await createStudioAccount(server, page, JEWELER);
    const row = page.locator(`.studio-row[data-reference="${reference}"]`);
    const otherRow = page.locator(`.studio-row[data-reference="${other}"]`);
    await row.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.studio-erasure').count(), 0, 'no badge before a request');
    const filter = page.getByRole('button', { name: 'Erasure requested', exact: true });
    await filter.click();
    await page.locator('.studio-empty').waitFor({ timeout: 30_000 });
    assert.equal(await filter.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.studio-empty').innerText(), 'No visitor has asked for their data to be erased.');
    await filter.click();
    await row.waitFor({ timeout: 30_000 });

    // The visitor asks for erasure from the commission page.
    const asked = await fetch(new URL(`/api/c/${token}/erasure`, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ comment: 'Please erase everything, I changed my mind.' }),
    });
    assert.equal(asked.status, 202, await asked.clone().text());
    const { requested_at: requestedAt } = await asked.json();
    await page.reload();
    await row.waitFor({ timeout: 30_000 });
    await otherRow.waitFor({ timeout: 30_000 });
    const badge = row.locator('.studio-erasure');
    await badge.waitFor({ timeout: 30_000 });
    assert.match(await badge.locator('time').innerText(), /^Erasure requested \S.* \d{4}$/, 'the words and the date');
    assert.equal(await badge.locator('[aria-hidden="true"]').innerText(), '!', 'a mark as well as colour');
    assert.equal(await badge.locator('time').getAttribute('datetime'), requestedAt);
    assert.equal(await otherRow.locator('.studio-erasure').count(), 0, 'only the brief asked about');
    assert.deepEqual(await axeViolations(page), [], 'axe on the inbox with the badge');
    await screen(page, 'studio-erasure-inbox-1280');
    await page.setViewportSize(PHONE);
    assert.ok(await badge.isVisible(), 'the badge shows on a phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the inbox fits the phone (${width} px)`);
    await screen(page, 'studio-erasure-inbox-360');
    await page.setViewportSize(DESKTOP);

    // The filter lists only that brief.
    await filter.click();
    await page.locator('.studio-filter[data-filter="erasure"][aria-pressed="true"]').waitFor();
    await otherRow.waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await page.locator('.studio-row').count(), 1, 'only the brief whose visitor asked');
    assert.equal(await row.locator('.studio-erasure time').getAttribute('datetime'), requestedAt);
    assert.deepEqual(await axeViolations(page), [], 'axe on the filtered inbox');
    await page.setViewportSize(PHONE);
    await screen(page, 'studio-erasure-filter-360');

    // The brief page's notice is a block of its own, not the inbox's pill-shaped badge squeezed
    // around four columns (the third user-eye test found its words broken mid-word at 360 px).
    await row.locator('.studio-row-link').click();
    const notice = page.getByRole('note').filter({ hasText: 'asked for erasure' });
    await notice.waitFor({ timeout: 30_000 });
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      const shape = await notice.evaluate((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const parent = el.parentElement.getBoundingClientRect();
        const words = [...el.querySelectorAll('p, blockquote')]
          .map((p) => ({ text: p.textContent.trim().slice(0, 30), width: p.getBoundingClientRect().width }));
        return { display: style.display, radius: parseFloat(style.borderTopLeftRadius), share: box.width / parent.width, words };
      });
      assert.equal(shape.display, 'block', `${viewport.width} px: ${JSON.stringify(shape)}`);
      assert.ok(shape.radius < 20, `${viewport.width} px: a box, not a pill: ${shape.radius}px`);
      assert.ok(shape.share > 0.95, `${viewport.width} px: the notice spans its column: ${shape.share}`);
      for (const part of shape.words) {
        assert.ok(part.width > 200, `${viewport.width} px: "${part.text}" has a line's room: ${part.width}px`);
      }
      assert.match(await notice.innerText(), /Please erase everything, I changed my mind\./);
      await notice.screenshot({ path: join(outputDir, `studio-erasure-notice-${viewport.width}.png`) });
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

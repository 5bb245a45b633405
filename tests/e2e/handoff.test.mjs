// The moment of sending and after, as a visitor and a jeweler meet it. Sent by keyboard, the
// confirmation takes the focus; a reload keeps the reference until "Start a new design". The
// visitor's email shows the ring (inline by Content-ID) and links back to the same design. The
// budget starts on the shop's currency. The studio shows a photo's file name as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launch, waitForFrames, animationFrames, outputDir, chromiumArgs, createStudioAccount, openBriefStep } from './support.mjs';
import { parseMail, leaves, text } from './brief-mail.mjs';

const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const JEWELER = { email: 'maker@jeweler.example', password: 'a long bench password' };

/** A port nobody listens on right now, so the server's public address can name it before it starts. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

let server;
let publicUrl;
before(async () => {
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  server = await startServer({
    port,
    env: {
      ATELIER_JEWELER_EMAIL: 'studio@jeweler.example',
      ATELIER_MAIL_FROM: 'atelier@jeweler.example',
      ATELIER_PUBLIC_URL: publicUrl,
    },
  });
});
after(async () => { await server?.stop(); });

const mailDir = () => join(server.dataDir, 'data', 'outbox-mail');

/** Waits for one of the server's .eml files, checking once per few animation frames. */
async function mail(page, name) {
  const path = join(mailDir(), name);
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (existsSync(path)) return readFileSync(path);
    await animationFrames(page, 5);
  }
  throw new Error(`no ${path}; server log:\n${server.log()}`);
}

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

async function fill(page, { name, email }) {
  await page.getByLabel('Your name').fill(name);
  await page.locator('#brief-email').fill(email);
  await page.getByLabel('Budget up to').fill('4200');
  await page.getByLabel('Either is fine').check();
  await page.getByLabel("It's a surprise: the wearer must not be contacted").check();
  await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
}

/** Tabs from the consent box to Send and presses Enter, as a keyboard visitor does. */
async function sendByKeyboard(page) {
  await page.locator('#brief-consent').focus();
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('brief-send'))) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('Tab never reached the Send button');
}

/** What has the focus: its tag, id and whether it sits inside the confirmation. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return { tag: e?.tagName, id: e?.id ?? '', inConfirmation: Boolean(e?.closest('.brief-confirmation')) };
  });
}

const sent = {};

for (const [label, viewport] of [['1280', DESKTOP], ['360', PHONE]]) {
  test(`${label} px: sent by keyboard, the confirmation has the focus, survives a reload, and goes with "Start a new design"`, async () => {
    const { context, page, errors } = await launch({ viewport });
    try {
      const posts = [];
      page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posts.push(r); });
      await openBriefStep(page, server.url);
      const summary = await page.locator('.brief-design-text').innerText();
      await fill(page, { name: 'Mary Somerville', email: `mary.${label}@example.com` });
      await sendByKeyboard(page);
      const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
      assert.match(reference, REFERENCE);
      assert.equal(posts.length, 1);

      // The focus is on the confirmation's heading, not on <body> where the Send button was.
      await page.waitForFunction(() => document.activeElement?.closest('.brief-confirmation'));
      assert.deepEqual(await focused(page), { tag: 'H3', id: 'brief-confirmation-title', inConfirmation: true });
      assert.equal(await page.locator('#brief-confirmation-title').getAttribute('tabindex'), '-1');
      const fresh = await page.locator('.brief-confirmation').innerText();
      assert.match(fresh, /never the wearer/);
      await screen(page, `handoff-confirmation-${label}-fresh`);

      // A reload shows the same reference and the surprise promise again.
      await page.reload();
      await page.locator('.brief-confirmation').waitFor({ timeout: 30_000 });
      assert.equal((await page.locator('.brief-reference').innerText()).trim(), reference);
      assert.match(await page.locator('.brief-confirmation').innerText(), /never the wearer/);
      assert.equal(await page.locator('form.brief-form').count(), 0);
      // The third line is the private commission page the confirmation links to.
      const commission = await page.getByRole('link', { name: 'Your commission page' }).getAttribute('href');
      assert.match(commission, /^\/c\/[A-Za-z0-9_-]{16,128}$/);
      assert.equal(
        await page.evaluate(() => localStorage.getItem('atelier.confirmation.v1')),
        `${reference}\nsurprise\n${commission}`,
      );
      // The link is drawn as a button inside a sentence: no later line of that sentence may run
      // under it (at 360 px its padding once covered the next line's text).
      const covered = await page.locator('.brief-commission-link').evaluate((p) => {
        const button = p.querySelector('a').getBoundingClientRect();
        const range = document.createRange();
        range.setStartAfter(p.querySelector('a'));
        range.setEnd(p, p.childNodes.length);
        // A later line starts below the button's middle; the rest of its own line starts above.
        return [...range.getClientRects()]
          .filter((r) => r.width > 0 && r.top > (button.top + button.bottom) / 2)
          .some((r) => r.top < button.bottom - 1);
      });
      assert.equal(covered, false, 'the commission link covers none of the sentence around it');
      await screen(page, `handoff-confirmation-${label}-reloaded`);

      // "Start a new design" is visible, clears the confirmation and starts from the first step.
      const startNew = page.getByRole('button', { name: 'Start a new design' });
      assert.ok(await startNew.isVisible());
      await startNew.click();
      await page.locator('.step[data-step="metal"]').waitFor();
      assert.equal(await page.locator('.brief-confirmation').count(), 0);
      assert.equal(await page.evaluate(() => localStorage.getItem('atelier.confirmation.v1')), null);
      await page.reload();
      await waitForFrames(page);
      await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
      await page.locator('form.brief-form').waitFor();
      assert.equal(await page.locator('.brief-confirmation').count(), 0);
      assert.equal(await page.getByLabel('Your name').inputValue(), '');

      const request = JSON.parse(posts[0].postData());
      sent[label] = { reference, summary, request };
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the visitor's email shows the design inline and its link reopens that design", async () => {
  const { reference, summary, request } = sent['1280'] ?? assert.fail('the 1280 px send did not run');
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    const raw = await mail(page, `${reference}-visitor.eml`);
    const parsed = parseMail(raw);
    assert.equal(parsed.type, 'multipart/related');
    const parts = leaves(parsed);
    const plain = text(parts.find((p) => p.type === 'text/plain'));
    const html = text(parts.find((p) => p.type === 'text/html'));
    const pictures = parts.filter((p) => p.type === 'image/png');
    assert.equal(pictures.length, 1, 'one picture of the design');
    assert.equal(pictures[0].headers['content-id'], '<design>');
    // The very picture the configurator took of the ring (the three-quarter view).
    const threeQuarter = request.snapshots.find((s) => s.view === 'three-quarter');
    assert.ok(pictures[0].body.equals(Buffer.from(threeQuarter.png_base64, 'base64')));
    assert.match(html, /<img src="cid:design" alt="Your ring, three quarter view"/);
    assert.match(plain, /The picture with this email is your ring as the configurator drew it \(three quarter view\)\./);

    const link = /Reopen your design in the configurator: (\S+)/.exec(plain)?.[1];
    assert.ok(link, plain);
    assert.ok(link.startsWith(`${publicUrl}/?d=`), link);
    assert.ok(html.includes(`<a href="${link}">Reopen your design in the configurator</a>`), html);

    // The email as a mail client shows it: the picture decodes and is drawn.
    const inline = `data:image/png;base64,${pictures[0].body.toString('base64')}`;
    await page.setContent(html.replace('cid:design', inline));
    await page.waitForFunction(() => document.images[0]?.complete && document.images[0].naturalWidth > 0);
    assert.equal(await page.evaluate(() => document.images[0].naturalWidth), 800);
    writeFileSync(join(outputDir, 'handoff-visitor-email.png'), await page.screenshot({ fullPage: true }));

    // The link opens the configurator on the very design that was sent.
    await page.goto(link);
    await waitForFrames(page);
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('.brief-design-text').waitFor();
    assert.equal(await page.locator('.brief-design-text').innerText(), summary);
    const code = new URL(link).searchParams.get('d');
    assert.equal(new URL(await page.locator('#share-link').inputValue()).searchParams.get('d'), code);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** The catalog the server serves, with a price list in `currency`. */
async function catalogPricedIn(currency) {
  const catalog = await (await fetch(new URL('/api/catalog', server.url))).json();
  catalog.prices = {
    currency,
    prices_date: '2026-11-01',
    metal_per_gram: Object.fromEntries(catalog.metals.map((m) => [m.id, 70])),
    stone_per_carat: [{ stone: 'diamond', per_carat: { low: 3000, high: 8000 } }],
    labour: { low: 400, high: 900 },
  };
  const path = join(mkdtempSync(join(tmpdir(), 'atelier-catalog-')), 'catalog.json');
  writeFileSync(path, JSON.stringify(catalog));
  return path;
}

/** The currency the brief step's select shows once the shop is known, and what a send would say. */
async function currencyOn(origin, { locale } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'atelier-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: DESKTOP,
    reducedMotion: 'reduce',
    ...(locale ? { locale } : {}),
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const shopAnswer = page.waitForResponse((r) => r.url().endsWith('/api/shop'));
    await openBriefStep(page, origin);
    const shop = await (await shopAnswer).json();
    // The page has read the shop's answer once its name (rather than the placeholder) is shown.
    await page.waitForFunction(() => document.querySelector('.shop-name')?.textContent.trim() === 'Atelier');
    await animationFrames(page, 2);
    const select = page.getByLabel('Currency');
    return {
      shop: shop.currency,
      value: await select.inputValue(),
      shown: await select.evaluate((s) => s.options[s.selectedIndex].textContent),
    };
  } finally {
    await context.close();
  }
}

test("the budget starts on the shop's currency: its price list's, the configured one, else the visitor's region", async () => {
  const priced = await startServer({ env: { ATELIER_CATALOG: await catalogPricedIn('GBP') } });
  const configured = await startServer({ env: { ATELIER_CURRENCY: 'CHF' } });
  try {
    assert.deepEqual(await currencyOn(priced.url), { shop: 'GBP', value: 'GBP', shown: 'GBP' });
    assert.deepEqual(await currencyOn(configured.url), { shop: 'CHF', value: 'CHF', shown: 'CHF' });
    // Neither: the visitor's language region decides.
    assert.deepEqual(await currencyOn(server.url, { locale: 'en-US' }), { shop: null, value: 'USD', shown: 'USD' });
    assert.deepEqual(await currencyOn(server.url, { locale: 'en-GB' }), { shop: null, value: 'GBP', shown: 'GBP' });
  } finally {
    await priced.stop();
    await configured.stop();
  }
  // A visitor's own pick is what is sent.
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    const posts = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posts.push(r); });
    await openBriefStep(page, server.url);
    await fill(page, { name: 'Caroline Herschel', email: 'caroline@example.com' });
    await page.getByLabel('Currency').selectOption('CAD');
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-reference').waitFor({ timeout: 60_000 });
    assert.equal(JSON.parse(posts[0].postData()).brief.budget.currency, 'CAD');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** A small JPEG drawn in the page. */
async function photo(page) {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d');
    g.fillStyle = 'hsl(40 60% 70%)';
    g.fillRect(0, 0, 640, 480);
    g.strokeStyle = '#845';
    g.lineWidth = 12;
    g.beginPath();
    g.arc(320, 240, 150, 0, 2 * Math.PI);
    g.stroke();
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}

test('the studio captions a photo with its file name as it is, and a snapshot with its view', async () => {
  const visitor = await launch({ viewport: DESKTOP });
  let reference;
  try {
    await openBriefStep(visitor.page, server.url);
    await fill(visitor.page, { name: 'Emmy Noether', email: 'emmy@example.com' });
    await visitor.page.locator('#brief-photos').setInputFiles([
      { name: 'inspiration-halo.jpg', mimeType: 'image/jpeg', buffer: await photo(visitor.page) },
    ]);
    await visitor.page.locator('.photo-list .photo').first().waitFor();
    await visitor.page.locator('.photo-status:empty').waitFor({ state: 'attached' });
    await visitor.page.getByRole('button', { name: 'Send to the jeweler' }).click();
    reference = (await visitor.page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    assert.deepEqual(visitor.errors, []);
  } finally {
    await visitor.context.close();
  }

  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    await createStudioAccount(server, page, JEWELER);
    await page.locator('.studio-list').waitFor({ timeout: 30_000 });
    await page.goto(new URL(`/studio/briefs/${reference}`, server.url).href);
    await page.locator(`.studio-brief[data-reference="${reference}"]`).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.studio-picture img')].every((i) => i.complete && i.naturalWidth > 0));
    // innerText is what the eye reads, after CSS text-transform.
    const captions = await page.locator('.studio-picture figcaption').evaluateAll((all) => all.map((c) => c.innerText));
    assert.deepEqual(captions, ['Three-quarter view', 'Top view', 'Side view', 'inspiration-halo.jpg']);
    assert.equal(await page.locator('.studio-picture img[alt="inspiration-halo.jpg"]').count(), 1);
    await page.locator('.studio-picture', { hasText: 'inspiration-halo.jpg' }).screenshot({ path: join(outputDir, 'handoff-studio-caption.png') });
    // The setup page first asks for a session and is told 401: the browser logs that answer.
    assert.deepEqual(errors.filter((e) => !/status of 401 \(Unauthorized\)/.test(e)), []);
  } finally {
    await context.close();
  }
});

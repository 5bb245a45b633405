// What a tester found in the visitor's languages, checked as a visitor meets it: a French budget
// with a decimal comma is refused rather than read 100× too large, and the live budget line names
// what it cannot read; the page's title follows the language after a switch, a reload and inside
// an embed; the studio's title is in the shop's language; at 360 px in German and Japanese the
// viewer's tools stay inside the viewer and the current step's tab is not hidden under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, waitForFrames, outputDir } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const locales = resolve(here, '..', '..', 'locales');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The message `key` of locales/<lang>/<source>.ftl as written (one line). */
function message(lang, source, key) {
  const line = readFileSync(join(locales, lang, `${source}.ftl`), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${key} =`));
  assert.ok(line, `${lang}/${source}.ftl has no ${key}`);
  return line.slice(line.indexOf('=') + 1).trim();
}

/** `message` with its `{ $name }` placeables filled in from `args`. */
function said(lang, source, key, args = {}) {
  return message(lang, source, key).replace(/\{ \$([a-z_]+) \}/g, (_, name) => args[name]);
}

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

async function fullShot(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** The shop's name as the server gives it to the app. */
async function shopName(page) {
  return page.evaluate(async () => (await (await fetch('/api/shop')).json()).name);
}

test('fr-FR: a budget with a decimal comma is refused, never read 100× larger', async () => {
  const browser = await launch({ locale: 'fr-FR', viewport: PHONE });
  const { page, errors } = browser;
  try {
    await page.goto(new URL('/?step=brief', server.url).href);
    await waitForFrames(page);
    await page.locator('form.brief-form').waitFor();
    const line = page.locator('.brief-budget-shown');
    await page.locator('#brief-budget-max').fill('2 500,50');
    await page.locator('#brief-budget-min').fill('1 500');
    assert.equal(
      (await line.innerText()).trim(),
      said('fr', 'brief', 'brief-budget-unreadable', { text: '2 500,50' }).replace(/\u2068|\u2069/g, ''),
    );
    assert.doesNotMatch(await line.innerText(), /250[\s\u00a0\u202f.,]?050/);
    // A minimum the page cannot read is named too, never dropped from the line.
    await page.locator('#brief-budget-max').fill('2 500');
    await page.locator('#brief-budget-min').fill('1234,56');
    assert.match(await line.innerText(), /1234,56/);
    assert.doesNotMatch(await line.innerText(), /123[\s\u00a0\u202f.]?456/);
    await fullShot(page, 'i18n-fixes-budget-fr-360');
    // Sending shows the field's error in French and sends nothing.
    await page.locator('#brief-name').fill('Camille Martin');
    await page.locator('#brief-email').fill('camille@example.com');
    const consent = page.locator('form.brief-form input[type=checkbox]').last();
    await consent.check();
    let posted = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/consultations')) posted += 1; });
    await page.locator('form.brief-form button[type=submit]').click();
    const whole = message('fr', 'brief', 'brief-error-whole-amount');
    await page.locator('.brief-summary-errors').waitFor();
    assert.match(await page.locator('.brief-summary-errors').innerText(), new RegExp(whole.slice(0, 20)));
    assert.equal(posted, 0, 'a budget it cannot read is not sent');
    // Grouped the French way, the amounts read as they are.
    await page.locator('#brief-budget-min').fill('1 500');
    assert.match(await line.innerText(), /1\s500/);
    assert.match(await line.innerText(), /2\s500/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

test('the page title follows the language: a switch, a reload, and an embed in German', async () => {
  const browser = await launch({ locale: 'en-US', viewport: DESKTOP });
  const { page, errors } = browser;
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    const shop = await shopName(page);
    const english = said('en', 'start', 'cfg-page-title', { shop });
    assert.equal(await page.title(), english);
    // The language switch in the shop's bar.
    await page.locator('#language').selectOption('fr');
    const french = said('fr', 'start', 'cfg-page-title', { shop });
    await page.waitForFunction((want) => document.title === want, french);
    // A reload in the remembered language.
    await page.reload();
    await waitForFrames(page);
    await page.waitForFunction((want) => document.title === want, french);
    // The page an embed with locale="de" opens.
    await page.goto(new URL('/?embed=1&locale=de', server.url).href);
    await waitForFrames(page);
    const german = said('de', 'start', 'cfg-page-title', { shop });
    await page.waitForFunction((want) => document.title === want, german);
    assert.equal(await page.title(), german);
    // The commission page says its own title in the visitor's language.
    await page.goto(new URL('/c/unknown-link?lang=ja', server.url).href);
    const japanese = message('ja', 'commission', 'com-page-title');
    await page.waitForFunction((want) => document.title === want, japanese);
    assert.deepEqual(errors.filter((e) => !/404|Not Found/i.test(e)), []);
  } finally {
    await browser.context.close();
  }
});

for (const locale of ['de-DE', 'ja-JP']) {
  test(`${locale} at 360 px: the viewer's tools stay inside the viewer and the current step is in sight`, async () => {
    const browser = await launch({ locale, viewport: PHONE });
    const { page, errors } = browser;
    try {
      // The visitor comes to the size step with Next, which scrolls the new step into view.
      await page.goto(new URL('/?step=band', server.url).href);
      await waitForFrames(page);
      await page.locator('.step-actions button').last().click();
      await page.waitForFunction(() => document.querySelector('.step')?.dataset.step === 'size');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const boxes = await page.evaluate(() => {
        const viewer = document.querySelector('.viewer').getBoundingClientRect();
        const tools = [...document.querySelectorAll('.viewer-tool')].map((t) => {
          const r = t.getBoundingClientRect();
          return { label: t.getAttribute('aria-label'), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        });
        const current = document.querySelector('.step-nav [aria-current=step]').getBoundingClientRect();
        const stage = document.querySelector('.stage').getBoundingClientRect();
        const list = document.querySelector('.step-nav ol').getBoundingClientRect();
        // What is drawn at the tab's corners and middle: the tab itself, or something over it.
        const middle = (current.top + current.bottom) / 2;
        const covered = [0.2, 0.5, 0.8].map((f) => [current.left + f * (current.right - current.left), middle])
          .filter(([x, y]) => !document.elementFromPoint(x, y)?.closest('.step-nav [aria-current=step]'))
          .length;
        return { viewer: { top: viewer.top, bottom: viewer.bottom, left: viewer.left, right: viewer.right }, tools, current: { top: current.top, bottom: current.bottom, left: current.left, right: current.right }, stageBottom: stage.bottom, list: { left: list.left, right: list.right }, covered };
      });
      assert.equal(boxes.tools.length, 7, 'every tool is there');
      for (const tool of boxes.tools) {
        assert.ok(
          tool.top >= boxes.viewer.top - 0.5 && tool.bottom <= boxes.viewer.bottom + 0.5
            && tool.left >= boxes.viewer.left - 0.5 && tool.right <= boxes.viewer.right + 0.5,
          `${tool.label} lies inside the viewer: ${JSON.stringify(tool)} in ${JSON.stringify(boxes.viewer)}`,
        );
      }
      assert.ok(boxes.current.top >= boxes.stageBottom - 0.5, `the current step's tab is below the viewer: ${JSON.stringify(boxes)}`);
      assert.ok(boxes.current.left >= boxes.list.left - 1 && boxes.current.right <= boxes.list.right + 1, 'the current step is in the list\'s sight');
      assert.equal(boxes.covered, 0, 'nothing is drawn over the current step\'s tab');
      await fullShot(page, `i18n-fixes-size-${locale}-360`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  });
}

test('the studio\'s title is the shop\'s studio in the shop\'s language', async () => {
  const browser = await launch({ viewport: DESKTOP });
  const { page } = browser;
  try {
    await page.goto(new URL('/studio/?lang=de', server.url).href);
    const shop = await shopName(page);
    const german = said('de', 'studio', 'studio-page-title', { shop });
    await page.waitForFunction((want) => document.title === want, german);
    assert.equal(await page.title(), german);
  } finally {
    await browser.context.close();
  }
});

test('fr-FR without WebGL2: the reason the preview cannot run is in French', async () => {
  const browser = await launch({ locale: 'fr-FR', extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
  const { page, errors } = browser;
  try {
    await page.goto(server.url);
    const fallback = page.locator('.viewer-fallback');
    await fallback.waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await fallback.innerText()).replace(/\u2068|\u2069/g, '');
    assert.ok(text.includes(`(${message('fr', 'viewer', 'viewer-reason-no-webgl2')})`), text);
    assert.doesNotMatch(text, /this browser/);
    await fullShot(page, 'i18n-fixes-no-webgl-fr');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

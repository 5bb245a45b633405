// When the configurator cannot load or start (its first chunk or its JS not fetched, the browser
// offline, no WebAssembly, an error before the first render), the poster does not say "Loading"
// forever: it says, in the visitor's language, that the ring designer could not be loaded, with a
// "Try again" button that reloads; back online, the page tries again by itself. The start script
// that does it is inline, so the page's Content-Security-Policy must still let it run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, outputDir, waitForFrames, animationFrames, axeViolations } from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A one-line message of `locales/<lang>/common.ftl`, as the visitor reads it. */
function word(lang, key) {
  const ftl = readFileSync(join(root, 'locales', lang, 'common.ftl'), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${key} =`));
  assert.ok(line, `${key} in ${lang}`);
  return line.slice(key.length + 2).trim();
}

/** The browser's language for each page language tested. */
const LOCALES = { en: 'en-GB', de: 'de-DE', ar: 'ar-EG' };

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** A browser in `lang` that records every Content-Security-Policy violation of its pages. */
async function browser(lang, viewport = { width: 1280, height: 800 }) {
  const b = await launch({ locale: LOCALES[lang], viewport });
  await b.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return b;
}

/**
 * Waits for the poster's failure and checks it: the sentence and the button in `lang`, the
 * loading line gone, the button on screen and not covered, and no policy violation. Returns the
 * button.
 */
async function failure(page, lang) {
  const box = page.locator('.poster-failed');
  await box.waitFor({ state: 'visible', timeout: 30_000 });
  // The server's `lang`, or the app's own regional tag once its words had arrived.
  assert.match(await page.locator('html').getAttribute('lang'), new RegExp(`^${lang}\\b`));
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.equal((await box.locator('.poster-failed-note').innerText()).trim(), word(lang, 'common-designer-failed'));
  assert.equal(await page.locator('.poster-note').isVisible(), false, 'no "Loading" beside it');
  const retry = box.getByRole('button', { name: word(lang, 'common-retry'), exact: true });
  assert.ok(await retry.isVisible());
  const onTop = await retry.evaluate((button) => {
    const r = button.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return r.bottom <= innerHeight && r.right <= innerWidth && r.x >= 0 && button.contains(hit);
  });
  assert.ok(onTop, 'the button is on screen and nothing covers it');
  assert.equal(await page.locator('main').count(), 0, 'no app');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  return retry;
}

/** Clicks `retry` and waits for the reloaded page's ring: a working configurator. */
async function retryInto(page, retry, errors) {
  errors.length = 0;
  const reloaded = page.waitForEvent('load');
  await retry.click();
  await reloaded;
  await waitForFrames(page);
  assert.ok(await page.locator('main.configurator').isVisible());
  assert.equal(await page.locator('.poster').isVisible(), false);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
}

/** The console errors that are not the browser's own line about a failed request. */
const logged = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

/** What is refused, and what the console says of it besides the failed request. */
const BLOCKED = [
  ['the first chunk', '**/atelier_bg.wasm', /^console: TypeError/],
  ['atelier.js', '**/atelier.js', /^console: TypeError/],
  ['the split loader atelier.js imports', '**/__wasm_split.js', /^console: TypeError/],
  // The wasm runs, but the words it fetches before its first render do not come.
  ['the words file', '**/*.ftl', /^console: no words to show/],
];

for (const lang of ['en', 'de']) {
  for (const [what, pattern, why] of BLOCKED) {
    test(`${lang}: ${what} refused, the poster says so, and "Try again" brings the ring once it comes`, async () => {
      const { context, page, errors } = await browser(lang);
      try {
        await page.route(pattern, (route) => route.abort('failed'));
        await page.goto(server.url);
        const retry = await failure(page, lang);
        // The jeweler finds why in the console, not only the browser's line about the request.
        assert.ok(logged(errors).some((e) => why.test(e)), errors.join('\n'));
        assert.ok(!errors.some((e) => /Content Security Policy/i.test(e)), errors.join('\n'));
        await page.unroute(pattern);
        await retryInto(page, retry, errors);
      } finally {
        await context.close();
      }
    });
  }

  test(`${lang}: offline before the app arrives, "Try again" waits for the network, and coming back online loads it by itself`, async () => {
    const { context, page, errors } = await browser(lang);
    try {
      // The page arrives; the app's files are held until the browser has gone offline.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/app-*/**', async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      await context.setOffline(true);
      release();
      const retry = await failure(page, lang);
      assert.equal(await page.evaluate(() => navigator.onLine), false);
      // Offline, a reload could only show the browser's own error page: the poster stays, and its
      // status line under the button says that it tried and will again by itself.
      await page.evaluate(() => { window.stillHere = true; });
      const again = page.locator('.poster-again[role="status"]');
      assert.equal((await again.innerText()).trim(), '');
      await retry.click();
      await animationFrames(page, 3);
      assert.equal(await page.evaluate(() => window.stillHere), true);
      assert.ok(await retry.isVisible());
      assert.equal((await again.innerText()).trim(), word(lang, 'common-still-offline'));
      assert.ok(await again.isVisible());
      writeFileSync(join(outputDir, `boot-failure-offline-retry-${lang}.png`), await page.screenshot());
      await page.unroute('**/app-*/**');
      errors.length = 0;
      const reloaded = page.waitForEvent('load');
      await context.setOffline(false);
      await reloaded;
      await waitForFrames(page);
      assert.ok(await page.locator('main.configurator').isVisible());
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('an error before the first render (a panic in the wasm) ends in the sentence, with the panic in the console', async () => {
  const { context, page, errors } = await browser('en');
  try {
    // The app's first render builds its elements through document.createElement; here the page
    // refuses, so the wasm panics after it has loaded and started.
    await page.addInitScript(() => {
      Document.prototype.createElement = () => { throw new Error('no elements for this test'); };
    });
    await page.goto(server.url);
    await failure(page, 'en');
    assert.ok(errors.some((e) => /panicked at/.test(e)), errors.join('\n'));
  } finally {
    await context.close();
  }
});

test('a browser without WebAssembly gets the sentence, and the reason in the console', async () => {
  const { context, page, errors } = await browser('en');
  try {
    await page.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(server.url);
    await failure(page, 'en');
    assert.ok(logged(errors).some((e) => /WebAssembly/.test(e)), errors.join('\n'));
  } finally {
    await context.close();
  }
});

for (const lang of ['en', 'de', 'ar']) {
  for (const width of [360, 1280]) {
    test(`${lang} at ${width} px: the failed poster reads well and is the shop's page`, async () => {
      const { context, page } = await browser(lang, { width, height: width < 500 ? 780 : 800 });
      try {
        await page.route('**/atelier_bg.wasm', (route) => route.abort('failed'));
        await page.goto(server.url);
        await failure(page, lang);
        await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
        writeFileSync(join(outputDir, `boot-failed-${lang}-${width}.png`), await page.screenshot());
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }
}

// The shop's name, not the product's, from the first byte: the server renders it into the page's
// title and the loading poster, so a visitor sees whose shop this is in the tab and on the poster
// before the wasm arrives, and still after. The poster is screenshot at 360 px and 1280 px, and
// no page breaks the Content Security Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, outputDir } from './support.mjs';

const SHOP = 'Maison Vérel & Fils';

let server;
before(async () => { server = await startServer({ env: { ATELIER_SHOP_NAME: SHOP } }); });
after(async () => { await server?.stop(); });

/** Counts the page's CSP violations from its first script on. */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

for (const width of [360, 1280]) {
  test(`the configurator's tab and poster name the shop at ${width} px`, async () => {
    const { context, page, errors } = await launch({ viewport: { width, height: width < 500 ? 780 : 800 } });
    try {
      await watchPolicy(page);
      // The wasm is held back, so the page is seen as a slow connection shows it.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      await page.locator('.poster .shop-name').waitFor();
      await page.waitForFunction(() => document.querySelector('.poster img')?.complete);
      assert.equal(await page.title(), `${SHOP} · design your ring`);
      assert.equal(await page.locator('.poster .shop-name').innerText(), SHOP);
      writeFileSync(join(outputDir, `shop-name-poster-${width}.png`), await page.screenshot());

      release();
      await page.locator('canvas.ring-canvas').waitFor({ timeout: 60_000 });
      await page.locator('.poster').waitFor({ state: 'hidden' });
      assert.equal(await page.title(), `${SHOP} · design your ring`, 'the title stays once the app runs');
      writeFileSync(join(outputDir, `shop-name-app-${width}.png`), await page.screenshot());
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the studio's tab and poster name the shop", async () => {
  const { context, page, errors } = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    await watchPolicy(page);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(new URL('/studio', server.url).href, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.title(), `${SHOP} Studio`);
    // textContent: the stylesheet sets "Studio" in capitals.
    assert.equal(await page.locator('.poster .shop-name').textContent(), `${SHOP} Studio`);
    writeFileSync(join(outputDir, 'shop-name-studio-poster.png'), await page.screenshot());
    release();
    await page.locator('#login-email, #setup-email').first().waitFor({ timeout: 60_000 });
    assert.equal(await page.title(), `${SHOP} Studio`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    // The session check's 401 while signed out is expected console noise; nothing else.
    assert.deepEqual(errors.filter((e) => !/401|Unauthorized/.test(e)), []);
  } finally {
    await context.close();
  }
});

test('every page answer carries the hardening headers', async () => {
  for (const path of ['/', '/studio', '/embed.js', '/api/shop', '/api/nope']) {
    const r = await fetch(new URL(path, server.url));
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer', path);
  }
  const page = await fetch(server.url);
  const csp = page.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /base-uri 'none'/);
  assert.match(await page.text(), /<title>Maison Vérel &amp; Fils · design your ring<\/title>/);
});

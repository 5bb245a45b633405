// The studio's bar names the jeweler's shop, not the product: the configured name (accents and an
// ampersand as typed, never set in capitals) with its logo, and "Studio" beside it, signed out and
// signed in, on a 360 px phone and a 1280 px desktop. Each is screenshot; the bar must fit the
// screen without a sideways scroll.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, outputDir, createStudioAccount } from './support.mjs';

const SHOP = 'Maison Vérel & Fils';
const JEWELER = { email: 'maker@verel.example', password: 'a long bench password' };
const WIDTHS = [360, 1280];

let server;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-logo-'));
  const logo = join(dir, 'logo.svg');
  writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">'
    + '<circle cx="20" cy="20" r="16" fill="#1f4d3a"/></svg>');
  server = await startServer({ env: { ATELIER_SHOP_NAME: SHOP, ATELIER_SHOP_LOGO: logo } });
});
after(async () => { await server?.stop(); });

function viewport(width) {
  return { width, height: width < 500 ? 780 : 800 };
}

/** Reads the studio's bar once the shop's name is in it, checks it and screenshots the page. */
async function checkBar(page, width, name) {
  const bar = page.locator('header.studio-bar');
  const home = bar.locator('.studio-home');
  // Until the shop's description arrives the name is a blank space.
  await page.waitForFunction(
    () => {
      const text = document.querySelector('header.studio-bar .studio-home')?.textContent;
      return text !== undefined && !text.startsWith('\u00a0');
    },
    null,
    { timeout: 60_000 },
  );
  assert.equal(await home.textContent(), `${SHOP} Studio`);
  // As typed: the stylesheet capitalises only the "Studio" mark.
  assert.equal(await home.innerText(), `${SHOP} STUDIO`);
  assert.equal(await home.getAttribute('href'), '/studio');
  assert.doesNotMatch(await bar.innerText(), /Atelier/);
  const shop = home.locator('.studio-shop');
  assert.equal(await shop.innerText(), SHOP);

  const logo = shop.locator('img.shop-logo');
  assert.equal(await logo.getAttribute('src'), '/api/shop/logo');
  await page.waitForFunction(() => document.querySelector('header.studio-bar img.shop-logo')?.complete);
  assert.ok(await logo.evaluate((img) => img.naturalWidth > 0), 'the logo loaded');

  // Name, logo and mark all on screen, nothing pushed sideways.
  const box = await bar.locator('.studio-home').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= width, `the name fits: ${JSON.stringify(box)}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'no sideways scroll');
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot());
}

for (const width of WIDTHS) {
  test(`the studio's bar names the shop signed out at ${width} px`, async () => {
    const { context, page, errors } = await launch({ viewport: viewport(width) });
    try {
      await page.goto(new URL('/studio', server.url).href);
      await page.locator('#login-email').waitFor({ timeout: 60_000 });
      await checkBar(page, width, `studio-shop-signed-out-${width}`);
      assert.equal(await page.locator('header.studio-bar .studio-account').count(), 0);
      // The session check's 401 while signed out is expected console noise; nothing else.
      assert.deepEqual(errors.filter((e) => !/401|Unauthorized/.test(e)), []);
    } finally {
      await context.close();
    }
  });
}

test("the studio's bar names the shop signed in at 1280 and 360 px", async () => {
  // The first account, through the one-time link, on the desktop.
  {
    const { context, page, errors } = await launch({ viewport: viewport(1280) });
    try {
      await createStudioAccount(server, page, JEWELER);
      await page.locator('header.studio-bar .studio-account').waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('header.studio-bar .studio-account').innerText(), JEWELER.email);
      await checkBar(page, 1280, 'studio-shop-signed-in-1280');
      assert.deepEqual(errors.filter((e) => !/401|Unauthorized/.test(e)), []);
    } finally {
      await context.close();
    }
  }
  // Signing in with it on a phone.
  const { context, page, errors } = await launch({ viewport: viewport(360) });
  try {
    await page.goto(new URL('/studio', server.url).href);
    await page.locator('#login-email').fill(JEWELER.email);
    await page.locator('#login-password').fill(JEWELER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('header.studio-bar .studio-account').waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('header.studio-bar .studio-account').innerText(), JEWELER.email);
    await checkBar(page, 360, 'studio-shop-signed-in-360');
    assert.deepEqual(errors.filter((e) => !/401|Unauthorized/.test(e)), []);
  } finally {
    await context.close();
  }
});

// A host serving shops by path (`shops = "by_path"`): Maison Verel at /s/verel/ and shop 1 at
// /s/main/ on one address. A visitor designs and sends a brief at /s/verel/ and the commission
// page it links to opens under the same path; the jeweler of both shops signs in to Verel's studio
// at /s/verel/studio/, sees the brief with its picture, and switches to the other shop with the
// switcher in the bar, staying signed in to both. At 1280 and 360 px, each screen shot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startServer, launch, outputDir, sendPlatinumBrief, waitForFrames, studioSetupLink, axeViolations,
} from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const JEWELER = { email: 'maker@verel.example', password: 'a long bench password' };
const ENV = { ATELIER_SHOPS: 'by_path', ATELIER_SHOP_NAME: 'Maison Test' };

let server;
let reference;

/** Runs `atelier-server ARGS…` on the server's data, as an operator does; its stdout. */
function operator(args, input = '') {
  const bin = process.env.ATELIER_SERVER_BIN ?? join(root, 'target', 'server', 'atelier-server');
  const run = spawnSync(bin, args, {
    cwd: server.dataDir,
    input,
    encoding: 'utf8',
    env: {
      ...process.env,
      ATELIER_DATA_DIR: join(server.dataDir, 'data'),
      ATELIER_STATIC_DIR: process.env.ATELIER_DIST ?? join(root, 'dist'),
      ...ENV,
    },
  });
  assert.equal(run.status, 0, `atelier-server ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

before(async () => {
  server = await startServer({ env: ENV });
  const settings = join(mkdtempSync(join(tmpdir(), 'atelier-verel-')), 'verel.toml');
  writeFileSync(settings, 'shop_name = "Maison Verel"\njeweler_email = "atelier@verel.example"\n'
    + 'currency = "GBP"\n');
  operator(['shop', 'add', 'verel', '--settings', settings]);
});
after(async () => { await server?.stop(); });

function at(path) {
  return new URL(path, server.url).href;
}

test('a visitor sends a brief at /s/verel/ and opens the commission page under it', async () => {
  const { context, page, errors } = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    // The server reads new shops every few seconds.
    for (let i = 0; i < 40; i += 1) {
      if ((await fetch(at('/s/verel/api/shop'))).ok) break;
      await new Promise((done) => { setTimeout(done, 250); });
    }
    await page.goto(at('/s/verel/'));
    await waitForFrames(page);
    assert.match(await page.locator('.shop-name').first().innerText(), /Maison Verel/);
    const sent = await sendPlatinumBrief(page, server);
    reference = sent.reference;
    assert.match(new URL(sent.commissionUrl).pathname, /^\/s\/verel\/c\/[A-Za-z0-9_-]+$/);
    assert.match(new URL(page.url()).pathname, /^\/s\/verel\//, 'the share link keeps the path');
    writeFileSync(join(outputDir, 'shops-by-path-sent-1280.png'), await page.screenshot());

    await page.goto(sent.commissionUrl);
    await page.getByText(reference).first().waitFor({ timeout: 30_000 });
    assert.match(await page.locator('body').innerText(), /Maison Verel/);
    // The ring is drawn under the path too (its catalog and the viewer's files found there).
    await waitForFrames(page);
    assert.match(await page.locator('canvas.ring-canvas').getAttribute('aria-label'), /Platinum 950/);
    // The brief as sent, with what the visitor wrote beside the ring.
    assert.match(await page.locator('.commission-design .spec-lines').innerText(), /Budget\s+up to £3,500/);
    writeFileSync(join(outputDir, 'shops-by-path-commission-1280.png'), await page.screenshot());
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the jeweler of two shops signs in to Verel's studio and switches to the other", async () => {
  assert.ok(reference, 'the first test sent a brief');
  const { context, page, errors } = await launch({ viewport: { width: 360, height: 780 } });
  try {
    // Shop 1's first account by its setup link, printed under /s/main/; then the same person
    // joins Verel from the command line, keeping their password.
    const setup = await studioSetupLink(server, page);
    assert.match(new URL(setup).pathname, /^\/s\/main\/studio\/setup$/);
    await page.goto(setup);
    await page.locator('#setup-email').fill(JEWELER.email);
    await page.locator('#setup-password').fill(JEWELER.password);
    await page.locator('#setup-again').fill(JEWELER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('.studio-account').waitFor({ timeout: 30_000 });
    operator(['user', 'add', JEWELER.email, '--shop', 'verel'], `${JEWELER.password}\n`);

    await page.goto(at('/s/verel/studio/'));
    await page.locator('#login-email').fill(JEWELER.email);
    await page.locator('#login-password').fill(JEWELER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const row = page.locator(`.studio-row[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 30_000 });
    await page.waitForFunction((ref) => {
      const img = document.querySelector(`.studio-row[data-reference="${ref}"] img.studio-thumb`);
      return img && img.complete && img.naturalWidth > 0;
    }, reference);
    assert.match(new URL(page.url()).pathname, /^\/s\/verel\/studio\/?$/, 'the inbox, under the path');

    // Opening the brief takes the keyboard's focus to its heading, under the shop's path.
    await row.locator('a.studio-row-link').click();
    await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: 30_000 });
    assert.equal(new URL(page.url()).pathname, `/s/verel/studio/briefs/${reference}`);
    await page.goBack();
    await row.waitFor({ timeout: 30_000 });

    // The switcher names both shops, this one chosen; the bar fits the phone.
    const switcher = page.getByLabel('Shop');
    await switcher.waitFor();
    assert.deepEqual(await switcher.locator('option').allInnerTexts(), ['Maison Test', 'Maison Verel']);
    assert.equal(await switcher.inputValue(), '/s/verel/studio/');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'no sideways scroll');
    assert.deepEqual(await axeViolations(page), [], 'axe on the inbox with the switcher');
    writeFileSync(join(outputDir, 'shops-by-path-studio-360.png'), await page.screenshot());

    // Choosing the other shop opens its studio, still signed in there (each shop's own cookie).
    await switcher.selectOption({ label: 'Maison Test' });
    await page.waitForURL((url) => url.pathname.startsWith('/s/main/studio'));
    await page.locator('.studio-empty').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#login-email').count(), 0, 'no second sign-in');
    assert.equal(await page.getByLabel('Shop').inputValue(), '/s/main/studio/');
    await page.setViewportSize({ width: 1280, height: 800 });
    writeFileSync(join(outputDir, 'shops-by-path-studio-main-1280.png'), await page.screenshot());

    // And back: Verel's studio still has its session.
    await page.getByLabel('Shop').selectOption({ label: 'Maison Verel' });
    await row.waitFor({ timeout: 30_000 });
    const unexpected = errors.filter((e) => !/401|Unauthorized/.test(e));
    assert.deepEqual(unexpected, []);
  } finally {
    await context.close();
  }
});

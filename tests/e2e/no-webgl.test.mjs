// Without WebGL2 the visitor still gets a readable page: a clear message and the design in words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, shot } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch({ extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
});

after(async () => {
  await browser?.context.close();
  await server?.stop();
});

test('the fallback explains itself and describes the ring', async () => {
  const { page, errors } = browser;
  await page.goto(server.url);
  const fallback = page.locator('.viewer-fallback');
  await fallback.waitFor({ state: 'visible', timeout: 30_000 });
  // The words come with the panel, fetched as soon as the viewer has said it cannot draw.
  await page.locator('.viewer-fallback .fallback-summary', { hasText: /\S/ }).waitFor({ timeout: 20_000 });
  const text = await fallback.innerText();
  assert.match(text, /3D preview can't run/);
  assert.match(text, /WebGL2/);
  assert.match(text, /18k yellow gold, 1.00 ct round brilliant natural diamond/);
  assert.match(text, /four-prong solitaire, court \(comfort fit\) band 2\.0 mm wide and 1\.6 mm thick, polished finish, size not given/);
  assert.equal(await page.locator('canvas').count(), 0, 'no blank canvas left behind');

  // The fallback follows the visitor's choices too.
  await page.getByLabel('Platinum 950').check();
  assert.match(await fallback.innerText(), /Platinum 950/);
  await shot(page.locator('main'), 'no-webgl');
  assert.deepEqual(errors, []);
});

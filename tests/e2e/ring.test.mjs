// The walking skeleton, seen as a visitor sees it: the real server, the real release build, a real
// ring in WebGL2, and the metal picker changing the ring's colour.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, shot, ringPixels, outputDir } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.context.close();
  await server?.stop();
});

async function ringAndBackdrop(page, name) {
  const viewer = page.locator('.viewer');
  const withRing = await shot(viewer, name);
  await page.locator('canvas.ring-canvas').evaluate((c) => { c.style.visibility = 'hidden'; });
  const backdrop = await shot(viewer, `${name}-backdrop`);
  await page.locator('canvas.ring-canvas').evaluate((c) => { c.style.visibility = ''; });
  return ringPixels(withRing, backdrop);
}

test('the health endpoint answers', async () => {
  const response = await fetch(new URL('/api/health', server.url));
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.status, 'ok');
});

test('a gold ring renders, and platinum turns it cool', async () => {
  const { page, errors } = browser;
  await page.goto(server.url);
  const frames = await waitForFrames(page);
  const firstFrameMs = await page.evaluate(
    () => performance.getEntriesByName('atelier:first-frame')[0]?.startTime,
  );
  assert.ok(firstFrameMs > 0, 'the app marks its first frame');
  writeFileSync(join(outputDir, 'timings.json'), JSON.stringify({ firstFrameMs }, null, 2));

  const gold = await ringAndBackdrop(page, 'ring-18k-yellow');
  assert.ok(gold.share > 0.05 && gold.share < 0.6, `the ring covers ${gold.share} of the view`);
  assert.ok(gold.warmth > 0.12, `yellow gold looks warm (warmth ${gold.warmth.toFixed(3)})`);

  await page.getByLabel('Platinum 950').check();
  await waitForFrames(page, frames);
  const platinum = await ringAndBackdrop(page, 'ring-platinum');
  assert.ok(Math.abs(platinum.share - gold.share) < 0.02, 'same ring, same size');
  assert.ok(
    gold.warmth - platinum.warmth > 0.08,
    `platinum is cooler than gold (${platinum.warmth.toFixed(3)} vs ${gold.warmth.toFixed(3)})`,
  );
  assert.deepEqual(errors, []);
});

test('the visitor can save a picture of the ring', async () => {
  const { page, errors } = browser;
  const before = await waitForFrames(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save picture' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'my-ring.png');
  const path = join(outputDir, 'saved-picture.png');
  await download.saveAs(path);
  const png = PNG.sync.read(readFileSync(path));
  assert.equal(png.width, 1200);
  assert.equal(png.height, 1200);
  let opaque = 0;
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i] > 200) opaque += 1;
  const share = opaque / (png.width * png.height);
  assert.ok(share > 0.05 && share < 0.7, `the ring fills ${share} of the picture`);
  // The live view is restored, drawn once more at its own size.
  assert.ok((await waitForFrames(page, before)) > before);
  const canvas = await page.locator('canvas.ring-canvas').evaluate((c) => [c.width, c.clientWidth]);
  assert.notEqual(canvas[0], 1200, 'the canvas is back to its own size');
  assert.deepEqual(errors, []);
});

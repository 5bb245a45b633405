// The walking skeleton, seen as a visitor sees it: the real server, the real release build, a real
// ring in WebGL2, and the metal picker changing the ring's colour.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, ringShot, outputDir } from './support.mjs';

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

  const gold = await ringShot(page, 'ring-18k-yellow');
  assert.ok(gold.share > 0.05 && gold.share < 0.6, `the ring covers ${gold.share} of the view`);
  assert.ok(gold.warmth > 0.12, `yellow gold looks warm (warmth ${gold.warmth.toFixed(3)})`);

  await page.getByLabel('Platinum 950').check();
  await waitForFrames(page, frames);
  const platinum = await ringShot(page, 'ring-platinum');
  assert.ok(Math.abs(platinum.share - gold.share) < 0.02, 'same ring, same size');
  assert.ok(
    gold.warmth - platinum.warmth > 0.08,
    `platinum is cooler than gold (${platinum.warmth.toFixed(3)} vs ${gold.warmth.toFixed(3)})`,
  );
  assert.deepEqual(errors, []);
});

test('the visitor can save a postcard of the ring', async () => {
  const { page, errors } = browser;
  const before = await waitForFrames(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save postcard' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'my-ring.png');
  const path = join(outputDir, 'saved-postcard.png');
  await download.saveAs(path);
  const png = PNG.sync.read(readFileSync(path));
  assert.equal(png.width, 1200);
  assert.ok(png.height >= 1500 && png.height < 1700, `a card's height (${png.height})`);
  // The picture: the ring on the studio sweep (opaque everywhere), neither lost nor overflowing.
  const at = (x, y) => png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4);
  let ring = 0;
  for (let y = 0; y < 1200; y += 2) {
    for (let x = 0; x < 1200; x += 2) {
      const [r, g, b, a] = at(x, y);
      assert.equal(a, 255);
      // The sweep is a light warm grey; gold and its reflections are not.
      if (Math.abs(r - g) > 20 || Math.abs(g - b) > 30 || r + g + b < 500) ring += 1;
    }
  }
  const share = ring / (600 * 600);
  assert.ok(share > 0.05 && share < 0.7, `the ring fills ${share} of the picture`);
  // The card under it carries the design in words: dark text on a light card.
  let ink = 0;
  for (let y = 1210; y < 1500; y += 1) {
    for (let x = 0; x < 1200; x += 1) {
      const [r, g, b] = at(x, y);
      if (r + g + b < 200) ink += 1;
    }
  }
  assert.ok(ink / (290 * 1200) > 0.01, `the words are written (${ink} dark pixels)`);
  // The words and the small print under them are apart: the card's lines of text are bands of
  // inked rows with blank rows between them, and the last band (the small print, 26 px) is short.
  const inked = (y) => {
    for (let x = 0; x < 1200; x += 1) {
      const [r, g, b] = at(x, y);
      if (r + g + b < 450) return true;
    }
    return false;
  };
  const bands = [];
  for (let y = 1210; y < png.height; y += 1) {
    if (!inked(y)) continue;
    const last = bands.at(-1);
    if (last && last.end === y - 1) last.end = y;
    else bands.push({ start: y, end: y });
  }
  const note = bands.at(-1);
  assert.ok(bands.length >= 3, `the words and the small print (${JSON.stringify(bands)})`);
  assert.ok(note.end - note.start < 34, `the small print stands alone (${JSON.stringify(bands)})`);
  assert.ok(note.start - bands.at(-2).end >= 8, `with space above it (${JSON.stringify(bands)})`);
  // The live view is restored, drawn once more at its own size.
  assert.ok((await waitForFrames(page, before)) > before);
  const canvas = await page.locator('canvas.ring-canvas').evaluate((c) => [c.width, c.clientWidth]);
  assert.notEqual(canvas[0], 1200, 'the canvas is back to its own size');
  assert.deepEqual(errors, []);
});

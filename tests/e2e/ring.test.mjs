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

/**
 * The lines of text on a postcard's card (under the 1200 px picture): bands of rows with ink,
 * blank rows between them, each with the rightmost inked column.
 */
function textBands(png) {
  const bands = [];
  for (let y = 1210; y < png.height; y += 1) {
    let right = -1;
    for (let x = 0; x < png.width; x += 1) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 450) right = x;
    }
    if (right < 0) continue;
    const last = bands.at(-1);
    if (last && last.end === y - 1) {
      last.end = y;
      last.right = Math.max(last.right, right);
    } else {
      bands.push({ start: y, end: y, right });
    }
  }
  return bands;
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
  // The words and the small print under them are apart: the last band of text (the small print,
  // 26 px) is short, with space above it.
  const bands = textBands(png);
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

test('a long design in German: the postcard grows to hold all its words, the small print inside the card', async () => {
  const german = await launch({ locale: 'de-DE' });
  try {
    const { page, errors } = german;
    await page.goto(`${server.url}/?step=engraving&lang=de`);
    const before = await waitForFrames(page);
    await page.locator('#engraving').fill('Für immer und ewig dein');
    await waitForFrames(page, before);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Postkarte speichern' }).click(),
    ]);
    const path = join(outputDir, 'saved-postcard-de.png');
    await download.saveAs(path);
    const png = PNG.sync.read(readFileSync(path));
    const bands = textBands(png);
    // Platinum or gold, the stone, the setting, the band, the size and the engraving: more than
    // four lines of 44 px words in German, then the small print.
    assert.ok(bands.length >= 6, `every line of the words and the small print (${JSON.stringify(bands)})`);
    assert.ok(png.height > 1500, `the card grew (${png.height})`);
    for (const band of bands) {
      assert.ok(band.right < 1200 - 60, `no line runs off the card (${JSON.stringify(band)})`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await german.context.close();
  }
});

// The rings a jeweler would ask to see first, opened by share link (the links are pinned in
// core/tests/showcase_links.rs), each rendered and judged by its pixels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, ringShot } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch({ viewport: { width: 900, height: 700 } });
});

after(async () => {
  await browser?.context.close();
  await server?.stop();
});

/** Opens a design, screenshots it, and returns the ring's pixels measured against the backdrop. */
async function render(link, name) {
  const { page } = browser;
  await page.goto(new URL(`/?d=${link}`, server.url).href);
  await waitForFrames(page);
  const { withRing, backdrop, ...pixels } = await ringShot(page, name);
  return { ...pixels, image: withRing };
}

/** How many pixels are clearly tinted one way: `dominant` ahead of both other channels by `margin`. */
function tinted({ data, width, height }, dominant, margin = 25) {
  let count = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    const c = [data[i], data[i + 1], data[i + 2]];
    const others = [0, 1, 2].filter((k) => k !== dominant).map((k) => c[k]);
    if (c[dominant] > Math.max(...others) + margin) count += 1;
  }
  return count;
}

test('yellow gold solitaire with a 1 ct round diamond on four prongs', async () => {
  const ring = await render('AQIOARllIgHJAaEBAQIAwygA', 'showcase-solitaire');
  assert.ok(ring.share > 0.08, `ring covers ${ring.share}`);
  assert.ok(ring.warmth > 0.1, `gold is warm (${ring.warmth})`);
  assert.ok(ring.shadowShare > 0.005, `the ring casts a contact shadow (${ring.shadowShare})`);
  assert.deepEqual(browser.errors, []);
});

test('platinum oval sapphire with a halo: the sapphire is blue', async () => {
  const ring = await render('AQsQARqXASUByQGhAQECAMMoAA', 'showcase-sapphire-halo');
  assert.ok(ring.share > 0.08, `ring covers ${ring.share}`);
  const blue = tinted(ring.image, 2);
  assert.ok(blue > 400, `${blue} clearly blue pixels`);
  assert.deepEqual(browser.errors, []);
});

test('rose gold emerald-cut emerald in a bezel: the emerald is green', async () => {
  const ring = await render('AQgVARV5JAHdAaEBAQIAwygA', 'showcase-emerald-bezel');
  assert.ok(ring.share > 0.08, `ring covers ${ring.share}`);
  const green = tinted(ring.image, 1, 15);
  assert.ok(green > 300, `${green} clearly green pixels`);
  assert.ok(ring.warmth > 0.05, `rose gold is warm (${ring.warmth})`);
  assert.deepEqual(browser.errors, []);
});

test('a white gold pavé band renders', async () => {
  const ring = await render('AQUOARlRJgLdAasBAQIAwygA', 'showcase-pave');
  assert.ok(ring.share > 0.08, `ring covers ${ring.share}`);
  assert.ok(Math.abs(ring.warmth) < 0.1, `white gold is near neutral (${ring.warmth})`);
  assert.deepEqual(browser.errors, []);
});

test('a hammered band breaks the light into facets; a polished one does not', async () => {
  const polished = await render('AQIOARllKQKRA7UBAQIAwygA', 'showcase-band-polished');
  const hammered = await render('AQIOARllKQKRA7UBAwIAwygA', 'showcase-band-hammered');
  assert.ok(Math.abs(polished.share - hammered.share) < 0.01, 'same silhouette');
  // Over the pixels both pictures give the band, the hammered one differs visibly.
  const a = polished.image.data;
  const b = hammered.image.data;
  let changed = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 60) changed += 1;
  }
  const share = changed / (a.length / 4);
  assert.ok(share > 0.12 * polished.share, `hammering changed ${share} of the picture`);
  assert.deepEqual(browser.errors, []);
});

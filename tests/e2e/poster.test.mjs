// The poster is the jeweler's from the first paint: the server writes the shop's name (as text,
// whatever characters it holds), logo and colours into the page, so with the wasm refused the
// visitor already sees the shop's bar in its colours, in their language. When the app takes over,
// its bar and ring land where the poster's were: the layout shifts are measured from the first
// byte to the drawn ring, and the boxes compared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startServer, launch, outputDir, waitForFrames, animationFrames, axeViolations } from './support.mjs';

const SHOP = '<script>alert(1)</script> & "Ringe"';
/** A green shop: page, bar, words and backdrop all unlike Atelier's own warm greys. */
const THEME = {
  bg: '#eef6f1',
  surface: '#cfe6d8',
  text: '#0f3b2e',
  border: '#0b6e4f',
  stage: 'radial-gradient(ellipse at 50% 38%, #ffffff 0%, #d3e8dc 60%, #a9cdb9 100%)',
};

let server;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-poster-'));
  const logo = join(dir, 'logo.svg');
  writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="16" fill="#d4af37"/></svg>');
  const env = { ATELIER_SHOP_NAME: SHOP, ATELIER_SHOP_LOGO: logo };
  for (const [name, value] of Object.entries(THEME)) env[`ATELIER_THEME_${name.toUpperCase()}`] = value;
  server = await startServer({ env });
});
after(async () => { await server?.stop(); });

/** `#rrggbb` as [r, g, b]. */
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The colour of the screenshot's pixel at (x, y), in CSS pixels of a 1× screenshot. */
function pixel(png, x, y) {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

/** Boxes of the bar (`bar`, a selector), its parts and the ring's frame, in page coordinates. */
async function layout(page, bar, frame) {
  return page.evaluate(([bar, frame]) => {
    const box = (selector) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r && { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    return {
      bar: box(bar),
      name: box(`${bar} .shop-name`),
      tagline: box(`${bar} .shop-tagline`),
      languages: box(`${bar} .language-switch`),
      frame: box(frame),
    };
  }, [bar, frame]);
}

for (const width of [360, 1280]) {
  test(`with the wasm refused, the poster at ${width} px is the shop's: its name, logo and colours`, async () => {
    const { context, page, errors } = await launch({ viewport: { width, height: width < 500 ? 780 : 800 } });
    try {
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(server.url);
      await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
      const shot = await page.screenshot();
      writeFileSync(join(outputDir, `poster-shop-${width}.png`), shot);
      const png = PNG.sync.read(shot);

      // The name is text, not markup: nothing ran, and the bar holds the logo and these words.
      assert.equal(await page.locator('.poster .shop-name').innerText(), SHOP);
      assert.equal(await page.locator('.poster .shop-name > *').count(), 1);
      assert.equal(await page.locator('.poster .shop-name > img.shop-logo').getAttribute('src'), '/api/shop/logo');
      assert.deepEqual(dialogs, []);
      assert.equal(await page.evaluate(() => document.title), `${SHOP} · design your ring`);
      assert.equal(await page.locator('main.configurator').count(), 0, 'no app: this is the poster alone');

      // The shop's colours, read off the pixels: the bar's surface beside the name, the page's
      // background below the poster, the words in the shop's text colour.
      const boxes = await layout(page, '.poster > .shop-bar', '.poster-stage');
      assert.deepEqual(pixel(png, boxes.bar.x + 4, boxes.bar.y + 4), rgb(THEME.surface));
      assert.deepEqual(pixel(png, 2, boxes.frame.y + boxes.frame.height + 60), rgb(THEME.bg));
      assert.deepEqual(pixel(png, boxes.bar.x + 4, boxes.bar.y + boxes.bar.height - 1), rgb(THEME.border));
      const stage = pixel(png, boxes.frame.x + 6, boxes.frame.y + boxes.frame.height - 6);
      assert.ok(stage[1] > stage[0] + 15, `the backdrop is the shop's green, not grey: ${stage}`);
      assert.equal(
        await page.locator('.poster .shop-name').evaluate((e) => getComputedStyle(e).color),
        `rgb(${rgb(THEME.text).join(', ')})`,
      );
      // What a phone shows first fits: the name, and the ring below the bar, on screen.
      assert.ok(boxes.name.x + boxes.name.width <= width, JSON.stringify(boxes.name));
      assert.ok(boxes.frame.y < (width < 500 ? 780 : 800), JSON.stringify(boxes.frame));
      // The poster alone reads well: one heading, the switch's hidden room out of reach.
      assert.deepEqual(await axeViolations(page), []);
      const unexpected = errors.filter((e) => !/wasm|Failed to (load resource|fetch)|WebAssembly/i.test(e));
      assert.deepEqual(unexpected, []);
    } finally {
      await context.close();
    }
  });

  test(`from poster to app at ${width} px nothing moves: layout shift at most 0.1, same boxes`, async () => {
    const { context, page, errors } = await launch({ viewport: { width, height: width < 500 ? 780 : 800 } });
    try {
      await page.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            window.layoutShifts.push({
              at: Math.round(e.startTime),
              value: e.value,
              sources: e.sources.map((s) => {
                const n = s.node;
                const name = n ? `${n.nodeName.toLowerCase()}${n.className ? `.${String(n.className).split(' ').join('.')}` : ''}` : '?';
                return `${name} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`;
              }),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        window.largestPaints = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            const n = e.element;
            window.largestPaints.push({
              at: Math.round(e.startTime),
              size: e.size,
              element: n ? `${n.nodeName.toLowerCase()}${n.className ? `.${n.className}` : ''}` : null,
              poster: Boolean(n?.closest('.poster')),
            });
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      // The logo, then the wasm, are held back until the poster has been seen and measured: the
      // logo as a slow one arrives, after the bar is painted.
      let releaseLogo;
      const logoHeld = new Promise((resolve) => { releaseLogo = resolve; });
      await page.route('**/api/shop/logo', async (route) => { await logoHeld; await route.continue(); });
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.querySelector('.poster-stage img')?.complete);
      await animationFrames(page, 2);
      const withoutLogo = await layout(page, '.poster > .shop-bar', '.poster-stage');
      releaseLogo();
      await page.waitForFunction(() => document.querySelector('.poster img.shop-logo')?.naturalWidth > 0);
      await animationFrames(page, 2);
      const poster = await layout(page, '.poster > .shop-bar', '.poster-stage');
      assert.deepEqual(withoutLogo, poster, 'the logo had its room before it arrived');

      const shop = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/shop');
      release();
      await shop;
      await waitForFrames(page);
      await page.waitForFunction(() => document.querySelector('body > header img.shop-logo')?.complete);
      await animationFrames(page, 3);
      assert.equal(await page.locator('body > header .shop-name').innerText(), SHOP);
      const app = await layout(page, 'body > header.shop-bar', '.viewer');
      writeFileSync(join(outputDir, `poster-to-app-${width}.png`), await page.screenshot());

      const { shifts, paints } = await page.evaluate(() => ({ shifts: window.layoutShifts, paints: window.largestPaints }));
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      writeFileSync(
        join(outputDir, `poster-cls-${width}.json`),
        JSON.stringify({ total, shifts, largestContentfulPaint: paints, withoutLogo, poster, app }, null, 2),
      );
      // The largest paint is the poster's (its picture, or its bar's name where Chromium deems the
      // picture too plain to count), not something the wasm drew.
      assert.equal(paints.at(-1)?.poster, true, JSON.stringify(paints));
      assert.ok(total <= 0.1, `layout shift ${total}: ${JSON.stringify(shifts, null, 2)}`);
      // The app's bar and ring frame sit where the poster's did (to a pixel's rounding).
      for (const part of ['bar', 'name', 'tagline', 'languages', 'frame']) {
        for (const side of ['x', 'y', 'width', 'height']) {
          assert.ok(
            Math.abs(poster[part][side] - app[part][side]) <= 1,
            `${part}.${side}: poster ${JSON.stringify(poster[part])}, app ${JSON.stringify(app[part])}`,
          );
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the poster's ring stays on the stage until the 3D ring's first frame replaces it", async () => {
  const browser = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    const { context, page, errors } = browser;
    // From the page's first script: what the canvas showed when it first appeared, before any frame.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const canvas = document.querySelector('main.configurator canvas.ring-canvas');
        if (!canvas) return;
        window.__canvasAtMount = {
          frames: canvas.dataset.frames ?? null,
          background: getComputedStyle(canvas).backgroundImage,
        };
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(server.url);
    await waitForFrames(page);
    await animationFrames(page, 2);
    const atMount = await page.evaluate(() => window.__canvasAtMount);
    assert.equal(atMount.frames, null, 'the canvas appeared before its first frame');
    assert.match(atMount.background, /poster\.svg/, 'and showed the poster\'s ring meanwhile');
    const drawn = await page.locator('canvas.ring-canvas').evaluate((c) => getComputedStyle(c).backgroundImage);
    assert.equal(drawn, 'none', 'the 3D ring alone once it is drawn');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

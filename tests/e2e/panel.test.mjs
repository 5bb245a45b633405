// The configurator comes in two parts: the ring first (the first chunk: the page's state, the shop's
// bar, the viewer), then the panel beside or below it (the steps, the summary, the share link, saved
// designs), whose chunk is fetched once the ring's first frame is on screen. A browser that cannot
// draw the ring does not wait for a frame that never comes, and a panel that cannot be fetched says
// so and arrives by itself once the connection is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, frameCount, animationFrames, shot } from './support.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const url = (path) => new URL(path, server.url).href;

/** Each `.wasm` the page fetched, with whether it was asked for before the first ring frame. */
function wasmTimeline(page) {
  return page.evaluate(() => {
    const frame = performance.getEntriesByName('atelier:first-frame')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.wasm'))
      .map((e) => ({ name: e.name.split('/').pop(), beforeFirstFrame: e.startTime < frame }));
  });
}

for (const width of [360, 1280]) {
  test(`the ring first, then the panel (${width} px)`, async () => {
    const b = await launch({ viewport: { width, height: width === 360 ? 740 : 800 } });
    try {
      const { page } = b;
      await page.goto(url('/'));
      await waitForFrames(page);
      await page.locator('input[name=metal]').first().waitFor({ timeout: 20_000 });
      const wasm = await wasmTimeline(page);
      assert.deepEqual(wasm.filter((w) => w.beforeFirstFrame).map((w) => w.name), ['atelier_bg.wasm'],
        'only the first chunk is fetched before the first frame');
      assert.ok(wasm.some((w) => w.name.startsWith('split_panel') && !w.beforeFirstFrame), JSON.stringify(wasm));
      // The panel is the whole guided flow: the step list, the step, the summary and the share link.
      for (const selector of ['nav', '.step-title', '.summary, .design-summary', '.share-bar, .share']) {
        assert.ok(await page.locator(`.panel ${selector}`).first().isVisible(), `${selector} is shown`);
      }
      // Choosing a metal turns the ring and is kept in the address: the panel drives the first chunk's state.
      const before = new URL(page.url()).searchParams.get('d');
      await page.locator('fieldset.metal-picker').getByLabel('18k rose gold').check();
      await page.waitForFunction((d) => new URL(location.href).searchParams.get('d') !== d, before);
      await shot(page.locator('body'), `panel-after-ring-${width}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.context.close();
    }
  });
}

test('without WebGL2 the panel does not wait for a first frame', async () => {
  const b = await launch({ extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
  try {
    const { page } = b;
    await page.goto(url('/'));
    await page.locator('.viewer-fallback').waitFor({ timeout: 30_000 });
    await page.locator('input[name=metal]').first().waitFor({ timeout: 20_000 });
    const { settled, panel } = await page.evaluate(() => ({
      settled: performance.getEntriesByName('atelier:no-frame')[0]?.startTime,
      panel: performance.getEntriesByType('resource').find((e) => e.name.includes('/split_panel'))?.startTime,
    }));
    assert.ok(settled !== undefined, 'the viewer says it will draw nothing');
    // The page's fallback timer is 5 s; the panel is asked for as soon as the viewer gave up.
    assert.ok(panel - settled < 1000, `panel fetched ${Math.round(panel - settled)} ms after the viewer gave up`);
    // The fallback's words come from the panel's summary.
    assert.match(await page.locator('.viewer-fallback').innerText(), /18k yellow gold/);
  } finally {
    await b.context.close();
  }
});

test('a panel that cannot be fetched says so, and arrives by itself back online (360 px)', async () => {
  const b = await launch({ viewport: { width: 360, height: 740 } });
  try {
    const { page, context } = b;
    const chunks = /\/split_[^/]*\.wasm$|\/chunk_[^/]*\.wasm$/;
    await page.route(chunks, (route) => route.abort('internetdisconnected'));
    await page.goto(url('/'));
    await waitForFrames(page);
    const alert = page.locator('.panel .later-missing[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    assert.ok(await alert.getByRole('button', { name: 'Try again' }).isVisible());
    await shot(page.locator('body'), 'panel-missing-360');
    await context.setOffline(true);
    await page.unroute(chunks);
    await context.setOffline(false);
    await page.locator('input[name=metal]').first().waitFor({ timeout: 20_000 });
    assert.equal(await alert.count(), 0);
  } finally {
    await b.context.close();
  }
});

// Pressing the pinned Next focuses it first; the page used to scroll it "into view" under the
// finger, so the release landed elsewhere and the step never changed.
for (const lang of ['en', 'ar']) {
  test(`a tap on the pinned Next moves on (${lang}, 360 px)`, async () => {
    const b = await launch({ viewport: { width: 360, height: 740 }, locale: lang });
    try {
      const { page } = b;
      await page.goto(url(`/?step=size&lang=${lang}`));
      await waitForFrames(page);
      const step = page.locator('section.step');
      await page.locator('.step[data-step="size"] .step-actions .button.primary').waitFor({ timeout: 20_000 });
      await page.locator('.step[data-step="size"] .step-actions .button.primary').click();
      await page.waitForFunction(() => document.querySelector('section.step')?.dataset.step === 'engraving',
        null, { timeout: 5_000 });
      assert.equal(await step.getAttribute('data-step'), 'engraving');
    } finally {
      await b.context.close();
    }
  });
}

// The jeweler's catalog replaces the built-in one when it arrives; one that says the same (a shop
// that changed nothing) must not redraw the ring or the step: the server's build of the built-in
// catalog once differed from the page's in a colour's last bit (each platform's own `exp`).
test('a served catalog equal to the built-in one draws nothing again', async () => {
  const b = await launch();
  try {
    const { page } = b;
    const served = page.waitForResponse((r) => r.url().endsWith('/api/catalog'));
    await page.goto(url('/'));
    await waitForFrames(page);
    await served;
    await page.locator('input[name=metal]').first().waitFor({ timeout: 20_000 });
    await animationFrames(page, 30);
    // Still pictures (reduced motion): the first frame is the only one.
    assert.equal(await frameCount(page), 1);
  } finally {
    await b.context.close();
  }
});

// A share link (or a reload) opened on a later step: the panel waits for that step's part and
// arrives whole, so nothing under the step is pushed down when the step comes.
for (const width of [360, 1280]) {
  test(`a share link to a later step: the panel arrives whole (${width} px)`, async () => {
    const b = await launch({ viewport: { width, height: width === 360 ? 740 : 800 } });
    try {
      const { page } = b;
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // When the summary first appears, was the step's choice there already?
        new MutationObserver(() => {
          if (window.__whole === undefined && document.querySelector('.panel .summary')) {
            window.__whole = Boolean(document.querySelector('.step[data-step="band"] input[type="radio"]'));
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url('/?step=band'));
      await waitForFrames(page);
      await page.locator('.step[data-step="band"] input[type="radio"]').first().waitFor({ timeout: 20_000 });
      await animationFrames(page, 10);
      assert.equal(await page.evaluate(() => window.__whole), true, 'the step is there with the summary');
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.1, `layout shift ${shift.toFixed(3)}`);
      await shot(page.locator('body'), `panel-share-link-band-${width}`);
    } finally {
      await b.context.close();
    }
  });
}

// The page stays responsive while the ring's first frame is drawn. The viewer draws off screen and
// shows the frame once the GPU finished it; on software GL (as here) that drawing takes hundreds
// of milliseconds, which the browser used to wait for in one task when it showed the page. The
// test watches the page from its first script: the canvas says aria-busy while the frame is in
// flight, and a chain of zero-delay timers measures how long the main thread was ever held up
// meanwhile. It runs at a desktop's and a phone's size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames } from './support.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

/** From the page's first script: when the canvas first went busy, and the timer chain's gaps. */
async function watchTheMainThread(context) {
  await context.addInitScript(() => {
    const watch = { busySince: null, gaps: [] };
    window.__watch = watch;
    let last = performance.now();
    const ping = () => {
      const now = performance.now();
      if (watch.busySince !== null && performance.getEntriesByName('atelier:first-frame').length === 0) {
        watch.gaps.push(now - last);
      }
      last = now;
      if (performance.now() < 60_000) setTimeout(ping, 0);
    };
    setTimeout(ping, 0);
    new MutationObserver(() => {
      const canvas = document.querySelector('canvas.ring-canvas');
      if (watch.busySince === null && canvas?.getAttribute('aria-busy') === 'true') {
        watch.busySince = performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`at ${viewport.width} px the main thread is free while the GPU draws the first frame`, async () => {
    const browser = await launch({ viewport });
    try {
      const { context, page, errors } = browser;
      await watchTheMainThread(context);
      await page.goto(server.url);
      await waitForFrames(page);
      const { busySince, gaps, firstFrame } = await page.evaluate(() => ({
        ...window.__watch,
        firstFrame: performance.getEntriesByName('atelier:first-frame')[0].startTime,
      }));
      assert.ok(busySince !== null, 'the first frame was drawn off screen (the canvas was busy)');
      const inFlight = firstFrame - busySince;
      const longest = Math.max(...gaps);
      console.log(`first frame in flight ${inFlight.toFixed(0)} ms, ${gaps.length} timers, longest gap ${longest.toFixed(0)} ms`);
      // Software GL takes long over the stones: long enough for the check to mean something.
      assert.ok(gaps.length >= 5, `timers ran while the frame was in flight (${gaps.length} in ${inFlight.toFixed(0)} ms)`);
      assert.ok(longest < 150, `the main thread was held up ${longest.toFixed(0)} ms at most`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  });
}

// Nothing runs when nothing changes: a resting ring, a turning ring scrolled off screen and a
// ring in a hidden tab ask the browser for no animation frames at all (the page counts every
// requestAnimationFrame call but the test's own), and a change brings frames back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, frameCount } from './support.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

/** Counts the page's animation-frame requests from its first script on; the test keeps its own. */
async function countRequests(context) {
  await context.addInitScript(() => {
    const request = window.requestAnimationFrame.bind(window);
    window.__ownFrame = request;
    window.__frameRequests = 0;
    window.requestAnimationFrame = (callback) => {
      window.__frameRequests += 1;
      return request(callback);
    };
  });
}

/**
 * The page's animation-frame requests per second over `n` display frames, waited for with the
 * test's own (uncounted) requests and timed by the page's clock.
 */
async function requestsPerSecond(page, n = 60) {
  return page.evaluate((count) => new Promise((done) => {
    const [before, t0] = [window.__frameRequests, performance.now()];
    let left = count;
    const tick = () => {
      if (--left > 0) return window.__ownFrame(tick);
      return done(((window.__frameRequests - before) * 1000) / (performance.now() - t0));
    };
    window.__ownFrame(tick);
  }), n);
}

/** Lets `n` display frames pass with the test's own requests. */
async function displayFrames(page, n) {
  await page.evaluate((count) => new Promise((done) => {
    let left = count;
    const tick = () => (--left <= 0 ? done() : window.__ownFrame(tick));
    window.__ownFrame(tick);
  }), n);
}

test('a resting ring asks for no animation frames, and a change asks for one again', async () => {
  const { context, page, errors } = await launch({ reducedMotion: 'reduce' });
  try {
    await countRequests(context);
    await page.goto(server.url);
    await waitForFrames(page);
    await page.waitForLoadState('networkidle');
    await displayFrames(page, 5);
    const rest = await frameCount(page);
    assert.equal(await requestsPerSecond(page), 0, 'no animation frames while the ring rests');
    assert.equal(await frameCount(page), rest);

    // A key turns the ring: one frame is asked for and drawn, and then nothing again.
    await page.locator('canvas.ring-canvas').focus();
    await page.keyboard.press('ArrowLeft');
    const turned = await waitForFrames(page, rest);
    assert.equal(turned, rest + 1, 'one frame for one key press');
    await displayFrames(page, 3);
    assert.equal(await requestsPerSecond(page), 0, 'and none once it rests again');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a turning ring off screen or in a hidden tab asks for no animation frames', async () => {
  const { context, page, errors } = await launch({ reducedMotion: 'no-preference' });
  try {
    await countRequests(context);
    // A budget no frame reaches, so the turntable keeps turning here.
    await page.goto(`${server.url}/?turntable-budget=100000`);
    const first = await waitForFrames(page);
    await waitForFrames(page, first);
    assert.ok(await requestsPerSecond(page, 20) > 0, 'the turntable asks for frames');

    // Scrolled away: room below the configurator, and the page scrolled down past the ring.
    await page.evaluate(() => {
      document.body.style.paddingBlockEnd = '4000px';
      window.scrollTo(0, document.scrollingElement.scrollHeight);
    });
    await displayFrames(page, 5);
    assert.equal(await requestsPerSecond(page), 0, 'none while the canvas is off screen');
    const away = await frameCount(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.ok((await waitForFrames(page, away)) > away, 'it turns again once back in view');

    // The tab hidden, as the browser reports it when the visitor switches tabs.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await displayFrames(page, 5);
    assert.equal(await requestsPerSecond(page), 0, 'none while the tab is hidden');
    const hidden = await frameCount(page);
    await page.evaluate(() => {
      delete document.hidden;
      delete document.visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    assert.ok((await waitForFrames(page, hidden)) > hidden, 'it turns again once the tab is shown');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

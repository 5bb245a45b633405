// The viewer leaves the main thread idle: a turning ring draws at most about 30 frames a second,
// nothing while its canvas is scrolled out of view or the tab is hidden, and again once it is back;
// a ring being dragged is drawn at a lower pixel ratio, and the frame that stays once it rests is
// at the display's full ratio.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, frameCount, animationFrames, shot, ringPixels, canvasSizes } from './support.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

/** Whether any part of the canvas is inside the window. */
async function canvasOnScreen(page) {
  return page.locator('canvas.ring-canvas').evaluate((c) => {
    const r = c.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  });
}

test('the turning ring draws at most about 30 frames a second, and nothing while nobody can see it', async () => {
  const browser = await launch({ reducedMotion: 'no-preference' });
  try {
    const { page, errors } = browser;
    // A budget no frame reaches, so this software GL keeps its turntable (turntable.test.mjs has
    // the device that cannot afford it).
    await page.goto(`${server.url}/?turntable-budget=100000`);
    await waitForFrames(page);
    await page.waitForLoadState('networkidle');

    // Turning: frames keep coming, at most about 30 a second (one every 30 ms at the most), by
    // the page's own clock over 40 display frames.
    const [start, t0] = [await frameCount(page), await page.evaluate(() => performance.now())];
    await animationFrames(page, 40);
    const [end, t1] = [await frameCount(page), await page.evaluate(() => performance.now())];
    const perSecond = ((end - start) * 1000) / (t1 - t0);
    assert.ok(end > start, 'the turntable draws');
    assert.ok(perSecond <= 34, `at most about 30 frames a second: ${perSecond.toFixed(1)}`);

    // Scrolled away: room below the configurator, as a long shop page would have, and the page
    // scrolled down past the ring (a wheel over the canvas would zoom the ring instead).
    await page.evaluate(() => {
      document.body.style.paddingBlockEnd = '4000px';
      window.scrollTo(0, document.scrollingElement.scrollHeight);
    });
    assert.equal(await canvasOnScreen(page), false, 'the canvas is scrolled out of view');
    // The observer reports on the next rendering steps; from then on nothing is drawn.
    await animationFrames(page, 5);
    const away = await frameCount(page);
    await animationFrames(page, 40);
    assert.equal(await frameCount(page), away, 'no frames while the canvas is off screen');

    // Back in view: the ring turns again.
    await page.locator('canvas.ring-canvas').scrollIntoViewIfNeeded();
    const back = await waitForFrames(page, away);
    assert.ok(back > away, 'frames again once the ring is back in view');

    // The tab hidden (the page's visibility as the browser reports it when the visitor switches
    // tabs): no frames, even though this headless browser keeps running animation frames.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await animationFrames(page, 3);
    const hidden = await frameCount(page);
    await animationFrames(page, 40);
    assert.equal(await frameCount(page), hidden, 'no frames while the tab is hidden');
    await page.evaluate(() => {
      delete document.hidden;
      delete document.visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    assert.ok((await waitForFrames(page, hidden)) > hidden, 'frames again once the tab is shown');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`at ${viewport.width} px a dragged ring is drawn lighter, and the resting ring at full resolution`, async () => {
    const browser = await launch({ viewport });
    try {
      const { page, errors } = browser;
      await page.goto(server.url);
      await waitForFrames(page);
      await page.waitForLoadState('networkidle');
      await animationFrames(page, 3);
      const rest = await canvasSizes(page);
      assert.deepEqual(rest.buffer, rest.full, 'a still ring is drawn at the display resolution');
      const viewer = page.locator('.viewer');
      const canvas = page.locator('canvas.ring-canvas');
      await canvas.evaluate((c) => { c.style.visibility = 'hidden'; });
      const backdrop = await shot(viewer, `viewer-pace-${viewport.width}-backdrop`);
      await canvas.evaluate((c) => { c.style.visibility = ''; });
      const still = ringPixels(await shot(viewer, `viewer-pace-${viewport.width}-still`), backdrop);

      // Held and turning: lighter frames, at a lower pixel ratio.
      const box = await canvas.boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      const before = await frameCount(page);
      await page.mouse.move(x + 40, y + 5, { steps: 4 });
      await waitForFrames(page, before);
      const moving = await canvasSizes(page);
      assert.ok(
        moving.buffer[0] < rest.full[0] && moving.buffer[1] < rest.full[1],
        `a moving ring is drawn lighter (${moving.buffer} under ${rest.full})`,
      );
      const dragged = ringPixels(await shot(viewer, `viewer-pace-${viewport.width}-moving`), backdrop);
      assert.ok(dragged.share > 0.03, `the ring is still there while it moves (${dragged.share})`);

      // Let go: the ring settles at full resolution, and then nothing is drawn. (A frame of the
      // drag may still be shown after the button is up on a loaded machine, so the test waits
      // for the viewer to say it has nothing more to draw rather than for one frame.)
      const held = await frameCount(page);
      await page.mouse.up();
      await waitForFrames(page, held);
      await animationFrames(page, 1);
      const last = await frameCount(page);
      const settled = await canvasSizes(page);
      assert.deepEqual(settled.buffer, settled.full, 'the resting ring is drawn at full resolution');
      await animationFrames(page, 20);
      assert.equal(await frameCount(page), last, 'nothing is drawn while the ring rests');
      const after = ringPixels(await shot(viewer, `viewer-pace-${viewport.width}-rested`), backdrop);
      assert.ok(after.warmth > 0.12, `the resting ring is still gold (warmth ${after.warmth.toFixed(3)})`);
      assert.ok(
        Math.abs(after.share - still.share) < 0.2 * still.share,
        `the turned ring is as large as before (${after.share} vs ${still.share})`,
      );
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  });
}

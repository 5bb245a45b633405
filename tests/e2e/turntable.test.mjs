// The turntable: the ring turns slowly by itself for visitors who allow motion, stops at the first
// touch, and never starts for visitors who asked for reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, frameCount, animationFrames } from './support.mjs';

test('the ring turns until the visitor takes over, and stays still with reduced motion', async () => {
  const server = await startServer();
  try {
    const moving = await launch({ reducedMotion: 'no-preference' });
    try {
      const { page, errors } = moving;
      await page.goto(server.url);
      const first = await waitForFrames(moving.page);
      await animationFrames(page, 20);
      const turning = await frameCount(page);
      assert.ok(turning > first + 5, `the turntable draws new frames (${first} → ${turning})`);
      assert.equal(await page.getByRole('button', { name: 'Turntable' }).getAttribute('aria-pressed'), 'true');

      // A drag hands control to the visitor: the turntable stops and the ring holds still.
      const box = await page.locator('canvas.ring-canvas').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
      await animationFrames(page, 3);
      const afterDrag = await frameCount(page);
      await animationFrames(page, 20);
      assert.equal(await frameCount(page), afterDrag, 'no frames drawn once the visitor took over');
      assert.equal(await page.getByRole('button', { name: 'Turntable' }).getAttribute('aria-pressed'), 'false');
      assert.deepEqual(errors, []);
    } finally {
      await moving.context.close();
    }

    const still = await launch({ reducedMotion: 'reduce' });
    try {
      await still.page.goto(server.url);
      await waitForFrames(still.page);
      // The jeweler's catalog and shop header arrive after the first frame and may move the layout,
      // which redraws once; let the page settle, then no frame may follow.
      await still.page.waitForLoadState('networkidle');
      await animationFrames(still.page, 3);
      const settled = await frameCount(still.page);
      await animationFrames(still.page, 20);
      assert.equal(await frameCount(still.page), settled, 'reduced motion: no turntable');
      assert.deepEqual(still.errors, []);
    } finally {
      await still.context.close();
    }
  } finally {
    await server.stop();
  }
});

// The turntable: the ring turns slowly by itself for visitors who allow motion, on a device that
// draws its frames cheaply, and stops at the first touch. Where each frame costs the main thread
// too much (software GL here, a phone without a strong GPU), it stops by itself once the ring was
// shown at full quality, and leaves that still ring for the visitor to turn by hand. Visitors who
// asked for reduced motion never see it start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, frameCount, animationFrames, ringShot, canvasSizes, outputDir } from './support.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

test('on a device that draws cheaply the ring turns until the visitor takes over', async () => {
  const moving = await launch({ reducedMotion: 'no-preference' });
  try {
    const { page, errors } = moving;
    // A budget no frame of this software GL reaches: the device counts as capable.
    await page.goto(`${server.url}/?turntable-budget=100000`);
    const first = await waitForFrames(page);
    let turning = first;
    for (let i = 0; i < 5; i += 1) turning = await waitForFrames(page, turning);
    assert.ok(turning >= first + 5, `the turntable draws new frames (${first} → ${turning})`);
    assert.equal(await page.getByRole('button', { name: 'Turntable' }).getAttribute('aria-pressed'), 'true');
    const turned = await canvasSizes(page);
    assert.deepEqual(turned.buffer, turned.full, 'the turning ring is drawn at full resolution');

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
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`at ${viewport.width} px, where frames are dear, the turntable stops on the full-quality ring and the visitor turns it`, async () => {
    const browser = await launch({ reducedMotion: 'no-preference', viewport });
    try {
      const { page, errors } = browser;
      await page.goto(server.url);
      await waitForFrames(page);
      const turntable = page.getByRole('button', { name: 'Turntable' });
      const stageHeight = await page.locator('.stage').evaluate((s) => s.getBoundingClientRect().height);
      // The frames this software GL draws cost the main thread far over the budget: the viewer
      // measures a few and stops the turntable by itself, without anyone touching the ring.
      await page.waitForFunction(
        () => document.querySelector('.viewer-tool[aria-pressed]')?.getAttribute('aria-pressed') === 'false',
        null, { timeout: 30_000 },
      );
      const stopped = await frameCount(page);
      assert.ok(stopped <= 6, `it stopped after a few frames, not after ${stopped}`);
      await page.waitForLoadState('networkidle');
      await animationFrames(page, 3);
      const settled = await frameCount(page);
      await animationFrames(page, 30);
      assert.equal(await frameCount(page), settled, 'the stopped ring draws nothing more');
      assert.equal(await turntable.getAttribute('aria-pressed'), 'false', 'no button promises motion');
      const sizes = await canvasSizes(page);
      assert.deepEqual(sizes.buffer, sizes.full, 'the ring left is the full-quality one');
      // It says why: a status for screen readers; under the ring on a wide screen, and on a phone
      // (no room under the ring without moving the page) in the turntable's own word.
      const note = page.getByRole('status').filter({ hasText: 'The turntable stopped' });
      await note.waitFor({ state: 'attached' });
      // It names the button by what every width shows of it, its ↻, not by a word a phone hides.
      assert.match(await note.textContent(), /Press ↻ to turn the ring anyway/);
      if (viewport.width > 760) {
        assert.ok(await note.isVisible(), 'the note is on screen');
        const noteBox = await note.boundingBox();
        assert.ok(noteBox.x >= 0 && noteBox.x + noteBox.width <= viewport.width, `the note fits the width (${JSON.stringify(noteBox)})`);
        for (const tool of await page.locator('.viewer-tool').all()) {
          const box = await tool.boundingBox();
          const apart = box.y + box.height <= noteBox.y || noteBox.y + noteBox.height <= box.y
            || box.x + box.width <= noteBox.x || noteBox.x + noteBox.width <= box.x;
          assert.ok(apart, `no tool lies over the note (${JSON.stringify(box)} over ${JSON.stringify(noteBox)})`);
        }
      } else {
        assert.equal((await turntable.innerText()).trim(), '↻ Paused', 'the turntable says it paused');
        // Its name holds the word it shows, so a voice command saying what the visitor sees works.
        assert.match(await turntable.getAttribute('aria-label'), /paused/i);
        const frame = await page.locator('.viewer').boundingBox();
        const corner = await turntable.boundingBox();
        assert.ok(corner.x >= frame.x && corner.x + corner.width <= frame.x + frame.width, 'in the frame');
      }
      assert.equal(await page.locator('.stage').evaluate((s) => s.getBoundingClientRect().height), stageHeight,
        'nothing on the page moved when the turntable paused');
      await page.screenshot({ path: join(outputDir, `turntable-dear-${viewport.width}-note.png`) });
      const still = await ringShot(page, `turntable-dear-${viewport.width}-still`);
      assert.ok(still.warmth > 0.12, `the still ring is gold (warmth ${still.warmth.toFixed(3)})`);
      assert.ok(still.share > 0.05, `the ring is there (${still.share})`);

      // The visitor turns it: frames again while the drag lasts, then one at full quality.
      const canvas = page.locator('canvas.ring-canvas');
      const box = await canvas.boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 50, y, { steps: 5 });
      const dragged = await waitForFrames(page, settled);
      await page.mouse.up();
      // A lighter frame may still be in flight at the release; the ring then settles, drawn once
      // more at full quality.
      await animationFrames(page, 2);
      const released = await frameCount(page);
      assert.ok(released > dragged, `a frame after the release (${dragged} → ${released})`);
      const rest = await canvasSizes(page);
      assert.deepEqual(rest.buffer, rest.full, 'the released ring is drawn at full quality');
      const turned = await ringShot(page, `turntable-dear-${viewport.width}-dragged`);
      assert.ok(turned.warmth > 0.12, `still gold after the drag (warmth ${turned.warmth.toFixed(3)})`);
      await animationFrames(page, 20);
      assert.equal(await frameCount(page), released, 'and nothing after it');
      assert.equal(await turntable.getAttribute('aria-pressed'), 'false');
      // Started again by the visitor, it turns, and the note gives way to the usual hint.
      await turntable.click();
      assert.equal(await turntable.getAttribute('aria-pressed'), 'true');
      assert.equal(await note.count(), 0, 'the note is gone once the visitor starts the turntable');
      if (viewport.width <= 760) assert.equal((await turntable.innerText()).trim(), '↻ Turntable');
      assert.deepEqual(errors, []);
    } finally {
      await browser.context.close();
    }
  });
}

test('with reduced motion the ring never turns by itself', async () => {
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
});

// The budget stops only the turntable the page started by itself: one the visitor asks for with
// the button (here where reduced motion kept the ring still, on a device whose frames are dear)
// keeps turning, paced, until they stop it.
test('a turntable the visitor starts keeps turning where frames are dear', async () => {
  const browser = await launch({ reducedMotion: 'reduce' });
  try {
    const { page, errors } = browser;
    await page.goto(server.url);
    const drawn = await waitForFrames(page);
    const turntable = page.getByRole('button', { name: 'Turntable' });
    await turntable.click();
    // Enough frames for the budget to have judged several of them.
    await waitForFrames(page, drawn + 5);
    assert.equal(await turntable.getAttribute('aria-pressed'), 'true', 'the visitor\'s turntable still turns');
    await turntable.click();
    assert.equal(await turntable.getAttribute('aria-pressed'), 'false');
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.close();
  }
});

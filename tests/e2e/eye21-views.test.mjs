// The preset views after a zoom, as the last user-eye test met them: ¾, Top, Side, Front and Inside
// stayed zoomed in, the stone cut off. Each view, asked for again after zooming in, shows what it
// showed the first time: the whole ring, or for Inside the engraving's area.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { writeFileSync } from 'node:fs';
import { startServer, launch, waitForFrames, animationFrames, frameCount, outputDir } from './support.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** Each view's button, by its accessible name. */
const VIEWS = [['three-quarter', '¾ view'], ['top', 'Top'], ['side', 'Side'], ['front', 'Front'], ['inside', 'Inside']];

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** The ring's frame without the tools over it, saved under tests/e2e/output, decoded. */
async function frame(page, name) {
  const buffer = await page.locator('canvas.ring-canvas').screenshot({ style: '.viewer-tools { visibility: hidden; }' });
  writeFileSync(join(outputDir, `${name}.png`), buffer);
  return PNG.sync.read(buffer);
}

/** Does `act`, then waits for the ring's next frame and lets it settle. */
async function drawn(page, act) {
  const frames = await frameCount(page);
  await act();
  await waitForFrames(page, frames);
  await animationFrames(page, 3);
}

/** The share of pixels whose brightness differs between two pictures of the same size. */
function changed(a, b) {
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const la = a.data[i] + a.data[i + 1] + a.data[i + 2];
    const lb = b.data[i] + b.data[i + 1] + b.data[i + 2];
    if (Math.abs(la - lb) > 45) n += 1;
  }
  return n / (a.width * a.height);
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width} px: a view asked for after zooming in shows the ring as it did at first`, async () => {
    const { context, page, errors } = await launch({ viewport });
    try {
      await page.goto(server.url);
      await waitForFrames(page);
      await animationFrames(page, 3);
      const canvas = await page.locator('canvas.ring-canvas').boundingBox();
      for (const [slug, name] of VIEWS) {
        const button = page.getByRole('button', { name, exact: true });
        await drawn(page, () => button.click());
        const first = await frame(page, `eye21-view-${viewport.width}-${slug}-1-first`);
        // Zoom in over the ring, as a wheel or a trackpad does.
        await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
        await drawn(page, () => page.mouse.wheel(0, -300));
        await drawn(page, () => page.mouse.wheel(0, -300));
        const zoomed = await frame(page, `eye21-view-${viewport.width}-${slug}-2-zoomed`);
        const zoom = changed(first, zoomed);
        assert.ok(zoom > 0.05, `${slug}: the wheel zoomed in (${zoom} of the frame changed)`);
        await drawn(page, () => button.click());
        const again = await frame(page, `eye21-view-${viewport.width}-${slug}-3-again`);
        const left = changed(first, again);
        assert.ok(left < 0.01, `${slug}: asked for again, the view is the first one (${left} of the frame differs; ${zoom} after the zoom)`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

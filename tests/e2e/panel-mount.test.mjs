// The panel mounts in two tasks: the step (its heading, the picker, Back and Next) first, then the
// summary with its estimate, the share link and saved designs. One task for all of it was long
// enough to count as blocking time on a phone. The second part must still arrive, work, and push
// nothing on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, animationFrames, shot } from './support.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

for (const width of [360, 1280]) {
  test(`the step first, then a summary that works (${width} px)`, async () => {
    const b = await launch({ viewport: { width, height: width === 360 ? 740 : 800 } });
    try {
      const { page } = b;
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Mutation records are delivered at the end of the task that made them: had the summary
        // been mounted with the step, it would be there when the step is first seen.
        new MutationObserver(() => {
          if (window.__summaryWithStep === undefined && document.querySelector('.panel .step-title')) {
            window.__summaryWithStep = Boolean(document.querySelector('.panel .summary'));
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(new URL('/', server.url).href);
      await waitForFrames(page);
      const facts = page.locator('.panel .summary-facts');
      await facts.locator('li').first().waitFor({ timeout: 20_000 });
      assert.equal(await page.evaluate(() => window.__summaryWithStep), false,
        'the step was mounted in a task before the summary');

      // The summary, its estimate, the share link and saved designs all came.
      assert.match(await page.locator('.panel .summary-text').innerText(), /^18k yellow gold/);
      assert.match(await facts.innerText(), /about \d+\.\d g of 18k yellow gold/);
      const link = page.locator('#share-link');
      const before = await link.inputValue();
      assert.match(before, /[?&]d=/);
      assert.ok(await page.locator('.panel section.saved').isVisible(), 'saved designs are shown');

      // And they follow the design: another metal changes the words, the weight and the link.
      await page.locator('fieldset.metal-picker').getByLabel('Platinum 950').check();
      await page.waitForFunction(() => /Platinum 950/.test(document.querySelector('.summary-facts')?.innerText));
      assert.match(await page.locator('.panel .summary-text').innerText(), /^Platinum 950/);
      assert.notEqual(await link.inputValue(), before);

      await animationFrames(page, 5);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.1, `layout shift ${shift.toFixed(3)}`);
      await shot(page.locator('body'), `panel-mount-${width}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.context.close();
    }
  });
}

// The configurator's wasm comes in chunks: the first draws the ring and the first step; the later
// steps, the brief form and the comparison arrive in chunks fetched after the first ring frame, or
// when first needed. A chunk that cannot be fetched (offline at that moment) leaves a plain
// sentence and a "Try again" button, never a blank step; trying again once online brings the step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames, shot } from './support.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('the first ring frame needs only the first chunk; the later ones follow it', async () => {
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await waitForFrames(page);
    // After the first frame the later steps and the brief are fetched without being asked for.
    await page.waitForFunction(() => ['split_steps', 'split_brief'].every((part) => performance
      .getEntriesByType('resource').some((e) => e.name.includes(`/${part}`))), null, { timeout: 20_000 });
    const wasm = await page.evaluate(() => {
      const frame = performance.getEntriesByName('atelier:first-frame')[0].startTime;
      return performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm'))
        .map((e) => ({ name: e.name.split('/').pop(), beforeFirstFrame: e.startTime < frame }));
    });
    const before = wasm.filter((w) => w.beforeFirstFrame).map((w) => w.name);
    const later = wasm.filter((w) => !w.beforeFirstFrame).map((w) => w.name);
    assert.deepEqual(before, ['atelier_bg.wasm'], 'only the first chunk before the first frame');
    assert.ok(later.some((n) => n.startsWith('split_steps')), later.join());
    assert.ok(later.some((n) => n.startsWith('split_brief')), later.join());
    // The next step is there at once.
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.locator('.step[data-step="stone"] [role="radio"], .step[data-step="stone"] input[type="radio"]').first().waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.context.close();
  }
});

for (const width of [360, 1280]) {
  test(`offline at the brief step (${width} px): a clear retry, then the form`, async () => {
    const b = await launch({ viewport: { width, height: width === 360 ? 740 : 800 } });
    try {
      const { page } = b;
      // The chunks cannot be fetched: the visitor lost the connection after the ring arrived.
      await page.route(/\/split_[^/]*\.wasm$|\/chunk_[^/]*\.wasm$/, (route) => route.abort('internetdisconnected'));
      await page.goto(`${server.url}/?step=brief`);
      await waitForFrames(page);
      const alert = page.locator('.later-missing[role="alert"]');
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.innerText(), /could not be loaded/);
      const retry = alert.getByRole('button', { name: 'Try again' });
      await retry.scrollIntoViewIfNeeded();
      assert.ok(await retry.isVisible(), 'the retry button is visible');
      await shot(page.locator('main'), `later-missing-${width}`);
      // The form is not there, and nothing else broke: the ring still turns to the touch.
      assert.equal(await page.locator('form.brief-form').count(), 0);

      await page.unroute(/\/split_[^/]*\.wasm$|\/chunk_[^/]*\.wasm$/);
      await retry.focus();
      await page.keyboard.press('Enter');
      await page.locator('form.brief-form').waitFor({ timeout: 20_000 });
      assert.equal(await alert.count(), 0, 'the sentence leaves with the failure');
      await shot(page.locator('main'), `later-recovered-${width}`);
      // The only errors are the withheld fetches themselves.
      const unexpected = b.errors.filter((e) => !/split_|chunk_|Failed to (load resource|fetch)|internet|TypeError: Failed/i.test(e));
      assert.deepEqual(unexpected, []);
    } finally {
      await b.context.close();
    }
  });
}

// What the fourth user-eye test of the first impression (issue 18) found, each as a visitor meets
// it: a step whose part could not be fetched is not skipped past with Next (its "Try again" is
// the way on); the ring's focus ring is drawn inside its frame, so none of it is cut off at the
// page's edges; the brief's link to the privacy notice is in the sentence's own colour, not the
// browser's blue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, outputDir, openBriefStep } from './support.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const STEPS_CHUNK = /\/split_steps[^/]*\.wasm$/;

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** Errors other than the chunk fetches a test withholds on purpose. */
function unexpected(errors) {
  return errors.filter((e) => !/split_|chunk_|Failed to (load resource|fetch)|internet|TypeError: Failed/i.test(e));
}

test('a step whose part could not be fetched offers "Try again", not Next past it', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { context, page, errors } = await launch({ viewport });
    try {
      await page.route(STEPS_CHUNK, (route) => route.abort('internetdisconnected'));
      await page.goto(`${server.url}/?step=stone`);
      await waitForFrames(page);
      const alert = page.locator('.step .later-missing[role="alert"]');
      await alert.waitFor({ timeout: 20_000 });
      const next = page.locator('.step-actions .button.primary');
      const back = page.locator('.step-actions .button:not(.primary)');
      assert.equal(await next.count(), 1, 'the step has its Next');
      assert.ok(!(await next.isVisible()), 'Next is not offered past a step the visitor never saw');
      assert.ok(await back.isVisible(), 'Back still is');
      assert.ok(await alert.getByRole('button', { name: 'Try again' }).isVisible());
      await page.screenshot({ path: join(outputDir, `eye25-missing-step-${viewport.width}.png`) });
      // Fetched at last: the step is there, and Next with it.
      await page.unroute(STEPS_CHUNK);
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.step .option-card').first().waitFor({ timeout: 20_000 });
      assert.ok(await next.isVisible(), 'Next comes back with the step');
      assert.deepEqual(unexpected(errors), []);
    } finally {
      await context.close();
    }
  }
});

test('the ring\'s focus ring is drawn inside its frame, whole at both widths', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { context, page, errors } = await launch({ viewport });
    try {
      await page.goto(server.url);
      await waitForFrames(page);
      const canvas = page.locator('canvas.ring-canvas');
      await canvas.focus();
      const ring = await canvas.evaluate((c) => {
        const style = getComputedStyle(c);
        return {
          focused: c.matches(':focus-visible'),
          width: parseFloat(style.outlineWidth),
          offset: parseFloat(style.outlineOffset),
          style: style.outlineStyle,
        };
      });
      assert.ok(ring.focused, 'the ring takes the keyboard focus');
      assert.equal(ring.style, 'solid');
      assert.ok(ring.width >= 2, `a ring to see (${ring.width} px)`);
      assert.ok(ring.offset <= -ring.width, `drawn inside the frame (offset ${ring.offset} px)`);
      await page.screenshot({ path: join(outputDir, `eye25-ring-focus-${viewport.width}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test('the brief\'s privacy link is in its sentence\'s colour, not the browser\'s blue', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    await openBriefStep(page, server.url);
    const colours = await page.locator('.brief-consent .step-hint').evaluate((hint) => ({
      sentence: getComputedStyle(hint).color,
      link: getComputedStyle(hint.querySelector('a')).color,
      underlined: getComputedStyle(hint.querySelector('a')).textDecorationLine,
    }));
    assert.equal(colours.link, colours.sentence, JSON.stringify(colours));
    assert.equal(colours.underlined, 'underline', 'still reads as a link');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

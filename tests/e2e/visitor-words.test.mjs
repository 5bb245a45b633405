// What a visitor reads and sees when they type a character the engraver cannot cut, and when they
// reach the brief without giving a size, at a phone's and a desktop's width: the engraving error
// names the character as a person reads it (never program escapes), the ring shows only what can be
// engraved, the summary does not quote a faulty engraving as accepted, and the brief's ring-size box
// says no size was given rather than an answer the visitor never chose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, animationFrames, shot, outputDir } from './support.mjs';

const WITH_DOT = 'A & J · 2026';
// The same text with the middle dot taken out and its spaces kept: what can be engraved of it.
const WITHOUT_DOT = 'A & J  2026';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

async function goTo(page, step) {
  await page.locator('.step-nav').getByRole('button', { name: step }).click();
  await page.locator('#step-title', { hasText: step }).waitFor();
}

/** The share of pixels whose colour differs by more than `tolerance` (sum over R, G and B). */
function changedShare(a, b, tolerance = 24) {
  assert.equal(a.width, b.width);
  assert.equal(a.height, b.height);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > tolerance) changed += 1;
  }
  return changed / (a.width * a.height);
}

/** The brief step's "Ring size" box. */
const sizeBox = (page) => page.locator('fieldset', { has: page.locator('legend', { hasText: /^Ring size$/ }) });

for (const width of [360, 1280]) {
  test(`${width} px: a character the engraver cannot cut is named, not drawn and not quoted as accepted`, async () => {
    const { context, page, errors } = await launch({ viewport: { width, height: 800 } });
    try {
      await page.goto(server.url);
      let frames = await waitForFrames(page);
      await goTo(page, 'Engraving');
      const viewer = page.locator('.viewer');

      await page.locator('#engraving').fill(WITHOUT_DOT);
      await page.locator('.summary-text', { hasText: `engraved “${WITHOUT_DOT}”` }).waitFor();
      frames = await waitForFrames(page, frames);
      await animationFrames(page, 5);
      const engravable = await shot(viewer, `visitor-words-ring-without-dot-${width}`);

      await page.locator('#engraving').fill(WITH_DOT);
      const notes = page.locator('.step-notes');
      await notes.locator('.note-error').waitFor();
      const message = await notes.locator('.note-error').innerText();
      assert.equal(message, "Please fix: “·” cannot be engraved; use letters (accents too), digits, spaces and . , ' & - + ! ? : / ( ) ♥ ∞.");
      assert.doesNotMatch(message, /\\u|\{|\}/, message);
      // The ring is not redrawn with anything for the dot: the same pixels as the text without it.
      await animationFrames(page, 10);
      const typed = await shot(viewer, `visitor-words-ring-with-dot-${width}`);
      const share = changedShare(engravable, typed);
      assert.ok(share < 0.0005, `the dot changed ${(share * 100).toFixed(3)} % of the ring's pixels`);

      const summary = await page.locator('.summary-text').innerText();
      assert.match(summary, /, size not given, engraving to be fixed$/);
      assert.doesNotMatch(summary, /2026|engraved/);
      // What the visitor sees at that moment: the message (on a phone, above the pinned Back/Next).
      await notes.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outputDir, `visitor-words-engraving-dot-${width}.png`) });

      await goTo(page, 'Your brief');
      assert.equal(await page.locator('.brief-design-text').innerText(), summary);
      const worth = await page.locator('.brief-notes').innerText();
      assert.match(worth, /Please fix: “·” cannot be engraved/);
      assert.doesNotMatch(worth, /\\u/);

      // Fixed, the engraving is said as it will be cut.
      await goTo(page, 'Engraving');
      await page.locator('#engraving').fill('A & J 2026');
      await page.locator('.summary-text', { hasText: 'engraved “A & J 2026”' }).waitFor();
      assert.equal(await notes.locator('.note-error').count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`${width} px: the brief's ring-size box says no size was given until the visitor answers`, async () => {
    const { context, page, errors } = await launch({ viewport: { width, height: 800 } });
    try {
      await page.goto(server.url);
      await waitForFrames(page);
      // Straight to the brief.
      await goTo(page, 'Your brief');
      const box = sizeBox(page);
      assert.equal(
        (await box.innerText()).replace(/\s+/g, ' ').trim(),
        'Ring size No size given yet. You can add it in the Ring size step, or send the brief without it: the jeweler will ask for it.',
      );
      assert.match(await page.locator('.brief-design-text').innerText(), /, size not given$/);
      assert.match(await page.locator('.brief-notes').innerText(), /No ring size given yet/);
      await box.screenshot({ path: join(outputDir, `visitor-words-size-box-not-given-${width}.png`) });

      // The size step opened and left unanswered: still no answer.
      await goTo(page, 'Ring size');
      assert.equal(await page.locator('input[name=size-mode]:checked').count(), 0);
      await goTo(page, 'Your brief');
      assert.match(await sizeBox(page).innerText(), /No size given yet/);
      assert.doesNotMatch(await sizeBox(page).innerText(), /I don't know my size/);

      // The answers the visitor did give are repeated in their words (the size step offers the
      // sizer ticked).
      await goTo(page, 'Ring size');
      await page.locator('fieldset.size-picker').getByLabel("I don't know my size").check();
      assert.ok(await page.getByLabel('Please send me a ring sizer').isChecked());
      await goTo(page, 'Your brief');
      assert.equal(
        (await sizeBox(page).innerText()).replace(/\s+/g, ' ').trim(),
        'Ring size You chose “I don\'t know my size” and asked for a ring sizer: the jeweler will send one.',
      );
      await sizeBox(page).screenshot({ path: join(outputDir, `visitor-words-size-box-sizer-${width}.png`) });
      await goTo(page, 'Ring size');
      await page.getByLabel('Please send me a ring sizer').uncheck();
      await goTo(page, 'Your brief');
      assert.equal(
        (await sizeBox(page).innerText()).replace(/\s+/g, ' ').trim(),
        'Ring size You chose “I don\'t know my size”: the jeweler will help you find it.',
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

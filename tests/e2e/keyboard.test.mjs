// The answer cards with a keyboard, pressed for real, as the ARIA radio-group pattern has it: Tab
// enters a question at its chosen answer, the arrow keys move to another answer and choose it
// (wrapping at the ends), Space and Enter choose the answer in focus. Arrows across Moissanite
// (lab-grown only) choose it on the way, and say what that did to the origin; arriving back on a
// natural blue sapphire brings natural back, and the brief says so. Every other question of the
// flow behaves the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, outputDir } from './support.mjs';

const STEPS = ['Metal', 'Stone', 'Cut & size', 'Setting', 'Band', 'Ring size', 'Engraving'];

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot());
}

/** The focused element's group and value, e.g. "stone=moissanite". */
async function focused(page) {
  return page.evaluate(() => `${document.activeElement?.name}=${document.activeElement?.value}`);
}

/** The checked answer of one radio group, or null while none is. */
async function checked(page, name) {
  return page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.value ?? null, name);
}

async function goTo(page, title) {
  await page.locator('.step-nav').getByRole('button', { name: title }).click();
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`${viewport.width} px: arrows choose each stone they pass, and back on the blue sapphire it is natural again`, async () => {
    const { context, page, errors } = await launch({ viewport });
    try {
      await page.goto(server.url);
      await waitForFrames(page);
      await goTo(page, 'Stone');
      await page.locator('fieldset.stone-picker').getByLabel('Blue sapphire').check();
      await page.locator('input[name=origin][value=natural]').check();
      assert.match(await page.locator('.summary-text').innerText(), /natural blue sapphire/);

      // Tab from the step's heading enters the stones at the chosen one.
      await page.locator('section.step').focus();
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'stone=sapphire-blue');
      const path = [];
      for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowRight']) {
        await page.keyboard.press(key);
        const at = await focused(page);
        assert.equal(`stone=${await checked(page, 'stone')}`, at, `${key} chose the stone it moved to`);
        path.push(`${at} ${await checked(page, 'origin')}`);
      }
      assert.deepEqual(path, [
        'stone=moissanite labgrown',
        'stone=diamond natural',
        'stone=moissanite labgrown',
        'stone=sapphire-blue natural',
      ]);
      // Tab leaves the stones for the next question, as in any radio group.
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'origin=natural');
      assert.match(await page.locator('.summary-text').innerText(), /natural blue sapphire/);
      assert.equal(await page.locator('.origin-note').innerText(), '');

      await goTo(page, 'Your brief');
      assert.match(await page.locator('.brief-design-text').innerText(), /natural blue sapphire/);
      assert.doesNotMatch(await page.locator('.brief-design-text').innerText(), /lab-grown/);
      assert.equal(await page.getByLabel('Natural only').isChecked(), true);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('an arrow chooses Moissanite and says the origin changed; the arrow back to the sapphire brings natural back', async () => {
  const { context, page, errors } = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    await goTo(page, 'Stone');
    await page.locator('fieldset.stone-picker').getByLabel('Blue sapphire').check();
    await page.locator('input[name=origin][value=natural]').check();
    await page.locator('section.step').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(page), 'stone=moissanite');
    assert.equal(await checked(page, 'stone'), 'moissanite');
    // Space on the answer in focus keeps it.
    await page.keyboard.press('Space');
    assert.equal(await checked(page, 'stone'), 'moissanite');
    assert.equal(await checked(page, 'origin'), 'labgrown');
    const note = page.locator('.origin-note');
    assert.equal(await note.getAttribute('role'), 'status');
    assert.equal(
      await note.innerText(),
      'Moissanite comes lab-grown only, so the origin is now lab-grown. Choose another stone to go back to natural.',
    );
    assert.match(await page.locator('.summary-text').innerText(), /lab-grown moissanite/);
    await screen(page, 'keyboard-moissanite-note');

    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), 'stone=sapphire-blue');
    assert.equal(await checked(page, 'stone'), 'sapphire-blue', 'the arrow chose the sapphire');
    await page.keyboard.press('Enter');
    assert.equal(await checked(page, 'stone'), 'sapphire-blue');
    assert.equal(await checked(page, 'origin'), 'natural', 'the visitor\'s own origin is back');
    assert.equal(await note.innerText(), '');
    assert.match(await page.locator('.summary-text').innerText(), /natural blue sapphire/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('every question of the flow: an arrow moves the focus and chooses, Space keeps the choice', async () => {
  const { context, page, errors } = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    // An engraving, so that its font cards can be chosen.
    await goTo(page, 'Engraving');
    await page.locator('#engraving').fill('Always');
    const groups = [];
    for (const title of STEPS) {
      await goTo(page, title);
      const names = await page.locator('.step .option-card input[type=radio]').evaluateAll(
        (inputs) => [...new Set(inputs.map((i) => i.name))],
      );
      for (const name of names) {
        const before = await checked(page, name);
        // Into the group as Tab would enter it: at the chosen answer, or the first.
        const chosen = page.locator(`.step input[name="${name}"]:checked`);
        const start = (await chosen.count()) > 0 ? chosen : page.locator(`.step input[name="${name}"]`).first();
        await start.focus();
        await page.keyboard.press('ArrowDown');
        const moved = await focused(page);
        assert.notEqual(moved, `${name}=${before}`, `${title} / ${name}: the arrow moved the focus`);
        assert.ok(moved.startsWith(`${name}=`), `${title} / ${name}: the focus stayed in its group (${moved})`);
        assert.equal(`${name}=${await checked(page, name)}`, moved, `${title} / ${name}: the arrow chose the answer it moved to`);
        await page.keyboard.press('Space');
        assert.equal(`${name}=${await checked(page, name)}`, moved, `${title} / ${name}: Space kept the focused answer`);
        groups.push(name);
      }
    }
    for (const name of ['metal', 'stone', 'origin', 'cut', 'setting', 'band-profile', 'finish', 'size-mode', 'font']) {
      assert.ok(groups.includes(name), `${name} was tried: ${groups}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

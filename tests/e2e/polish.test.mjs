// What a visitor met on a phone and with the keyboard in the last user-eye test, each as they meet
// it: the viewer's tools all on screen at 360 px in every language; a skip link first, and choice
// cards that choose as the arrow keys move; "Start a new design" landing on step 1's heading; a
// "Try again" pressed offline that says it tried; a compact ring-in-words without WebGL2; the
// brief's consent error as a sentence, with the focus on the field to fix; and the poster's
// loading line continued in place by the app's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, waitForFrames, animationFrames, outputDir, openBriefStep } from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LANGS = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** A one-line message of `locales/<lang>/<file>.ftl`, as the visitor reads it. */
function word(lang, file, key) {
  const ftl = readFileSync(join(root, 'locales', lang, `${file}.ftl`), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${key} =`));
  assert.ok(line, `${key} in ${lang}/${file}.ftl`);
  return line.slice(key.length + 2).trim();
}

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** Saves what the visitor sees (the viewport) under tests/e2e/output. */
async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot());
}

/** Whether nothing covers the middle of `locator` (what a tap there would reach). */
function uncovered(locator) {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return r.top >= 0 && r.bottom <= innerHeight && e.contains(hit);
  });
}

test('at 360 px every tool of the viewer is on screen, in every language, named in full', async () => {
  assert.ok(LANGS.length >= 7, `languages: ${LANGS.join()}`);
  for (const lang of LANGS) {
    const { context, page, errors } = await launch({ locale: lang, viewport: PHONE });
    try {
      await page.goto(`${server.url}/?lang=${lang}`);
      await waitForFrames(page);
      const tools = await page.locator('.viewer-tool').evaluateAll((buttons) => buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return {
          name: b.getAttribute('aria-label'),
          shown: b.innerText.trim(),
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          inner: b.scrollWidth <= b.clientWidth + 1,
        };
      }));
      const frame = await page.locator('canvas.ring-canvas').boundingBox();
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      assert.equal(tools.length, 7, lang);
      for (const tool of tools) {
        const where = `${lang}: "${tool.shown}" (${tool.name}) at ${Math.round(tool.left)}–${Math.round(tool.right)}`;
        assert.ok(tool.left >= 0 && tool.right <= width, `${where} is inside the ${width} px screen`);
        assert.ok(tool.left >= frame.x && tool.right <= frame.x + frame.width, `${where} is inside the frame`);
        assert.ok(tool.top >= frame.y && tool.bottom <= frame.y + frame.height, `${where} is inside the frame`);
        assert.ok(tool.inner, `${where}: its label fits inside it`);
      }
      // A short visible name is a word of the accessible one (what a voice-control user says).
      for (const tool of tools.slice(0, 5)) {
        assert.ok(
          tool.name.toLocaleLowerCase(lang).includes(tool.shown.toLocaleLowerCase(lang)),
          `${lang}: "${tool.shown}" is part of "${tool.name}"`,
        );
      }
      await page.locator('.stage').screenshot({ path: join(outputDir, `polish-tools-360-${lang}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  // The wide screen keeps every tool's full name in one row along the top.
  const { context, page } = await launch({ locale: 'it', viewport: DESKTOP });
  try {
    await page.goto(`${server.url}/?lang=it`);
    await waitForFrames(page);
    const rows = await page.locator('.viewer-tool').evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size);
    assert.equal(rows, 1);
    assert.equal(await page.getByRole('button', { name: 'Piatto rotante' }).innerText(), 'Piatto rotante');
    await screen(page, 'polish-tools-1280-it');
  } finally {
    await context.close();
  }
});

test('keyboard: the skip link comes first, and the arrow keys choose in a group of cards, wrapping', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    const metals = page.locator('input[name=metal]');
    await metals.first().waitFor();
    const summary = page.locator('.summary-text');
    const before = await summary.innerText();

    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const e = document.activeElement;
      const r = e.getBoundingClientRect();
      return { text: e.textContent.trim(), tag: e.tagName, visible: r.width > 40 && r.height > 20 && r.top >= 0 };
    });
    assert.deepEqual(skip, { text: 'Skip to the design steps', tag: 'A', visible: true });
    await screen(page, 'polish-skip-link-1280');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.step), 'metal');

    // Tab enters the group on the chosen card.
    await page.keyboard.press('Tab');
    const state = () => page.evaluate(() => {
      const e = document.activeElement;
      const all = [...document.querySelectorAll('input[name=metal]')];
      return { index: all.indexOf(e), checked: e.checked, count: all.length, chosen: all.findIndex((r) => r.checked) };
    });
    const entered = await state();
    assert.ok(entered.index >= 0 && entered.checked, JSON.stringify(entered));

    // An arrow moves to the next card and chooses it: the summary follows.
    await page.keyboard.press('ArrowRight');
    const moved = await state();
    assert.deepEqual(moved, { ...entered, index: entered.index + 1, chosen: entered.index + 1 });
    await page.waitForFunction((was) => document.querySelector('.summary-text')?.innerText !== was, before);
    assert.notEqual(await summary.innerText(), before);

    // Past the last card the arrows wrap to the first, and back.
    await page.keyboard.press('End');
    assert.equal((await state()).chosen, entered.count - 1);
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await state(), { ...entered, index: 0, chosen: 0 });
    await page.keyboard.press('ArrowLeft');
    assert.equal((await state()).chosen, entered.count - 1);

    // Leaving and coming back lands on the chosen card again; Space keeps it chosen.
    await page.keyboard.press('ArrowUp');
    const chosen = (await state()).chosen;
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.deepEqual(await state(), { ...entered, index: chosen, chosen });
    await page.keyboard.press('Space');
    assert.deepEqual(await state(), { ...entered, index: chosen, chosen });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('360 px: "Start a new design" lands on step 1\'s heading, clear of the pinned ring', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    await openBriefStep(page, server.url);
    await page.getByLabel('Your name').fill('Caroline Herschel');
    await page.locator('#brief-email').fill('caroline@example.com');
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const startNew = page.getByRole('button', { name: 'Start a new design' });
    await startNew.waitFor({ timeout: 60_000 });
    await startNew.click();
    await page.locator('.step[data-step="metal"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.dataset?.step === 'metal');
    await animationFrames(page, 5);
    await screen(page, 'polish-new-design-360');
    assert.ok(await uncovered(page.locator('#step-title')), 'the step heading is on screen, under nothing');
    assert.ok(await uncovered(page.locator('.option-card').first()), 'the first metal is on screen, under nothing');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Try again" pressed offline says it tried, politely, and the part comes back online', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    const panel = /\/split_panel[^/]*\.wasm$/;
    await page.route(panel, (route) => route.abort('internetdisconnected'));
    await page.goto(server.url);
    await waitForFrames(page);
    const missing = page.locator('.panel .later-missing');
    await missing.waitFor({ timeout: 20_000 });
    const again = missing.locator('.later-again');
    assert.equal(await again.getAttribute('role'), 'status');
    assert.equal((await again.innerText()).trim(), '');
    await context.setOffline(true);
    await missing.getByRole('button', { name: 'Try again' }).click();
    assert.equal((await again.innerText()).trim(), word('en', 'common', 'common-still-offline'));
    assert.ok(await uncovered(again), 'the sentence is on screen');
    await screen(page, 'polish-try-again-offline-360');
    await page.unroute(panel);
    await context.setOffline(false);
    await page.locator('input[name=metal]').first().waitFor({ timeout: 20_000 });
    assert.equal(await missing.count(), 0);
    assert.deepEqual(errors.filter((e) => !/split_|Failed to (load resource|fetch)|internet/i.test(e)), []);
  } finally {
    await context.close();
  }
});

test('without WebGL2 on a phone the ring in words is compact and step 1\'s choices are on the first screen', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { context, page } = await launch({ viewport, extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      await page.goto(server.url);
      const fallback = page.locator('.viewer-fallback');
      await fallback.waitFor();
      await page.locator('input[name=metal]').first().waitFor();
      await screen(page, `polish-no-webgl-${viewport.width}`);
      if (viewport === PHONE) {
        const box = await fallback.boundingBox();
        assert.ok(box.height <= box.width * 0.75 + 1, `the box is ${Math.round(box.height)} px tall for ${Math.round(box.width)} wide`);
        const card = await page.locator('.option-card').first().boundingBox();
        assert.ok(card.y + card.height <= viewport.height, `the first metal ends at ${Math.round(card.y + card.height)} px`);
      }
    } finally {
      await context.close();
    }
  }
});

test('a send refused for consent says so in a sentence and takes the focus to the first field to fix', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    await openBriefStep(page, server.url);
    await page.locator('#brief-email').fill('ada@example.com');
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'brief-name');
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'brief-consent');
    const error = (await page.locator('#brief-consent-error').innerText()).trim();
    const problem = word('en', 'core', 'field-consent');
    assert.equal(error, problem[0].toUpperCase() + problem.slice(1));
    // The summary above keeps the problem after the field's name.
    assert.match(await page.locator('.brief-summary-errors').innerText(), new RegExp(`Consent: ${problem}`));
    await screen(page, 'polish-consent-360');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the poster\'s loading line and the app\'s stand in the same place, the same size', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { context, page } = await launch({ viewport });
    try {
      // The app is held until the poster is measured; the panel never comes.
      let release;
      const held = new Promise((done) => { release = done; });
      await page.route('**/app-*/**', async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      await page.route(/\/split_panel[^/]*\.wasm$/, () => {});
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      const look = (selector) => page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        return { x: Math.round(r.x), y: Math.round(r.y), size: s.fontSize, colour: s.color, weight: s.fontWeight };
      });
      await page.locator('.poster-note').waitFor();
      const poster = await look('.poster-note');
      await screen(page, `polish-loading-poster-${viewport.width}`);
      release();
      await page.locator('.panel .later-loading').waitFor();
      const app = await look('.panel .later-loading');
      await screen(page, `polish-loading-app-${viewport.width}`);
      assert.deepEqual(app, poster, `${viewport.width} px`);
    } finally {
      await context.close();
    }
  }
});

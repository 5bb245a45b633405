// The later parts of the configurator and the buttons around them, as a visitor meets them on a
// 360 × 740 phone and a 1280 × 800 desktop, in every language of locales/: Back and Next never
// break a word; a part that could not be fetched comes by itself once the browser is back online,
// its "Try again" lies in full above Back and Next, and after it the keyboard's focus lands on the
// step, not on <body>; the loading line speaks as the server's poster does; the confirmation's
// button to the commission page stands on its own line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, waitForFrames, animationFrames, outputDir, openBriefStep } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = readdirSync(resolve(here, '..', '..', 'locales'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
// The later steps' and the brief's parts (the panel itself arrives: its own failure is e2e panel's).
const CHUNKS = /\/split_(steps|brief|compare|postcard)[^/]*\.wasm$/;

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** Saves what the visitor sees (the viewport) under tests/e2e/output. */
async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot());
}

/** Errors other than the chunk fetches a test withholds on purpose. */
function unexpected(errors) {
  return errors.filter((e) => !/split_|chunk_|Failed to (load resource|fetch)|internet|TypeError: Failed/i.test(e));
}

/**
 * Every word of every button in the step's Back/Next bar that the layout broke across lines, or
 * a label wider than its button. Words are the language's own (Intl.Segmenter, so Japanese too);
 * a word is broken when two of its characters sit on different lines.
 */
function brokenLabels(lang) {
  const words = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...document.querySelectorAll('.step-actions .button')].flatMap((button) => {
    const found = [];
    const label = button.textContent.trim();
    if (button.scrollWidth > button.clientWidth + 1) found.push(`"${label}" spills out of its button`);
    const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    const pieces = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ node, start: text.length });
      text += node.data;
    }
    const charBox = (i) => {
      const piece = pieces.findLast((p) => p.start <= i);
      const range = document.createRange();
      range.setStart(piece.node, i - piece.start);
      range.setEnd(piece.node, i - piece.start + 1);
      return range.getBoundingClientRect();
    };
    for (const { segment, index, isWordLike } of words.segment(text)) {
      if (!isWordLike) continue;
      const boxes = [...segment].map((_, k) => charBox(index + k)).filter((b) => b.height > 0);
      const first = boxes[0];
      const line = (b) => b.top + b.height / 2;
      if (boxes.some((b) => Math.abs(line(b) - line(first)) > first.height / 2)) {
        found.push(`"${segment}" broken across lines in "${label}"`);
      }
    }
    return found;
  });
}

test('at 360 px, no word of Back or Next breaks across lines, on any step, in any language', async () => {
  assert.ok(LANGS.length >= 7, `languages: ${LANGS.join()}`);
  for (const lang of LANGS) {
    const { context, page, errors } = await launch({ locale: lang, viewport: PHONE });
    try {
      await page.goto(server.url);
      await waitForFrames(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      // Each step in turn, reached by the step list (the panel's, which comes after the ring).
      const seen = [];
      const steps = page.locator('.step-nav button');
      await steps.first().waitFor({ timeout: 20_000 });
      for (let i = 0; i < (await steps.count()); i += 1) {
        if (i > 0) {
          await steps.nth(i).click();
          await page.waitForFunction((was) => document.querySelector('.step')?.dataset.step !== was, seen.at(-1));
        }
        // The step as the visitor reads it: its part arrived, nothing moves any more.
        await page.waitForFunction(() => !document.querySelector('.step .later-loading'));
        await animationFrames(page, 2);
        const step = await page.locator('.step').getAttribute('data-step');
        const labels = await page.locator('.step-actions .button').allInnerTexts();
        seen.push(step);
        assert.deepEqual(await page.evaluate(brokenLabels, lang), [], `${lang}, step ${step}: ${labels.join(' | ')}`);
        if (lang === 'de' || lang === 'fr' || lang === 'ar') {
          await screen(page, `later-ux-bar-${lang}-${step}-360`);
        }
      }
      assert.equal(seen.length, 8, `every step seen in ${lang}: ${seen.join()}`);
      assert.deepEqual(unexpected(errors), []);
    } finally {
      await context.close();
    }
  }
});

test('back online, a part that could not be fetched arrives without a click', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    await page.route(CHUNKS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/?step=brief`);
    await waitForFrames(page);
    const alert = page.locator('.later-missing[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    await context.setOffline(true);
    // Offline, the sentence and its button stay.
    assert.ok(await alert.getByRole('button', { name: 'Try again' }).isVisible());
    await page.unroute(CHUNKS);
    // The connection comes back; the visitor does nothing.
    await context.setOffline(false);
    await page.locator('form.brief-form').waitFor({ timeout: 20_000 });
    assert.equal(await alert.count(), 0, 'the sentence leaves with the failure');
    assert.deepEqual(unexpected(errors), []);
  } finally {
    await context.close();
  }
});

test('keyboard: after "Try again" the focus is on the step, never on <body>', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    await page.route(CHUNKS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/?step=stone`);
    await waitForFrames(page);
    const alert = page.locator('.later-missing[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    // Tab to the button, as a keyboard visitor does.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('.later-missing')));
    }
    assert.ok(reached, 'Tab reaches "Try again"');
    await screen(page, 'later-ux-kb-retry-focused-1280');

    // Still offline: the sentence comes back, and the focus with it on its new button.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.later-missing button'), null, { timeout: 20_000 });

    // Online again: the step's choices arrive and the focus is on the step, as on a step change.
    await page.unroute(CHUNKS);
    await page.keyboard.press('Enter');
    await page.locator('.step[data-step="stone"] [role="radio"], .step[data-step="stone"] input[type="radio"]').first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement !== document.body, null, { timeout: 5_000 });
    const focus = await page.evaluate(() => {
      const e = document.activeElement;
      return { tag: e.tagName, inStep: Boolean(e.closest('.step[data-step="stone"]')), isStep: e.matches('.step') };
    });
    assert.deepEqual(focus, { tag: 'SECTION', inStep: true, isStep: true });
    // From there Tab goes on into the step's choices.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => Boolean(document.activeElement?.closest('.step[data-step="stone"]'))));
    await screen(page, 'later-ux-kb-after-retry-1280');
    assert.deepEqual(unexpected(errors), []);
  } finally {
    await context.close();
  }
});

/**
 * What the page shows on top at the centre and at the edges of `selector`'s box (its four corners,
 * moved in past a rounded border, and the middle of each side), when it is not that element or
 * inside it; and whether the box lies inside the viewport.
 */
function exposure(selector) {
  const el = document.querySelector(selector);
  const b = el.getBoundingClientRect();
  const round = Math.min(parseFloat(getComputedStyle(el).borderTopLeftRadius) || 0, b.width / 2, b.height / 2);
  const edge = 2;
  const [x0, x1] = [b.left + Math.max(edge, round), b.right - Math.max(edge, round)];
  const [y0, y1, ym] = [b.top + edge, b.bottom - edge, b.top + b.height / 2];
  const covered = [
    [b.left + b.width / 2, ym],
    [x0, y0], [x1, y0], [x0, y1], [x1, y1],
    [b.left + edge, ym], [b.right - edge, ym],
  ]
    .map(([x, y]) => document.elementFromPoint(x, y))
    .filter((hit) => !(hit && el.contains(hit)))
    .map((hit) => (hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'));
  return { covered, inViewport: b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth };
}

for (const lang of ['en', 'de', 'ar']) {
  test(`${lang} at 360 × 740: the loading line and "Try again" lie in full above Back and Next`, async () => {
    const { context, page, errors } = await launch({ locale: lang, viewport: PHONE });
    try {
      // The later parts never arrive while this holds them: the loading line stays.
      const held = [];
      let hold = true;
      await page.route(CHUNKS, (route) => (hold ? held.push(route) : route.abort('internetdisconnected')));
      await page.goto(server.url);
      await waitForFrames(page);
      await page.locator('.step-actions .button.primary').click();
      await page.locator('.later-loading').waitFor();
      assert.deepEqual(await page.evaluate(exposure, '.later-loading'), { covered: [], inViewport: true });
      await screen(page, `later-ux-loading-${lang}-360`);

      // Now they fail: every later step shows the sentence and its button where the visitor is.
      hold = false;
      await Promise.all(held.map((route) => route.abort('internetdisconnected')));
      for (const slug of ['cut', 'engraving']) {
        await page.locator('.step-nav button').nth(slug === 'cut' ? 2 : 6).click();
        await page.waitForFunction((s) => document.querySelector('.step')?.dataset.step === s, slug);
        await page.locator('.later-missing button').waitFor({ timeout: 20_000 });
        assert.deepEqual(
          await page.evaluate(exposure, '.later-missing button'),
          { covered: [], inViewport: true },
          `${lang}, ${slug}: "Try again" is on top and on screen`,
        );
        await screen(page, `later-ux-missing-${lang}-${slug}-360`);
      }

      // Once the step is there, Back and Next are pinned to the bottom again.
      await page.unroute(CHUNKS);
      await page.locator('.later-missing button').click();
      await page.locator('.step[data-step="engraving"] input[type="text"]').waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.step-actions').evaluate((bar) => getComputedStyle(bar).position), 'sticky');
      assert.deepEqual(unexpected(errors), []);
    } finally {
      await context.close();
    }
  });
}

test('the loading line says it as the poster does, in every language', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    await page.route(CHUNKS, () => {});
    await page.goto(`${server.url}/?step=stone`);
    await waitForFrames(page);
    let previous = null;
    for (const lang of LANGS) {
      const html = await (await fetch(new URL(`/?lang=${lang}`, server.url))).text();
      const poster = html.match(/role="status">([^<]*)</)?.[1]?.trim();
      assert.ok(poster, `${lang}: the poster has a loading line`);
      // The page's language tag may carry the browser's region (en-US).
      if (await page.evaluate(() => document.documentElement.lang.split('-')[0]) !== lang) {
        await page.locator('#language').selectOption(lang);
        await page.waitForFunction(
          ([l, was]) => document.documentElement.lang.split('-')[0] === l
            && document.querySelector('.later-loading')?.innerText.trim() !== was,
          [lang, previous],
        );
      }
      const line = (await page.locator('.later-loading').innerText()).trim();
      previous = line;
      // The same ellipsis, spaced or not as the poster spaces it.
      const ending = (s) => s.match(/(\s?)…$/)?.[0];
      assert.ok(ending(line), `${lang}: "${line}" ends in an ellipsis`);
      assert.equal(ending(line), ending(poster), `${lang}: "${line}" against the poster's "${poster}"`);
      // The same verb or noun for loading.
      const lead = line.replace(/\s?…$/, '').split(/\s+/)[0].toLocaleLowerCase(lang);
      assert.ok(poster.toLocaleLowerCase(lang).includes(lead), `${lang}: "${line}" against the poster's "${poster}"`);
      if (lang === 'de' || lang === 'ar') await screen(page, `later-ux-loading-line-${lang}-1280`);
    }
    assert.deepEqual(unexpected(errors), []);
  } finally {
    await context.close();
  }
});

/**
 * Where the confirmation's link to the commission page stands against its sentence: every line of
 * the sentence is below the button (none beside it), and the button looks like one.
 */
function commissionButton() {
  const p = document.querySelector('.brief-commission-link');
  const a = p.querySelector('a');
  const button = a.getBoundingClientRect();
  const range = document.createRange();
  range.setStartAfter(a);
  range.setEnd(p, p.childNodes.length);
  const lines = [...range.getClientRects()].filter((r) => r.width > 1);
  const style = getComputedStyle(a);
  return {
    beside: lines.filter((r) => r.top < button.bottom - 1).length,
    below: lines.length > 0,
    filled: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && parseFloat(style.borderTopLeftRadius) > 0,
    inside: button.right <= p.getBoundingClientRect().right + 0.5 && button.left >= p.getBoundingClientRect().left - 0.5,
  };
}

test('the confirmation\'s button to the commission page stands on its own line, at both widths', async () => {
  const { context, page, errors } = await launch({ viewport: DESKTOP });
  try {
    await openBriefStep(page, server.url);
    await page.getByLabel('Your name').fill('Emmy Noether');
    await page.locator('#brief-email').fill('emmy@example.com');
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-commission-link a').waitFor({ timeout: 60_000 });
    for (const lang of ['en', 'de', 'ar']) {
      if (lang !== 'en') {
        await page.locator('#language').selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.locator('.brief-commission-link a').waitFor();
      }
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        assert.deepEqual(
          await page.evaluate(commissionButton),
          { beside: 0, below: true, filled: true, inside: true },
          `${lang} at ${viewport.width} px`,
        );
        await page.locator('.brief-confirmation').scrollIntoViewIfNeeded();
        await page.locator('.brief-confirmation').screenshot({ path: join(outputDir, `later-ux-confirmation-${lang}-${viewport.width}.png`) });
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// What the last user-eye test met on a phone: the "Block sans" lettering sample broken over two
// lines ("A" over "b"), and a toolbar whose turntable and postcard were bare glyphs (their tooltips
// never show on touch) and whose view chips were 30 px tall touch targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, waitForFrames, outputDir, message } from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LANGS = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** The smallest touch target the platforms' guidelines ask for, in CSS pixels. */
const TOUCH = 44;

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width} px: each lettering sample is one line beside its name`, async () => {
    const { context, page, errors } = await launch({ viewport });
    try {
      await page.goto(`${server.url}/?step=engraving`);
      const picker = page.locator('fieldset.font-picker');
      await picker.waitFor();
      const samples = await picker.locator('.option-card:has(.font-sample)').evaluateAll((cards) => cards.map((card) => {
        const sample = card.querySelector('.font-sample');
        const box = sample.getBoundingClientRect();
        const name = card.querySelector('.option-text').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(sample);
        return {
          font: sample.className,
          text: sample.textContent,
          // One line box per line of text.
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
          clear: box.right <= name.left,
          inside: box.left >= card.getBoundingClientRect().left,
        };
      }));
      assert.deepEqual(samples.map((s) => s.font), ['font-sample font-script', 'font-sample font-serif', 'font-sample font-sans']);
      for (const sample of samples) {
        assert.deepEqual(
          { text: sample.text, lines: sample.lines, clear: sample.clear, inside: sample.inside },
          { text: 'Ab', lines: 1, clear: true, inside: true },
          `${sample.font} at ${viewport.width} px`,
        );
      }
      await picker.screenshot({ path: join(outputDir, `eye21-lettering-${viewport.width}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('at 360 px turntable and postcard show a word in every language, apart, and every tool is a 44 px target', async () => {
  assert.ok(LANGS.length >= 7, `languages: ${LANGS.join()}`);
  for (const lang of LANGS) {
    const { context, page, errors } = await launch({ locale: lang, viewport: PHONE });
    try {
      await page.goto(`${server.url}/?lang=${lang}`);
      await waitForFrames(page);
      const seen = await page.evaluate(() => {
        const frame = document.querySelector('canvas.ring-canvas').getBoundingClientRect();
        const tools = [...document.querySelectorAll('.viewer-tool')].map((b) => {
          const r = b.getBoundingClientRect();
          const word = b.querySelector('.tool-word');
          const hits = (x, y) => document.elementFromPoint(x, y)?.closest('.viewer-tool') === b;
          const cx = (r.left + r.right) / 2;
          const cy = (r.top + r.bottom) / 2;
          return {
            name: b.getAttribute('aria-label'),
            word: word && word.getBoundingClientRect().width > 0 ? word.textContent.trim() : null,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            height: r.height,
            width: r.width,
            fits: b.scrollWidth <= b.clientWidth + 1,
            // What a finger reaches just above or below the chip: up to 22 px from its middle, the chip.
            reach: [hits(cx, cy - 21), hits(cx, cy + 21)],
          };
        });
        return { frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom }, tools };
      });
      const { frame, tools } = seen;
      assert.equal(tools.length, 7, lang);
      const [turntable, postcard] = tools.slice(5);
      assert.equal(turntable.word, message(lang, 'viewer', 'viewer-turntable-short'), `${lang}: the turntable's word shows`);
      assert.equal(postcard.word, message(lang, 'viewer', 'viewer-postcard-short'), `${lang}: the postcard's word shows`);
      for (const action of [turntable, postcard]) {
        // What a voice-control user reads on the button is part of its name.
        assert.ok(action.name.toLocaleLowerCase(lang).includes(action.word.toLocaleLowerCase(lang)), `${lang}: "${action.word}" is part of "${action.name}"`);
      }
      // One in each upper corner: the middle, where the stone is, stays clear.
      const middle = (frame.left + frame.right) / 2;
      const [start, end] = [turntable, postcard].sort((a, b) => a.left - b.left);
      assert.ok(start.right < middle - 30 && end.left > middle + 30, `${lang}: the actions keep to the corners: ${start.right}–${end.left} around ${middle}`);
      for (const [i, tool] of tools.entries()) {
        const where = `${lang}: ${tool.name} at ${Math.round(tool.left)}–${Math.round(tool.right)} × ${Math.round(tool.top)}–${Math.round(tool.bottom)}`;
        assert.ok(tool.left >= frame.left && tool.right <= frame.right && tool.top >= frame.top && tool.bottom <= frame.bottom, `${where} is inside the frame`);
        assert.ok(tool.fits, `${where}: its words fit inside it`);
        for (const other of tools.slice(i + 1)) {
          const apart = tool.right <= other.left || other.right <= tool.left || tool.bottom <= other.top || other.bottom <= tool.top;
          assert.ok(apart, `${where} does not overlap ${other.name}`);
        }
        // The chip stays small to the eye, its target does not.
        assert.ok(tool.height < 34, `${where} is ${tool.height} px tall`);
        // Nor narrower than a fingertip (the third eye test measured "Top" 25 px wide).
        assert.ok(tool.width >= TOUCH, `${where} is ${tool.width} px wide`);
        assert.deepEqual(tool.reach, [true, true], `${where}: a finger ${TOUCH / 2 - 1} px above or below its middle presses it`);
      }
      await page.locator('.stage').screenshot({ path: join(outputDir, `eye21-tools-360-${lang}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  // The wide screen is as it was: every tool's full name in one row, no short word.
  const { context, page } = await launch({ viewport: DESKTOP });
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    const words = await page.locator('.viewer-tool').evaluateAll((buttons) => buttons.map((b) => b.innerText.trim()));
    assert.deepEqual(words, ['¾ view', 'Top', 'Side', 'Front', 'Inside', 'Turntable', 'Postcard']);
    await page.locator('.stage').screenshot({ path: join(outputDir, 'eye21-tools-1280-en.png') });
  } finally {
    await context.close();
  }
});

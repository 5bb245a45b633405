// Atelier in the visitor's language, as visitors meet it: a French visitor designs, writes and
// sends a brief, reads the confirmation and their email in French, while the jeweler's email
// arrives in the shop's English with the French note as written. German (long words), Arabic
// (right to left) and Japanese at a phone's and a desktop's width: pictures of every screen, axe,
// nothing wider than the screen, no label cut. The pseudo-language catches text that is not in a
// message file. The language switch keeps the design and step, is remembered, and says so offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, waitForFrames, animationFrames, outputDir, axeViolations, shot, studioSetupLink } from './support.mjs';
import { parseMail, leaves, text } from './brief-mail.mjs';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
const locales = resolve(here, '..', '..', 'locales');
const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * The messages of one source file that are plain text on one line (no placeable, no variants), by
 * key: what the page must show for that key, word for word.
 */
function plainMessages(lang, source) {
  const messages = new Map();
  const lines = readFileSync(join(locales, lang, `${source}.ftl`), 'utf8').split('\n');
  lines.forEach((line, i) => {
    const match = /^([a-z][a-z0-9-]*)\s*=\s*(.+)$/.exec(line);
    const continued = /^\s+\S/.test(lines[i + 1] ?? '');
    if (match && !continued && !match[2].includes('{')) messages.set(match[1], match[2].trim());
  });
  return messages;
}

/** One plain message; fails the test when the file does not have it. */
function say(lang, source, key) {
  const value = plainMessages(lang, source).get(key);
  assert.ok(value, `${lang}/${source}.ftl has no plain message ${key}`);
  return value;
}

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

const mailDir = () => join(server.dataDir, 'data', 'outbox-mail');

/** The text/plain part of the .eml `name`, once the outbox has written it. */
async function mailText(page, name) {
  const path = join(mailDir(), name);
  for (let attempt = 0; attempt < 600 && !existsSync(path); attempt += 1) await animationFrames(page, 5);
  assert.ok(existsSync(path), `no ${name}; server log:\n${server.log()}`);
  const raw = readFileSync(path);
  const plain = leaves(parseMail(raw)).find((p) => p.type === 'text/plain');
  assert.ok(plain, `${name} has no text/plain part`);
  return text(plain);
}

async function fullShot(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Opens the configurator at `path` and waits for the first ring frame. */
async function open(page, path = '/', base = server.url) {
  await page.goto(new URL(path, base).href);
  await waitForFrames(page);
}

/** The name of the `index`th step in the step list, without its number. */
async function stepName(page, index) {
  return page.locator('.step-nav .step-link').nth(index).evaluate((button) => [...button.childNodes]
    .filter((n) => !n.classList?.contains('step-number'))
    .map((n) => n.textContent)
    .join('')
    .trim());
}

/** Jumps to the brief, the last step, by its button in the step list (whatever it is called). */
async function toBrief(page) {
  await page.locator('.step-nav .step-link').last().click();
  await page.locator('form.brief-form').waitFor();
}

/** Fills the brief by the fields' ids, which no language changes, and agrees to be contacted. */
async function fillBrief(page, { name, email, note }) {
  await page.locator('#brief-name').fill(name);
  await page.locator('#brief-email').fill(email);
  await page.locator('#brief-budget-max').fill('3500');
  await page.locator('#brief-occasion').selectOption('engagement');
  await page.locator('form.brief-form input[name=origin]').nth(2).check();
  await page.locator('#brief-notes').fill(note);
  await page.locator('#brief-consent').check();
}

/** Sends the filled brief and returns its reference from the confirmation. */
async function send(page) {
  await page.locator('.brief-send').click();
  const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
  assert.match(reference, REFERENCE);
  return reference;
}

/**
 * What does not fit at the current width: the page wider than the screen, and every visible
 * label, button, heading or option whose text runs past its own box or off the screen (unless it
 * sits in a row made to scroll sideways, like the step list on a phone).
 */
async function misfits(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} px wide in ${root.clientWidth} px`);
    const scroller = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    const hidden = (el) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || el.closest('[aria-hidden=true]');
    };
    const selector = 'button, label, legend, h1, h2, h3, h4, .button, .option-name, .option-detail, .step-title, .step-hint, .note, .field-error, .summary-text, .brief-confirmation p, .brief-confirmation li';
    for (const el of document.querySelectorAll(selector)) {
      if (hidden(el)) continue;
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.innerText.trim().slice(0, 40)}"`;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
        out.push(`${name}: text ${el.scrollWidth} px in a ${el.clientWidth} px box`);
      }
      const rect = el.getBoundingClientRect();
      if (!scroller(el) && (rect.left < -1 || rect.right > root.clientWidth + 1)) {
        out.push(`${name}: ${Math.round(rect.left)}–${Math.round(rect.right)} px on a ${root.clientWidth} px screen`);
      }
    }
    // A radio or checkbox sits beside its words, not on a line of its own.
    for (const choice of document.querySelectorAll('label:has(> input[type=radio]), label:has(> input[type=checkbox]), .brief-check')) {
      const input = choice.querySelector('input');
      const words = [...choice.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim())
        ?? choice.querySelector('label');
      if (!input || !words || hidden(input)) continue;
      const range = document.createRange();
      range.selectNodeContents(words);
      const line = range.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      if (line.height > 0 && (box.bottom <= line.top || box.top >= line.bottom)) {
        out.push(`"${choice.innerText.trim().slice(0, 40)}": its ${input.type} is not beside its words`);
      }
    }
    return out;
  });
}

/**
 * Where words of the design's summary on the brief step are drawn: for each word, its first
 * occurrence (after the one before it) as a box on screen.
 */
async function summaryBoxes(page, words) {
  return page.locator('.brief-design-text').evaluate((p, wanted) => {
    const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    let from = 0;
    return wanted.map((word) => {
      const at = node.data.indexOf(word, from);
      if (at < 0) return null;
      from = at + word.length;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const { left, right, top, height } = range.getBoundingClientRect();
      return { word, left, right, top, height };
    });
  }, words);
}

/** Whether box `a` is read before box `b` right to left: on an earlier line, or to its right. */
function readsBeforeRtl(a, b) {
  if (Math.abs(a.top - b.top) >= a.height / 2) return a.top < b.top;
  return a.left >= b.right - 1;
}

/** Screenshot, axe and fit for one screen. */
async function proof(page, name) {
  await fullShot(page, name);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  assert.deepEqual(await misfits(page), [], `what does not fit on ${name}`);
}

test('a French visitor goes through the whole flow; the jeweler reads English, the note as written', async () => {
  const { context, page, errors } = await launch({ locale: 'fr-FR', viewport: DESKTOP });
  try {
    await open(page);
    // The browser's language chose French, with nothing in the address.
    assert.equal(await page.evaluate(() => document.documentElement.lang.slice(0, 2)), 'fr');
    assert.equal(await page.evaluate(() => document.documentElement.dir || 'ltr'), 'ltr');
    assert.equal(
      await stepName(page, 0),
      say('fr', 'configurator', 'cfg-step-metal'),
    );

    // Design: another metal than the first, as the visitor picks it.
    const first = new URL(page.url()).searchParams.get('d');
    await page.locator('.step[data-step="metal"] .option-card input').nth(1).check();
    await page.waitForFunction((before) => new URL(location.href).searchParams.get('d') !== before, first);

    await toBrief(page);
    assert.equal(await page.locator('.brief-send').innerText(), say('fr', 'brief', 'brief-button-send'));
    assert.equal(await page.locator('.brief-form legend').first().innerText(), say('fr', 'brief', 'brief-contact-title'));
    // Core's check speaks French too; under its field the problem reads as a sentence.
    await page.locator('.brief-send').click();
    await page.locator('#brief-name-error').waitFor();
    const required = say('fr', 'core', 'field-required');
    assert.equal(await page.locator('#brief-name-error').innerText(), required[0].toUpperCase() + required.slice(1));

    const note = 'Comme la bague de ma grand-mère, mais plus fine. L’or rose « surtout ».';
    await fillBrief(page, { name: 'Élodie Marchand', email: 'elodie@example.fr', note });
    const reference = await send(page);

    const confirmation = page.locator('.brief-confirmation');
    assert.equal(await confirmation.locator('h3').first().innerText(), say('fr', 'brief', 'brief-done-title'));
    assert.ok((await confirmation.innerText()).includes(say('fr', 'brief', 'brief-done-next-reply')));
    assert.deepEqual(await axeViolations(page), [], 'axe on the French confirmation');
    await fullShot(page, 'i18n-fr-1280-confirmation');

    // The jeweler reads Atelier's words in the shop's language (English) and the note as written.
    const jeweler = await mailText(page, `${reference}-jeweler.eml`);
    assert.ok(jeweler.includes(note), `the French note as written:\n${jeweler}`);
    assert.ok(jeweler.includes('Élodie Marchand'));
    const englishEmail = [...plainMessages('en', 'email').values()].filter((v) => v.length >= 8);
    const frenchEmail = [...plainMessages('fr', 'email').values()].filter((v) => v.length >= 8 && !englishEmail.includes(v));
    assert.ok(englishEmail.some((v) => jeweler.includes(v)), `English words in the jeweler's email:\n${jeweler}`);
    assert.deepEqual(frenchEmail.filter((v) => jeweler.includes(v)), [], 'no French words of Atelier for the jeweler');

    // The visitor's own email speaks French.
    const visitor = await mailText(page, `${reference}-visitor.eml`);
    assert.ok(frenchEmail.some((v) => visitor.includes(v)), `French words in the visitor's email:\n${visitor}`);
    const frenchValues = [...plainMessages('fr', 'email').values()];
    const onlyEnglish = englishEmail.filter((v) => !frenchValues.includes(v));
    assert.deepEqual(onlyEnglish.filter((v) => visitor.includes(v)), [], "no English words in the visitor's email");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

const PEOPLE = {
  de: { locale: 'de-DE', name: 'Jürgen Weißmüller', email: 'juergen@example.de', note: 'Ein schlichter Verlobungsring, bitte mit Ringgrößenbestimmung im Geschäft.' },
  ar: { locale: 'ar-EG', name: 'ليلى حداد', email: 'layla@example.com', note: 'خاتم خطوبة بسيط من الذهب عيار 18k، بعرض 2.5 مم.' },
  ja: { locale: 'ja-JP', name: '佐藤 花子', email: 'hanako@example.jp', note: '祖母の指輪のような、細めの婚約指輪を希望します。' },
};

for (const [lang, person] of Object.entries(PEOPLE)) {
  for (const viewport of [PHONE, DESKTOP]) {
    const label = `${lang}-${viewport.width}`;
    test(`${label}: configurator, brief and confirmation fit, pass axe, and read ${lang === 'ar' ? 'right to left' : 'in their script'}`, async () => {
      const { context, page, errors } = await launch({ locale: person.locale, viewport });
      try {
        await open(page, `/?lang=${lang}`);
        const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
        assert.equal(html.lang.slice(0, 2), lang);
        assert.equal(html.dir, lang === 'ar' ? 'rtl' : 'ltr');
        assert.equal(
          await stepName(page, 0),
          say(lang, 'configurator', 'cfg-step-metal'),
        );
        await proof(page, `i18n-${label}-configurator`);
        await shot(page.locator('.step-nav'), `i18n-${label}-steps`);

        // Step two: Back and Next both there. In Arabic the step list starts on the right and
        // Next (forwards) sits on the left of Back.
        await page.locator('.step-actions .button.primary').click();
        await page.locator('.step[data-step="stone"]').waitFor();
        const back = await page.locator('.step-actions .button:not(.primary)').boundingBox();
        const next = await page.locator('.step-actions .button.primary').boundingBox();
        const steps = page.locator('.step-nav .step-link');
        const first = await steps.nth(0).boundingBox();
        const second = await steps.nth(1).boundingBox();
        if (lang === 'ar') {
          assert.ok(next.x + next.width <= back.x, `Next (${next.x}) left of Back (${back.x})`);
          assert.ok(first.x > second.x, 'the first step is the rightmost');
        } else {
          assert.ok(back.x + back.width <= next.x, `Back (${back.x}) left of Next (${next.x})`);
          assert.ok(first.x < second.x, 'the first step is the leftmost');
        }

        await toBrief(page);
        // The step list (a sideways-scrolling row on a phone) keeps the current step in sight.
        await animationFrames(page, 2);
        const current = await page.locator('.step-nav .step-link[aria-current=step]').boundingBox();
        assert.ok(current.x >= 0 && current.x + current.width <= viewport.width, `the current step at ${current.x}–${current.x + current.width} px`);
        await proof(page, `i18n-${label}-brief`);
        if (lang === 'ar') {
          // The summary nests each part in the one before (the stone in its weight, its origin
          // in the stone, the rest of the line after it): read right to left, the words come in
          // the order they are written, at every depth.
          const words = [
            say('ar', 'core', 'metal-18k-yellow'), say('ar', 'core', 'summary-stone-diamond'),
            say('ar', 'core', 'summary-origin-natural'), '6.5', 'مم',
            say('ar', 'core', 'summary-setting-four-prong').split(' ')[0],
          ];
          const boxes = await summaryBoxes(page, words);
          assert.ok(boxes.every(Boolean), `the summary says ${words.join(' … ')}`);
          for (let i = 1; i < boxes.length; i += 1) {
            assert.ok(readsBeforeRtl(boxes[i - 1], boxes[i]), `"${words[i - 1]}" is read before "${words[i]}": ${JSON.stringify(boxes)}`);
          }
        }

        await fillBrief(page, person);
        await send(page);
        await page.locator('.brief-confirmation').scrollIntoViewIfNeeded();
        assert.equal(
          await page.locator('.brief-confirmation h3').first().innerText(),
          say(lang, 'brief', 'brief-done-title'),
        );
        await proof(page, `i18n-${label}-confirmation`);

        // The commission page the confirmation links to, in the same language and direction.
        await page.locator('.brief-commission-link a').click();
        await page.waitForURL(/\/c\//);
        await page.locator('.commission-title').waitFor({ timeout: 30_000 });
        await waitForFrames(page);
        const there = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
        assert.equal(there.lang.slice(0, 2), lang);
        assert.equal(there.dir, lang === 'ar' ? 'rtl' : 'ltr');
        await proof(page, `i18n-${label}-commission`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test("an Arabic shop's studio mirrors at 1280 and 360 px, and a French note still reads left to right", async () => {
  const shop = await startServer({
    env: { ATELIER_LANGUAGE: 'ar', ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
  try {
    const note = 'Une bague fine, comme celle de ma grand-mère.';
    {
      const { context, page, errors } = await launch({ locale: 'fr-FR', viewport: DESKTOP });
      try {
        await open(page, '/', shop.url);
        await toBrief(page);
        await fillBrief(page, { name: 'Élodie Marchand', email: 'elodie@example.fr', note });
        await send(page);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
    // The jeweler's browser speaks English; the studio speaks the shop's Arabic.
    const { context, page, errors } = await launch({ locale: 'en-US', viewport: DESKTOP });
    try {
      await page.goto(await studioSetupLink(shop, page));
      await page.locator('#setup-email').fill('maker@jeweler.example');
      await page.locator('#setup-password').fill('a long bench password');
      await page.locator('#setup-again').fill('a long bench password');
      await page.locator('form button[type=submit]').click();
      await page.locator('header.studio-bar .studio-account').waitFor({ timeout: 60_000 });
      const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      assert.deepEqual({ lang: html.lang.slice(0, 2), dir: html.dir }, { lang: 'ar', dir: 'rtl' });
      await page.locator('.studio-row').first().waitFor();
      await proof(page, 'i18n-ar-studio-1280-inbox');
      await page.locator('.studio-row-link').first().click();
      await page.locator('.studio-brief').waitFor();
      await proof(page, 'i18n-ar-studio-1280-brief');
      // The visitor's French words start at the left of their box on the right-to-left page.
      const noteBox = page.locator('.studio-note-text', { hasText: note });
      const offsets = await noteBox.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const line = range.getClientRects()[0];
        const box = el.getBoundingClientRect();
        return { fromLeft: line.left - box.left, fromRight: box.right - line.right };
      });
      assert.ok(offsets.fromLeft < 2 && offsets.fromRight > 40, `the note starts on the left: ${JSON.stringify(offsets)}`);
      await page.setViewportSize(PHONE);
      await animationFrames(page, 2);
      await proof(page, 'i18n-ar-studio-360-brief');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  } finally {
    await shop.stop();
  }
});

test('a drag to the right turns the ring the same way in Arabic as in English', async () => {
  const pictures = {};
  for (const lang of ['en', 'ar']) {
    const { context, page, errors } = await launch({ viewport: DESKTOP });
    try {
      await open(page, `/?lang=${lang}`);
      const canvas = page.locator('canvas.ring-canvas');
      // The ring alone: the toolbar over it sits on the other side in Arabic.
      const ring = async (name) => {
        const buffer = await canvas.screenshot({ style: '.viewer-tools, .viewer-hint { visibility: hidden; }' });
        writeFileSync(join(outputDir, `${name}.png`), buffer);
        return PNG.sync.read(buffer);
      };
      const before = await ring(`i18n-drag-${lang}-before`);
      const box = await canvas.boundingBox();
      const y = box.y + box.height / 2;
      const frames = await waitForFrames(page);
      await page.mouse.move(box.x + box.width / 2 - 60, y);
      await page.mouse.down();
      for (let dx = -50; dx <= 60; dx += 10) await page.mouse.move(box.x + box.width / 2 + dx, y);
      await page.mouse.up();
      await waitForFrames(page, frames);
      await animationFrames(page, 2);
      const after = await ring(`i18n-drag-${lang}-after`);
      pictures[lang] = { before, after };
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  const difference = (a, b) => {
    assert.equal(a.width, b.width);
    assert.equal(a.height, b.height);
    let changed = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d > 24) changed += 1;
    }
    return changed / (a.width * a.height);
  };
  // The drag turned the ring (a real change), and to the very same pose in both directions of text.
  assert.ok(difference(pictures.en.before, pictures.en.after) > 0.01, 'the drag turned the ring');
  assert.ok(difference(pictures.en.before, pictures.ar.before) < 0.002, 'the same ring before the drag');
  assert.ok(difference(pictures.en.after, pictures.ar.after) < 0.002, 'the same pose after the drag');
});

test('en-XA: no text of the configurator or the brief is plain English, and nothing is cut at 360 px', async () => {
  const { context, page, errors } = await launch({ viewport: PHONE });
  try {
    await open(page, '/?lang=en-XA');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
    // Visible text nodes with a word of four or more plain ASCII letters: words that never went
    // through a message file (the pseudo-language accents every word with a vowel).
    const plainEnglish = () => page.evaluate(() => {
      const found = [];
      // Month, weekday and currency names come from the browser's Intl, which has no
      // pseudo-language and answers in English: locale data, not text of ours.
      const tag = document.documentElement.lang;
      const fromIntl = new Set();
      for (let m = 0; m < 12; m += 1) {
        for (const month of ['long', 'short']) {
          const day = new Date(Date.UTC(2026, m, 1 + m));
          fromIntl.add(new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' }).format(day));
          fromIntl.add(new Intl.DateTimeFormat(tag, { weekday: month, timeZone: 'UTC' }).format(day));
        }
      }
      const currencies = new Intl.DisplayNames(tag, { type: 'currency' });
      for (const code of Intl.supportedValuesOf('currency')) {
        for (const word of (currencies.of(code) ?? '').match(/\p{L}+/gu) ?? []) fromIntl.add(word);
      }
      // Words marked as another language (the switch's language names, each in its own
      // language) are not the page's to translate.
      const own = (el) => (el.closest('[lang]')?.lang ?? tag) === tag;
      // Whole words (any script's letters, apostrophes inside), of four or more letters all
      // plain ASCII.
      const english = (value) => (value.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [])
        .filter((w) => /^[A-Za-z'’]+$/.test(w) && w.replace(/['’]/g, '').length >= 4 && !fromIntl.has(w));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, .shop-name, .poster, [hidden]') || !own(el)) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if (english(node.data).length) found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${node.data.trim().slice(0, 60)}`);
      }
      // A closed select's choices are text people read too.
      for (const option of document.querySelectorAll('select option')) {
        if (own(option) && english(option.text).length) found.push(`option: ${option.text.slice(0, 60)}`);
      }
      // The names screen readers hear count as much as the text people see.
      for (const el of document.querySelectorAll('[aria-label], [title], img[alt], [placeholder]')) {
        if (el.getClientRects().length === 0 || !own(el)) continue;
        for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = el.getAttribute(attr);
          if (value && english(value).length) found.push(`${el.tagName.toLowerCase()}[${attr}]: ${value.slice(0, 60)}`);
        }
      }
      return found;
    });
    const steps = await page.locator('.step-nav .step-link').count();
    const english = [];
    for (let i = 0; i < steps; i += 1) {
      await page.locator('.step-nav .step-link').nth(i).click();
      await animationFrames(page, 2);
      english.push(...await plainEnglish());
      assert.deepEqual(await misfits(page), [], `what does not fit on step ${i + 1}`);
    }
    await fullShot(page, 'i18n-en-XA-360-brief');
    assert.deepEqual([...new Set(english)], [], 'text outside the message files');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the language switch keeps the design and the step, is remembered, and says so offline', async () => {
  const { context, page, errors } = await launch({ locale: 'en-US', viewport: DESKTOP });
  try {
    await open(page);
    await page.locator('.step[data-step="metal"] .option-card input').nth(2).check();
    const metal = await page.locator('.step[data-step="metal"] .option-card input:checked').getAttribute('value');
    await page.locator('.step-actions .button.primary').click();
    await page.locator('.step[data-step="stone"]').waitFor();
    const address = new URL(page.url());
    assert.ok(address.searchParams.get('d'), `the design is in the address: ${address}`);

    const language = page.getByRole('combobox', { name: say('en', 'common', 'common-language') });
    await language.selectOption({ label: 'Deutsch' });
    await page.waitForFunction(() => document.documentElement.lang.startsWith('de'));
    // Same step, same design, German words.
    await page.locator('.step[data-step="stone"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('d'), address.searchParams.get('d'));
    assert.equal(new URL(page.url()).searchParams.get('step'), address.searchParams.get('step'));
    assert.equal(
      await stepName(page, 0),
      say('de', 'configurator', 'cfg-step-metal'),
    );
    await page.locator('.step-nav .step-link').first().click();
    assert.equal(await page.locator('.step[data-step="metal"] .option-card input:checked').getAttribute('value'), metal);
    await fullShot(page, 'i18n-switch-de');

    // Remembered on this device: a reload (an English browser) stays German.
    await page.reload();
    await waitForFrames(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang.slice(0, 2)), 'de');
    assert.equal(await page.locator('.step[data-step="metal"] .option-card input:checked').getAttribute('value'), metal);

    // Offline, another language cannot be fetched: the page says so, in German, and stays German;
    // saying so moves nothing, and back online the page turns French by itself.
    const stageTop = async () => page.locator('.viewer').evaluate((v) => v.getBoundingClientRect().top);
    const before = await stageTop();
    await context.setOffline(true);
    await page.getByRole('combobox', { name: say('de', 'common', 'common-language') }).selectOption({ label: 'Français' });
    await page.getByText(say('de', 'common', 'common-offline')).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang.slice(0, 2)), 'de');
    assert.equal(await stageTop(), before, 'the message moves nothing');
    await fullShot(page, 'i18n-switch-offline');
    await context.setOffline(false);
    await page.waitForFunction(() => document.documentElement.lang.slice(0, 2) === 'fr');
    const french = page.getByRole('combobox', { name: say('fr', 'common', 'common-language') });
    await french.waitFor();
    assert.equal(await french.inputValue(), 'fr', 'the switch names the language now on screen');
    assert.equal(await page.getByText(say('fr', 'common', 'common-offline')).count(), 0, 'the message is gone');
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/.test(e)), []);
  } finally {
    await context.close();
  }
});

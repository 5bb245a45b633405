// The configurator's words come in two files: the first screen's (the shop's bar, the language
// switch, the ring and its tools, a part still loading) before anything is drawn, the panel's
// (steps, summary, core's words, the brief) beside the panel's code after the ring's first frame.
// Before the first frame only the small first file is fetched; a panel whose words cannot be
// fetched says so with "Try again" and arrives by itself back online, never as raw keys; a switch
// of language fetches the files the page holds, the panel's too once it came.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, waitForFrames, shot } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const locales = join(root, 'locales');
const dist = process.env.ATELIER_DIST ?? join(root, 'dist');

/** Every message key of every English source file. */
const KEYS = new Set(readdirSync(join(locales, 'en'))
  .filter((name) => name.endsWith('.ftl'))
  .flatMap((name) => readFileSync(join(locales, 'en', name), 'utf8').split('\n'))
  .map((line) => /^([a-z][a-z0-9-]*) =/.exec(line)?.[1])
  .filter(Boolean));

/** A one-line message of `locales/<lang>/<source>.ftl` without placeables, as the page shows it. */
function message(lang, source, key) {
  const line = readFileSync(join(locales, lang, `${source}.ftl`), 'utf8')
    .split('\n').find((l) => l.startsWith(`${key} = `));
  assert.ok(line && !line.includes('{'), `${lang}/${source}.ftl: ${key}`);
  return line.slice(key.length + 3).trim();
}

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const url = (path) => new URL(path, server.url).href;

/** Every word file the page fetched: its path, whether it was asked for before the first ring
 * frame, and its bytes as sent. */
function wordsTimeline(page) {
  return page.evaluate(() => {
    const frame = performance.getEntriesByName('atelier:first-frame')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.startsWith('/locales/'))
      .map((e) => ({
        path: new URL(e.name).pathname,
        beforeFirstFrame: e.startTime < frame,
        sent: e.encodedBodySize,
      }));
  });
}

/** The step's name as its heading says it, after the step's count. */
const stepName = (page) => page.locator('.panel #step-title').evaluate((h) => h.lastChild.textContent.trim());

/** The app's own bar's tagline (the poster's leaves once the app is drawn). */
const tagline = (page) => page.locator('body > header.shop-bar .shop-tagline').innerText();

/** Message keys the page shows as they are, in its text or in what it says to assistive tech. */
async function rawKeys(page) {
  const said = await page.evaluate(() => {
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) out.push(walker.currentNode.textContent);
    for (const el of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'aria-roledescription', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  return said.flatMap((text) => text.split(/\s+/)).filter((word) => KEYS.has(word));
}

test('before the first frame only the first screen\'s words are fetched, the panel\'s come with the panel', async () => {
  const b = await launch({ viewport: { width: 360, height: 740 } });
  try {
    const { page } = b;
    const encodings = new Map();
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/locales/')) encodings.set(path, r.headers()['content-encoding'] ?? 'identity');
    });
    await page.goto(url('/'));
    await waitForFrames(page);
    await page.locator('input[name=metal]').first().waitFor({ timeout: 20_000 });
    const words = await wordsTimeline(page);
    const first = words.filter((w) => w.beforeFirstFrame);
    assert.deepEqual(first.map((w) => w.path), ['/locales/en/app.ftl'], JSON.stringify(words));
    assert.deepEqual(words.filter((w) => !w.beforeFirstFrame).map((w) => w.path), ['/locales/en/panel.ftl']);
    // The bytes as sent are the build's compressed copy of the first file, and few of them.
    const encoding = encodings.get('/locales/en/app.ftl');
    const suffix = { br: '.br', gzip: '.gz', identity: '' }[encoding];
    assert.ok(suffix !== undefined, `sent as ${encoding}`);
    const copy = statSync(join(dist, 'locales', 'en', `app.ftl${suffix}`)).size;
    const sent = first.reduce((sum, w) => sum + w.sent, 0);
    console.log(`words before the first frame: ${sent} B (${encoding}); the panel's: ${words.find((w) => !w.beforeFirstFrame).sent} B`);
    assert.equal(sent, copy);
    assert.ok(sent < 3_000, `${sent} B of words before the first frame`);
    // What the panel says came with it.
    assert.equal(await stepName(page), message('en', 'configurator', 'cfg-step-metal'));
    assert.deepEqual(await rawKeys(page), []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.context.close();
  }
});

for (const width of [360, 1280]) {
  test(`the panel's words refused: the first screen reads whole, the panel says so and comes back online (${width} px)`, async () => {
    const b = await launch({ viewport: { width, height: width === 360 ? 740 : 800 } });
    try {
      const { page, context } = b;
      const panelWords = /\/locales\/[^/]+\/panel\.ftl$/;
      await page.route(panelWords, (route) => route.abort('internetdisconnected'));
      await page.goto(url('/'));
      await waitForFrames(page);
      const alert = page.locator('.panel .later-missing[role="alert"]');
      await alert.waitFor({ timeout: 20_000 });
      assert.ok(await alert.getByText(message('en', 'start', 'cfg-later-missing'), { exact: true }).isVisible());
      assert.ok(await alert.getByRole('button', { name: message('en', 'start', 'cfg-later-retry') }).isVisible());
      assert.equal(await tagline(page), message('en', 'start', 'cfg-tagline'));
      assert.equal(await page.locator('label[for="language"]').innerText(), message('en', 'common', 'common-language'));
      assert.equal(await page.locator('.panel input[name=metal]').count(), 0, 'no panel without its words');
      assert.deepEqual(await rawKeys(page), []);
      await shot(page.locator('body'), `words-panel-missing-${width}`);
      await context.setOffline(true);
      await page.unroute(panelWords);
      await context.setOffline(false);
      await page.locator('.panel input[name=metal]').first().waitFor({ timeout: 20_000 });
      assert.equal(await alert.count(), 0);
      assert.equal(await stepName(page), message('en', 'configurator', 'cfg-step-metal'));
      assert.deepEqual(await rawKeys(page), []);
      await shot(page.locator('body'), `words-panel-back-${width}`);
    } finally {
      await b.context.close();
    }
  });
}

test('switching language after the panel came fetches both files and translates the panel', async () => {
  const b = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    const { page } = b;
    await page.goto(url('/'));
    await waitForFrames(page);
    await page.locator('.panel input[name=metal]').first().waitFor({ timeout: 20_000 });
    const fetched = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/locales/')) fetched.push([path, r.status()]);
    });
    await page.locator('#language').selectOption('de');
    const metal = message('de', 'configurator', 'cfg-step-metal');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.locator('.panel #step-title', { hasText: metal }).waitFor({ timeout: 20_000 });
    assert.deepEqual(fetched.sort(), [['/locales/de/app.ftl', 200], ['/locales/de/panel.ftl', 200]]);
    assert.equal(await tagline(page), message('de', 'start', 'cfg-tagline'));
    assert.equal(await stepName(page), metal);
    assert.deepEqual(await rawKeys(page), []);
    // The page was drawn again in German: the ring too.
    await waitForFrames(page);
    await shot(page.locator('body'), 'words-switched-de-1280');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.context.close();
  }
});

test('switching language while the panel\'s words are on their way brings the panel in the new language', async () => {
  const b = await launch({ viewport: { width: 360, height: 740 } });
  try {
    const { page } = b;
    // The English panel's words wait until the visitor has switched.
    let release;
    let asked;
    const switched = new Promise((done) => { release = done; });
    const onTheirWay = new Promise((done) => { asked = done; });
    await page.route('**/locales/en/panel.ftl', async (route) => {
      asked();
      await switched;
      await route.continue();
    });
    await page.goto(url('/'));
    await waitForFrames(page);
    await onTheirWay;
    await page.locator('#language').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    release();
    const metal = message('fr', 'configurator', 'cfg-step-metal');
    await page.locator('.panel #step-title', { hasText: metal }).waitFor({ timeout: 20_000 });
    assert.equal(await tagline(page), message('fr', 'start', 'cfg-tagline'));
    assert.deepEqual(await rawKeys(page), []);
    await waitForFrames(page);
    await shot(page.locator('body'), 'words-switched-early-fr-360');
  } finally {
    await b.context.close();
  }
});

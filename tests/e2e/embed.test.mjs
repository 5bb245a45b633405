// Embedding on a shop's site: the example shop page served from another origin than the server,
// the configurator framed lazily by public/embed.js, sized to its content, talking over the
// versioned postMessage protocol (events out, commands in, strict origins both ways), a brief sent
// from inside the frame reaching the jeweler, and an unlisted origin refused with a notice in the
// visitor's language (the `locale` attribute, else the browser's), English when nothing answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, animationFrames, outputDir } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.ATELIER_DIST ?? resolve(here, '..', '..', 'dist');
const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
const EVENTS = ['ready', 'resize', 'design-changed', 'brief-submitted', 'error', 'unavailable'];

/**
 * A shop's web server on its own loopback address: the example page from the built app (so it
 * also proves Trunk copies it), with its script and fallback link pointing at the Atelier server.
 * `/long.html` is the same page with a long story before the designer, for the lazy-loading test.
 */
function startShop(host, serverUrl) {
  const page = () => readFileSync(join(dist, 'example-shop.html'), 'utf8')
    .replace('src="/embed.js"', `src="${serverUrl()}/embed.js"`)
    .replace('<a href="/">', `<a href="${serverUrl()}/">`);
  const shop = http.createServer((req, res) => {
    let body;
    if (req.url === '/') body = page();
    else if (req.url === '/long.html') {
      body = page().replace('<section class="designer"',
        '<section class="story" style="min-height:2600px"><h2>Our story</h2><p>Three generations at the bench.</p></section>' +
        '<section class="designer"');
    } else if (req.url === '/dark.html') {
      body = page().replace('<atelier-configurator id="designer"', '<atelier-configurator id="designer" theme="dark"');
    } else if (req.url === '/de.html') {
      body = page().replace('<atelier-configurator id="designer"', '<atelier-configurator id="designer" locale="de"');
    } else if (req.url === '/gone.html') {
      // A jeweler's server that is not there: nothing listens on that port any more.
      body = page().replace('<atelier-configurator id="designer"',
        `<atelier-configurator id="designer" locale="de" shop="http://127.0.0.1:${closedPort}"`);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((done) => shop.listen(0, host, () => {
    done({ origin: `http://${host}:${shop.address().port}`, close: () => new Promise((c) => shop.close(c)) });
  }));
}

/** A loopback port that was free a moment ago and that nothing listens on. */
function freedPort() {
  const probe = http.createServer();
  return new Promise((done) => probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  }));
}

let closedPort;
let server;
/** The Atelier server's origin (its URL without the trailing slash). */
let appOrigin;
let shop;
let stranger;
before(async () => {
  const serverUrl = () => appOrigin;
  closedPort = await freedPort();
  shop = await startShop('127.0.0.2', serverUrl);
  stranger = await startShop('127.0.0.3', serverUrl);
  server = await startServer({
    env: {
      ATELIER_ALLOWED_ORIGINS: shop.origin,
      ATELIER_JEWELER_EMAIL: 'studio@verel.example',
      ATELIER_MAIL_FROM: 'atelier@verel.example',
    },
  });
  appOrigin = new URL(server.url).origin;
});
after(async () => {
  await server?.stop();
  await shop?.close();
  await stranger?.close();
});

/** Records every `atelier:*` event the host page receives, in order. */
async function recordEvents(page) {
  await page.addInitScript((types) => {
    window.atelierEvents = [];
    for (const type of types) {
      document.addEventListener(`atelier:${type}`, (e) => {
        window.atelierEvents.push({ type, detail: e.detail, at: performance.now() });
      });
    }
  }, EVENTS);
}

const events = (page, type) => page.evaluate((t) => window.atelierEvents.filter((e) => e.type === t), type);

/** Waits for an event of `type` after the first `after` of them; returns its detail. */
async function nextEvent(page, type, after = 0, timeout = 30_000) {
  await page.waitForFunction(([t, n]) => window.atelierEvents.filter((e) => e.type === t).length > n,
    [type, after], { timeout });
  return (await events(page, type))[after].detail;
}

/** The configurator's frame (cross-origin, so found by its address). */
function appFrame(page) {
  const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
  assert.ok(frame, 'the configurator frame exists');
  return frame;
}

/** Heights of the iframe on the host page and of the document inside it. */
async function heights(page) {
  const outer = await page.evaluate(() =>
    document.getElementById('designer').shadowRoot.querySelector('iframe').getBoundingClientRect().height);
  const inner = await appFrame(page).evaluate(() => ({
    doc: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the frame is exactly as tall as its content (a resize may still be on its way). */
async function waitForFit(page) {
  for (let i = 0; i < 300; i += 1) {
    const h = await heights(page);
    if (Math.abs(h.outer - Math.ceil(h.doc)) <= 1 && h.scroll <= h.client) return h;
    await animationFrames(page, 3);
  }
  throw new Error(`the frame never fitted its content: ${JSON.stringify(await heights(page))}`);
}

/** What the visitor sees: the viewport (Chromium paints a cross-origin frame only where it is on screen). */
async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot());
}

test('the loader is small: under 5 KB gzipped', () => {
  const source = readFileSync(join(dist, 'embed.js'));
  const gzip = gzipSync(source, { level: 9 }).length;
  writeFileSync(join(outputDir, 'embed-size.json'), JSON.stringify({ rawBytes: source.length, gzipBytes: gzip }, null, 2));
  assert.ok(gzip < 5 * 1024, `embed.js is ${gzip} bytes gzipped`);
});

test('the server lets only the listed shop frame the configurator, and says so to any loader', async () => {
  const page = await fetch(appOrigin + '/');
  assert.ok(page.headers.get('content-security-policy').endsWith(`; frame-ancestors 'self' ${shop.origin}`),
    page.headers.get('content-security-policy'));
  const loader = await fetch(appOrigin + '/embed.js');
  assert.equal(loader.headers.get('cache-control'), 'no-cache');
  const yes = await (await fetch(`${appOrigin}/api/embed/check?origin=${encodeURIComponent(shop.origin)}`)).json();
  const no = await fetch(`${appOrigin}/api/embed/check?origin=${encodeURIComponent(stranger.origin)}`);
  assert.equal(no.headers.get('access-control-allow-origin'), '*');
  assert.deepEqual([yes.allowed, (await no.json()).allowed], [true, false]);
});

test('on the shop page: lazy, sized to content, events out, commands in, a brief that arrives', async () => {
  const { context, page, errors } = await launch({ reducedMotion: 'reduce' });
  try {
    await recordEvents(page);
    const toServer = [];
    page.on('request', (r) => { if (r.url().startsWith(appOrigin)) toServer.push(new URL(r.url()).pathname); });
    await page.goto(`${shop.origin}/long.html`);
    await page.waitForFunction(() => customElements.get('atelier-configurator') !== undefined);
    await animationFrames(page, 10);

    // Far below the fold: nothing but the loader itself was fetched, and there is no frame.
    assert.deepEqual(toServer, ['/embed.js']);
    assert.equal(await page.evaluate(() => document.getElementById('designer').shadowRoot.querySelector('iframe')), null);
    assert.equal(page.frames().length, 1);

    // Scrolled near: the check, then the frame, then `ready` and the first ring frame.
    await page.locator('#designer').scrollIntoViewIfNeeded();
    const ready = await nextEvent(page, 'ready');
    assert.ok(toServer.includes('/api/embed/check'));
    const frame = appFrame(page);
    await frame.waitForFunction(() => Number(document.querySelector('canvas.ring-canvas')?.dataset.frames ?? 0) > 0,
      null, { timeout: 30_000 });
    const visibleAt = await page.evaluate(() =>
      performance.timeOrigin + performance.getEntriesByName('atelier:embed-visible')[0].startTime);
    const firstFrameAt = await frame.evaluate(() =>
      performance.timeOrigin + performance.getEntriesByName('atelier:first-frame')[0].startTime);
    const readyAt = await page.evaluate(() =>
      performance.timeOrigin + window.atelierEvents.find((e) => e.type === 'ready').at);
    assert.match(ready.link, new RegExp(`^${appOrigin}/\\?d=`));
    assert.equal(ready.step, 'metal');
    assert.ok(ready.summary.length > 10, ready.summary);

    // The shop's colours reached the app's root through the element's custom properties.
    assert.equal(await frame.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--atelier-accent').trim()), '#1f4d3a');

    // Sized to its content, with no scrollbar of its own; the host heard every resize.
    const fit = await waitForFit(page);
    const resized = await events(page, 'resize');
    assert.ok(resized.length >= 1);
    assert.equal(resized.at(-1).detail.height, Math.round(fit.outer));

    // A choice inside the frame: the host hears the new design, with its link and summary.
    const changes = (await events(page, 'design-changed')).length;
    await frame.locator('input[name=metal][value=pt950]').check();
    const platinum = await nextEvent(page, 'design-changed', changes);
    assert.match(platinum.summary, /^Platinum 950/);
    assert.equal(platinum.link, `${appOrigin}/?d=${platinum.design}`);

    // Commands from the host page: another metal, then back to the platinum design by its code.
    await frame.locator('input[name=metal][value="18k-yellow"]').check();
    const gold = await nextEvent(page, 'design-changed', changes + 1);
    assert.notEqual(gold.design, platinum.design);
    await page.evaluate((code) => document.getElementById('designer').setDesign(code), platinum.design);
    const back = await nextEvent(page, 'design-changed', changes + 2);
    assert.equal(back.design, platinum.design);
    assert.ok(await frame.locator('input[name=metal][value=pt950]').isChecked());
    await page.evaluate(() => document.getElementById('designer').setDesign('not-a-design'));
    assert.match((await nextEvent(page, 'error')).message, /set-design/);

    // Strict origins: a message from the host page's own window is not the frame talking, and a
    // command from any origin but the host page's is ignored by the app.
    await page.evaluate(() => window.postMessage({ atelier: 1, type: 'brief-submitted', reference: 'AT-FAKE2' }, '*'));
    await frame.evaluate(() => window.postMessage({ atelier: 1, type: 'open-step', step: 'band' }, '*'));
    await animationFrames(page, 10);
    assert.equal((await events(page, 'brief-submitted')).length, 0);
    assert.equal(await frame.locator('section.step').getAttribute('data-step'), 'metal');

    // open-step from the host page (the shop's own "go to the band" button).
    await page.locator('.starts button[data-step=band]').dispatchEvent('click');
    await frame.locator('section.step[data-step=band]').waitFor();
    await waitForFit(page);
    await page.locator('#designer').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await animationFrames(page, 5);
    await screen(page, 'embed-shop-desktop');

    // A phone: the frame follows the narrower, taller layout, still without inner scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = await waitForFit(page);
    assert.ok(phone.outer > fit.outer, `taller on a phone (${phone.outer} vs ${fit.outer})`);
    await page.locator('#designer').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await animationFrames(page, 5);
    await screen(page, 'embed-shop-phone');
    await page.setViewportSize({ width: 1100, height: 760 });

    // The brief, sent from inside the frame: the host hears the reference and nothing else.
    await page.locator('.starts button[data-step=brief]').dispatchEvent('click');
    await frame.locator('form.brief-form').waitFor();
    await frame.getByLabel('Your name').fill('Mary Anning');
    await frame.locator('#brief-email').fill('mary@example.com');
    await frame.getByLabel('Budget up to').fill('4000');
    await frame.getByLabel('Currency').selectOption('GBP');
    await frame.getByLabel('Occasion').selectOption('engagement');
    await frame.getByLabel('Either is fine').check();
    await frame.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await frame.getByRole('button', { name: 'Send to the jeweler' }).click();
    const submitted = await nextEvent(page, 'brief-submitted');
    assert.deepEqual(Object.keys(submitted), ['reference']);
    assert.match(submitted.reference, REFERENCE);
    assert.equal((await frame.locator('.brief-reference').innerText()).trim(), submitted.reference);
    assert.match(await page.locator('#designer-status').innerText(), new RegExp(submitted.reference));
    const mail = join(server.dataDir, 'data', 'outbox-mail', `${submitted.reference}-jeweler.eml`);
    for (let i = 0; i < 600 && !existsSync(mail); i += 1) await animationFrames(page, 5);
    const eml = readFileSync(mail, 'utf8');
    assert.match(eml, /Mary Anning/);
    assert.match(eml, /^To: studio@verel\.example/m);
    await waitForFit(page);
    await frame.locator('.brief-confirmation').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await animationFrames(page, 5);
    await screen(page, 'embed-shop-sent');

    // The commission page opens in a tab of its own, not in the frame (the configurator's height,
    // which would cut the page off); the frame keeps the confirmation.
    const toPage = frame.getByRole('link', { name: /^Your commission page/ });
    assert.equal(await toPage.getAttribute('target'), '_blank');
    assert.equal(await toPage.getAttribute('rel'), 'noopener');
    const [tab] = await Promise.all([page.waitForEvent('popup'), toPage.click()]);
    try {
      await tab.locator('.commission-title .brief-reference').waitFor({ timeout: 30_000 });
      assert.match(new URL(tab.url()).pathname, /^\/c\/[A-Za-z0-9_-]+$/);
      assert.equal((await tab.locator('.commission-title .brief-reference').innerText()).trim(), submitted.reference);
    } finally {
      await tab.close();
    }
    assert.equal(await frame.locator('.brief-confirmation').count(), 1, 'the frame still shows the confirmation');
    assert.equal(new URL(frame.url()).pathname, '/');

    const figures = {
      msFromVisibleToFirstRingFrame: Math.round(firstFrameAt - visibleAt),
      msFromVisibleToReady: Math.round(readyAt - visibleAt),
      frameHeightDesktop: Math.round(fit.outer),
      frameHeightPhone: Math.round(phone.outer),
    };
    writeFileSync(join(outputDir, 'embed-timing.json'), JSON.stringify(figures, null, 2));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the example shop as a visitor first sees it', async () => {
  const { context, page, errors } = await launch();
  try {
    await recordEvents(page);
    await page.goto(`${shop.origin}/`);
    await nextEvent(page, 'ready');
    await waitForFit(page);
    await screen(page, 'embed-shop-top');
    // The ring is drawn once the designer is in view (a viewer off screen draws nothing).
    await page.locator('#designer').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await appFrame(page).waitForFunction(() => Number(document.querySelector('canvas.ring-canvas')?.dataset.frames ?? 0) > 0,
      null, { timeout: 30_000 });
    await animationFrames(page, 5);
    await screen(page, 'embed-shop-designer');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('mode=revise is the studio\'s alone: a shop framing it, whatever parent it names, still offers the brief', async () => {
  const { context, page } = await launch({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${shop.origin}/`);
    for (const parent of [appOrigin, shop.origin]) {
      const src = `${appOrigin}/?embed=1&mode=revise&parent=${encodeURIComponent(parent)}`;
      await page.evaluate((address) => {
        const frame = document.createElement('iframe');
        frame.id = 'forged';
        frame.src = address;
        frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
        document.body.replaceChildren(frame);
      }, src);
      const frame = page.frameLocator('#forged');
      const stepLinks = frame.locator('.step-nav .step-link');
      await stepLinks.first().waitFor({ timeout: 60_000 });
      assert.equal(await stepLinks.count(), 8, `every step, the brief included (parent ${parent})`);
      await frame.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
      await frame.locator('form.brief-form').waitFor({ timeout: 30_000 });
      await frame.getByRole('button', { name: 'Send to the jeweler' }).waitFor({ timeout: 30_000 });
    }
  } finally {
    await context.close();
  }
});

test('theme="dark" gives the embedded configurator its dark palette; the shop\'s own colours still win', async () => {
  // A light system preference, so only the attribute can make it dark.
  const { context, page, errors } = await launch({ viewport: { width: 900, height: 900 } });
  try {
    await recordEvents(page);
    await page.goto(`${shop.origin}/dark.html`);
    await page.locator('#designer').scrollIntoViewIfNeeded();
    await nextEvent(page, 'ready');
    const frame = appFrame(page);
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const look = await frame.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return {
        bg: root.getPropertyValue('--atelier-bg').trim(),
        accent: root.getPropertyValue('--atelier-accent').trim(),
        body: getComputedStyle(document.body).backgroundColor,
      };
    });
    assert.equal(look.bg, '#161514');
    assert.equal(look.body, 'rgb(22, 21, 20)');
    assert.equal(look.accent, '#1f4d3a', 'the shop\'s accent overrides the dark palette\'s');
    await frame.waitForFunction(() => Number(document.querySelector('canvas.ring-canvas')?.dataset.frames ?? 0) > 0);
    await screen(page, 'embed-shop-dark');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a shop that is not on the list gets a clear notice and a plain link, never a blank frame', async () => {
  const { context, page, errors } = await launch({ viewport: { width: 900, height: 900 } });
  try {
    await recordEvents(page);
    await page.goto(`${stranger.origin}/`);
    await page.locator('#designer').scrollIntoViewIfNeeded();
    const refused = await nextEvent(page, 'unavailable');
    assert.match(refused.reason, /has not enabled it/);
    const notice = page.locator('#designer').getByRole('note');
    assert.match(await notice.innerText(), /cannot open inside this page/);
    const link = notice.getByRole('link', { name: /Design your ring/ });
    assert.equal(await link.getAttribute('href'), `${appOrigin}/`);
    assert.equal(await page.evaluate(() => document.getElementById('designer').shadowRoot.querySelector('iframe')), null);
    assert.equal(page.frames().length, 1);
    await page.locator('#designer').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screen(page, 'embed-refused');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** The notice in the element's shadow root: its words, language, direction, link and event. */
async function noticeOf(page) {
  await page.locator('#designer').scrollIntoViewIfNeeded();
  const reason = (await nextEvent(page, 'unavailable')).reason;
  const notice = page.locator('#designer').getByRole('note');
  const link = notice.getByRole('link');
  return {
    reason,
    text: (await notice.locator('p').first().innerText()).trim(),
    lang: await notice.getAttribute('lang'),
    dir: await notice.getAttribute('dir'),
    link: (await link.innerText()).trim(),
    href: await link.getAttribute('href'),
  };
}

/** What the server says to a loader on the stranger's page: the shop's name, if it has one. */
async function shopName() {
  const answer = await (await fetch(`${appOrigin}/api/embed/check?origin=${encodeURIComponent(stranger.origin)}`)).json();
  return typeof answer.shop === 'string' && answer.shop ? answer.shop : null;
}

test('locale="de" on a shop that is not on the list: the notice and its link in German, from the server\'s words', async () => {
  // An English browser, so only the attribute can ask for German.
  const { context, page, errors } = await launch({ viewport: { width: 900, height: 900 }, locale: 'en-US' });
  try {
    await recordEvents(page);
    const words = [];
    page.on('response', (r) => { if (r.url().includes('/locales/')) words.push([new URL(r.url()).pathname, r.status()]); });
    await page.goto(`${stranger.origin}/de.html`);
    const notice = await noticeOf(page);
    const name = await shopName();
    const host = new URL(stranger.origin).host;
    assert.deepEqual(words, [['/locales/de/embed.ftl', 200]]);
    assert.equal(notice.text, name
      ? `Der Ringdesigner kann auf dieser Seite nicht geöffnet werden: ${name} hat ihn für ${host} nicht freigegeben.`
      : `Der Ringdesigner kann auf dieser Seite nicht geöffnet werden: Der Goldschmied hat ihn für ${host} nicht freigegeben.`);
    assert.equal(notice.reason, notice.text);
    assert.equal(notice.link, name ? `Gestalten Sie Ihren Ring auf der Website von ${name}` : 'Ringdesigner öffnen');
    assert.equal(notice.href, `${appOrigin}/`);
    assert.deepEqual([notice.lang, notice.dir], ['de', 'ltr']);
    await page.locator('#designer').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screen(page, 'embed-refused-de');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('without a locale attribute an Arabic browser reads the notice right to left, the shop\'s Latin name and address isolated', async () => {
  const { context, page, errors } = await launch({ viewport: { width: 900, height: 900 }, locale: 'ar-EG' });
  try {
    await recordEvents(page);
    await page.goto(`${stranger.origin}/`);
    const notice = await noticeOf(page);
    const name = await shopName();
    const host = new URL(stranger.origin).host;
    const isolated = (text) => `\u2068${text}\u2069`;
    assert.equal(notice.text, name
      ? `لا يمكن فتح مصمم الخواتم داخل هذه الصفحة: لم يفعّله ${isolated(name)} للموقع ${isolated(host)}.`
      : `لا يمكن فتح مصمم الخواتم داخل هذه الصفحة: لم يفعّله الصائغ للموقع ${isolated(host)}.`);
    assert.deepEqual([notice.lang, notice.dir], ['ar', 'rtl']);
    await page.locator('#designer').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screen(page, 'embed-refused-ar');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a jeweler\'s server that cannot be reached: the built-in English notice, even for locale="de"', async () => {
  const { context, page, errors } = await launch({ viewport: { width: 900, height: 900 } });
  try {
    await recordEvents(page);
    await page.goto(`${shop.origin}/gone.html`);
    const notice = await noticeOf(page);
    assert.equal(notice.text, 'The ring designer cannot be reached right now.');
    assert.equal(notice.link, 'Open the ring designer');
    assert.equal(notice.href, `http://127.0.0.1:${closedPort}/`);
    assert.deepEqual([notice.lang, notice.dir], ['en', 'ltr']);
    // Only the two refused connections (the check and the words) are logged, nothing thrown.
    assert.ok(errors.every((e) => /ERR_CONNECTION_REFUSED/.test(e)), errors.join('\n'));
  } finally {
    await context.close();
  }
});

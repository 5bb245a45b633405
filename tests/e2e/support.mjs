// Shared helpers for the end-to-end tests: start the real server on a free port with its own data
// folder, launch Debian's Chromium, and read pixels out of screenshots.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
export const outputDir = resolve(here, 'output');
mkdirSync(outputDir, { recursive: true });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on `context` (a selector, or the whole document) and returns its violations,
 * summarised. axe is evaluated through the DevTools protocol rather than added as a `<script>`:
 * the server's Content-Security-Policy rightly refuses any script it did not hash.
 */
export async function axeViolations(page, context = 'document') {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(axeSource);
  }
  const result = await page.evaluate(
    (ctx) => window.axe.run(ctx === 'document' ? document : ctx, { resultTypes: ['violations'] }),
    context,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Starts `atelier-server` on 127.0.0.1 with a fresh data folder; resolves once it listens. A
 * restart after `kill()` passes the same `dataDir` and the `port` of the first run.
 */
export async function startServer({ env = {}, dataDir = mkdtempSync(join(tmpdir(), 'atelier-e2e-')), port = 0 } = {}) {
  const bin = process.env.ATELIER_SERVER_BIN ?? join(root, 'target', 'server', 'atelier-server');
  const child = spawn(bin, [], {
    cwd: dataDir,
    env: {
      ...process.env,
      ATELIER_BIND: `127.0.0.1:${port}`,
      ATELIER_DATA_DIR: join(dataDir, 'data'),
      ATELIER_STATIC_DIR: process.env.ATELIER_DIST ?? join(root, 'dist'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let out = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/running at (http:\/\/[^\s]+)/);
      if (match) resolveUrl(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${log}`)));
  });
  return {
    url,
    dataDir,
    log: () => log,
    /** Everything the server printed on stdout so far (e.g. the studio's setup link). */
    stdout: () => out,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.on('exit', done);
      child.kill('SIGTERM');
    }),
    /** Ends the server at once, as a crash would (SIGKILL: nothing flushed, nothing closed). */
    kill: () => new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.on('exit', done);
      child.kill('SIGKILL');
    }),
  };
}

/** The flags that make headless Chromium work on a closed-network build machine, WebGL2 included. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

/**
 * Launches Chromium; every page error and console error is collected in `errors`. `timezoneId`
 * (e.g. 'America/New_York') sets the zone the page's clock and `Intl` report; `locale` (e.g.
 * 'fr-FR') the browser's language, as `navigator.languages` and `Accept-Language` give it.
 */
export async function launch({
  extraArgs = [], reducedMotion = 'reduce', viewport = { width: 1100, height: 760 }, timezoneId, locale,
} = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'atelier-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    viewport,
    // Still pictures by default: with reduced motion the ring does not turn by itself.
    reducedMotion,
    // The visitor's own zone (an IANA name), as the browser reports it to the page; unset, the machine's.
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
  });
  const errors = [];
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, errors };
}

/** Waits until the ring canvas has drawn more than `after` frames; returns the new count. */
export async function waitForFrames(page, after = 0) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('canvas.ring-canvas')?.dataset.frames ?? 0) > n,
    after,
    { timeout: 30_000 },
  );
  return frameCount(page);
}

/**
 * Lets the page run `n` animation frames, without timers, and then lets the ring settle: the
 * viewer draws off screen and shows a frame once the GPU finished it, its canvas `aria-busy` until
 * it has nothing more to draw. A turning ring is always busy: then one more frame shown will do.
 */
export async function animationFrames(page, n) {
  await page.evaluate((count) => new Promise((done) => {
    let left = count;
    const canvas = () => document.querySelector('canvas.ring-canvas');
    const shown = () => Number(canvas()?.dataset.frames ?? 0);
    const busy = () => canvas()?.getAttribute('aria-busy') === 'true';
    const turning = () => document.querySelector('.viewer-tool[aria-pressed="true"]') !== null;
    let before = 0;
    const settled = () => !busy() || (turning() && shown() > before);
    const settle = () => (settled() ? done() : requestAnimationFrame(settle));
    const tick = () => {
      if (--left > 0) return requestAnimationFrame(tick);
      before = shown();
      return settle();
    };
    requestAnimationFrame(tick);
  }), n);
}

/** The canvas's drawing buffer and its CSS size times the device pixel ratio. */
export async function canvasSizes(page) {
  return page.locator('canvas.ring-canvas').evaluate((c) => ({
    buffer: [c.width, c.height],
    full: [Math.round(c.clientWidth * devicePixelRatio), Math.round(c.clientHeight * devicePixelRatio)],
  }));
}

export async function frameCount(page) {
  return page.evaluate(() => Number(document.querySelector('canvas.ring-canvas')?.dataset.frames ?? 0));
}

/** Saves a screenshot under tests/e2e/output and returns it decoded. */
export async function shot(locator, name) {
  const buffer = await locator.screenshot();
  writeFileSync(join(outputDir, `${name}.png`), buffer);
  return PNG.sync.read(buffer);
}

/**
 * Screenshots the viewer as it is and again with its canvas hidden (the bare backdrop), saved as
 * `name` and `name-backdrop`: what the ring covers ([`ringPixels`]), and both pictures.
 */
export async function ringShot(page, name) {
  const viewer = page.locator('.viewer');
  const canvas = page.locator('canvas.ring-canvas');
  const withRing = await shot(viewer, name);
  await canvas.evaluate((c) => { c.style.visibility = 'hidden'; });
  const backdrop = await shot(viewer, `${name}-backdrop`);
  await canvas.evaluate((c) => { c.style.visibility = ''; });
  return { ...ringPixels(withRing, backdrop), withRing, backdrop };
}

/**
 * Compares a screenshot of the ring against one of the bare backdrop: the pixels that differ are
 * the ring and its contact shadow (`share`). The mean colour leaves out pixels that are only the
 * backdrop darkened — the shadow — so that it speaks of the metal and stones alone; their count is
 * `shadowShare`.
 */
export function ringPixels(withRing, backdrop) {
  const { data, width, height } = withRing;
  let count = 0;
  let shadow = 0;
  let coloured = 0;
  const sum = [0, 0, 0];
  for (let i = 0; i < width * height * 4; i += 4) {
    const px = [data[i], data[i + 1], data[i + 2]];
    const bg = [backdrop.data[i], backdrop.data[i + 1], backdrop.data[i + 2]];
    const diff = px.reduce((d, c, k) => d + Math.abs(c - bg[k]), 0);
    if (diff <= 40) continue;
    count += 1;
    const k = (px[0] + px[1] + px[2]) / Math.max(1, bg[0] + bg[1] + bg[2]);
    if (k > 0.3 && k < 1 && px.every((c, j) => Math.abs(c - k * bg[j]) < 4)) {
      shadow += 1;
      continue;
    }
    coloured += 1;
    sum[0] += px[0]; sum[1] += px[1]; sum[2] += px[2];
  }
  const mean = sum.map((s) => (coloured ? s / coloured : 0));
  const area = width * height;
  return { share: count / area, mean, warmth: warmth(mean), shadowShare: shadow / area };
}

/** How yellow-red a colour leans: (R − B) / (R + G + B). Gold is warm, platinum nearly neutral. */
export function warmth([r, g, b]) {
  return (r - b) / Math.max(1, r + g + b);
}

/**
 * The studio's setup link that `server` prints while no account exists (it may follow the
 * listening line), rebased on the server's own URL: the printed origin is the configured base.
 */
export async function studioSetupLink(server, page) {
  for (let i = 0; i < 600; i += 1) {
    const match = server.stdout().match(/studio setup: (\S+)/);
    if (match) {
      const link = new URL(match[1]);
      return new URL(link.pathname + link.search, server.url).href;
    }
    await animationFrames(page, 2);
  }
  throw new Error(`no setup link in the server's output:\n${server.stdout()}\n${server.log()}`);
}

/**
 * Makes the studio's first account the way a jeweler does: the one-time setup link, the form
 * filled in English, "Create account". The page is then the signed-in inbox.
 */
export async function createStudioAccount(server, page, { email, password }) {
  await page.goto(await studioSetupLink(server, page));
  await page.locator('#setup-email').fill(email);
  await page.locator('#setup-password').fill(password);
  await page.locator('#setup-again').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/**
 * Makes the studio's first account through the studio's real HTTP API and returns a caller of
 * that API with the session's cookie and CSRF token: `call(method, path, body, headers)` asserts
 * a 2xx answer and returns its JSON (or null).
 */
export async function studioApi(server, page, jeweler) {
  const setup = new URL(await studioSetupLink(server, page));
  const origin = new URL(server.url).origin;
  const response = await fetch(new URL('/api/studio/setup', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ token: setup.searchParams.get('token'), ...jeweler }),
  });
  if (response.status !== 201) {
    throw new Error(`studio setup answered ${response.status}: ${await response.text()}`);
  }
  const cookie = response.headers.get('set-cookie').split(';')[0];
  const { csrf } = await response.json();
  return async (method, path, body, extra = {}) => {
    const answer = await fetch(new URL(`/api/studio${path}`, server.url), {
      method,
      headers: {
        Cookie: cookie, 'X-CSRF-Token': csrf, Origin: origin, 'Content-Type': 'application/json', ...extra,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/** Fills the brief form as Ada, a visitor in London, would (name, email, budget, occasion, consent). */
export async function fillBrief(page) {
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.locator('#brief-email').fill('ada@example.com');
  await page.getByLabel('Budget up to').fill('3500');
  await page.getByLabel('Currency').selectOption('GBP');
  await page.getByLabel('Occasion').selectOption('engagement');
  await page.getByLabel('Either is fine').check();
  await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
}

/**
 * In the configurator `page` shows (its ring drawn), changes the metal to Platinum 950 and sends
 * the brief as Ada. Returns the share code of the design it started from (the default yellow
 * gold, for a proposal to go back to), the brief's reference and its commission page's URL.
 */
export async function sendPlatinumBrief(page, server) {
  const startDesign = new URL(page.url()).searchParams.get('d');
  await page.getByLabel('Platinum 950').check();
  await page.waitForFunction((before) => new URL(location.href).searchParams.get('d') !== before, startDesign);
  await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
  await page.locator('form.brief-form').waitFor();
  await fillBrief(page);
  await page.getByRole('button', { name: 'Send to the jeweler' }).click();
  const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
  const commissionUrl = new URL(
    await page.getByRole('link', { name: 'Your commission page' }).getAttribute('href'), server.url,
  ).href;
  return { startDesign, reference, commissionUrl };
}

/**
 * Opens the configurator at `url` and goes to the brief step the way a visitor does, by its step
 * button, once the ring is drawn (so snapshots exist).
 */
export async function openBriefStep(page, url) {
  await page.goto(url);
  await waitForFrames(page);
  await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
  await page.locator('form.brief-form').waitFor();
}

/** A PNG of one colour, `width` × `height`, as a phone's photo would arrive in a test. */
export function solidPng([r, g, b], width, height) {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = r; png.data[i + 1] = g; png.data[i + 2] = b; png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

/**
 * A one-line message of `locales/<lang>/<file>.ftl` as the visitor reads it (no arguments, no
 * variants): what a test expects on screen, from the same file the app reads.
 */
export function message(lang, file, key) {
  const ftl = readFileSync(join(root, 'locales', lang, `${file}.ftl`), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${key} =`));
  if (!line) throw new Error(`no ${key} in locales/${lang}/${file}.ftl`);
  return line.slice(key.length + 2).trim();
}

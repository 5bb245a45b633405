// The jeweler's studio: nothing answers without a session; the one-time setup link from the server
// log makes the first account; a brief sent through the configurator in the same test shows up in
// the inbox (search, status filter, thumbnail), opens with the ring live in 3D (turned by keyboard,
// pixels compared), changes status with its history, takes a private note, and prints to a PDF whose
// text holds the reference and the visitor's name. Every studio page is screenshot on a desktop and
// a 390 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { startServer, launch, waitForFrames, animationFrames, outputDir, shot, axeViolations, studioSetupLink } from './support.mjs';


const JEWELER = { email: 'maker@jeweler.example', password: 'a long bench password' };
const VISITOR = { name: 'Ada Lovelace', email: 'ada@example.com' };
const PHONE = { width: 390, height: 844 };

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Sends a brief through the configurator as a visitor; returns its reference. */
async function sendBrief() {
  const { context, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    // The visitor gives a size, so the jeweler's specification has one in millimetres.
    await page.locator('.step-nav').getByRole('button', { name: 'Ring size' }).click();
    await page.locator('fieldset.size-picker').getByLabel('I know my size').check();
    await page.locator('#size-text').fill('6');
    await page.locator('.summary-text', { hasText: 'US size 6' }).waitFor();
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    await page.getByLabel('Your name').fill(VISITOR.name);
    await page.locator('#brief-email').fill(VISITOR.email);
    await page.getByLabel('Budget up to').fill('3500');
    await page.getByLabel('Currency').selectOption('GBP');
    await page.getByLabel('Occasion').selectOption('engagement');
    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Needed by (optional)').fill(deadline);
    await page.getByLabel('Either is fine').check();
    await page.getByLabel("It's a surprise: the wearer must not be contacted").check();
    await page.getByLabel('Inspiration and anything else (optional)').fill('Like my grandmother’s ring, but slimmer.');
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    assert.deepEqual(errors, []);
    return reference;
  } finally {
    await context.close();
  }
}

/** How many pixels differ clearly between two equally sized screenshots. */
function changedPixels(a, b) {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > 30) n += 1;
  }
  return n / (a.width * a.height);
}

/** Every answer of 400 or more, and every request that failed, while `page` is open. */
function watchFailures(page) {
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
  return failed;
}

test('no studio route answers without a session', async () => {
  const get = (path, init) => fetch(new URL(path, server.url), init);
  const session = await get('/api/studio/session');
  assert.equal(session.status, 200, 'the session probe is not an error');
  assert.deepEqual(await session.json(), { signed_in: false, setup_required: true }, 'no account yet: the setup link is needed');
  for (const path of ['/api/studio/briefs', '/api/studio/briefs/AT-22222', '/api/studio/files/1',
    '/api/studio/export.json', '/api/studio/export.csv']) {
    assert.equal((await get(path)).status, 401, `GET ${path}`);
  }
  for (const [method, path] of [['POST', '/api/studio/briefs/AT-22222/status'], ['POST', '/api/studio/briefs/AT-22222/notes'],
    ['POST', '/api/studio/briefs/AT-22222/revisions'], ['DELETE', '/api/studio/briefs/AT-22222'],
    ['POST', '/api/studio/deliveries/1/retry'], ['POST', '/api/studio/logout']]) {
    const r = await get(path, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
    assert.ok([401, 403].includes(r.status), `${method} ${path} answered ${r.status}`);
  }
  // The page itself is the app, which asks for a session and offers the sign-in form.
  const { context, page, errors } = await launch();
  try {
    const failed = watchFailures(page);
    await page.goto(new URL('/studio', server.url).href);
    await page.locator('#login-email').waitFor();
    assert.match(await page.locator('.studio-note').innerText(), /setup link/);
    assert.equal(await page.locator('.studio-list').count(), 0);
    assert.deepEqual(await axeViolations(page), [], 'axe on the sign-in page');
    await screen(page, 'studio-0-login');
    // Signed out is an answer, not an error: nothing red in the console, no failed request.
    assert.deepEqual(errors, []);
    assert.deepEqual(failed, []);
  } finally {
    await context.close();
  }
});

test('a jeweler sets up the studio, finds the brief, turns the ring, moves it on, notes and prints it', async () => {
  const reference = await sendBrief();
  const { context, page, errors } = await launch();
  try {
    // First account through the one-time link.
    await page.goto(await studioSetupLink(server, page));
    await page.locator('#setup-email').waitFor();
    await screen(page, 'studio-1-setup');
    await page.locator('#setup-email').fill(JEWELER.email);
    await page.locator('#setup-password').fill(JEWELER.password);
    await page.locator('#setup-again').fill('something else entirely');
    await page.getByRole('button', { name: 'Create account' }).click();
    assert.match(await page.locator('.studio-error').innerText(), /two passwords differ/);
    await page.locator('#setup-again').fill(JEWELER.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // The inbox, with the brief sent a moment ago.
    const row = page.locator(`.studio-row[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 30_000 });
    assert.equal(new URL(page.url()).pathname, '/studio', 'the used setup link leaves the address');
    const rowText = await row.innerText();
    assert.match(rowText, /Ada Lovelace/);
    assert.match(rowText, /New/);
    assert.match(rowText, /up to £3,500/);
    assert.match(rowText, /Engagement/);
    assert.equal(await row.locator('.studio-deadline.urgent').count(), 1, 'ten days away is highlighted');
    await page.waitForFunction((ref) => {
      const img = document.querySelector(`.studio-row[data-reference="${ref}"] img.studio-thumb`);
      return img && img.complete && img.naturalWidth > 0;
    }, reference);
    assert.match(await page.locator('.studio-filter[data-status="new"]').innerText(), /New\s*1/);
    assert.match(await page.locator('.studio-account').innerText(), /maker@jeweler\.example/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the inbox');
    await screen(page, 'studio-2-inbox');

    // Search and filter.
    await page.getByLabel('Search by name, email or reference').fill('nobody-like-this');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.studio-empty').waitFor();
    assert.match(await page.locator('.studio-empty').innerText(), /No brief matches/);
    await page.getByLabel('Search by name, email or reference').fill('lovelace');
    await page.keyboard.press('Enter');
    await row.waitFor();
    await page.locator('.studio-filter[data-status="won"]').click();
    await page.locator('.studio-empty').waitFor();
    await page.locator('.studio-filter[data-status=""]').click();
    await row.waitFor();

    // Open it from the keyboard.
    await row.locator('a.studio-row-link').focus();
    await page.keyboard.press('Enter');
    await page.locator(`.studio-brief[data-reference="${reference}"]`).waitFor();
    assert.equal(new URL(page.url()).pathname, `/studio/briefs/${reference}`);
    const canvas = page.locator('.studio-brief canvas.ring-canvas');
    await waitForFrames(page);
    await page.waitForFunction(() => [...document.querySelectorAll('.studio-picture img')].every((i) => i.complete && i.naturalWidth > 0));
    assert.equal(await page.locator('.studio-picture img').count(), 3, 'three snapshots');
    const brief = await page.locator('.studio-brief').innerText();
    assert.match(brief, /Surprise: never contact the wearer/);
    assert.match(await page.locator('.studio-surprise strong').innerText(), /Surprise/);
    assert.match(brief, /in (9|10) days/);
    assert.match(brief, /up to £3,500/);
    assert.match(brief, /grandmother’s ring/);
    const specs = await page.locator('.studio-specs').innerText();
    assert.match(specs, /Band width\s+2\.00 mm/);
    assert.match(specs, /Stone size\s+[\d.]+ × [\d.]+ mm, [\d.]+ mm deep/);
    assert.match(specs, /Metal weight\s+about [\d.]+ g of 18k yellow gold/);
    assert.match(specs, /inner diameter 16\.5\d mm/);
    const mailto = await page.getByRole('link', { name: 'Reply by email' }).getAttribute('href');
    assert.ok(mailto.startsWith('mailto:ada@example.com?subject='), mailto);
    assert.match(decodeURIComponent(mailto), new RegExp(reference));
    const open = page.getByRole('link', { name: 'Open design' });
    assert.match(await open.getAttribute('href'), /^\/\?d=[A-Za-z0-9_-]+$/);
    assert.equal(await open.getAttribute('target'), '_blank');
    await screen(page, 'studio-3-brief');

    // Turn the live ring with the keyboard: the pixels change.
    const before = await shot(canvas, 'studio-ring-before');
    const frames = await waitForFrames(page);
    await canvas.focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await waitForFrames(page, frames);
    await animationFrames(page, 3);
    const turned = await shot(canvas, 'studio-ring-turned');
    const changed = changedPixels(before, turned);
    assert.ok(changed > 0.02, `turning changed ${(changed * 100).toFixed(1)} % of the pixels`);

    // Workflow: status with its history, then a private note.
    await page.getByLabel('Move to', { exact: true }).selectOption('in_conversation');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('.studio-history li', { hasText: 'New → In conversation' }).waitFor();
    assert.match(await page.locator('.studio-history').innerText(), /maker@jeweler\.example/);
    assert.match(await page.locator('.studio-status-now').innerText(), /In conversation/);
    const note = 'Check the heirloom stone’s girdle before quoting.';
    await page.getByLabel('Add a note (not shown on the visitor\'s page, but part of their data if they download it)').fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.studio-note-list li', { hasText: note }).waitFor();
    assert.equal(await page.getByLabel('Add a note (not shown on the visitor\'s page, but part of their data if they download it)').inputValue(), '');
    assert.match(await page.locator('.studio-deliveries').innerText(), /Email to you/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the brief');
    await screen(page, 'studio-4-brief-workflow');

    // The printed brief: the PDF's text holds the reference, the name and the note.
    await page.emulateMedia({ media: 'print' });
    await screen(page, 'studio-5-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: null });
    writeFileSync(join(outputDir, 'studio-brief.pdf'), pdf);
    const text = pdfText(pdf);
    writeFileSync(join(outputDir, 'studio-brief.txt'), text);
    // Chromium sets "fi" as a ligature; NFKC reads it as two letters again.
    const squashed = text.normalize('NFKC').replace(/\s+/g, '');
    assert.ok(squashed.includes(reference), `the PDF names ${reference}`);
    assert.ok(squashed.includes('AdaLovelace'), 'the PDF names the visitor');
    assert.ok(squashed.includes('Specification'), 'the PDF has the specification');
    assert.ok(squashed.includes('heirloomstone'), 'the PDF has the note');
    assert.ok(!squashed.includes('Changestatus'), 'no buttons in print');

    // Phone-sized: the inbox and the brief at 390 px.
    await page.setViewportSize(PHONE);
    await screen(page, 'studio-6-brief-phone');
    await page.getByRole('link', { name: '← All briefs' }).click();
    await row.waitFor();
    assert.match(await row.innerText(), /In conversation/, 'the inbox shows the new status');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 390 px (overflow ${overflow})`);
    await screen(page, 'studio-7-inbox-phone');
    await page.setViewportSize({ width: 1100, height: 760 });

    // Back and forward walk between the inbox and the brief.
    await page.goBack();
    await page.locator(`.studio-brief[data-reference="${reference}"]`).waitFor();
    await page.goForward();
    await row.waitFor();

    // Sign out: the studio asks for a sign-in again, and the API refuses the old page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#login-email').waitFor();
    assert.equal((await page.evaluate(() => fetch('/api/studio/briefs').then((r) => r.status))), 401);
    // Coming back signed out (an account exists now) is quiet too.
    const errorsBefore = errors.length;
    const again = await context.newPage();
    const failed = watchFailures(again);
    await again.goto(new URL('/studio', server.url).href);
    await again.locator('#login-email').waitFor();
    assert.equal(await again.locator('.studio-note', { hasText: 'setup link' }).count(), 0);
    await again.close();
    assert.deepEqual(errors.slice(errorsBefore), []);
    assert.deepEqual(failed, []);
    await page.setViewportSize(PHONE);
    await screen(page, 'studio-8-login-phone');
    await page.setViewportSize({ width: 1100, height: 760 });

    // Wrong password: said in words. Then guessing is held back with an honest wait.
    await page.locator('#login-email').fill('intruder@example.com');
    await page.locator('#login-password').fill('guess');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#login-error', { hasText: 'do not match an account' }).waitFor();
    let limited = '';
    for (let i = 0; i < 12 && !limited; i += 1) {
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      const said = await page.locator('#login-error').innerText();
      if (/Too many attempts/.test(said)) limited = said;
    }
    assert.match(limited, /Too many attempts: wait \d+ (seconds?|minutes?) before trying again/);
    await screen(page, 'studio-9-login-limited');

    // The right account still signs in (the limit is on the guessed account).
    await page.locator('#login-email').fill(JEWELER.email);
    await page.locator('#login-password').fill(JEWELER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await row.waitFor();

    // An erasure request: delete asks first, then the brief is gone from the inbox and the API.
    await row.locator('a.studio-row-link').click();
    await page.getByRole('button', { name: 'Delete this brief…' }).click();
    assert.match(await page.locator('.studio-confirm').innerText(), new RegExp(`Delete ${reference} for good`));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete this brief…' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.locator('.studio-empty').waitFor();
    assert.equal(new URL(page.url()).pathname, '/studio');
    assert.equal(await page.evaluate((ref) => fetch(`/api/studio/briefs/${ref}`).then((r) => r.status), reference), 404);

    const unexpected = errors.filter((e) => !/401|404|429|Unauthorized|Too Many Requests|Not Found/.test(e));
    assert.deepEqual(unexpected, []);
  } finally {
    await context.close();
  }
});

/**
 * The text of a PDF as Chromium writes it: Flate-compressed content streams drawing glyph ids of
 * subset fonts, mapped back to characters with each font's ToUnicode CMap. Enough for checking what
 * a printed page says; not a general PDF reader.
 */
function pdfText(buffer) {
  const raw = buffer.toString('latin1');
  const objects = new Map();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2];
    const at = body.indexOf('stream');
    let dict = body;
    let data = null;
    if (at >= 0) {
      dict = body.slice(0, at);
      let start = at + 'stream'.length;
      if (body[start] === '\r') start += 1;
      if (body[start] === '\n') start += 1;
      const end = body.lastIndexOf('endstream');
      const bytes = Buffer.from(body.slice(start, end), 'latin1');
      try {
        data = /FlateDecode/.test(dict) ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
      } catch {
        data = null;
      }
    }
    objects.set(m[1], { dict, data });
  }
  const cmaps = new Map();
  const cmapOf = (objNum) => {
    if (cmaps.has(objNum)) return cmaps.get(objNum);
    const map = new Map();
    const text = objects.get(objNum)?.data ?? '';
    const hex = (h) => parseInt(h, 16);
    const chars = (h) => {
      let s = '';
      for (let i = 0; i + 4 <= h.length; i += 4) s += String.fromCharCode(hex(h.slice(i, i + 4)));
      return s;
    };
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const p of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(hex(p[1]), chars(p[2]));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const p of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        const [lo, hi] = [hex(p[1]), hex(p[2])];
        if (p[3].startsWith('[')) {
          [...p[3].matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(lo + i, chars(d[1])));
        } else {
          const first = hex(p[3].slice(1, -1));
          for (let c = lo; c <= hi; c += 1) map.set(c, String.fromCharCode(first + c - lo));
        }
      }
    }
    cmaps.set(objNum, map);
    return map;
  };
  // Font resource names → the CMap of the font they name.
  const fonts = new Map();
  for (const { dict } of objects.values()) {
    for (const block of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const f of block[1].matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) {
        const font = objects.get(f[2])?.dict ?? '';
        const to = font.match(/\/ToUnicode\s+(\d+) 0 R/);
        if (to) fonts.set(f[1], cmapOf(to[1]));
      }
    }
  }
  let out = '';
  for (const { data } of objects.values()) {
    if (!data || !/\bT[Jj]\b/.test(data)) continue;
    let cmap = new Map();
    for (const op of data.matchAll(/\/([^\s/]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj|\b(T\*|Td|TD|ET)\b/g)) {
      if (op[1]) cmap = fonts.get(op[1]) ?? new Map();
      else if (op[2] !== undefined) {
        for (const part of op[2].matchAll(/<([0-9A-Fa-f]*)>|\(((?:[^)\\]|\\.)*)\)|(-?[\d.]+)/g)) {
          if (part[1] !== undefined) out += glyphs(part[1], cmap);
          else if (part[2] !== undefined) out += part[2];
          else if (Number(part[3]) < -200) out += ' ';
        }
      } else if (op[3] !== undefined) out += glyphs(op[3], cmap);
      else if (op[4] !== undefined) out += op[4];
      else out += '\n';
    }
  }
  return out;
}

function glyphs(hexText, cmap) {
  let s = '';
  for (let i = 0; i + 4 <= hexText.length; i += 4) s += cmap.get(parseInt(hexText.slice(i, i + 4), 16)) ?? '';
  return s;
}

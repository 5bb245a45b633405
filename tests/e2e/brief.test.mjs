// The brief as a visitor sends it: core's errors beside each field before anything is sent, a
// double click that sends once, the confirmation with its reference, and the jeweler's .eml with
// the visitor's name and the ring's pictures. Then the network fails: the brief waits in the
// browser, says so honestly, and arrives exactly once when the browser is back online.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, animationFrames, outputDir, axeViolations, openBriefStep } from './support.mjs';


const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

const mailDir = () => join(server.dataDir, 'data', 'outbox-mail');

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Waits for the jeweler's .eml of a reference: checks the folder once per few animation frames. */
async function jewelerMail(page, reference) {
  const path = join(mailDir(), `${reference}-jeweler.eml`);
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (existsSync(path)) return readFileSync(path, 'utf8');
    await animationFrames(page, 5);
  }
  throw new Error(`no ${path}; server log:\n${server.log()}`);
}

/** Fills the form as a visitor would, by label. */
async function fill(page, { name, email }) {
  await page.getByLabel('Your name').fill(name);
  await page.locator('#brief-email').fill(email);
  await page.getByLabel('Budget up to').fill('3500');
  await page.getByLabel('Currency').selectOption('GBP');
  await page.getByLabel('Occasion').selectOption('engagement');
  const deadline = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Needed by (optional)').fill(deadline);
  await page.getByLabel('Either is fine').check();
  await page.getByLabel("It's a surprise: the wearer must not be contacted").check();
  await page.getByLabel('Inspiration and anything else (optional)').fill('Like my grandmother’s ring, but slimmer.');
  await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
}

test('a visitor sends the brief; the jeweler gets an email with the name and the pictures', async () => {
  const { context, page, errors } = await launch();
  try {
    const posts = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posts.push(r); });
    await openBriefStep(page, server.url);
    assert.match(await page.locator('.brief-design').innerText(), /Your design/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the empty form');

    // Sending an empty form shows core's own messages beside the fields, and sends nothing.
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-summary-errors').waitFor();
    assert.equal(await page.locator('#brief-name').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#brief-name').getAttribute('aria-describedby'), 'brief-name-error');
    // Under its field each problem reads as a sentence.
    assert.equal(await page.locator('#brief-name-error').innerText(), 'This is required');
    assert.match(await page.locator('#brief-email-error').innerText(), /name@example\.com/);
    assert.match(await page.locator('#brief-consent-error').innerText(), /agree to be contacted/);
    // Choosing a phone call without a number is core's contact rule too.
    await page.getByLabel('Phone call').check();
    assert.match(await page.locator('#brief-phone-error').innerText(), /Add a phone number/);
    await page.locator('input[name=channel]').first().check();
    assert.deepEqual(await axeViolations(page), [], 'axe with errors shown');
    await screen(page, 'brief-1-errors');
    assert.equal(posts.length, 0, 'nothing is sent while core finds problems');

    await fill(page, { name: 'Ada Lovelace', email: 'ada@example.com' });
    assert.equal(await page.locator('.brief-summary-errors').count(), 0);
    assert.equal(await page.locator('[aria-invalid=true]').count(), 0);
    // The honeypot is there for bots, out of people's way.
    const honeypot = page.locator('input[name=website]');
    assert.equal(await honeypot.getAttribute('tabindex'), '-1');
    assert.equal(await honeypot.getAttribute('autocomplete'), 'off');
    assert.equal(await page.locator('.brief-website').getAttribute('aria-hidden'), 'true');
    await screen(page, 'brief-2-filled');

    const t0 = Date.now();
    await page.getByRole('button', { name: 'Send to the jeweler' }).dblclick();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    const msToReference = Date.now() - t0;
    assert.match(reference, REFERENCE);
    assert.equal(posts.length, 1, 'a double click sends once');
    const body = JSON.parse(posts[0].postData());
    writeFileSync(join(outputDir, 'brief-send.json'), JSON.stringify({
      msFromClickToReference: msToReference,
      requestBytes: posts[0].postData().length,
      snapshotBase64Bytes: body.snapshots.map((s) => s.png_base64.length),
    }, null, 2));
    assert.equal(body.snapshots.length, 3);
    assert.deepEqual(body.snapshots.map((s) => s.view), ['three-quarter', 'top', 'side']);
    assert.equal(body.website, '');
    assert.match(posts[0].headers()['idempotency-key'], /^atelier-[0-9a-f-]+$/);
    const confirmation = await page.locator('.brief-confirmation').innerText();
    assert.match(confirmation, /not the finished piece/);
    assert.match(confirmation, /size is checked/);
    assert.match(confirmation, /never the wearer/);
    assert.equal(await page.evaluate(() => localStorage.getItem('atelier.pending-brief.v1')), null);
    assert.deepEqual(await axeViolations(page), [], 'axe on the confirmation');
    await screen(page, 'brief-3-sent');

    const eml = await jewelerMail(page, reference);
    assert.match(eml, new RegExp(reference));
    assert.match(eml, /Ada Lovelace/);
    assert.match(eml, /^To: studio@jeweler\.example/m);
    const pngParts = eml.match(/Content-Type: image\/png/g) ?? [];
    assert.equal(pngParts.length, 3, 'three PNG snapshots in the jeweler email');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('offline: the brief waits in the browser and arrives exactly once when back online', async () => {
  const { context, page, errors } = await launch();
  try {
    let attempts = 0;
    await page.route('**/api/consultations', (route) => {
      attempts += 1;
      return route.abort('internetdisconnected');
    });
    const keys = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/consultations')) keys.push(r.headers()['idempotency-key']);
    });
    await openBriefStep(page, server.url);
    await fill(page, { name: 'Grace Hopper', email: 'grace@example.com' });
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.match(await page.locator('.brief-status').innerText(), /has not been sent yet.*saved in this browser/s);
    assert.equal(attempts, 1);
    const pending = JSON.parse(await page.evaluate(() => localStorage.getItem('atelier.pending-brief.v1')));
    assert.equal(pending.request.brief.contact.name, 'Grace Hopper');
    await screen(page, 'brief-4-offline');

    await page.unroute('**/api/consultations');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    assert.match(reference, REFERENCE);
    assert.equal(new Set(keys).size, 1, 'the retry sent the same Idempotency-Key');
    assert.equal(pending.idempotency_key, keys[0]);
    assert.equal(await page.evaluate(() => localStorage.getItem('atelier.pending-brief.v1')), null);

    const eml = await jewelerMail(page, reference);
    assert.match(eml, /Grace Hopper/);
    // Exactly one brief from Grace reached the jeweler.
    const fromGrace = readdirSync(mailDir())
      .filter((f) => f.endsWith('-jeweler.eml'))
      .filter((f) => readFileSync(join(mailDir(), f), 'utf8').includes('Grace Hopper'));
    assert.deepEqual(fromGrace, [`${reference}-jeweler.eml`]);
    // The aborted first attempt is a console error of the browser's own; nothing else may be.
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});

test('a brief left behind by a failed send is retried on the next visit, prefilled, and arrives once', async () => {
  const { context, page, errors } = await launch();
  try {
    let attempts = 0;
    await page.route('**/api/consultations', (route) => {
      attempts += 1;
      return route.abort('internetdisconnected');
    });
    const keys = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/consultations')) keys.push(r.headers()['idempotency-key']);
    });
    await openBriefStep(page, server.url);
    await fill(page, { name: 'Katherine Johnson', email: 'katherine@example.com' });
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.equal(attempts, 1);

    // The visitor comes back later, still offline: the page retries by itself as it starts, and
    // shows the brief that is waiting.
    await page.reload();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.equal(attempts, 2, 'the new visit retried on its own');
    assert.equal(await page.locator('#brief-name').inputValue(), 'Katherine Johnson');
    assert.equal(await page.locator('#brief-email').inputValue(), 'katherine@example.com');
    assert.equal(await page.locator('.brief-send').innerText(), 'Try sending again now');

    await page.unroute('**/api/consultations');
    await page.getByRole('button', { name: 'Try sending again now' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    assert.match(reference, REFERENCE);
    // Three attempts at least (first, on the new visit, the button); a timed resend may add one.
    assert.ok(keys.length >= 3, `${keys.length} attempts`);
    assert.equal(new Set(keys).size, 1, 'every attempt carried the same Idempotency-Key');
    const eml = await jewelerMail(page, reference);
    assert.match(eml, /Katherine Johnson/);
    const fromKatherine = readdirSync(mailDir())
      .filter((f) => f.endsWith('-jeweler.eml'))
      .filter((f) => readFileSync(join(mailDir(), f), 'utf8').includes('Katherine Johnson'));
    assert.deepEqual(fromKatherine, [`${reference}-jeweler.eml`]);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});

test("the server's field errors land beside the fields, and the brief is not kept", async () => {
  const { context, page } = await launch();
  try {
    await page.route('**/api/consultations', (route) => route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({ error: {
        code: 'invalid_brief',
        message: 'the brief has 1 problem(s)',
        fields: [{ field: 'brief.contact.email', message: 'this mailbox does not accept mail' }],
      } }),
    }));
    await openBriefStep(page, server.url);
    await fill(page, { name: 'Mary Somerville', email: 'mary@example.com' });
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('#brief-email-error').waitFor();
    assert.equal(await page.locator('#brief-email-error').innerText(), 'This mailbox does not accept mail');
    assert.equal(await page.locator('#brief-email').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('.brief-summary-errors').innerText(), /Email: this mailbox does not accept mail/);
    assert.equal(await page.evaluate(() => localStorage.getItem('atelier.pending-brief.v1')), null);
    assert.equal(await page.locator('.brief-send').innerText(), 'Send to the jeweler');
    assert.deepEqual(await axeViolations(page), [], 'axe with the server errors shown');
    await screen(page, 'brief-5-server-errors');
  } finally {
    await context.close();
  }
});

test('a rate limit is waited out as the server asks, with the same key', async () => {
  const { context, page, errors } = await launch();
  try {
    const keys = [];
    let limited = false;
    await page.route('**/api/consultations', (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (limited) return route.continue();
      limited = true;
      return route.fulfill({
        status: 429,
        headers: { 'Retry-After': '1' },
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'too many requests' } }),
      });
    });
    await openBriefStep(page, server.url);
    await fill(page, { name: 'Emmy Noether', email: 'emmy@example.com' });
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.match(await page.locator('.brief-status').innerText(), /busy.*sent again in 1 second\./);
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    assert.match(reference, REFERENCE);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.match(await jewelerMail(page, reference), /Emmy Noether/);
    assert.deepEqual(errors.filter((e) => !/status of 429|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});

test('an unreachable server is retried by itself, without an online event, and gets the brief once', async () => {
  const { context, page, errors } = await launch();
  try {
    const keys = [];
    await page.route('**/api/consultations', (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      return keys.length === 1 ? route.abort('connectionrefused') : route.continue();
    });
    await openBriefStep(page, server.url);
    await fill(page, { name: 'Lise Meitner', email: 'lise@example.com' });
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.match(await page.locator('.brief-status').innerText(), /we keep trying/);
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    assert.match(reference, REFERENCE);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.match(await jewelerMail(page, reference), /Lise Meitner/);
    assert.deepEqual(errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});

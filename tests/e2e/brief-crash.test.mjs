// The server dies mid-submission (SIGKILL) and comes back on the same data folder and port. The
// browser retries by itself with the same Idempotency-Key, and the brief is stored and mailed
// exactly once. Twice over: killed before the request reached it, and killed after it had
// committed the brief but before the browser heard back (the lost reply idempotency exists for).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, animationFrames, openBriefStep } from './support.mjs';

const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
// A short delivery timeout keeps the outbox lease short (timeout + 5 s): a delivery the kill cut
// short is retried after 10 s instead of 65 s, and the test still sees it go out exactly once.
const env = {
  ATELIER_JEWELER_EMAIL: 'studio@jeweler.example',
  ATELIER_MAIL_FROM: 'atelier@jeweler.example',
  ATELIER_DELIVERY_TIMEOUT_SECS: '5',
};

async function fill(page, name, email) {
  await page.getByLabel('Your name').fill(name);
  await page.locator('#brief-email').fill(email);
  await page.getByLabel('Budget up to').fill('2500');
  await page.getByLabel('Either is fine').check();
  await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
}

/** Waits until the outbox has written both emails of a reference; returns the jeweler's. */
async function emails(page, dataDir, reference) {
  const dir = join(dataDir, 'data', 'outbox-mail');
  const jeweler = join(dir, `${reference}-jeweler.eml`);
  const visitor = join(dir, `${reference}-visitor.eml`);
  for (let attempt = 0; attempt < 900; attempt += 1) {
    if (existsSync(jeweler) && existsSync(visitor)) return readFileSync(jeweler, 'utf8');
    await animationFrames(page, 5);
  }
  throw new Error(`no emails for ${reference} in ${dir}`);
}

/** The jeweler emails that name this visitor: exactly one is the goal. */
function jewelerEmailsFor(dataDir, name) {
  const dir = join(dataDir, 'data', 'outbox-mail');
  return readdirSync(dir)
    .filter((f) => f.endsWith('-jeweler.eml'))
    .filter((f) => readFileSync(join(dir, f), 'utf8').includes(name));
}

/**
 * Asks the server's database with Debian's sqlite3 (a reader beside the live server, WAL mode);
 * `null` where sqlite3 is not installed, and then the emails alone prove "exactly once".
 */
function sqlite(dataDir, sql, t) {
  try {
    return execFileSync('sqlite3', [join(dataDir, 'data', 'atelier.db'), sql], { encoding: 'utf8' }).trim();
  } catch (e) {
    if (e.code === 'ENOENT') {
      t.diagnostic('sqlite3 is not installed: rows not counted, emails only');
      return null;
    }
    throw e;
  }
}

/** Watches the page's consultation requests and the answers that reached it. */
function watch(page) {
  const seen = { keys: [], answers: [] };
  page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) seen.keys.push(r.headers()['idempotency-key']); });
  page.on('response', (r) => {
    if (r.url().endsWith('/api/consultations')) seen.answers.push({ status: r.status(), replayed: r.headers()['idempotent-replayed'] ?? null });
  });
  return seen;
}

const consoleNoise = /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|Failed to load resource/;

test('the server is killed before the brief reaches it: the browser resends it to the restarted server', async (t) => {
  let server = await startServer({ env });
  const { dataDir } = server;
  const port = Number(new URL(server.url).port);
  const { context, page, errors } = await launch();
  try {
    const seen = watch(page);
    let hold;
    const held = new Promise((resolve) => { hold = resolve; });
    await page.route('**/api/consultations', (route) => {
      if (hold) {
        const first = hold;
        hold = null;
        return first(route);
      }
      return route.continue();
    });
    await openBriefStep(page, server.url);
    await fill(page, 'Dorothy Hodgkin', 'dorothy@example.com');
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    // The request is on its way when the server dies; it then meets a closed port.
    const route = await held;
    await server.kill();
    await route.continue();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.match(await page.locator('.brief-status').innerText(), /saved in this browser and we keep trying/);

    const down = Date.now();
    server = await startServer({ env, dataDir, port });
    t.diagnostic(`restarted in ${Date.now() - down} ms`);
    assert.equal(Number(new URL(server.url).port), port, 'back on the same port');
    // No click, no 'online' event: the page's own timer sends it again.
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 90_000 })).trim();
    t.diagnostic(`confirmed ${Date.now() - down} ms after the restart began, after ${seen.keys.length} attempts`);
    assert.match(reference, REFERENCE);
    assert.ok(seen.keys.length >= 2, `${seen.keys.length} attempts`);
    assert.equal(new Set(seen.keys).size, 1, 'every attempt carried the same Idempotency-Key');
    assert.deepEqual(seen.answers.at(-1), { status: 201, replayed: null }, 'stored by the restarted server');

    assert.match(await emails(page, dataDir, reference), /Dorothy Hodgkin/);
    assert.deepEqual(jewelerEmailsFor(dataDir, 'Dorothy Hodgkin'), [`${reference}-jeweler.eml`]);
    const rows = sqlite(dataDir, "SELECT COUNT(*) FROM consultations WHERE name = 'Dorothy Hodgkin'", t);
    if (rows !== null) assert.equal(rows, '1', 'one consultation row');
    assert.deepEqual(errors.filter((e) => !consoleNoise.test(e)), []);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('the server is killed after storing the brief, before the reply: the resend is answered from the store, once', async (t) => {
  let server = await startServer({ env });
  const { dataDir } = server;
  const port = Number(new URL(server.url).port);
  const { context, page, errors } = await launch();
  try {
    const seen = watch(page);
    let lost = null;
    await page.route('**/api/consultations', async (route) => {
      if (lost) return route.continue();
      // The server gets the request and commits it; then it dies and its answer never arrives.
      const response = await route.fetch();
      lost = { status: response.status(), body: await response.json() };
      await server.kill();
      return route.abort('connectionreset');
    });
    await openBriefStep(page, server.url);
    await fill(page, 'Barbara McClintock', 'barbara@example.com');
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.equal(lost.status, 201, 'the first server stored it');
    const rowsWhileDown = sqlite(dataDir, "SELECT COUNT(*) FROM consultations WHERE name = 'Barbara McClintock'", t);
    if (rowsWhileDown !== null) assert.equal(rowsWhileDown, '1', 'the 201 survived the kill');

    const down = Date.now();
    server = await startServer({ env, dataDir, port });
    t.diagnostic(`restarted in ${Date.now() - down} ms`);
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 90_000 })).trim();
    t.diagnostic(`confirmed ${Date.now() - down} ms after the restart began, after ${seen.keys.length} attempts`);
    assert.equal(reference, lost.body.reference, 'the visitor sees the reference the dead server gave');
    assert.equal(new Set(seen.keys).size, 1, 'every attempt carried the same Idempotency-Key');
    assert.deepEqual(seen.answers.at(-1), { status: 201, replayed: 'true' }, 'answered from the store');

    assert.match(await emails(page, dataDir, reference), /Barbara McClintock/);
    assert.deepEqual(jewelerEmailsFor(dataDir, 'Barbara McClintock'), [`${reference}-jeweler.eml`]);
    const rows = sqlite(dataDir, "SELECT COUNT(*) FROM consultations WHERE name = 'Barbara McClintock'", t);
    if (rows !== null) {
      assert.equal(rows, '1', 'one consultation row');
      assert.equal(sqlite(dataDir, 'PRAGMA integrity_check', t), 'ok');
    }
    assert.deepEqual(errors.filter((e) => !consoleNoise.test(e)), []);
  } finally {
    await context.close();
    await server.stop();
  }
});

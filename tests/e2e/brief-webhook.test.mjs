// The signed webhook as a CRM receives it: a visitor sends a brief through the form, the real
// server's outbox POSTs it to a receiver written here with Node's own crypto, and the receiver
// verifies it exactly as the README's "Verifying the webhook" says: HMAC-SHA256 over
// `{Atelier-Timestamp}.{raw body}` with the shared secret, `v1=` and lowercase hex, compared in
// constant time, the timestamp within five minutes. An implementation independent of the server's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { startServer, launch, waitForFrames, animationFrames } from './support.mjs';

const SECRET = 'crm-shared-secret-7f3a9c1e5b';

/** The README's check, line by line. */
function verify(secret, timestamp, signature, rawBody, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (!/^\d+$/.test(timestamp ?? '')) return false;
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`,
  );
  const given = Buffer.from(signature ?? '');
  return given.length === expected.length
    && timingSafeEqual(given, expected)
    && Math.abs(nowSeconds - Number(timestamp)) <= 300;
}

let receiver;
let hookUrl;
const deliveries = [];
before(async () => {
  receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ method: req.method, url: req.url, headers: req.headers, raw: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise((done) => receiver.listen(0, '127.0.0.1', done));
  hookUrl = `http://127.0.0.1:${receiver.address().port}/crm/atelier`;
});
after(async () => { await new Promise((done) => receiver?.close(done)); });

test('a brief sent through the form reaches the CRM signed, and the README\'s check accepts it', async () => {
  const server = await startServer({ env: { ATELIER_WEBHOOK_URL: hookUrl, ATELIER_WEBHOOK_SECRET: SECRET } });
  const { context, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForFrames(page);
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.getByLabel('Your name').fill('Hedy Lamarr');
    await page.locator('#brief-email').fill('hedy@example.com');
    await page.getByLabel('Inspiration and anything else (optional)').fill('Quotes " and <angle> brackets & a newline\nstay exact.');
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 30_000 })).trim();
    for (let i = 0; i < 600 && deliveries.length === 0; i += 1) await animationFrames(page, 5);
    assert.equal(deliveries.length, 1, `one delivery; server log:\n${server.log()}`);

    const [hook] = deliveries;
    assert.equal(hook.method, 'POST');
    assert.equal(hook.url, '/crm/atelier');
    assert.equal(hook.headers['content-type'], 'application/json');
    assert.match(hook.headers['atelier-signature'], /^v1=[0-9a-f]{64}$/);
    assert.match(hook.headers['atelier-delivery'], /^\d+$/);
    assert.ok(verify(SECRET, hook.headers['atelier-timestamp'], hook.headers['atelier-signature'], hook.raw),
      'the signature verifies over the raw body');

    // The check is not vacuous: a changed byte, another secret, or a stale timestamp fail it.
    const tampered = Buffer.from(hook.raw);
    tampered[tampered.length - 2] ^= 1;
    assert.equal(verify(SECRET, hook.headers['atelier-timestamp'], hook.headers['atelier-signature'], tampered), false);
    assert.equal(verify('another-secret-000000', hook.headers['atelier-timestamp'], hook.headers['atelier-signature'], hook.raw), false);
    const sent = Number(hook.headers['atelier-timestamp']);
    assert.equal(verify(SECRET, hook.headers['atelier-timestamp'], hook.headers['atelier-signature'], hook.raw, sent + 301), false);

    const body = JSON.parse(hook.raw.toString('utf8'));
    assert.equal(body.event, 'consultation.created');
    assert.equal(body.reference, reference);
    assert.equal(body.brief.contact.name, 'Hedy Lamarr');
    assert.equal(body.brief.notes, 'Quotes " and <angle> brackets & a newline\nstay exact.');
    assert.ok(typeof body.summary === 'string' && body.summary.length > 10);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});

// The studio's exports as a jeweler gets them: signed in, in real Chromium (which always asks for
// gzip and brotli), clicking "JSON" and "CSV" in the inbox. The downloads must complete and hold
// every brief: the visitor's sent through the configurator and two more sent with the same body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, waitForFrames, createStudioAccount } from './support.mjs';

const JEWELER = { email: 'maker@jeweler.example', password: 'a long export password' };

let server;
before(async () => {
  server = await startServer({
    env: { ATELIER_JEWELER_EMAIL: 'studio@jeweler.example', ATELIER_MAIL_FROM: 'atelier@jeweler.example' },
  });
});
after(async () => { await server?.stop(); });

/** Sends a brief through the configurator; returns its reference and the JSON the form posted. */
async function sendBrief() {
  const { context, page, errors } = await launch();
  try {
    let posted;
    page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posted = r.postData(); });
    await page.goto(server.url);
    await waitForFrames(page);
    await page.locator('.step-nav').getByRole('button', { name: 'Your brief' }).click();
    await page.locator('form.brief-form').waitFor();
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.locator('#brief-email').fill('ada@example.com');
    await page.getByLabel('Budget up to').fill('3500');
    await page.getByLabel('Currency').selectOption('GBP');
    await page.getByLabel('Either is fine').check();
    await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    assert.deepEqual(errors, []);
    return { reference, posted };
  } finally {
    await context.close();
  }
}

/** Posts the form's body again under another name and key; returns the new reference. */
async function sendAgain(posted, name, key) {
  const body = JSON.parse(posted);
  body.brief.contact.name = name;
  const r = await fetch(new URL('/api/consultations', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  assert.equal(r.status, 201, await r.clone().text());
  return (await r.json()).reference;
}

/** Clicks an export link and waits for the download to finish; its text. */
async function download(page, label) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.studio-exports').getByRole('link', { name: label, exact: true }).click(),
  ]);
  assert.equal(await file.failure(), null, `${label}: the download completed`);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a signed-in jeweler downloads the JSON and CSV exports whole', async () => {
  const first = await sendBrief();
  const references = [
    first.reference,
    await sendAgain(first.posted, 'Grace Hopper', 'export-e2e-2'),
    await sendAgain(first.posted, 'Émilie du Châtelet', 'export-e2e-3'),
  ];
  const names = ['Ada Lovelace', 'Grace Hopper', 'Émilie du Châtelet'];
  const { context, page, errors } = await launch();
  try {
    await createStudioAccount(server, page, JEWELER);
    await page.locator(`.studio-row[data-reference="${references[2]}"]`).waitFor({ timeout: 30_000 });

    const json = await download(page, 'JSON');
    assert.match(json.name, /^.+ briefs \d{4}-\d{2}-\d{2}\.json$/, 'named after the shop and the day');
    const briefs = JSON.parse(json.text);
    assert.deepEqual(briefs.map((b) => b.reference), references, 'every brief, oldest first');
    assert.deepEqual(briefs.map((b) => b.name), names);
    assert.equal(briefs[0].brief.contact.email, 'ada@example.com');

    const csv = await download(page, 'CSV');
    assert.match(csv.name, /^.+ briefs \d{4}-\d{2}-\d{2}\.csv$/, 'named after the shop and the day');
    const lines = csv.text.split('\r\n').filter((l) => l !== '');
    assert.match(lines[0], /^reference,created_at,status,name,email,/);
    assert.equal(lines.length, 4, csv.text);
    lines.slice(1).forEach((line, i) => {
      assert.ok(line.startsWith(`${references[i]},`), line);
      assert.ok(line.includes(`,${names[i]},ada@example.com,`), line);
    });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

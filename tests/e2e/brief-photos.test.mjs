// Inspiration photos in the brief: picked with the file input, shrunk in the browser, shown as
// thumbnails that can be removed, refused with a clear message when they cannot be sent, and
// attached byte for byte to the jeweler's email. A brief waiting to be sent keeps its photos in
// IndexedDB (localStorage is too small for them) and gets them back on the next visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, animationFrames, outputDir, axeViolations, openBriefStep } from './support.mjs';
import { parseMail, leaves, text, jpegSize } from './brief-mail.mjs';


const REFERENCE = /^AT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
/** core's `ATTACHMENT_BYTES_MAX` and `IMAGE_LONGEST_SIDE_PX`. */
const PHOTO_BYTES_MAX = 1152 * 1024;
const LONGEST_SIDE = 2048;

let server;
before(async () => {
  server = await startServer({
    env: {
      ATELIER_JEWELER_EMAIL: 'studio@jeweler.example',
      ATELIER_MAIL_FROM: 'atelier@jeweler.example',
      ATELIER_PUBLIC_URL: 'https://rings.jeweler.example',
    },
  });
});
after(async () => { await server?.stop(); });

const mailDir = () => join(server.dataDir, 'data', 'outbox-mail');

async function screen(page, name) {
  writeFileSync(join(outputDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Waits for one of the server's .eml files, checking once per few animation frames. */
async function mail(page, name) {
  const path = join(mailDir(), name);
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (existsSync(path)) return readFileSync(path);
    await animationFrames(page, 5);
  }
  throw new Error(`no ${path}; server log:\n${server.log()}`);
}

async function fill(page, name, email) {
  await page.getByLabel('Your name').fill(name);
  await page.locator('#brief-email').fill(email);
  await page.getByLabel('Budget up to').fill('4000');
  await page.getByLabel('Either is fine').check();
  await page.getByLabel('I agree that the jeweler may contact me about this request.').check();
}

/**
 * Draws a picture in the page and returns its file bytes: a gradient with a few shapes and some
 * grain, so that it compresses like a photo rather than like a flat colour.
 */
async function picture(page, { width, height, type, hue, quality = 0.95 }) {
  const base64 = await page.evaluate(({ width, height, type, hue, quality }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    const gradient = g.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, `hsl(${hue} 60% 75%)`);
    gradient.addColorStop(1, `hsl(${hue + 40} 50% 30%)`);
    g.fillStyle = gradient;
    g.fillRect(0, 0, width, height);
    g.strokeStyle = 'rgba(255, 240, 200, 0.9)';
    g.lineWidth = Math.max(4, width / 60);
    g.beginPath();
    g.arc(width / 2, height / 2, Math.min(width, height) / 3, 0, 2 * Math.PI);
    g.stroke();
    let seed = 7;
    const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    for (let i = 0; i < 4000; i += 1) {
      g.fillStyle = `rgba(${(random() * 255) | 0}, ${(random() * 255) | 0}, ${(random() * 255) | 0}, 0.25)`;
      g.fillRect(random() * width, random() * height, 6, 6);
    }
    if (type === 'image/png') g.clearRect(0, 0, width / 8, height / 8);
    return canvas.toDataURL(type, quality).split(',')[1];
  }, { width, height, type, hue, quality });
  return Buffer.from(base64, 'base64');
}

test('two photos are shrunk, shown, sent, and attached to the jeweler\'s email byte for byte', async () => {
  const { context, page, errors } = await launch();
  try {
    const posts = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/consultations')) posts.push(r); });
    await openBriefStep(page, server.url);
    await fill(page, 'Rosalind Franklin', 'rosalind@example.com');
    // A camera-sized JPEG (shrunk to 2048 px) and a small PNG with transparency (made a JPEG).
    const big = await picture(page, { width: 3000, height: 2000, type: 'image/jpeg', hue: 30 });
    const small = await picture(page, { width: 900, height: 700, type: 'image/png', hue: 200 });
    assert.deepEqual(jpegSize(big), { width: 3000, height: 2000 });
    await page.locator('#brief-photos').setInputFiles([
      { name: 'pinterest ring.jpeg', mimeType: 'image/jpeg', buffer: big },
      { name: 'sketch.png', mimeType: 'image/png', buffer: small },
    ]);
    await page.locator('.photo-list .photo').nth(1).waitFor();
    await page.locator('.photo-status:empty').waitFor({ state: 'attached' });
    assert.deepEqual(
      await page.locator('.photo img').evaluateAll((imgs) => imgs.map((i) => i.alt)),
      ['Inspiration photo 1: pinterest ring.jpg', 'Inspiration photo 2: sketch.jpg'],
    );
    // Each remove button says which photo it removes.
    await page.getByRole('button', { name: 'Remove photo 2, sketch.jpg' }).waitFor();
    const thumbnailsDrawn = await page.locator('.photo img').evaluateAll((imgs) => imgs.every((i) => i.complete && i.naturalWidth > 0));
    assert.ok(thumbnailsDrawn, 'the thumbnails decode');
    assert.deepEqual(await axeViolations(page, '.brief'), [], 'axe with two photos');
    await screen(page, 'brief-6-photos');

    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    assert.match(reference, REFERENCE);
    assert.equal(posts.length, 1);
    const body = JSON.parse(posts[0].postData());
    const meta = body.brief.attachments;
    assert.deepEqual(meta.map((a) => [a.file_name, a.mime_type]), [
      ['pinterest ring.jpg', 'image/jpeg'],
      ['sketch.jpg', 'image/jpeg'],
    ]);
    const sent = body.attachments.map((a) => Buffer.from(a.data_base64, 'base64'));
    sent.forEach((bytes, i) => {
      assert.equal(bytes.length, meta[i].size_bytes);
      assert.ok(bytes.length <= PHOTO_BYTES_MAX, `${bytes.length} bytes`);
    });
    assert.deepEqual(jpegSize(sent[0]), { width: LONGEST_SIDE, height: 1365 }, 'shrunk to 2048 px');
    assert.deepEqual(jpegSize(sent[1]), { width: 900, height: 700 }, 'small photos keep their size');
    const requestBytes = posts[0].postData().length;
    writeFileSync(join(outputDir, 'brief-photos-send.json'), JSON.stringify({
      requestBytes,
      photoBytes: sent.map((b) => b.length),
      photoSourceBytes: [big.length, small.length],
    }, null, 2));

    // The jeweler's email: the three snapshots inline, the two photos attached, exactly as sent.
    const jeweler = parseMail(await mail(page, `${reference}-jeweler.eml`));
    const parts = leaves(jeweler);
    const inline = parts.filter((p) => p.type === 'image/png');
    assert.equal(inline.length, 3, 'three snapshots');
    inline.forEach((p) => assert.match(p.headers['content-disposition'], /^inline/));
    const attached = parts.filter((p) => /^attachment/.test(p.headers['content-disposition'] ?? ''));
    assert.deepEqual(attached.map((p) => p.type), ['image/jpeg', 'image/jpeg']);
    assert.deepEqual(
      attached.map((p) => /filename="?([^";]+)"?/.exec(p.headers['content-disposition'])?.[1]),
      ['pinterest ring.jpg', 'sketch.jpg'],
    );
    attached.forEach((p, i) => assert.ok(p.body.equals(sent[i]), `attachment ${i} is the photo sent`));
    const plain = text(parts.find((p) => p.type === 'text/plain'));
    assert.match(plain, /2 inspiration photos attached: pinterest ring\.jpg, sketch\.jpg/);
    // No shop currency is configured here, so the budget starts on the browser's region's: en-US.
    // A whole amount reads without cents, as the form wrote it.
    assert.match(plain, /Budget: up to \$4,000\r?\n/);
    assert.match(plain, new RegExp(`https://rings\\.jeweler\\.example/studio/briefs/${reference}`));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('what cannot be sent is refused with a message naming the file; five photos at most', async () => {
  const { context, page, errors } = await launch();
  try {
    await openBriefStep(page, server.url);
    const photo = await picture(page, { width: 400, height: 300, type: 'image/jpeg', hue: 10 });
    const input = page.locator('#brief-photos');
    await input.setInputFiles([
      { name: 'notes.txt.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') },
      { name: 'animation.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') },
      { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([photo, Buffer.alloc(26 * 1024 * 1024)]) },
    ]);
    await page.locator('.photo-notices p').nth(2).waitFor();
    assert.deepEqual(await page.locator('.photo-notices p').allInnerTexts(), [
      '“notes.txt.png” was not added: it could not be opened as a picture.',
      '“animation.gif” was not added: only JPEG, PNG or WebP photos, please.',
      '“huge.jpg” was not added: it is 26 MB, and photos of up to 25 MB can be added.',
    ]);
    assert.equal(await page.locator('.photo').count(), 0);

    // Six at once: five are taken, the sixth is named as left out.
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `ring-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer: photo }));
    await input.setInputFiles(six);
    await page.locator('.photo').nth(4).waitFor();
    await page.locator('.photo-status:empty').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.photo').count(), 5);
    assert.deepEqual(await page.locator('.photo-notices p').allInnerTexts(), [
      '“ring-6.jpg” was not added: a brief can carry 5 photos.',
    ]);
    assert.equal(await input.isDisabled(), true, 'the picker rests at five');
    assert.match(await page.locator('label[for=brief-photos]').innerText(), /Five photos is the most/);
    await screen(page, 'brief-7-photo-limits');

    await page.getByRole('button', { name: 'Remove photo 3, ring-3.jpg' }).click();
    assert.equal(await page.locator('.photo').count(), 4);
    assert.equal(await input.isDisabled(), false);
    // Focus moves on the next animation frame, once the picker is enabled again: wait for it.
    await page.waitForFunction(() => document.activeElement?.id === 'brief-photos', null, { timeout: 5_000 })
      .catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'brief-photos', 'focus goes on from the picker');
    assert.deepEqual(
      await page.locator('.photo img').evaluateAll((imgs) => imgs.map((i) => i.alt.replace(/^Inspiration photo /, ''))),
      ['1: ring-1.jpg', '2: ring-2.jpg', '3: ring-4.jpg', '4: ring-5.jpg'],
    );
    assert.deepEqual(await axeViolations(page, '.brief'), [], 'axe with notices');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** The photos kept in IndexedDB for a waiting brief, as { key: count }. */
async function keptPhotos(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('atelier');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('pending-brief-photos')) { db.close(); resolve({}); return; }
      const store = db.transaction('pending-brief-photos').objectStore('pending-brief-photos');
      const all = {};
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(all); return; }
        all[c.key] = c.value.length;
        c.continue();
      };
    };
  }));
}

test('offline: a brief with photos waits, keeps its photos across a visit, and arrives once with them', async () => {
  const { context, page, errors } = await launch();
  try {
    let attempts = 0;
    await page.route('**/api/consultations', (route) => { attempts += 1; return route.abort('internetdisconnected'); });
    const bodies = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/consultations')) bodies.push({ key: r.headers()['idempotency-key'], body: r.postData() });
    });
    await openBriefStep(page, server.url);
    await fill(page, 'Chien-Shiung Wu', 'wu@example.com');
    const photos = [
      await picture(page, { width: 2600, height: 2600, type: 'image/jpeg', hue: 50 }),
      await picture(page, { width: 1200, height: 1600, type: 'image/png', hue: 280 }),
    ];
    await page.locator('#brief-photos').setInputFiles(photos.map((buffer, i) => ({
      name: `idea-${i + 1}.${i ? 'png' : 'jpg'}`, mimeType: i ? 'image/png' : 'image/jpeg', buffer,
    })));
    await page.locator('.photo').nth(1).waitFor();
    await page.locator('.photo-status:empty').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.match(await page.locator('.brief-status').innerText(), /saved in this browser/);
    assert.equal(attempts, 1);

    // localStorage holds the text and the photos' names; their bytes are in IndexedDB.
    const stored = await page.evaluate(() => localStorage.getItem('atelier.pending-brief.v1'));
    const pending = JSON.parse(stored);
    assert.equal(pending.request.brief.attachments.length, 2);
    assert.deepEqual(pending.request.attachments, []);
    assert.ok(stored.length < 1024 * 1024, `${stored.length} characters in localStorage`);
    assert.deepEqual(await keptPhotos(page), { [pending.idempotency_key]: 2 });
    const first = JSON.parse(bodies[0].body);

    // The next visit, still offline: the brief comes back with its photos and is retried as it was.
    await page.reload();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.equal(attempts, 2, 'retried on the new visit, photos and all');
    assert.equal(bodies[1].body, bodies[0].body, 'the same bytes under the same key');
    await page.locator('.photo').nth(1).waitFor();
    assert.deepEqual(
      await page.locator('.photo img').evaluateAll((imgs) => imgs.map((i) => i.alt)),
      ['Inspiration photo 1: idea-1.jpg', 'Inspiration photo 2: idea-2.jpg'],
    );
    await screen(page, 'brief-8-photos-waiting');

    await page.unroute('**/api/consultations');
    await page.getByRole('button', { name: 'Try sending again now' }).click();
    const reference = (await page.locator('.brief-reference').innerText({ timeout: 60_000 })).trim();
    assert.match(reference, REFERENCE);
    assert.equal(new Set(bodies.map((b) => b.key)).size, 1, 'one Idempotency-Key throughout');
    const jeweler = parseMail(await mail(page, `${reference}-jeweler.eml`));
    const attached = leaves(jeweler).filter((p) => /^attachment/.test(p.headers['content-disposition'] ?? ''));
    assert.equal(attached.length, 2);
    attached.forEach((p, i) => assert.ok(p.body.equals(Buffer.from(first.attachments[i].data_base64, 'base64'))));
    const fromWu = readdirSync(mailDir())
      .filter((f) => f.endsWith('-jeweler.eml'))
      .filter((f) => readFileSync(join(mailDir(), f), 'utf8').includes('Chien-Shiung Wu'));
    assert.deepEqual(fromWu, [`${reference}-jeweler.eml`]);
    // Once the server has it, the browser forgets the photos too.
    for (let i = 0; i < 300 && Object.keys(await keptPhotos(page)).length; i += 1) await animationFrames(page, 2);
    assert.deepEqual(await keptPhotos(page), {});
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});

test('photos the browser lost are asked for again, and the brief is not sent without them', async () => {
  const { context, page } = await launch();
  try {
    let attempts = 0;
    await page.route('**/api/consultations', (route) => { attempts += 1; return route.abort('internetdisconnected'); });
    await openBriefStep(page, server.url);
    await fill(page, 'Marie Curie', 'marie@example.com');
    const photo = await picture(page, { width: 800, height: 600, type: 'image/jpeg', hue: 120 });
    await page.locator('#brief-photos').setInputFiles([{ name: 'ring.jpg', mimeType: 'image/jpeg', buffer: photo }]);
    await page.locator('.photo').first().waitFor();
    await page.getByRole('button', { name: 'Send to the jeweler' }).click();
    await page.locator('.brief-status[data-state=status-waiting]').waitFor();
    assert.equal(attempts, 1);
    // The browser drops the site's IndexedDB (storage pressure, a cleaning tool) but not localStorage.
    await page.evaluate(() => new Promise((done) => { const r = indexedDB.deleteDatabase('atelier'); r.onsuccess = r.onerror = r.onblocked = done; }));
    await page.reload();
    const notice = page.locator('.brief-photos [role=alert]', { hasText: 'did not keep its photo' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /not sent yet, but this browser did not keep its photo — please add it again, then send/);
    assert.equal(await page.locator('#brief-name').inputValue(), 'Marie Curie', 'the text is all there');
    assert.equal(await page.locator('.brief-send').innerText(), 'Send to the jeweler');
    assert.equal(attempts, 1, 'nothing was sent without the photo');
    assert.equal(await page.evaluate(() => localStorage.getItem('atelier.pending-brief.v1')), null);
  } finally {
    await context.close();
  }
});

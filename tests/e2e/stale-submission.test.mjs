// A language switch rebuilds the step panel, and with it the brief's submission. The submission it
// replaced must not answer the browser's "back online" any more: its reactive state is gone, and
// touching it stopped the whole app (a panic in the wasm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames } from './support.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('back online after a language switch, the page still works', async () => {
  const { context, page, errors } = await launch();
  try {
    await page.goto(`${server.url}/?step=brief`);
    await waitForFrames(page);
    await page.getByRole('textbox', { name: /name/i }).first().waitFor();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 2 }).filter({ hasText: /Ihre|Anfrage|Brief/ }).first().waitFor();
    await context.setOffline(true);
    await context.setOffline(false);
    // The page answers after coming back: the language switches again, and Next/Back still walk.
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('textbox', { name: /your name/i }).first().waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
  }
});

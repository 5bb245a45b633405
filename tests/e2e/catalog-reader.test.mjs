// The catalog the configurator reads from GET /api/catalog (through JSON.parse and core's
// Catalog::read): a body that is not a catalog leaves the built-in one in place, with no panic and
// no error in the page, and a catalog that is one still reaches the summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForFrames } from './support.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** Opens the configurator with `/api/catalog` answered by `body` (or the server when null). */
async function summaryWith(body) {
  const b = await launch();
  try {
    const { page, errors } = b;
    if (body !== null) {
      await page.route('**/api/catalog', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    }
    const served = page.waitForResponse((r) => r.url().endsWith('/api/catalog'));
    await page.goto(server.url);
    await served;
    await waitForFrames(page);
    const summary = await page.locator('.summary-text').innerText();
    return { summary, errors };
  } finally {
    await b.context.close();
  }
}

test('a served body that is not a catalog leaves the built-in one, without an error', async () => {
  const builtin = await (await fetch(new URL('/api/catalog', server.url))).json();
  const renamed = structuredClone(builtin);
  renamed.metals[0].name = '18k Fairtrade yellow gold';
  const wrongType = structuredClone(renamed);
  wrongType.metals[1].density_g_cm3 = 'heavy';
  const missing = structuredClone(renamed);
  delete missing.stones[0].mohs;
  const unknownName = structuredClone(renamed);
  unknownName.cuts[0].outline = 'Ellipse';
  const bodies = ['{"metals": [', 'null', '[]', '{"metals": 5}', JSON.stringify(wrongType), JSON.stringify(missing), JSON.stringify(unknownName)];
  for (const body of bodies) {
    const { summary, errors } = await summaryWith(body);
    assert.match(summary, /18k yellow gold/, body.slice(0, 40));
    assert.doesNotMatch(summary, /Fairtrade/, body.slice(0, 40));
    assert.deepEqual(errors, [], body.slice(0, 40));
  }
  // The same catalog, well formed, is read: the jeweler's name reaches the summary.
  const { summary, errors } = await summaryWith(JSON.stringify(renamed));
  assert.match(summary, /18k Fairtrade yellow gold/);
  assert.deepEqual(errors, []);
});

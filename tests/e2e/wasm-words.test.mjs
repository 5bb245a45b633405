// Every language arrives as a fetched file, so a first load carries the visitor's language alone:
// no wasm the server hands out (configurator, studio, commission page) holds core's English
// messages, and the English a reader needs comes from /locales/en/<area>.ftl instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Each message of core's English file, as its line is written (`metal-pt950 = Platinum 950`).
const coreLines = readFileSync(join(root, 'locales', 'en', 'core.ftl'), 'utf8')
  .split('\n')
  .filter((line) => /^[a-z][a-z0-9-]* = \S/.test(line));

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** The bytes of the wasm a page loads, as the server sends them uncompressed. */
async function wasmOf(pagePath) {
  const html = await (await fetch(new URL(pagePath, server.url))).text();
  const href = html.match(/["']([^"']*_bg\.wasm)["']/)?.[1];
  assert.ok(href, `${pagePath} names its wasm`);
  const response = await fetch(new URL(href, new URL(pagePath, server.url)), {
    headers: { 'accept-encoding': 'identity' },
  });
  assert.equal(response.status, 200, href);
  return Buffer.from(await response.arrayBuffer());
}

test("core's English file is long enough to find", () => {
  assert.ok(coreLines.length > 200, `${coreLines.length} lines`);
});

for (const [name, path, area] of [
  ['configurator', '/', 'panel'],
  ['studio', '/studio/', 'studio'],
  ['commission page', '/c/any-token', 'commission'],
]) {
  test(`the ${name}'s wasm holds none of core's English, which its language file brings`, async () => {
    const wasm = await wasmOf(path);
    assert.ok(wasm.length > 100_000, `${name} wasm is ${wasm.length} bytes`);
    const inWasm = coreLines.filter((line) => wasm.includes(Buffer.from(line, 'utf8')));
    assert.deepEqual(inWasm.slice(0, 5), [], `${inWasm.length} of core's English lines are in the ${name}'s wasm`);
    const words = await (await fetch(new URL(`/locales/en/${area}.ftl`, server.url))).text();
    for (const line of ['metal-pt950 = Platinum 950', 'spec-metal = Metal']) {
      assert.ok(coreLines.includes(line), line);
      assert.ok(words.includes(line), `/locales/en/${area}.ftl says ${line}`);
    }
  });
}

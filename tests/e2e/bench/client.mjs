// Client benchmark (not a test: `npm test` runs only *.test.mjs). For each of BENCH_RUNS fresh
// browsers (cold cache) against the real server and the real release build, it measures:
// - first frame: the `atelier:first-frame` performance mark, from navigation start;
// - bytes before the first frame: the transfer size (compressed, with headers) of the page and of
//   every request that started before that mark, as Chromium's resource timing reports it;
// - option change → frame: a click on a choice until the ring's next drawn frame, for a metal (new
//   uniforms only) and for a setting (new geometry, uploaded);
// - frame time while orbiting: a pointer drag on the canvas moved once per animation frame, and
//   the intervals between drawn frames.
// It prints `key<TAB>median` lines for `cargo xtask bench` and writes every run to
// tests/e2e/output/bench-client.json.
//
//   ATELIER_SERVER_BIN=… ATELIER_DIST=… BENCH_RUNS=7 node bench/client.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, outputDir } from '../support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// SwiftShader draws the ring on the CPU, hundreds of milliseconds a frame: 30 frames are plenty.
const ORBIT_FRAMES = 30;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Clicks the input matching `selector` and resolves with the milliseconds until the next drawn frame. */
function timedClick(page, selector) {
  return page.evaluate((sel) => new Promise((done, fail) => {
    const canvas = document.querySelector('canvas.ring-canvas');
    const input = document.querySelector(sel);
    if (!canvas || !input) return fail(new Error(`missing ${sel}`));
    const before = Number(canvas.dataset.frames);
    const t0 = performance.now();
    input.click();
    const tick = () => (Number(canvas.dataset.frames) > before
      ? done(performance.now() - t0)
      : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), selector);
}

/** Clicks through `values` of the radio group `name`, returning one latency per click. */
async function latencies(page, name, values) {
  const out = [];
  for (const value of values) {
    out.push(await timedClick(page, `input[name=${name}][value="${value}"]`));
  }
  return out;
}

/** Drags across the canvas, one pointer move per animation frame; returns the drawn-frame intervals. */
function orbit(page, frames) {
  return page.evaluate((count) => new Promise((done) => {
    const canvas = document.querySelector('canvas.ring-canvas');
    const box = canvas.getBoundingClientRect();
    const at = (x) => ({
      pointerId: 7, pointerType: 'mouse', isPrimary: true, buttons: 1, bubbles: true,
      clientX: box.left + x, clientY: box.top + box.height / 2,
    });
    let x = box.width / 4;
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(x)));
    const drawn = [];
    let last = Number(canvas.dataset.frames);
    let left = count;
    const tick = (now) => {
      const frames = Number(canvas.dataset.frames);
      if (frames > last) drawn.push(now);
      last = frames;
      if (--left <= 0) {
        canvas.dispatchEvent(new PointerEvent('pointerup', at(x)));
        const gaps = drawn.slice(1).map((t, i) => t - drawn[i]);
        return done({ gaps, drawn: drawn.length, ticks: count });
      }
      x += 3;
      canvas.dispatchEvent(new PointerEvent('pointermove', at(x)));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), frames);
}

async function oneRun(server) {
  const browser = await launch();
  try {
    const { page, errors } = browser;
    let wasmEncoding = 'identity';
    page.on('response', async (response) => {
      if (response.url().endsWith('.wasm')) {
        wasmEncoding = (await response.headerValue('content-encoding')) ?? 'identity';
      }
    });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('atelier:first-frame').length > 0,
      null, { timeout: 60_000 });
    const load = await page.evaluate(() => {
      const firstFrame = performance.getEntriesByName('atelier:first-frame')[0].startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource')
        .filter((r) => r.startTime < firstFrame)
        .map((r) => ({ url: new URL(r.name).pathname, transfer: r.transferSize, body: r.decodedBodySize }));
      const bytes = nav.transferSize + resources.reduce((sum, r) => sum + r.transfer, 0);
      return { firstFrame, bytes, page: nav.transferSize, resources };
    });
    await waitForFrames(page);
    const metal = await latencies(page, 'metal', ['pt950', '18k-rose', '18k-white', '18k-yellow', 'pt950', '18k-yellow']);
    const orbiting = await orbit(page, ORBIT_FRAMES);
    for (const step of ['Stone', 'Cut & size', 'Setting']) {
      await page.getByRole('button', { name: `Next: ${step}` }).click();
    }
    await page.locator('input[name=setting]').first().waitFor();
    const setting = await latencies(page, 'setting', ['halo', 'bezel', 'pave-shoulders', 'three-stone', 'halo', 'four-prong']);
    return { ...load, wasmEncoding, metal, setting, orbiting, errors: [...errors] };
  } finally {
    await browser.context.close();
  }
}

const server = await startServer();
const runs = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await oneRun(server));
    console.error(`run ${i + 1}/${RUNS}: first frame ${runs.at(-1).firstFrame.toFixed(0)} ms`);
  }
} finally {
  await server.stop();
}
writeFileSync(join(outputDir, 'bench-client.json'), JSON.stringify(runs, null, 2));

const gaps = runs.flatMap((r) => r.orbiting.gaps);
const figures = {
  runs: RUNS,
  first_frame_ms: median(runs.map((r) => r.firstFrame)),
  first_frame_min_ms: Math.min(...runs.map((r) => r.firstFrame)),
  first_frame_max_ms: Math.max(...runs.map((r) => r.firstFrame)),
  bytes_before_first_frame: median(runs.map((r) => r.bytes)),
  requests_before_first_frame: median(runs.map((r) => r.resources.length + 1)),
  metal_change_ms: median(runs.flatMap((r) => r.metal)),
  metal_change_p95_ms: percentile(runs.flatMap((r) => r.metal), 95),
  setting_change_ms: median(runs.flatMap((r) => r.setting)),
  setting_change_p95_ms: percentile(runs.flatMap((r) => r.setting), 95),
  orbit_frame_ms: median(gaps),
  orbit_frame_p95_ms: percentile(gaps, 95),
  orbit_drawn_share: runs.reduce((s, r) => s + r.orbiting.drawn, 0) / runs.reduce((s, r) => s + r.orbiting.ticks, 0),
  console_errors: runs.reduce((s, r) => s + r.errors.length, 0),
};
figures.wasm_content_encoding = runs[0].wasmEncoding;
for (const [key, value] of Object.entries(figures)) {
  if (typeof value === 'string') {
    console.log(`${key}\t${value}`);
    continue;
  }
  console.log(`${key}\t${Number.isInteger(value) ? value : value.toFixed(2)}`);
}

// Client benchmark (not a test: `npm test` runs only *.test.mjs). For each of BENCH_RUNS fresh
// browsers (cold cache) against the real server and the real release build, it measures:
// - first frame: the `atelier:first-frame` performance mark, from navigation start;
// - bytes before the first frame: what went over the wire (response headers and the body as sent,
//   brotli for the app's files) for the page and every request that started before that mark,
//   every .wasm chunk and script included, as Chromium's network layer reports it, each request
//   awaited to its end;
// - option change → frame: a click on a choice until the ring's next drawn frame, for a metal (new
//   uniforms only) and for a setting (new geometry, uploaded);
// - frame time while orbiting: a pointer drag on the canvas moved once per animation frame, and
//   the intervals between drawn frames.
// Then, in BENCH_LONGTASK_RUNS more fresh browsers with motion allowed (the turntable on), the main
// thread's long tasks (PerformanceObserver 'longtask', buffered, over 50 ms by definition) that
// start in the LONGTASK_WINDOW_MS after the first ring frame.
// It prints `key<TAB>median` lines for `cargo xtask bench` and writes every run to
// tests/e2e/output/bench-client.json (and the long-task runs to bench-longtasks.json).
//
//   ATELIER_SERVER_BIN=… ATELIER_DIST=… BENCH_RUNS=7 node bench/client.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, waitForFrames, outputDir } from '../support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LONGTASK_RUNS = Number(process.env.BENCH_LONGTASK_RUNS ?? 3);
const LONGTASK_WINDOW_MS = 10_000;
// SwiftShader draws the ring on the CPU, hundreds of milliseconds a frame: 30 frames are plenty.
const ORBIT_FRAMES = 30;

// Traffic only to the server under test: Debian's Chromium otherwise asks DNS for Google's hosts.
const LOOPBACK_ONLY = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

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

/**
 * What went over the wire for the page and every request that started before the first ring
 * frame: response headers plus the body as sent (compressed), by Chromium's network layer, each
 * request awaited to its end. `requests` is every request the page made, in order.
 */
async function bytesBeforeFirstFrame(page, requests) {
  const { firstFrame, firstFrameEpoch } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('atelier:first-frame')[0];
    return { firstFrame: mark.startTime, firstFrameEpoch: performance.timeOrigin + mark.startTime };
  });
  // Requests seen so far include a few that started just after the frame; their start times sort them out.
  const seen = requests.filter((r) => r.url().startsWith('http'));
  const files = await Promise.all(seen.map(async (request) => {
    const response = await request.response();
    if (!response) {
      return { url: request.url(), failed: request.failure()?.errorText ?? 'no response', start: Infinity };
    }
    await response.finished();
    const sizes = await request.sizes();
    return {
      url: new URL(request.url()).pathname,
      start: request.timing().startTime,
      status: response.status(),
      encoding: (await response.headerValue('content-encoding')) ?? 'identity',
      headers: sizes.responseHeadersSize,
      body: sizes.responseBodySize,
    };
  }));
  const before = files.filter((f) => f.start <= firstFrameEpoch);
  const sum = (list) => list.reduce((total, f) => total + f.headers + f.body, 0);
  const wasm = before.filter((f) => f.url.endsWith('.wasm'));
  const scripts = before.filter((f) => f.url.endsWith('.js'));
  return {
    firstFrame,
    bytes: sum(before),
    wasmBytes: sum(wasm),
    wasmFiles: wasm.length,
    scriptFiles: scripts.length,
    requests: before.length,
    files: before.map(({ start, ...f }) => ({ ...f, startMs: start - (firstFrameEpoch - firstFrame) })),
    failed: files.filter((f) => f.failed).map((f) => `${f.url}: ${f.failed}`),
  };
}

async function oneRun(server) {
  const browser = await launch({ extraArgs: LOOPBACK_ONLY });
  try {
    const { page, errors } = browser;
    const requests = [];
    page.on('request', (request) => requests.push(request));
    let wasmEncoding = 'identity';
    page.on('response', async (response) => {
      if (response.url().endsWith('.wasm')) {
        wasmEncoding = (await response.headerValue('content-encoding')) ?? 'identity';
      }
    });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('atelier:first-frame').length > 0,
      null, { timeout: 60_000 });
    const load = await bytesBeforeFirstFrame(page, requests);
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

/**
 * One fresh browser with motion allowed: the main thread's long tasks that start within
 * `windowMs` after the first ring frame, while the turntable turns the ring.
 */
async function longTaskRun(server, windowMs) {
  const browser = await launch({ reducedMotion: 'no-preference', extraArgs: LOOPBACK_ONLY });
  try {
    const { page, context, errors } = browser;
    // Observing from the document's first script, so no task is missed for want of an observer.
    await context.addInitScript(() => {
      window.__longTasks = [];
      const keep = (list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      };
      window.__longTaskObserver = new PerformanceObserver(keep);
      window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('atelier:first-frame').length > 0,
      null, { timeout: 60_000 });
    const observed = await page.evaluate((ms) => new Promise((done) => {
      const firstFrame = performance.getEntriesByName('atelier:first-frame')[0].startTime;
      const canvas = document.querySelector('canvas.ring-canvas');
      const framesAtStart = Number(canvas.dataset.frames);
      const end = firstFrame + ms;
      const tick = (now) => {
        if (now < end) return requestAnimationFrame(tick);
        // Entries of tasks that ended just now wait in the observer's queue; take them too.
        for (const e of window.__longTaskObserver.takeRecords()) {
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
        }
        const tasks = window.__longTasks.filter((t) => t.start >= firstFrame && t.start < end);
        return done({
          windowMs: ms,
          frames: Number(canvas.dataset.frames) - framesAtStart,
          count: tasks.length,
          longestMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
          blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
          beforeFirstFrame: window.__longTasks.filter((t) => t.start < firstFrame).length,
          tasks,
        });
      };
      requestAnimationFrame(tick);
    }), windowMs);
    const turntable = await page.getByRole('button', { name: 'Turntable' }).getAttribute('aria-pressed');
    return { ...observed, turntable: turntable === 'true', errors: [...errors] };
  } finally {
    await browser.context.close();
  }
}

const server = await startServer();
const runs = [];
const longTasks = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await oneRun(server));
    console.error(`run ${i + 1}/${RUNS}: first frame ${runs.at(-1).firstFrame.toFixed(0)} ms`);
  }
  for (let i = 0; i < LONGTASK_RUNS; i += 1) {
    longTasks.push(await longTaskRun(server, LONGTASK_WINDOW_MS));
    const last = longTasks.at(-1);
    console.error(`long tasks ${i + 1}/${LONGTASK_RUNS}: ${last.count} over 50 ms, longest ${last.longestMs.toFixed(0)} ms, ${last.frames} frames drawn`);
  }
} finally {
  await server.stop();
}
writeFileSync(join(outputDir, 'bench-client.json'), JSON.stringify(runs, null, 2));
writeFileSync(join(outputDir, 'bench-longtasks.json'), JSON.stringify(longTasks, null, 2));

const gaps = runs.flatMap((r) => r.orbiting.gaps);
const figures = {
  runs: RUNS,
  first_frame_ms: median(runs.map((r) => r.firstFrame)),
  first_frame_min_ms: Math.min(...runs.map((r) => r.firstFrame)),
  first_frame_max_ms: Math.max(...runs.map((r) => r.firstFrame)),
  bytes_before_first_frame: median(runs.map((r) => r.bytes)),
  requests_before_first_frame: median(runs.map((r) => r.requests)),
  wasm_bytes_before_first_frame: median(runs.map((r) => r.wasmBytes)),
  wasm_files_before_first_frame: median(runs.map((r) => r.wasmFiles)),
  script_files_before_first_frame: median(runs.map((r) => r.scriptFiles)),
  failed_requests_before_first_frame: runs.reduce((s, r) => s + r.failed.length, 0),
  metal_change_ms: median(runs.flatMap((r) => r.metal)),
  metal_change_p95_ms: percentile(runs.flatMap((r) => r.metal), 95),
  setting_change_ms: median(runs.flatMap((r) => r.setting)),
  setting_change_p95_ms: percentile(runs.flatMap((r) => r.setting), 95),
  orbit_frame_ms: median(gaps),
  orbit_frame_p95_ms: percentile(gaps, 95),
  orbit_drawn_share: runs.reduce((s, r) => s + r.orbiting.drawn, 0) / runs.reduce((s, r) => s + r.orbiting.ticks, 0),
  console_errors: runs.reduce((s, r) => s + r.errors.length, 0),
  longtask_runs: LONGTASK_RUNS,
  longtask_window_ms: LONGTASK_WINDOW_MS,
  longtasks_after_first_frame: median(longTasks.map((r) => r.count)),
  longtasks_after_first_frame_max: Math.max(...longTasks.map((r) => r.count)),
  longtask_longest_ms: Math.max(...longTasks.map((r) => r.longestMs)),
  longtask_blocking_ms: median(longTasks.map((r) => r.blockingMs)),
  longtask_frames_drawn: median(longTasks.map((r) => r.frames)),
  longtask_console_errors: longTasks.reduce((s, r) => s + r.errors.length, 0),
  longtask_turntable_on_runs: longTasks.filter((r) => r.turntable).length,
};
figures.wasm_content_encoding = runs[0].wasmEncoding;
for (const [key, value] of Object.entries(figures)) {
  if (typeof value === 'string') {
    console.log(`${key}\t${value}`);
    continue;
  }
  console.log(`${key}\t${Number.isInteger(value) ? value : value.toFixed(2)}`);
}

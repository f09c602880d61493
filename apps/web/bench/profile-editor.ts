// Profiling aid (not a benchmark): opens the generated 1,000-touchpoint journey like the
// editor benchmark, records a CPU profile of the first render and of the scripted pan and
// zoom, and prints the functions with the most self time, plus frame intervals.
// Run: `pnpm build && node_modules/.bin/tsx apps/web/bench/profile-editor.ts`.
import { generateJourney } from '@touchpoint/model';
import type { CDPSession, Page } from 'playwright-core';
import { startStack } from '../../../e2e/harness.ts';
import { PAN_ZOOM, type TraceEvent } from './pan-zoom.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`total ${total.toFixed(0)} ms`, ...rows.map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)].join('\n');
}

/** Thread (CPU) time per trace event name and thread (top-level and nested events both counted). */
function summariseTrace(buffer: Buffer, top = 30): string {
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const threads = new Map<string, string>();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const sums = new Map<string, { ms: number; n: number }>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '?';
    if (/Chrome_IOThread|CrBrowserMain|Chrome_ChildIOThread/.test(thread)) continue;
    const key = `${thread.replace(/Thread(?!Pool).*/, '')} ${e.name}`;
    const s = sums.get(key) ?? { ms: 0, n: 0 };
    s.ms += (e.tdur ?? e.dur) / 1000;
    s.n++;
    sums.set(key, s);
  }
  return [...sums.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([k, v]) => `${v.ms.toFixed(0).padStart(8)} ms ${String(v.n).padStart(6)}×  ${k}`)
    .join('\n');
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz', 'gpu', 'toplevel'];

async function profile<T>(session: CDPSession, run: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const result = await run();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, profile };
}


const stack = await startStack();
try {
  const journey = generateJourney({ touchpoints: 1000, steps: 1500, seed: 7 });
  const created = await stack.api<{ links: { editor: { url: string } } }>('/api/journeys', { body: { journey } });
  const url = created.body.links.editor.url;
  const context = await stack.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page: Page = await context.newPage();
  const session = await context.newCDPSession(page);
  await page.goto('about:blank');
  await stack.browser.startTracing(page, { categories: CATEGORIES });
  const first = await profile(session, async () => {
    const start = Date.now();
    await page.goto(url);
    await page.locator('[data-testid=touchpoint-card]').first().waitFor({ timeout: 60_000 });
    return Date.now() - start;
  });
  console.log(`\n== first render ${first.result} ms ==`);
  console.log(summarise(first.profile));
  console.log(summariseTrace(await stack.browser.stopTracing()));
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
  console.log(marks.join('\n'));
  await page.waitForTimeout(2000);
  console.log('nodes in DOM', await page.locator('.react-flow__node').count(), 'edges', await page.locator('.react-flow__edge').count());

  const map = (await page.locator('[data-testid=journey-map]').boundingBox())!;
  const cx = map.x + map.width / 2;
  const cy = map.y + map.height / 2;
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
  await stack.browser.startTracing(page, { categories: CATEGORIES });
  const pan = await profile(session, () => page.evaluate(`(${PAN_ZOOM})(6000)`) as Promise<{ frames: number; ms: number; gaps: number[] }>);
  let acc = 0;
  let panFrames = 0;
  for (const g of pan.result.gaps) if ((acc += g) < 3000) panFrames++;
  console.log(`pan ${panFrames} frames in the first 3 s, zoom ${pan.result.frames - panFrames} frames after`);
  const gaps = pan.result.gaps.sort((a, b) => a - b);
  console.log(`\n== pan/zoom ${pan.result.ms.toFixed(0)} ms, ${pan.result.frames} frames, ${((pan.result.frames / pan.result.ms) * 1000).toFixed(1)} fps; frame gaps p50 ${gaps[gaps.length >> 1]?.toFixed(1)} p90 ${gaps[Math.floor(gaps.length * 0.9)]?.toFixed(1)} max ${gaps.at(-1)?.toFixed(1)} ==`);
  console.log(summarise(pan.profile));
  console.log(summariseTrace(await stack.browser.stopTracing()));
  await context.close();
} finally {
  await stack.close();
}

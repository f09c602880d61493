// The scripted pan and zoom of the editor benchmark, run inside the page (as text: the
// bench runner's transform would add helpers the page lacks). Every animation frame sends
// the map one input event, the way a trackpad or mouse does: first a drag that pans the
// map back and forth, then wheel steps that zoom in and back out around the centre. The
// frame rate is the number of animation frames the browser ran while doing so, divided
// by the time it took; input never waits on the test driver (no round trips per event).
export const PAN_ZOOM = `async (durationMs) => {
  const pane = document.querySelector('.react-flow__pane');
  const rect = pane.getBoundingClientRect();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  const mouse = (type, target, x, y) =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const gaps = [];
  let last = await frame();
  const start = last;
  let frames = 0;
  const half = durationMs / 2;
  // Pan: a drag on the empty pane, out and back twice (a zigzag of 600 by 400 px).
  let x = rect.left + 20;
  let y = cy;
  mouse('mousedown', pane, x, y);
  for (;;) {
    const now = await frame();
    gaps.push(now - last);
    last = now;
    frames++;
    const t = (now - start) / half;
    if (t >= 1) break;
    const phase = (t * 2) % 1;
    const dx = 600 * (phase < 0.5 ? phase * 2 : 2 - phase * 2);
    x = rect.left + 20 + dx;
    y = cy + (2 * dx) / 3 - 200;
    mouse('mousemove', window, x, y);
  }
  mouse('mouseup', window, x, y);
  // Zoom: wheel steps in, then out (zoom x2.7 and back), in and out again.
  const zoomStart = last;
  for (;;) {
    const now = await frame();
    gaps.push(now - last);
    last = now;
    frames++;
    const t = (now - zoomStart) / half;
    if (t >= 1) break;
    const phase = (t * 2) % 1;
    pane.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy, deltaMode: 0, deltaY: phase < 0.5 ? -12 : 12 }));
  }
  return { frames, ms: last - start, gaps };
}`;

/** One event of a Chromium trace, as far as these benchmarks read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/**
 * CPU time of the page's main thread in a Chromium trace, split into script (rAF
 * callbacks, events, timers), rendering (style, layout, paint, layerize) and the rest: thread time, so
 * independent of how busy the rest of the machine is.
 */
export function mainThreadCpu(trace: Buffer): { totalMs: number; scriptMs: number; lifecycleMs: number } {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = new Set<string>();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  let totalMs = 0;
  let scriptMs = 0;
  let lifecycleMs = 0;
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.name === 'ThreadControllerImpl::RunTask') totalMs += ms;
    else if (e.name === 'FunctionCall' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch' || e.name === 'TimerFire') scriptMs += ms;
    else if (e.name === 'WebFrameWidgetImpl::UpdateLifecycle') lifecycleMs += ms;
  }
  return { totalMs, scriptMs, lifecycleMs };
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'toplevel'];

// Copy and paste of touchpoints through the system clipboard, in Chromium against the real
// server: cards copied in one journey paste into another journey open in another tab, with
// their KPIs, the step between them and their channels (one of the same name there, else a
// new one); a copy in a text field stays the field's own. Ctrl+D duplicates cards in place.
import type { Journey } from '../packages/model/src/index.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type CreatedJourney, type Stack } from './harness.ts';

let stack: Stack;
let context: BrowserContext;
let from: CreatedJourney;
let to: CreatedJourney;
let source: Journey;

const journey = async (id: string) => (await stack.api<Journey>(`/api/journeys/${id}`)).body;

async function openMap(page: Page, created: CreatedJourney): Promise<void> {
  await page.goto(created.links.editor.url);
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  stack = await startStack();
  const res = await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } });
  expect(res.status).toBe(201);
  from = res.body;
  source = await journey(from.id);
  // Another journey: one phase, and a channel named like one of the source's (other id, other case).
  const channel = source.channels.find((c) => source.touchpoints.some((t) => t.channelId === c.id))!;
  const other = await stack.api<CreatedJourney>('/api/journeys', {
    body: {
      journey: {
        schemaVersion: 1,
        id: 'target-journey',
        title: 'Target journey',
        phases: [{ id: 'target-phase', name: 'Orient', order: 0 }],
        channels: [{ id: 'target-channel', name: channel.name.toUpperCase(), kind: channel.kind }],
      },
    },
  });
  expect(other.status).toBe(201);
  to = other.body;
  context = await stack.browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('touchpoint.locale', 'en'));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await stack?.close();
});

describe('copy and paste', () => {
  it('pastes cards copied in one journey into another one open in another tab', async () => {
    // Two connected cards with a channel, one of them with a KPI.
    const step = source.steps.find((s) => {
      const a = source.touchpoints.find((t) => t.id === s.from)!;
      const b = source.touchpoints.find((t) => t.id === s.to)!;
      return a.channelId && b.channelId && a.kpis.length + b.kpis.length > 0;
    })!;
    const [a, b] = [step.from, step.to].map((id) => source.touchpoints.find((t) => t.id === id)!);

    const left = await context.newPage();
    await openMap(left, from);
    await left.locator(`.react-flow__node[data-id="${a!.id}"] [data-testid=touchpoint-title]`).click();
    await left.keyboard.down('Control');
    await left.locator(`.react-flow__node[data-id="${b!.id}"] [data-testid=touchpoint-title]`).click();
    await left.keyboard.up('Control');
    await expect.poll(() => left.locator('.react-flow__node-touchpoint.selected').count()).toBe(2);
    await left.keyboard.press('Control+c');

    const right = await context.newPage();
    await openMap(right, to);
    await right.locator('.react-flow__pane').click({ position: { x: 600, y: 500 } });
    await right.keyboard.press('Control+v');
    await right.getByText('Pasted 2 touchpoints').waitFor();

    await expect.poll(async () => (await journey(to.id)).touchpoints.length).toBe(2);
    const target = await journey(to.id);
    const pasted = [a!, b!].map((original) => target.touchpoints.find((t) => t.title === original.title)!);
    expect(pasted.map((t) => t.phaseId)).toEqual(['target-phase', 'target-phase']);
    expect(pasted.every((t) => !source.touchpoints.some((s) => s.id === t.id))).toBe(true);
    expect(pasted.map((t) => t.kpis.map((k) => k.name))).toEqual([a!.kpis.map((k) => k.name), b!.kpis.map((k) => k.name)]);
    expect(target.steps).toMatchObject([{ from: pasted[0]!.id, to: pasted[1]!.id, handoff: step.handoff }]);
    // The channel named like the source's (in another case) is found; a channel the target
    // lacks is added to it, like the source's.
    const sourceChannel = (id: string | null) => source.channels.find((c) => c.id === id)!;
    for (const [i, original] of [a!, b!].entries()) {
      const wanted = sourceChannel(original.channelId);
      const got = target.channels.find((c) => c.id === pasted[i]!.channelId)!;
      if (wanted.name.toUpperCase() === target.channels[0]!.name) expect(got.id).toBe('target-channel');
      else expect(got).toMatchObject({ name: wanted.name, kind: wanted.kind, canConvert: wanted.canConvert });
    }
    expect(pasted.some((t) => t.channelId === 'target-channel')).toBe(true);
    // The source journey is as it was.
    expect((await journey(from.id)).touchpoints).toHaveLength(source.touchpoints.length);
    await left.close();
    await right.close();
  });

  it('duplicates a selected card just below its original with Ctrl+D, the copy selected, undone by one Ctrl+Z', async () => {
    const copyOf = await stack.api<CreatedJourney>(`/api/journeys/${from.id}/copy`, { method: 'POST', body: {} });
    const own = copyOf.body;
    const before = await journey(own.id);
    const original = before.touchpoints.find((t) => t.kpis.length > 0)!;
    const page = await context.newPage();
    await openMap(page, own);
    await page.locator(`.react-flow__node[data-id="${original.id}"] [data-testid=touchpoint-title]`).click();
    await page.locator('[data-testid=inspector]').getByLabel('Title').blur();
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await journey(own.id)).touchpoints.length).toBe(before.touchpoints.length + 1);
    const after = await journey(own.id);
    const copy = after.touchpoints.find((t) => !before.touchpoints.some((b) => b.id === t.id))!;
    expect(copy).toMatchObject({ title: original.title, phaseId: original.phaseId, order: original.order + 1, channelId: original.channelId });
    expect(copy.kpis.map((k) => k.name)).toEqual(original.kpis.map((k) => k.name));
    await expect.poll(() => page.locator('.react-flow__node-touchpoint.selected').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual([copy.id]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await journey(own.id)).touchpoints.length).toBe(before.touchpoints.length);
    await page.close();
  });

  it('leaves copy and paste inside a text field to the field', async () => {
    const page = await context.newPage();
    await openMap(page, from);
    const first = source.touchpoints[0]!;
    await page.locator(`.react-flow__node[data-id="${first.id}"] [data-testid=touchpoint-title]`).click();
    const title = page.locator('[data-testid=inspector]').getByLabel('Title');
    await title.click();
    await title.press('Control+a');
    await title.press('Control+c');
    await title.press('End');
    await title.press('Control+v');
    await expect.poll(() => title.inputValue()).toBe(first.title + first.title);
    await title.press('Escape');
    expect((await journey(from.id)).touchpoints).toHaveLength(source.touchpoints.length);
    await page.close();
  });
});

// The server goes away while someone edits: the editor says so, keeps every edit, and
// sends them when the server is back on its address; nothing is lost after a reload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Journey } from '../packages/model/src/index.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/src/index.ts';
import { launchBrowser, screenshotPath, webRoot, type CreatedJourney } from './harness.ts';

const KEY = 'e2e-away-key';
const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-e2e-away-'));
let server: RunningServer | null = null;
let browser: Browser;

const start = (port: number) => startServer({ port, host: '127.0.0.1', dataDir, webRoot, logger: false, workspaceKey: KEY });

async function api<T>(url: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

beforeAll(async () => {
  server = await start(0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('when the server goes away mid-edit', () => {
  it('keeps editing offline and sends the edits once the server is back, losing none', async () => {
    const url = server!.url;
    const port = Number(new URL(url).port);
    const created = await api<CreatedJourney>(url, '/api/journeys', { template: 'car-rental-winter' });
    const before = await api<Journey>(url, `/api/journeys/${created.id}`);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('touchpoint.locale', 'en'));
    const page = await context.newPage();
    await page.goto(created.links.editor.url);
    const status = page.getByTestId('connection-status');
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor({ timeout: 30_000 });

    // The server stops (its connections drop); the page says it is not connected.
    await server!.close();
    server = null;
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).not.toBe('connected');

    // Edits go on: a title changed in the inspector, a card added with N.
    const first = before.touchpoints[0]!;
    await page.locator(`.react-flow__node[data-id="${first.id}"] [data-testid=touchpoint-title]`).click();
    const title = page.locator('[data-testid=inspector]').getByLabel('Title');
    await title.fill('Search winter cars (edited offline)');
    await title.press('Enter');
    await title.blur();
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('New touchpoint');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Added while the server was away');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=touchpoint-title]').allTextContents()).toContain('Added while the server was away');
    expect(await status.getAttribute('data-status')).not.toBe('connected');
    await page.screenshot({ path: screenshotPath('editor-server-away.png') });

    // The server comes back on the same address with the same data: the page reconnects
    // and the server gets both edits, next to everything it had.
    server = await start(port);
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor({ timeout: 30_000 });
    const titles = async () => (await api<Journey>(url, `/api/journeys/${created.id}`)).touchpoints.map((t) => t.title);
    await expect.poll(titles, { timeout: 15_000 }).toContain('Added while the server was away');
    const after = await api<Journey>(url, `/api/journeys/${created.id}`);
    expect(after.touchpoints.find((t) => t.id === first.id)!.title).toBe('Search winter cars (edited offline)');
    expect(after.touchpoints).toHaveLength(before.touchpoints.length + 1);
    expect(after.steps).toEqual(before.steps);

    // A reload reads it all back from the server.
    await page.reload();
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid=touchpoint-title]').allTextContents()).toEqual(
      expect.arrayContaining(['Search winter cars (edited offline)', 'Added while the server was away']),
    );
    await context.close();
  });
});

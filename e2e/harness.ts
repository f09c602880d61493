// End-to-end harness: the real server (serving the built web app) on an ephemeral port
// with a fresh data directory, and Debian's Chromium driven by playwright-core.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../server/src/index.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const webRoot = join(repoRoot, 'apps', 'web', 'dist');
/** Screenshots and other files the e2e run leaves for people to look at. */
export const artifactsDir = join(repoRoot, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** What the REST API answers when a journey is created. */
export interface CreatedJourney {
  id: string;
  title: string;
  links: { editor: { url: string; token: string }; viewer: { url: string; token: string } };
}

export interface Stack {
  server: RunningServer;
  browser: Browser;
  dataDir: string;
  /** REST call with the workspace key. */
  api<T = unknown>(path: string, init?: { method?: string; body?: unknown; token?: string }): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-e2e-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, webRoot, logger: false, workspaceKey: 'e2e-workspace-key' });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    dataDir,
    async api(path, init = {}) {
      const response = await fetch(`${server.url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          authorization: `Bearer ${init.token ?? server.workspaceKey}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as never };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Who opens the app in a browser of their own: their name and colour on the map, and more. */
export interface PersonOptions {
  color?: string;
  viewport?: { width: number; height: number };
  /** Signed in with the workspace key (else only links open journeys). */
  signedIn?: boolean;
}

/**
 * A page in a browser context of its own (its own storage), as a person named `name` with
 * the interface in English; the context closes with the stack's browser.
 */
export async function openPerson(stack: Stack, name: string, options: PersonOptions = {}): Promise<Page> {
  const context = await stack.browser.newContext({ locale: 'en-US', viewport: options.viewport ?? { width: 1600, height: 1000 } });
  await context.addInitScript(
    ([n, color, key]) => {
      localStorage.setItem('touchpoint.identity', JSON.stringify({ name: n, color }));
      localStorage.setItem('touchpoint.locale', 'en');
      if (key) localStorage.setItem('touchpoint.workspaceKey', key);
    },
    [name, options.color ?? '#2563eb', options.signedIn ? stack.server.workspaceKey : ''] as const,
  );
  return context.newPage();
}

/** Opens a journey's map and waits until its cards are drawn and it is connected. */
export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid=touchpoint-card]').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor();
}

export function screenshotPath(name: string): string {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

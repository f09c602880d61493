// End-to-end harness: the real server (serving the built web app) on an ephemeral port
// with a fresh data directory, and Debian's Chromium driven by playwright-core.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
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

export function screenshotPath(name: string): string {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

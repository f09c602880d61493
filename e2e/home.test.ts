// The home page against the real server and the built app: sign in with the link the
// server prints, create from a template, rename, trash and restore, a refused import, and
// a copy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath, startStack, type Stack } from './harness.ts';

interface Summary {
  id: string;
  title: string;
  touchpoints: number;
  journeyScore: number | null;
}

let stack: Stack;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  context = await stack.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await stack?.close();
});

const list = async () => (await stack.api<Summary[]>('/api/journeys')).body;

describe('home page', () => {
  it('signs in from the link the server prints and shows the empty state with templates', async () => {
    await page.goto(`${stack.server.url}/#key=${encodeURIComponent(stack.server.workspaceKey)}`);
    await page.getByRole('heading', { name: 'No journeys yet' }).waitFor();
    // The key left the address bar and stays in the browser.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('touchpoint.workspaceKey'))).toBe(stack.server.workspaceKey);
    expect(await page.title()).toBe('Journeys · Touchpoint');
  });

  it('creates a journey from a template and lists it', async () => {
    const templates = (await stack.api<{ id: string; name: { en: string } }[]>('/api/templates')).body;
    expect(templates.length).toBeGreaterThan(0);
    const template = templates[0]!;
    await page.getByRole('button', { name: `Use template “${template.name.en}”` }).click();
    await page.waitForURL(/\/j\/[^/]+$/);
    const created = await list();
    expect(created).toHaveLength(1);
    expect(new URL(page.url()).pathname).toBe(`/j/${created[0]!.id}`);
    expect(created[0]!.touchpoints).toBeGreaterThan(0);

    // The editor's friction panel scores the journey in a Web Worker, to the server's result.
    await page.getByTestId('friction-toggle').click();
    await page.getByLabel(`Journey score: ${created[0]!.journeyScore} of 100`).waitFor();
    expect(page.workers().some((worker) => worker.url().includes('score.worker'))).toBe(true);

    await page.goto(`${stack.server.url}/`);
    const row = page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem');
    await row.getByRole('link', { name: created[0]!.title }).waitFor();
    expect(await row.getByText(`${created[0]!.touchpoints} touchpoints`, { exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('home-list.png') });
  });

  it('renames a journey inline', async () => {
    const [journey] = await list();
    await page.getByRole('button', { name: `Rename “${journey!.title}”` }).click();
    const field = page.getByRole('textbox', { name: `New title for “${journey!.title}”` });
    await field.fill('Winter campaign 2026');
    await field.press('Enter');
    await page.getByRole('link', { name: 'Winter campaign 2026' }).waitFor();
    await expect.poll(async () => (await list())[0]!.title).toBe('Winter campaign 2026');
  });

  it('moves a journey to the trash and restores it', async () => {
    await page.getByRole('button', { name: 'Move “Winter campaign 2026” to the trash' }).click();
    await page.getByText('“Winter campaign 2026” moved to the trash.').waitFor();
    await expect.poll(async () => (await list()).length).toBe(0);

    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    const trash = page.getByRole('list', { name: 'Deleted journeys' });
    await trash.getByText('Winter campaign 2026').waitFor();
    await trash.getByRole('button', { name: 'Restore “Winter campaign 2026”' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await expect.poll(async () => (await list()).map((j) => j.title)).toEqual(['Winter campaign 2026']);

    await page.getByRole('button', { name: 'Journeys', exact: true }).click();
    await page.getByRole('link', { name: 'Winter campaign 2026' }).waitFor();
  });

  it('shows the problems of an invalid journey file with where they are and creates nothing', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a journey' });
    const broken = {
      schemaVersion: 1,
      id: 'x',
      title: 'Broken',
      phases: [{ id: 'p1', name: 'Orientation', order: 0 }],
      touchpoints: [{ id: 't1', phaseId: 'nowhere', order: 0, title: 'Visit', emotion: 9 }],
    };
    await dialog.getByLabel('Choose a file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('broken.json cannot be imported; nothing was created.');
    expect(text).toContain('Touchpoint 1 › emotion');
    await page.screenshot({ path: screenshotPath('home-import-error.png') });
    expect(await list()).toHaveLength(1);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('switches the interface to Dutch', async () => {
    await page.getByRole('button', { name: 'Dutch' }).click();
    await page.getByRole('heading', { name: 'Klantreizen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByRole('button', { name: 'Engels' }).click();
  });

  it('sends a rejected key back to sign-in', async () => {
    await page.evaluate(() => localStorage.setItem('touchpoint.workspaceKey', 'not-the-key'));
    await page.goto(`${stack.server.url}/`);
    await page.getByRole('heading', { name: 'Sign in to your workspace' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('That workspace key was not accepted');
    await page.getByLabel('Workspace key').fill(stack.server.workspaceKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Winter campaign 2026' }).waitFor();
  });

  it('shows no score for a blank journey, in the editor and in the list, until it has touchpoints', async () => {
    await page.getByRole('button', { name: 'New journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journey' });
    await dialog.getByLabel('Title').fill('Blank campaign');
    await dialog.getByRole('button', { name: 'Create journey' }).click();
    await page.waitForURL(/\/j\/[^/]+$/);
    const toggle = page.getByTestId('friction-toggle');
    await toggle.click();
    await page.getByTestId('no-score').waitFor();
    // The toolbar shows the number of findings but no score.
    expect(await toggle.locator('span.rounded-full').count()).toBe(1);
    await page.goto(`${stack.server.url}/`);
    const row = page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem').filter({ hasText: 'Blank campaign' });
    await row.getByLabel('Not scored yet').first().waitFor();
    expect((await list()).find((j) => j.title === 'Blank campaign')).toMatchObject({ touchpoints: 0, journeyScore: null });
  });

  it('copies a journey with its content and opens the copy from the message', async () => {
    const original = (await list()).find((j) => j.title === 'Winter campaign 2026')!;
    await page.getByRole('button', { name: 'Make a copy of “Winter campaign 2026”' }).click();
    await page.getByText('Copied as “Copy of Winter campaign 2026”.').waitFor();
    await page.getByRole('link', { name: 'Copy of Winter campaign 2026' }).waitFor();
    const copy = (await list()).find((j) => j.title === 'Copy of Winter campaign 2026')!;
    expect(copy).toMatchObject({ touchpoints: original.touchpoints, journeyScore: original.journeyScore });
    expect(copy.id).not.toBe(original.id);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.waitForURL(`**/j/${copy.id}`);
    await page.getByTestId('touchpoint-card').first().waitFor();
    expect(await page.getByTestId('touchpoint-card').count()).toBe(original.touchpoints);
  });
});

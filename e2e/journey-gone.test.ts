// A journey that is not there, in the browser against the real server: moved to the trash
// while two people have it open (both are told, the map goes, the one with the workspace key
// restores it), a shared link to a journey in the trash, and an address of a journey that
// does not exist.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type CreatedJourney, type Stack, openMap, openPerson } from './harness.ts';

let stack: Stack;

/** A new browser; `signedIn` keeps the workspace key in it. */
const person = (name: string, { signedIn }: { signedIn: boolean }) =>
  openPerson(stack, name, { color: '#0ea5e9', viewport: { width: 1400, height: 900 }, signedIn });

const template = async () => (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } })).body;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('a journey that is not there', () => {
  it('moved to the trash while open: everyone is told, the owner restores it, the link works again after a reload', async () => {
    const created = await template();
    const owner = await person('Olga', { signedIn: true });
    const colleague = await person('Cas', { signedIn: false });
    await openMap(owner, `${stack.server.url}/j/${created.id}`);
    await openMap(colleague, created.links.editor.url);

    expect((await stack.api(`/api/journeys/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    for (const page of [owner, colleague]) {
      await page.getByRole('heading', { name: 'This journey was moved to the trash' }).waitFor();
      expect(await page.locator('[data-testid=touchpoint-card]').count()).toBe(0);
      expect(await page.getByText(/Offline/).count()).toBe(0);
    }
    expect(await colleague.getByRole('button', { name: 'Restore journey' }).count()).toBe(0);
    await colleague.getByText('Ask whoever shared the link to restore it from the trash').waitFor();
    expect(await owner.getByRole('link', { name: 'All journeys' }).getAttribute('href')).toBe('/');

    await owner.getByRole('button', { name: 'Restore journey' }).click();
    await owner.locator('[data-testid=touchpoint-card]').first().waitFor({ timeout: 30_000 });
    await owner.locator('[data-testid=connection-status][data-status=connected]').waitFor();
    await colleague.reload();
    await colleague.locator('[data-testid=connection-status][data-status=connected]').waitFor({ timeout: 30_000 });
  });

  it('a shared link to a journey in the trash says it is in the trash, not that the link is invalid', async () => {
    const created = await template();
    await stack.api(`/api/journeys/${created.id}`, { method: 'DELETE' });
    const colleague = await person('Cas', { signedIn: false });
    await colleague.goto(created.links.viewer.url);
    await colleague.getByRole('heading', { name: 'This journey is in the trash' }).waitFor();
    expect(await colleague.getByText(/invalid|new link/).count()).toBe(0);
  });

  it('a journey that does not exist, for someone signed in: says so, and leads to all journeys', async () => {
    const owner = await person('Olga', { signedIn: true });
    await owner.goto(`${stack.server.url}/j/doesnotexist`);
    await owner.getByRole('heading', { name: 'This journey does not exist (any more).' }).waitFor();
    expect(await owner.getByText(/shared|link/i).count()).toBe(0);
    await owner.getByRole('link', { name: 'All journeys' }).click();
    await owner.waitForURL(`${stack.server.url}/`);
  });
});

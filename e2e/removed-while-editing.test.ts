// A colleague removes the card someone is typing in, in two browsers against the real server:
// the one typing is told who removed it (the only other person here) and keeps what they typed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type CreatedJourney, type Stack, openMap, openPerson } from './harness.ts';

let stack: Stack;

const person = (name: string) => openPerson(stack, name, { color: '#0ea5e9', viewport: { width: 1400, height: 900 } });

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('a card removed while someone types in it', () => {
  it('tells the one typing who removed it and shows what they typed', async () => {
    const created = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } })).body;
    const anna = await person('Anna');
    const ben = await person('Ben');
    await openMap(anna, created.links.editor.url);
    await openMap(ben, created.links.editor.url);
    // Each sees the other (presence) before anything happens.
    for (const page of [anna, ben]) await page.locator('[data-testid=peer-avatar]').first().waitFor();

    const first = ben.locator('[data-testid=touchpoint-card]').first();
    const id = await first.evaluate((el) => el.closest('.react-flow__node')!.getAttribute('data-id'));
    await first.click();
    const description = ben.getByLabel('Description', { exact: true });
    await description.click();
    await description.pressSequentially(' Photos of the damage help.');

    await anna.locator(`.react-flow__node[data-id="${id}"]`).click();
    await anna.keyboard.press('Delete');

    await ben.getByText('Anna removed this touchpoint. What you typed in “Description” was not saved:').waitFor();
    expect(await ben.getByTestId('toast-detail').textContent()).toContain('Photos of the damage help.');
    expect(await ben.locator(`.react-flow__node[data-id="${id}"]`).count()).toBe(0);
  });
});

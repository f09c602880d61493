// Comments on a card against the real server and the built app: one person comments, a
// colleague sees the card's badge and the comment live and resolves it; the badge stays out
// of an exported image; a viewer reads the comments but cannot comment.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../packages/model/src/index.ts';
import { screenshotPath, startStack, type CreatedJourney, type Stack, openMap, openPerson } from './harness.ts';

let stack: Stack;
let created: CreatedJourney;
let journey: Journey;

const person = (name: string) => openPerson(stack, name);

const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const inspector = (page: Page) => page.locator('[data-testid=inspector]');
const server = async () => (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;

async function selectCard(page: Page, id: string) {
  await card(page, id).locator('[data-testid=touchpoint-title]').click();
  await inspector(page).getByLabel('Title').waitFor();
}

beforeAll(async () => {
  stack = await startStack();
  created = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } })).body;
  journey = await server();
});

afterAll(async () => {
  await stack?.close();
});

describe('comments', () => {
  let anna: Page;
  let bea: Page;

  it('one person comments on a card; the other sees its badge and the comment live, and resolves it', async () => {
    const target = journey.touchpoints[1]!;
    anna = await person('Anna');
    bea = await person('Bea');
    await openMap(anna, created.links.editor.url);
    await openMap(bea, created.links.editor.url);
    expect(await bea.locator('[data-testid=comment-badge]').count()).toBe(0);

    await selectCard(anna, target.id);
    const box = inspector(anna).getByRole('textbox', { name: 'Add a comment' });
    await box.fill('Is the premium shown before the medical questions?');
    await box.press('Control+Enter');
    await expect.poll(async () => (await box.inputValue())).toBe('');

    // Bea's map shows the badge on that card, and only there.
    const badge = card(bea, target.id).locator('[data-testid=comment-badge]');
    await badge.waitFor({ timeout: 10_000 });
    expect((await badge.textContent())!.trim()).toBe('1');
    expect(await badge.getAttribute('title')).toBe('1 open comment');
    expect(await bea.locator('[data-testid=comment-badge]').count()).toBe(1);

    // And the comment in the card's inspector, signed by Anna.
    await selectCard(bea, target.id);
    const comment = inspector(bea).locator('[data-testid=comment]');
    await comment.waitFor();
    expect(await comment.locator('[data-testid=comment-author]').textContent()).toBe('Anna');
    expect(await comment.locator('[data-testid=comment-text]').textContent()).toBe('Is the premium shown before the medical questions?');
    const stored = (await server()).comments;
    expect(stored).toMatchObject([{ touchpointId: target.id, author: 'Anna', resolved: false }]);

    // Bea answers; Anna sees it come in under her own comment.
    const reply = inspector(bea).getByRole('textbox', { name: 'Add a comment' });
    await reply.fill('Yes, on the second screen.');
    await inspector(bea).getByRole('button', { name: 'Post' }).click();
    await expect.poll(() => inspector(anna).locator('[data-testid=comment-text]').allTextContents()).toEqual([
      'Is the premium shown before the medical questions?',
      'Yes, on the second screen.',
    ]);
    await expect.poll(async () => (await card(anna, target.id).locator('[data-testid=comment-badge]').textContent())?.trim()).toBe('2');
    await anna.screenshot({ path: screenshotPath('comments.png') });

    // Resolving both takes the badge off everyone's map.
    for (let i = 0; i < 2; i++) await inspector(bea).getByRole('button', { name: 'Resolve' }).first().click();
    await expect.poll(() => inspector(anna).getByText('2 resolved').count()).toBe(1);
    await expect.poll(() => anna.locator('[data-testid=comment-badge]').count()).toBe(0);
    await expect.poll(async () => (await server()).comments.every((c) => c.resolved)).toBe(true);

    // Reopened, the badge is back (on the map, and still not in an exported image).
    await inspector(bea).getByText('2 resolved').click();
    await inspector(bea).getByRole('button', { name: 'Reopen' }).first().click();
    await card(anna, target.id).locator('[data-testid=comment-badge]').waitFor();
  });

  it('leaves the comment badge out of an exported image', async () => {
    expect(await anna.locator('.react-flow__viewport [data-testid=comment-badge]').count()).toBe(1);
    await anna.keyboard.press('Escape');
    await anna.getByRole('button', { name: /Export/ }).first().click();
    await anna.getByTestId('export-dialog').waitFor();
    await anna.getByRole('tab', { name: 'Image' }).click();
    await anna.getByLabel('SVG', { exact: true }).check();
    const [download] = await Promise.all([
      anna.waitForEvent('download', { timeout: 60_000 }),
      anna.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain(journey.touchpoints[1]!.title);
    expect(svg).not.toContain('comment-badge');
  });

  it('a viewer reads the comments but cannot comment, resolve or remove', async () => {
    const target = journey.touchpoints[1]!;
    const wim = await person('Wim');
    await openMap(wim, created.links.viewer.url);
    await card(wim, target.id).locator('[data-testid=comment-badge]').waitFor();
    await card(wim, target.id).locator('[data-testid=touchpoint-title]').click();
    const comments = inspector(wim).locator('[data-testid=comment]');
    await comments.first().waitFor();
    expect(await inspector(wim).locator('[data-testid=comment-text]').first().textContent()).toBe('Is the premium shown before the medical questions?');
    expect(await inspector(wim).getByRole('textbox', { name: 'Add a comment' }).count()).toBe(0);
    expect(await inspector(wim).getByRole('button', { name: /^(Post|Resolve|Reopen)$/ }).count()).toBe(0);
    expect(await inspector(wim).getByRole('button', { name: /Remove the comment/ }).count()).toBe(0);
    expect((await server()).comments).toHaveLength(2);
  });
});

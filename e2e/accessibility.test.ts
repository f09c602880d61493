// Accessibility: axe-core runs on each main page of the built app in Chromium, against the
// real server, and no violation of impact "serious" or "critical" may remain. A failure
// lists each violation's rule, impact, help text and the first elements it concerns.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import type { Journey } from '../packages/model/src/index.ts';
import { artifactsDir, startStack, type CreatedJourney, type Stack } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Elements axe does not judge, each for a reason we cannot fix in our own markup. Keep this
 * list short and every entry a selector, never a whole rule.
 */
const EXCLUDED: string[] = [];

let stack: Stack;
let created: CreatedJourney;
let dutch: CreatedJourney;
let journey: Journey;
const contexts: BrowserContext[] = [];

async function newPage(options: { locale?: 'en' | 'nl'; phone?: boolean } = {}): Promise<Page> {
  const locale = options.locale ?? 'en';
  const context = await stack.browser.newContext({
    locale: locale === 'nl' ? 'nl-NL' : 'en-US',
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1440, height: 900 } }),
  });
  contexts.push(context);
  await context.addInitScript((l) => localStorage.setItem('touchpoint.locale', l), locale);
  return context.newPage();
}

/** The serious and critical violations axe finds on the page as it is now, printed when there are any. */
async function audit(page: Page, name: string): Promise<string[]> {
  // Let transitions (dialogs fading in, a sheet sliding up) settle so colours are final.
  await page.waitForTimeout(400);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    (exclude) =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe.run(
        exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document,
        { resultTypes: ['violations'] },
      ),
    EXCLUDED,
  );
  const serious = results.violations.filter((v: Result) => v.impact === 'serious' || v.impact === 'critical');
  // Every violation with all its elements, for whoever fixes them.
  const dir = join(artifactsDir, 'axe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.json`), JSON.stringify(results.violations, null, 2));
  const lines = serious.map(
    (v) =>
      `${name}: ${v.id} (${v.impact}) ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n') +
      (v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ''),
  );
  if (lines.length) console.log(lines.join('\n'));
  return lines;
}

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid=touchpoint-card]').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor();
}

async function selectFirstCard(page: Page): Promise<void> {
  const id = journey.touchpoints[0]!.id;
  await page.locator(`.react-flow__node[data-id="${id}"] [data-testid=touchpoint-title]`).click();
  await page.locator('[data-testid=inspector] input').first().waitFor();
}

beforeAll(async () => {
  stack = await startStack();
  created = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application', locale: 'en' } })).body;
  dutch = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'car-rental-winter', locale: 'nl' } })).body;
  journey = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await stack?.close();
});

describe('accessibility (axe: no serious or critical violations)', () => {
  it('sign-in screen', async () => {
    const page = await newPage();
    await page.goto(`${stack.server.url}/`);
    await page.getByRole('heading', { name: 'Sign in to your workspace' }).waitFor();
    expect(await audit(page, 'sign-in')).toEqual([]);
  });

  it('home with journeys, the New journey dialog and the import dialog', async () => {
    const page = await newPage();
    await page.goto(`${stack.server.url}/#key=${encodeURIComponent(stack.server.workspaceKey)}`);
    await page.getByRole('link', { name: created.title }).waitFor();
    const found = await audit(page, 'home');

    await page.getByRole('button', { name: 'New journey' }).click();
    const fresh = page.getByRole('dialog', { name: 'New journey' });
    await fresh.waitFor();
    found.push(...(await audit(page, 'new journey dialog')));
    await page.keyboard.press('Escape');
    await fresh.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('dialog', { name: 'Import a journey' }).waitFor();
    found.push(...(await audit(page, 'import dialog')));
    expect(found).toEqual([]);
  });

  it('editor in English with a card selected, the friction panel, the share and export dialogs', async () => {
    const page = await newPage();
    await openMap(page, created.links.editor.url);
    await selectFirstCard(page);
    const found = await audit(page, 'editor (en) with inspector');

    await page.getByTestId('friction-toggle').click();
    await page.getByTestId('friction-drawer').waitFor();
    await page.getByLabel(/^Journey score: /).waitFor();
    found.push(...(await audit(page, 'friction panel')));
    await page.getByTestId('friction-toggle').click();

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const share = page.getByRole('dialog').filter({ has: page.getByTestId('share-editor-url') });
    await share.waitFor();
    found.push(...(await audit(page, 'share dialog')));
    await page.keyboard.press('Escape');
    await share.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /^Export/ }).first().click();
    await page.getByTestId('export-dialog').waitFor();
    found.push(...(await audit(page, 'export dialog')));
    expect(found).toEqual([]);
  });

  it('editor in Dutch with a card selected', async () => {
    const page = await newPage({ locale: 'nl' });
    await openMap(page, dutch.links.editor.url);
    await page.locator('[data-testid=touchpoint-title]').first().click();
    await page.locator('[data-testid=inspector] input').first().waitFor();
    expect(await audit(page, 'editor (nl) with inspector')).toEqual([]);
  });

  it('editor on a phone, with the sheet of a card', async () => {
    const page = await newPage({ phone: true });
    await openMap(page, created.links.editor.url);
    const found = await audit(page, 'editor (phone)');
    await page.locator(`.react-flow__node[data-id="${journey.touchpoints[0]!.id}"] [data-testid=touchpoint-title]`).tap();
    await page.locator('[data-testid=inspector] input').first().waitFor();
    found.push(...(await audit(page, 'editor (phone) with sheet')));
    expect(found).toEqual([]);
  });

  it('lookbook on a desktop and on a phone', async () => {
    const path = `/j/${created.id}/lookbook?t=${created.links.viewer.token}`;
    const desktop = await newPage();
    await desktop.goto(`${stack.server.url}${path}`);
    await desktop.getByRole('heading', { level: 1, name: journey.title }).waitFor();
    const found = await audit(desktop, 'lookbook');

    const phone = await newPage({ phone: true });
    await phone.goto(`${stack.server.url}${path}`);
    await phone.getByRole('heading', { level: 1, name: journey.title }).waitFor();
    found.push(...(await audit(phone, 'lookbook (phone)')));
    expect(found).toEqual([]);
  });
});

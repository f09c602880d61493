// The editor against the real server and the built app: a template journey on the map,
// adding and connecting a touchpoint (and the friction finding that comes and goes), two
// people editing live with their own undo, persistence, and a viewer who cannot change it.
import { generateJourney, type Journey } from '../packages/model/src/index.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startStack, type CreatedJourney, type Stack, openMap, openPerson } from './harness.ts';

let stack: Stack;
let created: CreatedJourney;

const person = (name: string, color: string) => openPerson(stack, name, { color });

const server = async () => (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
const byTitle = (journey: Journey, title: string) => journey.touchpoints.find((t) => t.title === title);
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const cardTitles = (page: Page) => page.locator('[data-testid=touchpoint-title]').allTextContents();

/** True when the whole card is inside the map's area on the page. */
async function cardInMap(page: Page, id: string): Promise<boolean> {
  const box = await card(page, id).boundingBox();
  const map = (await page.locator('[data-testid=journey-map]').boundingBox())!;
  return box !== null && box.x >= map.x && box.y >= map.y && box.x + box.width <= map.x + map.width && box.y + box.height <= map.y + map.height;
}

/** A new journey from a template, open in a new person's editor, with a way to read it back from the server. */
async function openTemplate(template: string, name: string, color: string) {
  const created = (await stack.api<CreatedJourney>('/api/journeys', { body: { template } })).body;
  const journeyOf = async () => (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
  const before = await journeyOf();
  const page = await person(name, color);
  await openMap(page, created.links.editor.url);
  return { created, journeyOf, before, page };
}

/** A generated 200-touchpoint journey on the server, its last card titled `title`. */
async function largeJourney(seed: number, title: string) {
  const large = generateJourney({ touchpoints: 200, steps: 300, seed });
  const far = large.touchpoints.at(-1)!;
  far.title = title;
  const created = (await stack.api<CreatedJourney>('/api/journeys', { body: { journey: large } })).body;
  // The server numbers a title another journey has ("… (2)"): the journey as it was stored.
  return { journey: { ...large, title: created.title }, far, links: created.links };
}

async function selectCard(page: Page, id: string) {
  await card(page, id).locator('[data-testid=touchpoint-title]').click();
  await page.locator('[data-testid=inspector]').getByLabel('Title').waitFor();
}

async function setTitle(page: Page, id: string, title: string) {
  await selectCard(page, id);
  const field = page.locator('[data-testid=inspector]').getByLabel('Title');
  await field.fill(title);
  await field.press('Enter');
}

beforeAll(async () => {
  stack = await startStack();
  const response = await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } });
  expect(response.status).toBe(201);
  created = response.body;
});

afterAll(async () => {
  await stack?.close();
});

describe('editor', () => {
  let anna: Page;
  let bea: Page;

  it('shows the template as a journey map: phase columns, cards, switches, the emotion lane', async () => {
    anna = await person('Anna', '#e11d48');
    await openMap(anna, created.links.editor.url);
    const journey = await server();
    expect(await anna.locator('[data-testid=phase-name]').allTextContents()).toEqual(journey.phases.map((p) => p.name));
    expect((await cardTitles(anna)).sort()).toEqual(journey.touchpoints.map((t) => t.title).sort());
    expect(await anna.locator('[data-testid=switch-label]').count()).toBeGreaterThan(0);
    await anna.locator('[data-testid=emotion-path]').waitFor();
    expect(await anna.locator('[data-testid=journey-title]').textContent()).toBe(journey.title);
    expect(await anna.title()).toBe(`${journey.title} · Touchpoint`);
    // Friction badges come from the scoring pass.
    await anna.locator('[data-testid=friction-badge]').first().waitFor();
    await anna.waitForTimeout(300);
    await anna.screenshot({ path: screenshotPath('editor-insurance.png') });
    // Ctrl+A selects every card; Escape clears the selection.
    await anna.keyboard.press('Control+a');
    await expect.poll(() => anna.locator('.react-flow__node-touchpoint.selected').count()).toBe(journey.touchpoints.length);
    await anna.keyboard.press('Escape');
    await expect.poll(() => anna.locator('.react-flow__node-touchpoint.selected').count()).toBe(0);
    // A selected phase moves a column to the right and back with the arrow keys.
    const [first, second] = journey.phases;
    await anna.locator(`[data-testid=phase-column][data-id="${first!.id}"] [data-testid=phase-name]`).click();
    await anna.keyboard.press('ArrowRight');
    await expect.poll(async () => (await server()).phases.slice(0, 2).map((p) => p.id)).toEqual([second!.id, first!.id]);
    await anna.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await server()).phases.slice(0, 2).map((p) => p.id)).toEqual([first!.id, second!.id]);
    // Enter or F2 on the selected phase puts the cursor in its name in the inspector.
    const inspectorFocus = () =>
      anna.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.closest('[data-testid=inspector]') ? el.value : null;
      });
    await anna.keyboard.press('Enter');
    await expect.poll(inspectorFocus).toBe(first!.name);
    await anna.keyboard.press('Escape');
    await expect.poll(inspectorFocus).toBeNull();
    await anna.keyboard.press('F2');
    await expect.poll(inspectorFocus).toBe(first!.name);
    await anna.keyboard.press('Escape');
    await anna.keyboard.press('Escape');
  });

  it('names cards, phases and steps for a screen reader; Enter on a focused card selects it for editing, F2 edits the selected card', async () => {
    const journey = await server();
    const labels = (selector: string) => anna.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect((await labels('.react-flow__node-touchpoint')).sort()).toEqual(journey.touchpoints.map((t) => `Touchpoint “${t.title}”`).sort());
    expect(await labels('.react-flow__node-phase')).toEqual(journey.phases.map((p) => `Phase “${p.name}”`));
    // Steps are named by their label; they are not in the Tab order (the inspector lists a card's steps).
    expect((await labels('.react-flow__edge')).sort()).toEqual(journey.steps.map((s) => (s.label ? `Step “${s.label}”` : 'Step')).sort());
    expect(await anna.locator('.react-flow__edge[tabindex]').count()).toBe(0);
    // Enter on a focused card selects it and puts the cursor in its title; after Escape
    // (which leaves the field), F2 goes back to it.
    const target = journey.touchpoints[2]!;
    const focusedValue = () => anna.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null);
    await card(anna, target.id).focus();
    await anna.keyboard.press('Enter');
    await expect.poll(() => anna.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe(target.title);
    await expect.poll(focusedValue).toBe(target.title);
    await anna.keyboard.press('Escape');
    await card(anna, target.id).focus();
    await anna.keyboard.press('F2');
    await expect.poll(focusedValue).toBe(target.title);
    await anna.keyboard.press('Escape');
    await anna.keyboard.press('Escape');
  });

  it('adds a touchpoint by double-click, and connecting it clears its friction finding', async () => {
    const before = await server();
    const lastPhase = before.phases[before.phases.length - 1]!;
    const column = anna.locator(`[data-testid=phase-column][data-id="${lastPhase.id}"]`);
    const box = (await column.boundingBox())!;
    await anna.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 40);
    // The new card is selected and its title field focused in the inspector.
    const title = anna.locator('[data-testid=inspector]').getByLabel('Title');
    await expect.poll(() => title.inputValue()).toBe('New touchpoint');
    await expect.poll(() => anna.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('New touchpoint');
    await anna.keyboard.press('Control+a');
    await anna.keyboard.type('Follow-up call from the adviser');
    await anna.keyboard.press('Enter');
    await expect.poll(async () => byTitle(await server(), 'Follow-up call from the adviser')?.phaseId).toBe(lastPhase.id);
    const added = byTitle(await server(), 'Follow-up call from the adviser')!;
    expect(added.order).toBe(before.touchpoints.filter((t) => t.phaseId === lastPhase.id).length);

    await anna.locator('[data-testid=friction-toggle]').click();
    const drawer = anna.locator('[data-testid=friction-drawer]');
    const finding = drawer.getByText('No path from the start of the journey leads to “Follow-up call from the adviser”.');
    await finding.waitFor();
    await anna.screenshot({ path: screenshotPath('editor-finding.png') });

    // Clicking the finding selects the card it concerns.
    await finding.click();
    await expect.poll(() => anna.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe('Follow-up call from the adviser');
    await anna.locator('[data-testid=friction-toggle]').click();
    // The fit button shows the whole map again, also after the edit (every card in view).
    for (let i = 0; i < 3; i++) await anna.locator('.react-flow__controls-zoomin').click();
    await anna.locator('.react-flow__controls-fitview').click();
    const inView = async () => {
      const map = (await anna.locator('[data-testid=journey-map]').boundingBox())!;
      for (const box of await Promise.all((await anna.locator('[data-testid=touchpoint-card]').all()).map((c) => c.boundingBox()))) {
        if (!box || box.x < map.x || box.y < map.y || box.x + box.width > map.x + map.width || box.y + box.height > map.y + map.height) return false;
      }
      return true;
    };
    await expect.poll(inView).toBe(true);

    // Connect the card above it to the new card by dragging from handle to handle.
    const siblings = before.touchpoints.filter((t) => t.phaseId === lastPhase.id);
    const from = siblings[siblings.length - 1]!;
    const source = card(anna, from.id).locator('.react-flow__handle-bottom');
    const target = card(anna, added.id).locator('.react-flow__handle-top');
    await card(anna, from.id).hover();
    const s = (await source.boundingBox())!;
    const t = (await target.boundingBox())!;
    await anna.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await anna.mouse.down();
    await anna.mouse.move((s.x + t.x) / 2, (s.y + t.y) / 2, { steps: 5 });
    await anna.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 5 });
    await anna.mouse.up();
    await expect.poll(async () => (await server()).steps.some((st) => st.from === from.id && st.to === added.id)).toBe(true);

    await anna.locator('[data-testid=friction-toggle]').click();
    await drawer.waitFor();
    await expect.poll(() => finding.count()).toBe(0);
    await anna.locator('[data-testid=friction-toggle]').click();
  });

  it('shows each person’s edits and cursor to the other, and undo only reverts one’s own edit', async () => {
    bea = await person('Bea', '#2563eb');
    await openMap(bea, created.links.editor.url);
    const journey = await server();
    const [first, second] = journey.touchpoints;
    await setTitle(anna, first!.id, 'Compare premiums (Anna)');
    await setTitle(bea, second!.id, 'Calculate premium (Bea)');
    await expect.poll(() => cardTitles(bea)).toContain('Compare premiums (Anna)');
    await expect.poll(() => cardTitles(anna)).toContain('Calculate premium (Bea)');

    // Avatars, cursors and selections travel on awareness.
    await anna.locator('[data-testid=peer-avatar]').first().waitFor();
    const map = (await bea.locator('[data-testid=journey-map]').boundingBox())!;
    await bea.mouse.move(map.x + map.width / 2, map.y + map.height / 2, { steps: 4 });
    await bea.mouse.move(map.x + map.width / 2 + 30, map.y + map.height / 2 + 20, { steps: 4 });
    await anna.locator('[data-testid=peer-cursor][data-name=Bea]').waitFor();
    await expect.poll(() => card(anna, second!.id).locator('[data-testid=peer-selection]').count()).toBe(1);
    await anna.screenshot({ path: screenshotPath('editor-collaboration.png') });

    // Anna undoes: her title goes back, Bea's stays.
    await anna.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await anna.keyboard.press('Control+z');
    await expect.poll(async () => byTitle(await server(), first!.title)?.id).toBe(first!.id);
    expect(byTitle(await server(), 'Calculate premium (Bea)')?.id).toBe(second!.id);
    await expect.poll(() => cardTitles(bea)).toContain(first!.title);
    expect(await cardTitles(bea)).toContain('Calculate premium (Bea)');
    // And redoes it.
    await anna.keyboard.press('Control+Shift+z');
    await expect.poll(async () => byTitle(await server(), 'Compare premiums (Anna)')?.id).toBe(first!.id);
  });

  it('opens the map clear of the "Add phase" button when the map fits by height (Dutch: a wider button)', async () => {
    const page = await person('Lotte', '#ea580c');
    await page.addInitScript(() => localStorage.setItem('touchpoint.locale', 'nl'));
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMap(page, created.links.editor.url);
    await page.waitForTimeout(300);
    const button = (await page.getByRole('button', { name: '+ Fase toevoegen' }).boundingBox())!;
    for (const header of await page.locator('[data-testid=phase-name]').all()) {
      const box = (await header.boundingBox())!;
      const overlaps = box.x < button.x + button.width && button.x < box.x + box.width && box.y < button.y + button.height && button.y < box.y + box.height;
      expect(overlaps, `"${await header.textContent()}" under the Add phase button`).toBe(false);
    }
    await page.close();
  });

  it('saves a version and restores it live, for the other person too, keeping the map before it as a version', async () => {
    const own = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'car-rental-winter' } })).body;
    const original = (await stack.api<Journey>(`/api/journeys/${own.id}`)).body;
    const first = await person('Ruud', '#0d9488');
    const second = await person('Sara', '#db2777');
    await openMap(first, own.links.editor.url);
    await openMap(second, own.links.editor.url);

    await first.getByTestId('versions-button').click();
    const dialog = first.getByRole('dialog', { name: 'Versions of this journey' });
    await dialog.getByText('No versions saved yet.').waitFor();
    await dialog.getByLabel('Name of the version').fill('Before the review');
    await dialog.getByRole('button', { name: 'Save version' }).click();
    await dialog.getByTestId('version').filter({ hasText: 'Before the review' }).waitFor();
    await first.keyboard.press('Escape');

    // An edit after the version: one card removed. Sara renames another one.
    const removed = original.touchpoints[0]!;
    await selectCard(first, removed.id);
    await first.keyboard.press('Delete');
    await expect.poll(async () => (await cardTitles(second)).length).toBe(original.touchpoints.length - 1);
    await setTitle(second, original.touchpoints[1]!.id, 'Renamed by Sara');
    await expect.poll(async () => (await cardTitles(first)).includes('Renamed by Sara')).toBe(true);

    await first.getByTestId('versions-button').click();
    await dialog.getByRole('button', { name: 'Restore: Before the review' }).click();
    await dialog.getByRole('button', { name: 'Yes, restore' }).click();
    await dialog.getByTestId('version').filter({ hasText: 'Before restoring “Before the review”' }).waitFor();
    // Both people see the card again, and the server holds the version's content.
    await expect.poll(async () => (await cardTitles(second)).length).toBe(original.touchpoints.length);
    await expect.poll(async () => (await cardTitles(first)).length).toBe(original.touchpoints.length);
    const restored = (await stack.api<Journey>(`/api/journeys/${own.id}`)).body;
    expect(restored.touchpoints.map((t) => t.id).sort()).toEqual(original.touchpoints.map((t) => t.id).sort());
    // Both histories referred to the map before the restore: they are dropped. Ruud's own
    // restore message says so; Sara is told why her undo button went grey. Ruud does not get
    // her message on top of his own.
    await first.getByText('Restored “Before the review”. The map before it is saved as a version; undo starts again from here.').waitFor();
    expect(await first.getByRole('button', { name: /^Undo \(/ }).isDisabled()).toBe(true);
    await second.getByText('The whole journey was replaced', { exact: false }).waitFor();
    await expect.poll(() => second.getByRole('button', { name: /^Undo \(/ }).isDisabled()).toBe(true);
    expect(await first.getByText('The whole journey was replaced', { exact: false }).count()).toBe(0);
    await first.close();
    await second.close();
  });

  it('switches a rule off for the journey, and both people’s friction panels follow', async () => {
    const own = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } })).body;
    const first = await person('Wim', '#2563eb');
    const second = await person('Zoë', '#c026d3');
    await openMap(first, own.links.editor.url);
    await openMap(second, own.links.editor.url);
    for (const page of [first, second]) await page.getByTestId('friction-toggle').click();
    const lowEmotion = (page: Page) => page.getByTestId('friction-drawer').getByText('Low emotion', { exact: true });
    await expect.poll(() => lowEmotion(second).count()).toBeGreaterThan(0);

    await first.getByTestId('rules-button').click();
    const dialog = first.getByRole('dialog', { name: 'Rules of this journey' });
    await dialog.locator('[data-rule-id="emotion-low"]').getByRole('checkbox', { name: 'On' }).uncheck();
    await first.keyboard.press('Escape');
    await expect.poll(() => lowEmotion(second).count()).toBe(0);
    await expect.poll(() => lowEmotion(first).count()).toBe(0);
    expect((await stack.api<Journey>(`/api/journeys/${own.id}`)).body.scoring).toEqual({ rules: { 'emotion-low': { enabled: false } } });
    await first.close();
    await second.close();
  });

  it('keeps the toolbar on one line in a narrow window, in Dutch: labels give way to icons, names stay', async () => {
    const page = await person('Noor', '#65a30d');
    await page.addInitScript(() => localStorage.setItem('touchpoint.locale', 'nl'));
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 700 });
      await openMap(page, created.links.editor.url);
      const toolbar = page.getByTestId('toolbar');
      const [scroll, client] = await toolbar.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scroll, `toolbar at ${width} px`).toBeLessThanOrEqual(client);
      // A label that wraps under its icon overflows its button's fixed height.
      const wrapped = await toolbar.locator('button, a').evaluateAll((items) =>
        items.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.getAttribute('aria-label') ?? el.textContent),
      );
      expect(wrapped, `at ${width} px`).toEqual([]);
      await page.getByRole('button', { name: 'Exporteren' }).waitFor();
      await page.getByRole('button', { name: 'Versies' }).waitFor();
    }
    await page.close();
  });

  it('answers Ctrl+S, also while typing, by saving the field and offering to name a version', async () => {
    const own = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'omnichannel-retail' } })).body;
    const page = await person('Olga', '#0369a1');
    await openMap(page, own.links.editor.url);
    const first = (await stack.api<Journey>(`/api/journeys/${own.id}`)).body.touchpoints[0]!;
    await selectCard(page, first.id);
    const title = page.locator('[data-testid=inspector]').getByLabel('Title');
    await title.fill('Saved with Ctrl+S');
    await title.press('Control+s');
    // The browser's own "save page" is not opened; the field's text is saved.
    await expect.poll(async () => (await stack.api<Journey>(`/api/journeys/${own.id}`)).body.touchpoints.find((t) => t.id === first.id)?.title).toBe('Saved with Ctrl+S');
    await page.getByText('Every change is saved as you make it, for everyone.').waitFor();
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByRole('dialog', { name: 'Versions of this journey' }).waitFor();
    await page.close();
  });

  it('shows the overview map only when asked for, and remembers the choice', async () => {
    const page = await person('Piet', '#b45309');
    await openMap(page, created.links.editor.url);
    const minimap = page.locator('.react-flow__minimap');
    // Off at first: it would cover the end of the emotion lane.
    expect(await minimap.count()).toBe(0);
    await page.getByRole('button', { name: 'Show the overview map' }).click();
    await minimap.waitFor();
    await page.reload();
    await openMap(page, created.links.editor.url);
    await minimap.waitFor();
    await page.getByRole('button', { name: 'Hide the overview map' }).click();
    await minimap.waitFor({ state: 'detached' });
    await page.close();
  });

  it('finds a card that is off screen on a large map with Ctrl+F, selects it and brings it into view', async () => {
    // 200 touchpoints: a map that large only has the cards on screen in the page, so the
    // browser's own find cannot reach the others.
    const { far: wanted, links } = await largeJourney(11, 'Sign the lease extension');
    const page = await person('Yara', '#0891b2');
    await openMap(page, links.editor.url);
    for (let i = 0; i < 6; i++) await page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(() => card(page, wanted.id).count()).toBe(0);

    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: 'Find on the map' });
    await field.waitFor();
    await field.pressSequentially('lease ext');
    await expect.poll(() => page.getByTestId('find-status').textContent()).toBe('1 of 1');
    await expect.poll(() => page.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe('Sign the lease extension');
    await card(page, wanted.id).waitFor();
    await expect.poll(() => cardInMap(page, wanted.id)).toBe(true);
    // Escape closes the bar and keeps the card selected.
    await field.press('Escape');
    await expect.poll(() => page.getByTestId('find-bar').count()).toBe(0);
    expect(await page.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe('Sign the lease extension');
    await page.close();
  });

  it('goes to where someone else is when their avatar is clicked: what they selected, on a large map', async () => {
    const { journey: large, far, links } = await largeJourney(12, 'Renew the contract');
    const zara = await person('Zara', '#0d9488');
    const omar = await person('Omar', '#b45309');
    await openMap(zara, links.editor.url);
    await openMap(omar, links.editor.url);
    // Omar finds and selects the far card; Zara, at the map's start, does not see it.
    await omar.keyboard.press('Control+f');
    await omar.getByRole('searchbox', { name: 'Find on the map' }).pressSequentially('renew the');
    await expect.poll(() => omar.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe('Renew the contract');
    await expect.poll(() => card(zara, far.id).count()).toBe(0);

    await zara.getByRole('button', { name: 'Go to where Omar is' }).click();
    await card(zara, far.id).waitFor();
    await expect.poll(() => cardInMap(zara, far.id)).toBe(true);
    // Going there changes nothing of Zara's own selection: her inspector still shows the journey.
    expect(await zara.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe(large.title);
    await zara.close();
    await omar.close();
  });

  it('sets an emotion by dragging its point on the emotion curve, or with the arrow keys (one Tab stop for the lane), and selects the card on a click', async () => {
    const { created: mood, journeyOf, before, page } = await openTemplate('car-rental-winter', 'Iris', '#4f46e5');
    const low = before.touchpoints.find((t) => t.emotion < 0)!;
    const point = page.locator(`[data-testid=emotion-point][data-id="${low.id}"]`);
    expect(await point.getAttribute('aria-valuenow')).toBe(String(low.emotion));

    // Drag it to the top line of the lane: +2, written once, when let go.
    const lane = (await page.locator('[data-testid=emotion-lane]').boundingBox())!;
    const at = (await point.boundingBox())!;
    const writes: number[] = [];
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x + at.width / 2, lane.y + 4, { steps: 8 });
    expect(await point.getAttribute('aria-valuenow')).toBe('2');
    writes.push((await journeyOf()).touchpoints.find((t) => t.id === low.id)!.emotion);
    await page.mouse.up();
    await expect.poll(async () => (await journeyOf()).touchpoints.find((t) => t.id === low.id)!.emotion).toBe(2);
    expect(writes).toEqual([low.emotion]);
    // The card itself stayed where it was.
    expect((await journeyOf()).touchpoints.find((t) => t.id === low.id)!.order).toBe(low.order);

    // Arrow keys on a focused point: down twice is 0. The lane is one Tab stop; left and
    // right go to the neighbouring points.
    await point.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await journeyOf()).touchpoints.find((t) => t.id === low.id)!.emotion).toBe(0);
    expect(await point.getAttribute('aria-valuenow')).toBe('0');
    expect(await page.locator('[data-testid=emotion-point][tabindex="0"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual([low.id]);
    const ids = await page.locator('[data-testid=emotion-point]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(ids[ids.indexOf(low.id) + 1]);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(low.id);

    // A click without a drag selects the card.
    await point.click();
    await expect.poll(() => page.locator('[data-testid=inspector]').getByLabel('Title').inputValue()).toBe(low.title);
    await expect.poll(async () => (await journeyOf()).touchpoints.find((t) => t.id === low.id)!.emotion).toBe(0);

    // A viewer's drag and arrow keys change nothing.
    const viewer = await person('Wim', '#64748b');
    await openMap(viewer, mood.links.viewer.url);
    const seen = viewer.locator(`[data-testid=emotion-point][data-id="${low.id}"]`);
    const box = (await seen.boundingBox())!;
    await viewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await viewer.mouse.down();
    await viewer.mouse.move(box.x + box.width / 2, box.y + 200, { steps: 5 });
    await viewer.mouse.up();
    await seen.focus();
    await viewer.keyboard.press('ArrowUp');
    await viewer.waitForTimeout(500);
    expect((await journeyOf()).touchpoints.find((t) => t.id === low.id)!.emotion).toBe(0);
    await page.close();
    await viewer.close();
  });

  it('brings both cards of a step chosen in the inspector into view, on a large map', async () => {
    const { journey: large, links } = await largeJourney(13, 'Last card');
    const page = await person('Femke', '#16a34a');
    await openMap(page, links.editor.url);
    // A step from a card on screen to one far off it.
    const onScreen = new Set(await page.locator('.react-flow__node-touchpoint').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))));
    const step = large.steps.find((s) => onScreen.has(s.from) && !onScreen.has(s.to) && s.from !== s.to)!;
    expect(step, 'a step leading off screen').toBeDefined();
    await selectCard(page, step.from);
    const to = large.touchpoints.find((t) => t.id === step.to)!;
    await page.locator('[data-testid=inspector]').getByRole('button', { name: `Step to “${to.title}”` }).first().click();
    await expect.poll(async () => (await cardInMap(page, step.from)) && (await cardInMap(page, step.to))).toBe(true);
    await page.close();
  });

  it('offers to undo a removal right in its message, and puts the cards back', async () => {
    const { journeyOf, before, page } = await openTemplate('omnichannel-retail', 'Daan', '#9333ea');
    const gone = before.touchpoints[1]!;
    await selectCard(page, gone.id);
    await page.locator('[data-testid=inspector]').getByLabel('Title').blur();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await journeyOf()).touchpoints.length).toBe(before.touchpoints.length - 1);
    await page.getByText('Touchpoint removed.').waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await journeyOf()).touchpoints.map((t) => t.id).sort()).toEqual(before.touchpoints.map((t) => t.id).sort());
    // Its steps came back with it.
    expect((await journeyOf()).steps.length).toBe(before.steps.length);
    await page.close();
  });

  it('adds touchpoints without double-clicking: the empty column\'s button, N after the selected card, the phase\'s + (bringing the card into view)', async () => {
    const blank = (await stack.api<CreatedJourney>('/api/journeys', { body: { title: 'Claims by phone' } })).body;
    const journeyOf = async () => (await stack.api<Journey>(`/api/journeys/${blank.id}`)).body;
    const page = await person('Noor', '#db2777');
    await page.goto(blank.links.editor.url);
    await page.getByRole('button', { name: '+ Add phase' }).click();
    const title = page.locator('[data-testid=inspector]').getByLabel('Title');
    const typeTitle = async (text: string) => {
      // The new card's title is focused, holding the default to type over.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('New touchpoint');
      await page.keyboard.press('Control+a');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await journeyOf()).touchpoints.some((t) => t.title === text)).toBe(true);
    };

    // An empty phase offers a button.
    await page.getByTestId('empty-column-add').click();
    await typeTitle('Report the damage');
    // N adds after the selected card (the press goes to the map, not to a field).
    const first = (await journeyOf()).touchpoints[0]!;
    await selectCard(page, first.id);
    await page.locator('[data-testid=inspector]').getByLabel('Title').blur();
    await page.keyboard.press('n');
    await typeTitle('Send photos');
    await selectCard(page, first.id);
    await title.blur();
    await page.keyboard.press('n');
    await typeTitle('Confirm the address');
    expect((await journeyOf()).touchpoints.map((t) => [t.title, t.order])).toEqual([
      ['Report the damage', 0],
      ['Confirm the address', 1],
      ['Send photos', 2],
    ]);

    // Zoomed in on the top of a long column, the phase's + adds a card at its end, out of
    // sight, and the map moves to show it.
    for (let i = 0; i < 4; i++) {
      await title.blur();
      await page.keyboard.press('n');
      await typeTitle(`Step ${i + 1}`);
    }
    const zoomIn = page.locator('.react-flow__controls-zoomin');
    while (await zoomIn.isEnabled()) await zoomIn.click();
    const add = page.getByTestId('phase-add-touchpoint');
    const before = (await add.boundingBox())!;
    // Drag the map (by its empty left part) until the column's header is near the top.
    await page.mouse.move(150, 500);
    await page.mouse.down();
    await page.mouse.move(150, 500 + (200 - before.y), { steps: 5 });
    await page.mouse.up();
    const last = (await journeyOf()).touchpoints.find((t) => t.title === 'Step 4')!;
    expect(await cardInMap(page, last.id)).toBe(false);
    await add.click();
    await typeTitle('Payout');
    const payout = (await journeyOf()).touchpoints.find((t) => t.title === 'Payout')!;
    expect(payout.order).toBe(7);
    await expect.poll(() => cardInMap(page, payout.id)).toBe(true);
    await page.screenshot({ path: screenshotPath('editor-add-by-keyboard.png') });

    await page.close();
  });

  it('keeps everything after a reload', async () => {
    const expected = await server();
    await openMap(anna, created.links.editor.url);
    await anna.reload();
    await openMap(anna, created.links.editor.url);
    expect((await cardTitles(anna)).sort()).toEqual(expected.touchpoints.map((t) => t.title).sort());
    expect(await cardTitles(anna)).toContain('Follow-up call from the adviser');
    expect(await anna.locator('.react-flow__edge').count()).toBe(expected.steps.length);
  });

  it('draws each card\'s handles where the map declares them (so edges need no measuring pass)', async () => {
    const page = await person('Hana', '#0891b2');
    await openMap(page, created.links.editor.url);
    const card = page.locator('.react-flow__node-touchpoint').first();
    await card.waitFor();
    const offsets = (await card.evaluate(`(() => {
      const node = document.querySelector('.react-flow__node-touchpoint');
      const zoom = node.getBoundingClientRect().width / node.offsetWidth;
      const box = node.getBoundingClientRect();
      return Object.fromEntries([...node.querySelectorAll('.react-flow__handle')].map((h) => {
        const r = h.getBoundingClientRect();
        return [h.dataset.handleid, [Math.round((r.left - box.left) / zoom), Math.round((r.top - box.top) / zoom), Math.round(r.width / zoom)]];
      }));
    })()`)) as Record<string, [number, number, number]>;
    // Card 248 x 132, handles 12 px (see CARD_HANDLES in JourneyCanvas.tsx).
    expect(offsets).toEqual({ l: [-6, 60, 12], r: [242, 60, 12], t: [118, -6, 12], b: [118, 126, 12] });
  });

  it('lists the shortcuts when ? is pressed on the map or the toolbar button is clicked, not while typing', async () => {
    const page = await person('Kees', '#7c3aed');
    await openMap(page, created.links.editor.url);
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Shift+?');
    await dialog.waitFor();
    expect(await dialog.getByRole('row').count()).toBe(17);
    expect(await dialog.getByRole('row').filter({ hasText: 'Copy the selected cards' }).textContent()).toContain('Ctrl');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Typing ? in a field types it.
    const journey = await server();
    await selectCard(page, journey.touchpoints[0]!.id);
    const title = page.locator('[data-testid=inspector]').getByLabel('Title');
    await title.press('End');
    await title.press('Shift+?');
    expect(await title.inputValue()).toBe(`${journey.touchpoints[0]!.title}?`);
    expect(await dialog.count()).toBe(0);
    // Escape drops the edit.
    await title.press('Escape');
    expect(await title.inputValue()).toBe(journey.touchpoints[0]!.title);
    await page.getByTestId('shortcuts-button').click();
    await dialog.waitFor();
  });

  it('lets a viewer see the map but not change it', async () => {
    const before = await server();
    const viewer = await person('Vera', '#16a34a');
    await openMap(viewer, created.links.viewer.url);
    await viewer.locator('[data-testid=view-only]').waitFor();
    expect((await cardTitles(viewer)).length).toBe(before.touchpoints.length);
    await expect.poll(() => viewer.locator('.react-flow__edge').count()).toBe(before.steps.length);
    expect(await viewer.getByRole('button', { name: /Add phase/ }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /Undo/ }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Share' }).count()).toBe(0);
    expect(await viewer.getByTestId('versions-button').count()).toBe(0);
    expect(await viewer.locator('.react-flow__handle.connectable').count()).toBe(0);
    expect(await viewer.locator('.react-flow__node.draggable').count()).toBe(0);
    expect(await viewer.getByTestId('phase-add-touchpoint').count()).toBe(0);

    // Double-click a column, delete a selected card, nudge it, press N: nothing changes.
    const column = viewer.locator('[data-testid=phase-column]').first();
    const box = (await column.boundingBox())!;
    await viewer.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 30);
    await selectCard(viewer, before.touchpoints[0]!.id);
    expect(await viewer.locator('[data-testid=inspector]').getByLabel('Title').isDisabled()).toBe(true);
    await viewer.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await selectCard(viewer, before.touchpoints[0]!.id);
    await viewer.locator('[data-testid=touchpoint-title]').first().click();
    await viewer.keyboard.press('Delete');
    await viewer.keyboard.press('ArrowDown');
    await viewer.keyboard.press('n');
    await viewer.keyboard.press('Control+z');
    await viewer.waitForTimeout(1000);
    expect((await cardTitles(viewer)).length).toBe(before.touchpoints.length);
    expect(await server()).toEqual(before);
    await viewer.screenshot({ path: screenshotPath('editor-viewer.png') });

    // The export dialog offers the journey JSON for download, but no import over it.
    await viewer.getByRole('button', { name: /Export/ }).first().click();
    await viewer.getByTestId('export-dialog').getByRole('tab', { name: 'File' }).click();
    await viewer.getByRole('button', { name: 'Download JSON' }).waitFor();
    expect(await viewer.getByTestId('import-file').count()).toBe(0);
    expect(await viewer.getByTestId('export-dialog').getByRole('heading', { name: 'Import' }).count()).toBe(0);
  });

  it('gives the map the screen of a phone: the inspector is a sheet for a selection, a finding closes the friction panel', async () => {
    const own = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application' } })).body;
    const journey = (await stack.api<Journey>(`/api/journeys/${own.id}`)).body;
    const context = await stack.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await context.addInitScript(() => localStorage.setItem('touchpoint.locale', 'en'));
    const phone = await context.newPage();
    await openMap(phone, own.links.viewer.url);
    const map = (await phone.locator('[data-testid=journey-map]').boundingBox())!;
    expect(map.width).toBeGreaterThan(380);
    expect(await phone.getByTestId('inspector').isVisible()).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A finding: the panel covers the map, and choosing the finding shows the card with its sheet.
    await phone.getByTestId('friction-toggle').click();
    const drawer = phone.getByTestId('friction-drawer');
    const drawerBox = (await drawer.boundingBox())!;
    expect(drawerBox.width).toBeGreaterThan(380);
    const finding = drawer.getByRole('button', { name: /have to start over/ }).first();
    await finding.click();
    await expect.poll(() => drawer.count()).toBe(0);
    const sheet = phone.getByTestId('inspector');
    await sheet.waitFor();
    const sheetBox = (await sheet.boundingBox())!;
    expect(sheetBox.width).toBeGreaterThan(380);
    expect(sheetBox.y).toBeGreaterThan(844 * 0.4);
    const title = await sheet.getByLabel('Title').inputValue();
    expect(journey.touchpoints.map((t) => t.title)).toContain(title);
    // The sheet's close button clears the selection (an empty spot to tap is hard to find on a phone).
    await sheet.getByRole('button', { name: 'Close (clears the selection)' }).click();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    // The toolbar fits the screen with room for the title; the other actions are in its ⋯ menu.
    expect((await phone.getByTestId('journey-title').boundingBox())!.width).toBeGreaterThan(100);
    const toolbar = phone.getByTestId('toolbar');
    expect(await toolbar.evaluate((bar) => bar.scrollWidth <= bar.clientWidth)).toBe(true);
    expect(await phone.getByRole('button', { name: 'Find on the map' }).count()).toBe(0);
    const more = phone.getByRole('button', { name: 'More actions' });
    expect((await more.boundingBox())!.x + 32).toBeLessThanOrEqual(390);
    await more.click();
    const menu = phone.getByRole('menu', { name: 'More actions' });
    const menuBox = (await menu.boundingBox())!;
    expect(menuBox.x).toBeGreaterThanOrEqual(0);
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(390);
    await menu.getByRole('menuitem', { name: 'Find on the map' }).click();
    await phone.getByTestId('find-bar').waitFor();
    await phone.screenshot({ path: screenshotPath('editor-phone.png') });
    await phone.close();

    // A map of four phases opens at its start, readable (not fitted into a blur): the first
    // card in view at a size one can read. A card tapped low on the screen moves up above the
    // sheet, and the sheet's close button keeps clear of the first heading's action.
    const editor = await context.newPage();
    await openMap(editor, own.links.editor.url);
    const first = journey.touchpoints[0]!;
    const firstBox = (await card(editor, first.id).boundingBox())!;
    expect(firstBox.width).toBeGreaterThan(150);
    expect(firstBox.x).toBeGreaterThanOrEqual(0);
    const low = journey.touchpoints.filter((t) => t.phaseId === journey.phases[1]!.id).at(-1)!;
    await card(editor, low.id).locator('[data-testid=touchpoint-title]').tap();
    const sheetTop = async () => (await editor.getByTestId('inspector').boundingBox())?.y ?? 0;
    await expect.poll(async () => (await editor.getByTestId('inspector').getByLabel('Title').inputValue().catch(() => ''))).toBe(low.title);
    await expect.poll(async () => {
      const box = (await card(editor, low.id).boundingBox())!;
      return box.y >= 56 && box.y + box.height <= (await sheetTop());
    }).toBe(true);
    const close = (await editor.getByRole('button', { name: 'Close (clears the selection)' }).boundingBox())!;
    const remove = (await editor.getByRole('button', { name: 'Delete touchpoint' }).boundingBox())!;
    expect(remove.x + remove.width).toBeLessThanOrEqual(close.x);
    await editor.screenshot({ path: screenshotPath('editor-phone-sheet.png') });
    // Dragging a card selects it too, but the map does not move under the finger.
    // A card on screen low enough for the sheet to cover it, which a tap would move up (on
    // the map as it opens).
    await openMap(editor, own.links.editor.url);
    let from: { x: number; y: number; width: number; height: number } | null = null;
    for (const t of journey.touchpoints) {
      const box = await card(editor, t.id).boundingBox();
      if (box && box.y > 420 && box.y + box.height < 800 && box.x >= 0 && box.x + 80 < 390) from = box;
    }
    expect(from, 'a card low on the screen').not.toBeNull();
    from = from!;
    const viewport = () => editor.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    const before = await viewport();
    await editor.mouse.move(from.x + 40, from.y + 20);
    await editor.mouse.down();
    await editor.mouse.move(from.x + 60, from.y + 60, { steps: 6 });
    await editor.waitForTimeout(500);
    expect(await viewport()).toBe(before);
    await editor.mouse.up();
    await editor.close();
  });

  it('says clearly when a link is invalid, and shows nothing of the journey', async () => {
    const page = await person('Nobody', '#64748b');
    await page.goto(`${stack.server.url}/j/${created.id}?t=not-a-real-token`);
    await page.getByText('This link is invalid or has been revoked.').waitFor();
    expect(await page.locator('[data-testid=touchpoint-card]').count()).toBe(0);
    expect(await page.content()).not.toContain('Apply for home insurance');
  });
});

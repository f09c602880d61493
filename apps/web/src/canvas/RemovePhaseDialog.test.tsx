import { addKpi, addPhase, addTouchpoint, connectStep, createJourney, removePhase, toJSON, type RemovePhaseMode } from '@touchpoint/model';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { RemovePhaseDialog } from './RemovePhaseDialog.tsx';

function setup() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const report = addPhase(doc, { name: 'Report' });
  const assess = addPhase(doc, { name: 'Assess' });
  const empty = addPhase(doc, { name: 'Wait' });
  const form = addTouchpoint(doc, { phaseId: assess, title: 'Fill in form' });
  const call = addTouchpoint(doc, { phaseId: assess, title: 'Call back' });
  const letter = addTouchpoint(doc, { phaseId: report, title: 'Letter' });
  addKpi(doc, form, { name: 'Completion', target: 90, actual: 80 });
  connectStep(doc, { from: letter, to: form });
  connectStep(doc, { from: form, to: call });
  return { doc, report, assess, empty, form, call, letter };
}

/** Renders the dialog for a phase and applies what the user confirms to the document. */
function open(doc: Y.Doc, phaseId: string) {
  const journey = toJSON(doc);
  const confirmed: RemovePhaseMode[] = [];
  let cancelled = false;
  render(
    <RemovePhaseDialog
      journey={journey}
      phase={journey.phases.find((p) => p.id === phaseId)!}
      onCancel={() => (cancelled = true)}
      onConfirm={(mode) => {
        confirmed.push(mode);
        removePhase(doc, phaseId, mode);
      }}
    />,
  );
  return { confirmed, cancelled: () => cancelled };
}

beforeEach(() => useLocaleStore.getState().setLocale('en'));
afterEach(cleanup);

describe('RemovePhaseDialog', () => {
  it('says the touchpoints move to the neighbouring phase, and moves them on Remove', async () => {
    const { doc, report, assess, form, call } = setup();
    const { confirmed } = open(doc, assess);
    expect(screen.getByText('Its 2 touchpoints move to “Report”.')).toBeTruthy();
    // The button that keeps the cards names where they go, and is not the alarming red one.
    const keep = screen.getByRole('button', { name: 'Remove phase, cards to “Report”' });
    expect(keep.className).not.toMatch(/red/);
    expect(screen.getByRole('button', { name: 'Remove with its 2 touchpoints' }).className).toMatch(/bg-red-600/);
    await userEvent.click(keep);
    expect(confirmed).toEqual([{ touchpoints: 'move-to-neighbour' }]);
    const journey = toJSON(doc);
    expect(journey.phases.map((p) => p.name)).toEqual(['Report', 'Wait']);
    expect(journey.touchpoints.filter((t) => t.id === form || t.id === call).map((t) => t.phaseId)).toEqual([report, report]);
    expect(journey.steps).toHaveLength(2);
  });

  it('offers to remove the touchpoints with the phase, deleting their steps and KPIs', async () => {
    const { doc, assess, letter } = setup();
    open(doc, assess);
    await userEvent.click(screen.getByRole('button', { name: 'Remove with its 2 touchpoints' }));
    const journey = toJSON(doc);
    expect(journey.phases.map((p) => p.name)).toEqual(['Report', 'Wait']);
    expect(journey.touchpoints.map((t) => t.id)).toEqual([letter]);
    expect(journey.steps).toEqual([]);
  });

  it('has no second choice for an empty phase, and Cancel changes nothing', async () => {
    const { doc, empty } = setup();
    const before = toJSON(doc);
    const { confirmed, cancelled } = open(doc, empty);
    expect(screen.getByText('The phase has no touchpoints.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove with/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled()).toBe(true);
    expect(confirmed).toEqual([]);
    expect(toJSON(doc)).toEqual(before);
  });

  it('speaks Dutch in the Dutch interface', () => {
    const { doc, assess } = setup();
    useLocaleStore.getState().setLocale('nl');
    open(doc, assess);
    expect(screen.getByText('Fase “Assess” verwijderen?')).toBeTruthy();
    expect(screen.getByText('De 2 contactmomenten gaan naar “Report”.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verwijderen met de 2 contactmomenten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fase verwijderen, kaarten naar “Report”' })).toBeTruthy();
  });
});

import { addChannel, addPhase, addTouchpoint, connectStep, createJourney, toJSON } from '@touchpoint/model';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { useSelection } from '../store/selection.ts';
import { Inspector } from './Inspector.tsx';

function setup(readOnly = false) {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const report = addPhase(doc, { name: 'Report' });
  const settle = addPhase(doc, { name: 'Settle' });
  const web = addChannel(doc, { name: 'Website', kind: 'web' });
  const phone = addChannel(doc, { name: 'Phone line', kind: 'phone' });
  const form = addTouchpoint(doc, { phaseId: report, title: 'Fill in form', channelId: web });
  const call = addTouchpoint(doc, { phaseId: report, title: 'Call us', channelId: phone });
  const payout = addTouchpoint(doc, { phaseId: settle, title: 'Payout', channelId: web });
  const letter = addTouchpoint(doc, { phaseId: settle, title: 'Letter', channelId: web });
  const toCall = connectStep(doc, { from: form, to: call });
  connectStep(doc, { from: call, to: payout });
  const origin = {};
  const store = createJourneyStore(doc);
  act(() => useSelection.getState().set({ touchpoints: [call] }));
  render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc, store, origin, readOnly }}>
        <Inspector />
      </JourneyContext.Provider>
    </ReactFlowProvider>,
  );
  const steps = () => screen.getByRole('heading', { name: 'Steps' }).closest('section')!;
  return { doc, origin, form, call, payout, letter, toCall, steps };
}

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  useSelection.getState().clear();
});
afterEach(() => {
  cleanup();
  useSelection.getState().clear();
});

describe('steps of a touchpoint', () => {
  it('lists the steps out and in by the card at their other end, and opens one on click', async () => {
    const { toCall, steps } = setup();
    const section = within(steps());
    // Each row: the way, the card, ⇄ for a channel switch, and its ✕.
    expect(section.getAllByTestId('step-next').map((row) => row.textContent)).toEqual(['→Payout⇄✕']);
    expect(section.getAllByTestId('step-before').map((row) => row.textContent)).toEqual(['←Fill in form⇄✕']);
    await userEvent.click(section.getByRole('button', { name: 'Step from “Fill in form”' }));
    expect(useSelection.getState()).toMatchObject({ steps: [toCall], touchpoints: [] });
  });

  it('adds a step to a card chosen from the others (by phase, leaving out itself and cards it already leads to), as one undoable write', async () => {
    const { doc, origin, call, letter, steps } = setup();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const section = within(steps());
    const picker = section.getByLabelText('Add a step to') as HTMLSelectElement;
    const groups = [...picker.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).toEqual([
      ['Report', ['Fill in form']],
      ['Settle', ['Letter']],
    ]);
    const add = section.getByRole('button', { name: 'Add' });
    expect(add).toBeDisabled();
    await userEvent.selectOptions(picker, 'Letter');
    // Choosing alone writes nothing (arrow keys on a closed list must not add steps).
    expect(toJSON(doc).steps.some((s) => s.to === letter)).toBe(false);
    await userEvent.click(add);
    expect(toJSON(doc).steps.filter((s) => s.from === call && s.to === letter)).toHaveLength(1);
    expect(origins).toEqual([origin]);
    expect(within(steps()).getAllByTestId('step-next').map((row) => row.textContent)).toEqual(['→Payout⇄✕', '→Letter⇄✕']);
    expect((within(steps()).getByLabelText('Add a step to') as HTMLSelectElement).value).toBe('');
  });

  it('removes a step with its ✕', async () => {
    const { doc, form, call, steps } = setup();
    await userEvent.click(within(steps()).getByRole('button', { name: 'Remove the step from “Fill in form”' }));
    expect(toJSON(doc).steps.some((s) => s.from === form && s.to === call)).toBe(false);
    expect(within(steps()).queryAllByTestId('step-before')).toEqual([]);
  });

  it('shows a card without steps how to add one, and a viewer the steps but no way to change them', () => {
    const viewer = setup(true);
    const section = within(viewer.steps());
    expect(section.getAllByTestId('step-next')).toHaveLength(1);
    expect(section.queryByRole('button', { name: /Remove the step/ })).toBeNull();
    expect(section.queryByLabelText('Add a step to')).toBeNull();
    cleanup();
    const editor = setup();
    act(() => useSelection.getState().set({ touchpoints: [editor.letter] }));
    expect(within(editor.steps()).getByText(/No steps yet/)).toBeTruthy();
  });
});

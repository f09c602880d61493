// "+ Add phase" on the map: the new phase is selected and its name in the inspector takes the
// cursor, so what the person types names it instead of reaching the map's shortcuts.
import { addPhase, addTouchpoint, createJourney, toJSON } from '@touchpoint/model';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Inspector } from '../inspector/Inspector.tsx';
import type { TitleFocus } from '../inspector/TouchpointInspector.tsx';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { useSelection } from '../store/selection.ts';

// The map's own drawing needs a browser's layout; its panels (where the button is) do not.
vi.mock('@xyflow/react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@xyflow/react')>();
  return { ...actual, ReactFlow: ({ children }: { children?: ReactNode }) => <>{children}</>, MiniMap: () => null, Controls: () => null };
});

const { JourneyCanvas } = await import('./JourneyCanvas.tsx');

/** The map and the inspector, wired as the editor wires them. */
function MapWithInspector() {
  const [focus, setFocus] = useState<TitleFocus | null>(null);
  const focusOf = useCallback((id: string) => setFocus((last) => ({ id, n: (last?.n ?? 0) + 1 })), []);
  return (
    <>
      <JourneyCanvas friction={new Map()} onTouchpointCreated={focusOf} onPhaseCreated={focusOf} />
      <Inspector focusTitle={focus} />
    </>
  );
}

function open(doc: Y.Doc) {
  const store = createJourneyStore(doc);
  render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc, store, origin: {}, readOnly: false }}>
        <MapWithInspector />
      </JourneyContext.Provider>
    </ReactFlowProvider>,
  );
}

afterEach(() => {
  cleanup();
  act(() => useSelection.getState().clear());
});

describe('adding a phase', () => {
  it('selects the new phase and puts the cursor in its name, selected, to be typed over', async () => {
    useLocaleStore.getState().setLocale('en');
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' });
    const report = addPhase(doc, { name: 'Report' });
    addTouchpoint(doc, { phaseId: report, title: 'Fill in form' });
    open(doc);
    await userEvent.click(screen.getByRole('button', { name: '+ Add phase' }));
    const added = toJSON(doc).phases[1]!;
    expect(useSelection.getState().phase).toBe(added.id);
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(name).toHaveFocus();
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'New phase'.length]);
    await userEvent.keyboard('Settle{Enter}');
    expect(toJSON(doc).phases.map((p) => p.name)).toEqual(['Report', 'Settle']);
    expect(toJSON(doc).touchpoints).toHaveLength(1);
  });

  it('does the same for the first phase of an empty map', async () => {
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' });
    open(doc);
    await userEvent.click(screen.getByRole('button', { name: '+ Add phase' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(useSelection.getState().phase).toBe(toJSON(doc).phases[0]!.id);
  });
});

import { addPhase, createJourney, toJSON, type Phase } from '@touchpoint/model';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createFrictionStore, MapContext, type MapContextValue } from './mapContext.ts';
import { PhaseNode, type PhaseNodeType } from './PhaseNode.tsx';

function phaseNamed(name: string): Phase {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  addPhase(doc, { id: 'p1', name });
  return toJSON(doc).phases[0]!;
}

function column(phase: Phase, onPhaseRename: MapContextValue['onPhaseRename']) {
  const noop = () => {};
  const map: MapContextValue = {
    channels: new Map(),
    friction: createFrictionStore(),
    readOnly: false,
    phaseCount: 1,
    onPhaseMove: noop,
    onPhaseRemove: noop,
    onPhaseRename,
    onColumnDoubleClick: noop,
    onAddTouchpoint: noop,
    onEmotionChange: noop,
  };
  // The column reads only these of React Flow's node props.
  const props = { id: `phase:${phase.id}`, data: { phase, height: 400, count: 0 }, selected: false } as unknown as NodeProps<PhaseNodeType>;
  return (
    <ReactFlowProvider>
      <MapContext.Provider value={map}>
        <PhaseNode {...props} />
      </MapContext.Provider>
    </ReactFlowProvider>
  );
}

describe('phase header rename', () => {
  it('follows a colleague’s rename while open and untouched, and leaving it writes nothing', async () => {
    const rename = vi.fn();
    const view = render(column(phaseNamed('Report'), rename));
    await userEvent.dblClick(screen.getByTestId('phase-name'));
    const box = screen.getByLabelText('Rename phase');
    expect(box).toHaveValue('Report');
    view.rerender(column(phaseNamed('Claim'), rename));
    expect(box).toHaveValue('Claim');
    fireEvent.blur(box);
    expect(rename).not.toHaveBeenCalled();
  });

  it('keeps and saves what this person typed', async () => {
    const rename = vi.fn();
    const view = render(column(phaseNamed('Report'), rename));
    await userEvent.dblClick(screen.getByTestId('phase-name'));
    const box = screen.getByLabelText('Rename phase');
    await userEvent.clear(box);
    await userEvent.type(box, 'Notify');
    view.rerender(column(phaseNamed('Claim'), rename));
    expect(box).toHaveValue('Notify');
    fireEvent.blur(box);
    expect(rename).toHaveBeenCalledWith('p1', 'Notify');
  });
});

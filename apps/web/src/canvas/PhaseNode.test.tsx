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

function column(phase: Phase, onPhaseRename: MapContextValue['onPhaseRename'], { count = 0, friction = createFrictionStore() } = {}) {
  const noop = () => {};
  const map: MapContextValue = {
    channels: new Map(),
    friction,
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
  const props = { id: `phase:${phase.id}`, data: { phase, height: 400, count }, selected: false } as unknown as NodeProps<PhaseNodeType>;
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

describe('phase header score', () => {
  // The scoring marks every phase; the product shows a score once there are touchpoints.
  const scored = () => {
    const friction = createFrictionStore();
    friction.setState({ marks: new Map([['p1', { count: 0, severity: 'info' as const, score: 80 }]]) });
    return friction;
  };

  it('is not shown for a phase without touchpoints', () => {
    render(column(phaseNamed('Report'), vi.fn(), { count: 0, friction: scored() }));
    expect(screen.queryByTestId('phase-score')).toBeNull();
  });

  it('is shown once the phase has a touchpoint', () => {
    render(column(phaseNamed('Report'), vi.fn(), { count: 1, friction: scored() }));
    expect(screen.getByTestId('phase-score')).toHaveTextContent('score 80');
  });
});

describe('phase header edit controls', () => {
  it('marks the drag grip, the header buttons and the empty column’s add button as edit controls, which image exports leave out', () => {
    render(column(phaseNamed('Report'), vi.fn()));
    const controls = Array.from(document.querySelectorAll('.tp-edit-control'));
    expect(controls).toHaveLength(3);
    expect(controls).toContain(screen.getByTestId('empty-column-add'));
    expect(controls.map((el) => el.textContent?.trim())).toEqual(expect.arrayContaining(['⠿', '+◀▶✕']));
    for (const button of screen.getAllByRole('button')) expect(button.closest('.tp-edit-control')).not.toBeNull();
    expect(screen.getByTestId('phase-name').closest('.tp-edit-control')).toBeNull();
  });
});

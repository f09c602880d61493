import { addKpi, addPhase, createJourney, toJSON } from '@touchpoint/model';
import { render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { createFrictionStore, MapContext, type MapContextValue } from './mapContext.ts';
import { PhaseNode, type PhaseNodeType } from './PhaseNode.tsx';

const noop = () => {};
const map: MapContextValue = {
  channels: new Map(),
  friction: createFrictionStore(),
  readOnly: false,
  phaseCount: 1,
  onPhaseMove: noop,
  onPhaseRemove: noop,
  onPhaseRename: noop,
  onColumnDoubleClick: noop,
  onAddTouchpoint: noop,
  onEmotionChange: noop,
};

/** A phase header over `count` cards, with `missed` KPIs that miss their target. */
function header(count: number, missed: number) {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const id = addPhase(doc, { name: 'Report' });
  for (let i = 0; i < missed; i++) addKpi(doc, id, { name: `KPI ${i}`, actual: 10, target: 50, unit: '%' });
  const phase = toJSON(doc).phases[0]!;
  // The header reads only these of React Flow's node props.
  const props = { id, data: { phase, height: 400, count }, selected: false } as unknown as NodeProps<PhaseNodeType>;
  render(
    <ReactFlowProvider>
      <MapContext.Provider value={map}>
        <PhaseNode {...props} />
      </MapContext.Provider>
    </ReactFlowProvider>,
  );
}

afterEach(() => useLocaleStore.getState().setLocale('en'));

describe('phase header', () => {
  it('says what its counts are, in a tooltip and to screen readers', () => {
    header(3, 2);
    const count = screen.getByTestId('phase-count');
    expect(count).toHaveTextContent('3 ●');
    expect(count).toHaveAttribute('title', '3 touchpoints in this phase');
    expect(screen.getByText('3 touchpoints in this phase')).toHaveClass('sr-only');
    expect(screen.getByText('3 ●')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTitle('2 KPIs miss their target')).toHaveTextContent('KPI ✕2');
  });

  it('in Dutch, and for one', () => {
    useLocaleStore.getState().setLocale('nl');
    header(1, 1);
    expect(screen.getByTestId('phase-count')).toHaveAttribute('title', '1 contactmoment in deze fase');
    expect(screen.getByText('1 contactmoment in deze fase')).toBeInTheDocument();
    expect(screen.getByTitle('1 KPI haalt het doel niet')).toHaveTextContent('KPI ✕1');
  });
});

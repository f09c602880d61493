import { addKpi, addPhase, addTouchpoint, createJourney, toJSON } from '@touchpoint/model';
import { render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { createFrictionStore, MapContext, type MapContextValue } from './mapContext.ts';
import { TouchpointNode, type TouchpointNodeType } from './TouchpointNode.tsx';

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

function card(actual: number, target: number) {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const id = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form' });
  addKpi(doc, id, { name: 'Done', actual, target, unit: '%' });
  const touchpoint = toJSON(doc).touchpoints[0]!;
  // The card reads only these of React Flow's node props.
  const props = { id, data: { touchpoint }, selected: false } as unknown as NodeProps<TouchpointNodeType>;
  render(
    <ReactFlowProvider>
      <MapContext.Provider value={map}>
        <TouchpointNode {...props} />
      </MapContext.Provider>
    </ReactFlowProvider>,
  );
}

afterEach(() => useLocaleStore.getState().setLocale('en'));

describe('touchpoint card', () => {
  it('shows KPI values with the interface language’s separators', () => {
    useLocaleStore.getState().setLocale('nl');
    card(1250, 12.5);
    expect(screen.getByTestId('kpi-chip')).toHaveTextContent('Done 1.250/12,5%');
  });

  it('in English with a decimal point and a thousands comma', () => {
    card(1250.75, 12.5);
    expect(screen.getByTestId('kpi-chip')).toHaveTextContent('Done 1,250.75/12.5%');
  });
});

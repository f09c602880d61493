import { addKpi, addPhase, addTouchpoint, createJourney, toJSON } from '@touchpoint/model';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { createCommentCountStore } from './comment-counts.ts';
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

type Flags = Partial<Record<'isStart' | 'isKeyMoment' | 'isWowMoment' | 'isEnd', boolean>>;
type KpiSpec = { name: string; actual: number; target: number; unit: string; direction?: 'higher' | 'lower' };

function renderCard(flags: Flags, kpis: KpiSpec[], openComments = 0) {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const id = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form', ...flags });
  for (const kpi of kpis) addKpi(doc, id, kpi);
  const comments = createCommentCountStore();
  comments.setState({ open: new Map([[id, openComments]]) });
  const touchpoint = toJSON(doc).touchpoints[0]!;
  // The card reads only these of React Flow's node props.
  const props = { id, data: { touchpoint }, selected: false } as unknown as NodeProps<TouchpointNodeType>;
  render(
    <ReactFlowProvider>
      <MapContext.Provider value={{ ...map, comments }}>
        <TouchpointNode {...props} />
      </MapContext.Provider>
    </ReactFlowProvider>,
  );
}

const card = (actual: number, target: number) => renderCard({}, [{ name: 'Done', actual, target, unit: '%' }]);

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

describe('touchpoint card badge row', () => {
  const callCenter: KpiSpec[] = [
    { name: 'First call resolution', actual: 61, target: 80, unit: '%' },
    { name: 'Average handling time', actual: 540, target: 360, unit: 's', direction: 'lower' },
  ];

  it('keeps a key moment and two KPIs in one row: the KPI that does not fit is counted in "+1" and listed in its title', () => {
    renderCard({ isKeyMoment: true }, callCenter);
    const row = screen.getByTestId('badge-row');
    expect(row.className).toContain('flex-nowrap');
    expect(row.className).not.toContain('flex-wrap ');
    expect(screen.getAllByTestId('card-flag').map((f) => f.textContent)).toEqual(['★ Key moment']);
    const chips = screen.getAllByTestId('kpi-chip');
    expect(chips).toHaveLength(1);
    // The whole name is in the chip (CSS ends it in an ellipsis) and in its title.
    expect(chips[0]).toHaveTextContent('First call resolution 61/80%');
    expect(chips[0]).toHaveAttribute('title', 'First call resolution: 61% / 80% (missed target)');
    const more = screen.getByTestId('kpi-more');
    expect(more).toHaveTextContent('+1');
    expect(more).toHaveAttribute('title', 'Average handling time: 540s / 360s (missed target)');
  });

  it('shows two KPI chips when nothing else is in the row, and counts a third in "+1"', () => {
    renderCard({}, [...callCenter, { name: 'NPS', actual: 30, target: 40, unit: '' }]);
    expect(screen.getAllByTestId('kpi-chip')).toHaveLength(2);
    expect(screen.getByTestId('kpi-more')).toHaveTextContent('+1');
  });

  it('shows the flags as symbols, their names in their titles, when all of them would not fit', () => {
    renderCard({ isStart: true, isKeyMoment: true, isWowMoment: true, isEnd: true }, []);
    const flags = screen.getAllByTestId('card-flag');
    expect(flags.map((f) => f.textContent)).toEqual(['▶', '★', '✦', '■']);
    expect(flags.map((f) => f.getAttribute('title'))).toEqual(['Start', 'Key moment', 'Wow moment', 'End']);
  });

  it('marks the connection handles as edit controls, which image exports leave out', () => {
    renderCard({}, []);
    const handles = Array.from(document.querySelectorAll('.react-flow__handle'));
    expect(handles).toHaveLength(4);
    for (const handle of handles) expect(handle).toHaveClass('tp-edit-control');
  });
});

describe('touchpoint card comment badge', () => {
  it('shows a drawn speech bubble and n for the open comments (no emoji, which not every system has), titled, marked as an edit control so image exports leave it out', () => {
    renderCard({}, [], 2);
    const badge = screen.getByTestId('comment-badge');
    expect(badge.textContent!.trim()).toBe('2');
    expect(badge.querySelector('svg')).not.toBeNull();
    expect(badge).toHaveAttribute('title', '2 open comments');
    expect(badge).toHaveClass('tp-edit-control');
  });

  it('keeps its room in the row: two KPIs that fit beside each other show as one chip and "+1"', () => {
    const kpis: KpiSpec[] = [
      { name: 'First call resolution', actual: 61, target: 80, unit: '%' },
      { name: 'Average handling time', actual: 540, target: 360, unit: 's', direction: 'lower' },
    ];
    renderCard({}, kpis);
    expect(screen.getAllByTestId('kpi-chip')).toHaveLength(2);
    cleanup();
    renderCard({}, kpis, 1);
    expect(screen.getAllByTestId('kpi-chip')).toHaveLength(1);
    expect(screen.getByTestId('kpi-more')).toHaveTextContent('+1');
    expect(screen.getByTestId('comment-badge').textContent!.trim()).toBe('1');
  });

  it('says it in Dutch', () => {
    useLocaleStore.getState().setLocale('nl');
    renderCard({}, [], 1);
    expect(screen.getByTestId('comment-badge')).toHaveAttribute('title', '1 open opmerking');
  });

  it('is not there without open comments', () => {
    renderCard({}, [], 0);
    expect(screen.queryByTestId('comment-badge')).toBeNull();
    expect(screen.queryByTestId('badge-row')).toBeNull();
  });

  it('follows the count of its own card only: another card\'s new comment re-renders nothing here', () => {
    const store = createCommentCountStore();
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' });
    const phase = addPhase(doc, { name: 'Report' });
    const ids = ['Form', 'Call'].map((title) => addTouchpoint(doc, { phaseId: phase, title }));
    const touchpoints = toJSON(doc).touchpoints;
    const renders = new Map<string, number>();
    render(
      <ReactFlowProvider>
        <MapContext.Provider value={{ ...map, comments: store }}>
          {touchpoints.map((touchpoint) => {
            const props = { id: touchpoint.id, data: { touchpoint }, selected: false } as unknown as NodeProps<TouchpointNodeType>;
            return (
              <Profiler key={touchpoint.id} id={touchpoint.id} onRender={(id) => renders.set(id, (renders.get(id) ?? 0) + 1)}>
                <TouchpointNode {...props} />
              </Profiler>
            );
          })}
        </MapContext.Provider>
      </ReactFlowProvider>,
    );
    const [form, call] = ids as [string, string];
    const before = new Map(renders);
    act(() => store.setState({ open: new Map([[call, 1]]) }));
    expect(screen.getAllByTestId('comment-badge')).toHaveLength(1);
    expect(renders.get(form)).toBe(before.get(form));
    expect(renders.get(call)).toBe(before.get(call)! + 1);
    act(() => store.setState({ open: new Map([[call, 1]]) }));
    expect(renders.get(call)).toBe(before.get(call)! + 1);
  });
});

import { addChannel, addComment, addPhase, addTouchpoint, connectStep, createJourney, updateTouchpoint } from '@touchpoint/model';
import { act, cleanup, render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';

// Records the nodes and edges the map hands to React Flow on each render.
const seen = vi.hoisted(() => ({ nodes: [] as unknown[], edges: [] as unknown[] }));
vi.mock('@xyflow/react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@xyflow/react')>();
  return {
    ...actual,
    ReactFlow: (props: { nodes: unknown; edges: unknown }) => {
      seen.nodes.push(props.nodes);
      seen.edges.push(props.edges);
      return null;
    },
  };
});

const { JourneyCanvas } = await import('./JourneyCanvas.tsx');

afterEach(cleanup);

function renderCanvas(doc: Y.Doc, store: ReturnType<typeof createJourneyStore>) {
  return render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc, store, origin: {}, readOnly: false }}>
        <JourneyCanvas friction={new Map()} />
      </JourneyContext.Provider>
    </ReactFlowProvider>,
  );
}

describe('JourneyCanvas', () => {
  it('hands React Flow the same edge array when an edit changed no edge, and reuses unchanged node objects', () => {
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' });
    const phase = addPhase(doc, { name: 'Report' });
    const web = addChannel(doc, { name: 'Website', kind: 'web' });
    const a = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form', channelId: web });
    const b = addTouchpoint(doc, { phaseId: phase, title: 'Call us', channelId: web });
    connectStep(doc, { from: a, to: b });
    const store = createJourneyStore(doc);
    renderCanvas(doc, store);
    const edgesBefore = seen.edges.at(-1) as { id: string }[];
    const nodesBefore = seen.nodes.at(-1) as { id: string; handles?: { id: string }[] }[];
    expect(edgesBefore).toHaveLength(1);
    // Handle geometry is declared, so React Flow needs not render every card to measure it.
    for (const node of nodesBefore) expect(node.handles).toBeDefined();
    expect(nodesBefore.find((n) => n.id === a)!.handles!.map((h) => h.id)).toEqual(['l', 'r', 't', 'b']);
    act(() => updateTouchpoint(doc, a, { title: 'Fill in the form' }));
    const nodesAfter = seen.nodes.at(-1) as { id: string; data: { touchpoint?: { title: string } } }[];
    expect(nodesAfter).not.toBe(nodesBefore);
    expect(nodesAfter.find((n) => n.id === a)!.data.touchpoint!.title).toBe('Fill in the form');
    expect(nodesAfter.find((n) => n.id === b)).toBe(nodesBefore.find((n) => n.id === b));
    expect(seen.edges.at(-1)).toBe(edgesBefore);
    store.destroy();
  });

  it('hands React Flow the same nodes and edges when a comment is posted: no card re-renders for it', () => {
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' });
    const phase = addPhase(doc, { name: 'Report' });
    const a = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form' });
    const b = addTouchpoint(doc, { phaseId: phase, title: 'Call us' });
    connectStep(doc, { from: a, to: b });
    const store = createJourneyStore(doc);
    renderCanvas(doc, store);
    const nodesBefore = seen.nodes.at(-1);
    const edgesBefore = seen.edges.at(-1);
    act(() => void addComment(doc, { touchpointId: a, author: 'Otter', text: 'Two forms?' }));
    expect(store.getState().journey!.comments).toHaveLength(1);
    expect(seen.nodes.at(-1)).toBe(nodesBefore);
    expect(seen.edges.at(-1)).toBe(edgesBefore);
    store.destroy();
  });
});

// React Flow may leave off-screen nodes and edges out of the DOM (onlyRenderVisibleElements,
// used by the editor for large maps). An image is made from the DOM, so an export asks the
// map to render everything while it runs.
import type { ReactFlowState } from '@xyflow/react';
import { useRenderEverything } from '../canvas/render-everything.ts';

function renderedNodes(state: ReactFlowState): number {
  return state.domNode?.querySelectorAll('.react-flow__node').length ?? 0;
}

function visibleNodes(state: ReactFlowState): number {
  let count = 0;
  for (const node of state.nodeLookup.values()) if (!node.hidden) count++;
  return count;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });
}

/**
 * Makes sure every node and edge is in the DOM, without moving the view (a zoomed-out view
 * would hide the edge labels, and paint the whole map on screen for nothing). Returns a
 * function that goes back to rendering what is on screen (a no-op when nothing changed).
 */
export async function renderEveryNode(getState: () => ReactFlowState, timeoutMs = 5000): Promise<() => Promise<void>> {
  if (renderedNodes(getState()) >= visibleNodes(getState())) return async () => {};
  useRenderEverything.setState({ all: true });
  const deadline = Date.now() + timeoutMs;
  while (renderedNodes(getState()) < visibleNodes(getState()) && Date.now() < deadline) await nextFrame();
  // One more frame: edges are drawn after the nodes they connect.
  await nextFrame();
  return async () => {
    useRenderEverything.setState({ all: false });
  };
}

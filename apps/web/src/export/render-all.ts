// React Flow may leave off-screen nodes and edges out of the DOM (onlyRenderVisibleElements,
// used by the editor for large maps). An image is made from the DOM, so before an export
// the view is zoomed out until every node is rendered, and put back afterwards.
import { getViewportForBounds, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';

const LOWEST_ZOOM = 0.001;

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
 * Makes sure every node is in the DOM. Returns a function that restores the view as it was
 * (a no-op when nothing had to change).
 */
export async function renderEveryNode(
  flow: Pick<ReactFlowInstance, 'getViewport' | 'setViewport' | 'getNodes' | 'getNodesBounds'>,
  getState: () => ReactFlowState,
  timeoutMs = 5000,
): Promise<() => Promise<void>> {
  const state = getState();
  if (renderedNodes(state) >= visibleNodes(state)) return async () => {};
  const saved = flow.getViewport();
  const savedMinZoom = state.minZoom;
  state.setMinZoom(LOWEST_ZOOM);
  const bounds = flow.getNodesBounds(flow.getNodes().filter((n) => !n.hidden));
  const fitted = getViewportForBounds(bounds, Math.max(1, state.width), Math.max(1, state.height), LOWEST_ZOOM, 1, 0.05);
  await flow.setViewport(fitted);
  const deadline = Date.now() + timeoutMs;
  while (renderedNodes(getState()) < visibleNodes(getState()) && Date.now() < deadline) await nextFrame();
  // Two more frames: edges are drawn after the nodes they connect are measured.
  await nextFrame();
  await nextFrame();
  return async () => {
    getState().setMinZoom(savedMinZoom);
    await flow.setViewport(saved);
  };
}

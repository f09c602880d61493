// React Flow may leave off-screen nodes and edges out of the DOM (onlyRenderVisibleElements,
// used by the editor for large maps). An image is made from the DOM, so the image export
// asks the map to render everything from shortly after its tab opens (the map is ready by
// the time the person has chosen the options) until it closes.
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
 * Asks the map to keep every node and edge in the DOM, also those off screen, without moving
 * the view (a zoomed-out view would hide the edge labels, and paint the whole map on screen
 * for nothing). Call `release()` to go back to rendering what is on screen.
 */
export function renderEverything(): { release(): void } {
  useRenderEverything.setState({ all: true });
  return { release: () => useRenderEverything.setState({ all: false }) };
}

/** Resolves once every node is in the DOM, and the edges between them are drawn. */
export async function everyNodeRendered(getState: () => ReactFlowState, timeoutMs = 5000): Promise<void> {
  if (renderedNodes(getState()) >= visibleNodes(getState())) return;
  const deadline = Date.now() + timeoutMs;
  while (renderedNodes(getState()) < visibleNodes(getState()) && Date.now() < deadline) await nextFrame();
  // One more frame: edges are drawn after the nodes they connect.
  await nextFrame();
}

// While a large map pans or zooms, its viewport's transform is played as a Web Animation
// that holds the current view, updated on every move, instead of only being written to
// the element's style.
//
// Chromium moves a composited layer without repainting it either way, but for a style
// change it first works out the page's layers again ("layerize", over everything on
// screen), every frame; for a transform that is animating, it hands the new value straight
// to the compositor. On a 1,000-touchpoint map that is most of the main thread's work per
// frame while panning. React Flow still writes the same transform to the style; when the
// move ends the animation is cancelled and that style is what shows.
import type { Viewport } from '@xyflow/react';

export interface ViewportMotion {
  /** The view has moved: hold this one. */
  update(viewport: Viewport): void;
  /** The move is over: the element's own style shows again. */
  stop(): void;
}

/** React Flow's transform of the viewport element for a view. */
export function viewportTransform({ x, y, zoom }: Viewport): string {
  return `translate(${x}px,${y}px) scale(${zoom})`;
}

function hold(viewport: Viewport): Keyframe[] {
  const transform = viewportTransform(viewport);
  return [{ transform }, { transform }];
}

/** Starts holding `viewport` on `element`; null where Web Animations are missing (tests). */
export function startViewportMotion(element: Element | null | undefined, viewport: Viewport): ViewportMotion | null {
  if (!element || typeof element.animate !== 'function') return null;
  const animation = element.animate(hold(viewport), { duration: 1000, iterations: Infinity, fill: 'both' });
  const effect = animation.effect as KeyframeEffect;
  return {
    update: (next) => effect.setKeyframes(hold(next)),
    stop: () => animation.cancel(),
  };
}

import { describe, expect, it } from 'vitest';
import { startViewportMotion, viewportTransform } from './viewport-motion.ts';

/** An element with just enough of the Web Animations API to record what is asked of it. */
function fakeElement() {
  const log: { keyframes: Keyframe[][]; options: KeyframeAnimationOptions | undefined; cancelled: boolean } = {
    keyframes: [],
    options: undefined,
    cancelled: false,
  };
  const element = {
    animate(keyframes: Keyframe[], options: KeyframeAnimationOptions) {
      log.keyframes.push(keyframes);
      log.options = options;
      return {
        effect: { setKeyframes: (next: Keyframe[]) => log.keyframes.push(next) },
        cancel: () => (log.cancelled = true),
      };
    },
  } as unknown as Element;
  return { element, log };
}

describe('viewport motion', () => {
  it('writes the transform the way React Flow writes the viewport style', () => {
    expect(viewportTransform({ x: 40, y: -24.5, zoom: 0.7 })).toBe('translate(40px,-24.5px) scale(0.7)');
  });

  it('holds the view it is given, follows each move, and lets go when the move ends', () => {
    const { element, log } = fakeElement();
    const motion = startViewportMotion(element, { x: 10, y: 20, zoom: 1 })!;
    expect(log.keyframes).toEqual([[{ transform: 'translate(10px,20px) scale(1)' }, { transform: 'translate(10px,20px) scale(1)' }]]);
    // It never runs out on its own, and holds the view outside its timing too.
    expect(log.options).toMatchObject({ iterations: Infinity, fill: 'both' });
    motion.update({ x: -5, y: 20, zoom: 0.5 });
    expect(log.keyframes.at(-1)).toEqual([{ transform: 'translate(-5px,20px) scale(0.5)' }, { transform: 'translate(-5px,20px) scale(0.5)' }]);
    expect(log.cancelled).toBe(false);
    motion.stop();
    expect(log.cancelled).toBe(true);
  });

  it('does nothing where there is no element or no Web Animations (jsdom, old browsers)', () => {
    expect(startViewportMotion(null, { x: 0, y: 0, zoom: 1 })).toBeNull();
    expect(startViewportMotion(document.createElement('div'), { x: 0, y: 0, zoom: 1 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { emotionAt, emotionY, LANE_HEIGHT } from './layout.ts';

describe('emotion lane', () => {
  it('reads back each emotion from its own line, wherever the lane sits', () => {
    for (const laneY of [0, 700]) for (const emotion of [-2, -1, 0, 1, 2]) expect(emotionAt(emotionY(emotion, laneY), laneY)).toBe(emotion);
  });

  it('rounds to the nearest line and stays within -2 … +2 beyond the lane', () => {
    const step = emotionY(0, 0) - emotionY(1, 0);
    expect(emotionAt(emotionY(0, 0) - step * 0.4, 0)).toBe(0);
    expect(emotionAt(emotionY(0, 0) - step * 0.6, 0)).toBe(1);
    expect(emotionAt(-500, 0)).toBe(2);
    expect(emotionAt(LANE_HEIGHT + 500, 0)).toBe(-2);
  });
});

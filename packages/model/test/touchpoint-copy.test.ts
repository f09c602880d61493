import { describe, expect, it } from 'vitest';
import { parseTouchpointCopy, TOUCHPOINT_COPY_FORMAT, TOUCHPOINT_COPY_VERSION } from '../src/index.ts';

const card = { id: 't1', phaseId: 'p1', order: 0, title: 'Fill in form', channelId: 'c1', emotion: -1 };

describe('touchpoint copy', () => {
  it('accepts a copy and fills in the defaults of each card', () => {
    const result = parseTouchpointCopy({ format: TOUCHPOINT_COPY_FORMAT, version: TOUCHPOINT_COPY_VERSION, touchpoints: [card], channels: [{ id: 'c1', name: 'Website', kind: 'web' }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.copy.touchpoints[0]).toMatchObject({ title: 'Fill in form', emotion: -1, kpis: [], isKeyMoment: false });
    expect(result.copy.steps).toEqual([]);
    expect(result.copy.channels).toMatchObject([{ id: 'c1', name: 'Website', kind: 'web' }]);
  });

  it('reports what is wrong with a path, and refuses an empty copy or another version', () => {
    const bad = parseTouchpointCopy({ format: TOUCHPOINT_COPY_FORMAT, version: TOUCHPOINT_COPY_VERSION, touchpoints: [{ ...card, emotion: 7 }] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.path)).toEqual(['touchpoints[0].emotion']);
    expect(parseTouchpointCopy({ format: TOUCHPOINT_COPY_FORMAT, version: TOUCHPOINT_COPY_VERSION, touchpoints: [] }).ok).toBe(false);
    expect(parseTouchpointCopy({ format: TOUCHPOINT_COPY_FORMAT, version: 2, touchpoints: [card] }).ok).toBe(false);
    expect(parseTouchpointCopy({ format: 'something-else', version: 1, touchpoints: [card] }).ok).toBe(false);
  });
});

import { buildTemplate, type Journey } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { findOnMap, foldText } from './find.ts';

const journey: Journey = buildTemplate('car-rental-winter', { locale: 'en', journeyId: 'j1' });

describe('findOnMap', () => {
  it('finds touchpoints by title, ignoring case and the spaces around the text', () => {
    const matches = findOnMap(journey, '  ROADSIDE ');
    expect(matches.map((m) => m.label)).toEqual(['Call roadside assistance for a flat battery']);
    expect(matches[0]).toMatchObject({ kind: 'touchpoint', field: 'title' });
  });

  it('finds phases by name, each before its own touchpoints, in map order', () => {
    const matches = findOnMap(journey, 'book');
    expect(matches[0]).toMatchObject({ kind: 'phase', label: 'Booking', field: 'name' });
    const order = journey.touchpoints.map((t) => t.id);
    const found = matches.filter((m) => m.kind === 'touchpoint').map((m) => order.indexOf(m.id));
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect(found.length).toBeGreaterThan(0);
  });

  it('finds a touchpoint by its channel and by the text of its other fields, and says where', () => {
    const byChannel = findOnMap(journey, 'rental desk');
    expect(byChannel.length).toBeGreaterThan(1);
    expect(byChannel.every((m) => m.kind === 'touchpoint' && m.field === 'channel')).toBe(true);
    const withGoal = journey.touchpoints.find((t) => t.goal !== '' && !t.title.toLowerCase().includes(t.goal.toLowerCase()))!;
    const byGoal = findOnMap(journey, withGoal.goal).find((m) => m.id === withGoal.id);
    expect(byGoal?.field).toBe('goal');
  });

  it('ignores accents both ways, as Dutch text needs', () => {
    const dutch: Journey = { ...journey, touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, title: 'Ideeën opdoen voor de reis' } : t)) };
    expect(findOnMap(dutch, 'ideeen').map((m) => m.label)).toEqual(['Ideeën opdoen voor de reis']);
    expect(findOnMap(dutch, 'IDEEËN').map((m) => m.label)).toEqual(['Ideeën opdoen voor de reis']);
    expect(foldText('Café')).toBe('cafe');
  });

  it('finds nothing for an empty query or text that is nowhere', () => {
    expect(findOnMap(journey, '')).toEqual([]);
    expect(findOnMap(journey, '   ')).toEqual([]);
    expect(findOnMap(journey, 'zeppelin')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTemplate, generateJourney, type Journey } from '@touchpoint/model';
import { layoutMap, renderMapSvg } from './map-svg.ts';
import { textWidth } from './svg-text.ts';
import { CHANNEL_STYLE, HANDOFF_COLOR } from '../canvas/visuals.ts';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('renderMapSvg', () => {
  for (const id of ['insurance-application', 'car-rental-winter', 'omnichannel-retail']) {
    for (const locale of ['en', 'nl'] as const) {
      it(`draws every touchpoint, phase and step of ${id} (${locale})`, () => {
        const journey = buildTemplate(id, { locale });
        const doc = parse(renderMapSvg(journey));
        const cards = [...doc.querySelectorAll('.tp-map-card')];
        expect(cards.map((c) => c.getAttribute('data-touchpoint-id'))).toEqual(expect.arrayContaining(journey.touchpoints.map((t) => t.id)));
        expect(cards).toHaveLength(journey.touchpoints.length);
        for (const tp of journey.touchpoints) {
          const card = doc.querySelector(`[data-touchpoint-id="${tp.id}"]`)!;
          expect(card.querySelector('title')!.textContent).toBe(tp.title);
        }
        expect(doc.querySelectorAll('.tp-map-phase')).toHaveLength(journey.phases.length);
        expect(doc.querySelectorAll('.tp-map-step')).toHaveLength(journey.steps.length);
        expect(doc.querySelectorAll('.tp-map-emotion circle')).toHaveLength(journey.touchpoints.length);
      });
    }
  }

  it('draws channel switches as double lines and colours them by handoff', () => {
    const journey = buildTemplate('insurance-application');
    const doc = parse(renderMapSvg(journey));
    const channel = new Map(journey.touchpoints.map((t) => [t.id, t.channelId]));
    const switches = journey.steps.filter((s) => channel.get(s.from) !== channel.get(s.to));
    expect(switches.length).toBeGreaterThan(0);
    for (const step of journey.steps) {
      const path = doc.querySelector(`[data-step-id="${step.id}"]`)!;
      const isSwitch = switches.includes(step);
      expect(path.classList.contains('tp-map-switch')).toBe(isSwitch);
      expect(path.getAttribute('stroke-width')).toBe(isSwitch ? '5' : '2');
      // The white core follows the same curve.
      const core = path.nextElementSibling;
      expect(core?.classList.contains('tp-map-switch-core') ?? false).toBe(isSwitch);
      if (isSwitch) expect(core!.getAttribute('d')).toBe(path.getAttribute('d'));
      if (isSwitch) expect(path.getAttribute('stroke')).toBe(HANDOFF_COLOR[step.handoff ?? 'unset']);
    }
  });

  it('colours each card by its channel as the editor’s map does, so staff and designers see one colour code', () => {
    const journey = buildTemplate('insurance-application');
    const doc = parse(renderMapSvg(journey));
    const kinds = new Map(journey.channels.map((c) => [c.id, c.kind]));
    for (const tp of journey.touchpoints.filter((t) => t.channelId)) {
      const bar = doc.querySelectorAll(`[data-touchpoint-id="${tp.id}"] rect`)[1]!;
      expect(bar.getAttribute('fill')).toBe(CHANNEL_STYLE[kinds.get(tp.channelId!)!].color);
    }
  });

  it('escapes titles and places the emotion curve by emotion', () => {
    const base = buildTemplate('car-rental-winter');
    const journey: Journey = {
      ...base,
      touchpoints: base.touchpoints.map((t, i) => (i === 0 ? { ...t, title: 'Tom & Jerry <b>"quote"</b>', emotion: 2 } : t)),
    };
    const svg = renderMapSvg(journey, { emotion: 'Emotie' });
    expect(svg).not.toContain('<b>');
    const doc = parse(svg);
    expect(doc.querySelector(`[data-touchpoint-id="${journey.touchpoints[0]!.id}"] title`)!.textContent).toBe('Tom & Jerry <b>"quote"</b>');
    expect(doc.querySelector('.tp-map-emotion text')!.textContent).toBe('Emotie');
    const circles = [...doc.querySelectorAll('.tp-map-emotion circle')];
    const high = circles.find((c) => c.textContent!.startsWith('Tom & Jerry'))!;
    const ys = circles.map((c) => Number(c.getAttribute('cy')));
    expect(Number(high.getAttribute('cy'))).toBe(Math.min(...ys));
  });

  it('keeps titles, channel names and phase names inside their boxes, and the channel name clear of the badges', () => {
    const base = buildTemplate('insurance-application', { locale: 'nl' });
    const long = 'Klantenservice bellen voor hulp bij het invullen van de risicovragen over de woning';
    const journey: Journey = {
      ...base,
      phases: base.phases.map((p, i) => (i === 0 ? { ...p, name: 'Oriëntatie en vergelijken van alle premies en voorwaarden' } : p)),
      channels: base.channels.map((c, i) => (i === 0 ? { ...c, name: 'Vergelijkingssite van een onafhankelijke partij' } : c)),
      touchpoints: base.touchpoints.map((t, i) => (i < 3 ? { ...t, title: long, isKeyMoment: i > 0, isWowMoment: i > 1 } : t)),
    };
    const doc = parse(renderMapSvg(journey));
    const cards = [...doc.querySelectorAll('.tp-map-card')];
    for (const card of cards) {
      const box = card.querySelector('rect')!;
      const right = Number(box.getAttribute('x')) + Number(box.getAttribute('width'));
      const badges = card.querySelectorAll('text[text-anchor=end]').length;
      const end = (text: Element, font: { size: number; bold?: boolean }) => Number(text.getAttribute('x')) + textWidth(text.textContent!, font);
      for (const line of card.querySelectorAll(':scope > text[font-weight="600"]')) {
        expect(end(line, { size: 13, bold: true })).toBeLessThanOrEqual(right - 10);
      }
      // The channel name stops before the badges beside it (each about 18 px).
      const channel = card.querySelector(':scope > text[font-size="11"]')!;
      expect(end(channel, { size: 11 })).toBeLessThanOrEqual(right - 10 - badges * 18);
    }
    const longCards = journey.touchpoints.slice(0, 3).map((t) => doc.querySelector(`[data-touchpoint-id="${t.id}"]`)!);
    for (const card of longCards) {
      const lines = [...card.querySelectorAll(':scope > text[font-weight="600"]')].map((t) => t.textContent!);
      expect(lines).toHaveLength(3);
      expect(lines[2]!.endsWith('…')).toBe(true);
    }
    const phaseName = doc.querySelector('.tp-map-phase text')!;
    expect(phaseName.firstChild!.textContent!.endsWith('…')).toBe(true);
    expect(textWidth(phaseName.firstChild!.textContent!, { size: 15, bold: true })).toBeLessThanOrEqual(240 - 28);
  });

  it('draws arrowheads at one size in pixels, however wide the line they end', () => {
    const doc = parse(renderMapSvg(buildTemplate('insurance-application')));
    const markers = [...doc.querySelectorAll('marker')];
    expect(markers.length).toBeGreaterThan(1);
    for (const marker of markers) {
      expect(marker.getAttribute('markerUnits')).toBe('userSpaceOnUse');
      expect(Number(marker.getAttribute('markerWidth'))).toBeLessThanOrEqual(12);
    }
  });

  it('spaces the legend by the length of its labels', () => {
    const labels = { step: 'een stap tussen twee contactmomenten', channelSwitch: 'kanaalwissel met of zonder overdracht', keyMoment: 'Sleutelmoment', wowMoment: 'Wow-moment' };
    const doc = parse(renderMapSvg(buildTemplate('car-rental-winter'), labels));
    const texts = [...doc.querySelectorAll('.tp-map-legend text')];
    expect(texts.map((t) => t.textContent)).toEqual([labels.step, labels.channelSwitch, `★ ${labels.keyMoment}`, `✦ ${labels.wowMoment}`]);
    for (let i = 1; i < texts.length; i++) {
      const before = texts[i - 1]!;
      expect(Number(texts[i]!.getAttribute('x'))).toBeGreaterThan(Number(before.getAttribute('x')) + textWidth(before.textContent!, { size: 11 }));
    }
  });

  it('grows with the number of phases and touchpoints', () => {
    const small = layoutMap(generateJourney({ touchpoints: 6, steps: 5, phases: 3, seed: 1 }));
    const large = layoutMap(generateJourney({ touchpoints: 300, steps: 320, phases: 6, seed: 1 }));
    expect(large.width).toBeGreaterThan(small.width);
    expect(large.height).toBeGreaterThan(small.height);
    expect(large.cards.size).toBe(300);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTemplate, generateJourney, type Journey } from '@touchpoint/model';
import { escapeXml, layoutMap, renderMapSvg, wrapText } from './map-svg.ts';

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
      if (step.handoff === 'none' && isSwitch) expect(path.getAttribute('stroke')).toBe('#e11d48');
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

  it('grows with the number of phases and touchpoints', () => {
    const small = layoutMap(generateJourney({ touchpoints: 6, steps: 5, phases: 3, seed: 1 }));
    const large = layoutMap(generateJourney({ touchpoints: 300, steps: 320, phases: 6, seed: 1 }));
    expect(large.width).toBeGreaterThan(small.width);
    expect(large.height).toBeGreaterThan(small.height);
    expect(large.cards.size).toBe(300);
  });
});

describe('text helpers', () => {
  it('wraps into lines and marks a cut with an ellipsis', () => {
    expect(wrapText('Compare offers online', 26, 2)).toEqual(['Compare offers online']);
    expect(wrapText('one two three four five six seven eight nine ten', 12, 2)).toEqual(['one two', 'three four…']);
    expect(wrapText('Supercalifragilisticexpialidocious', 10, 2)[0]).toHaveLength(10);
  });

  it('escapes XML', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

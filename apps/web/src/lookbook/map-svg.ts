// The journey map as a standalone SVG, drawn from the plain journey with no DOM and no
// network: phases as columns, touchpoint cards in their channel's colour, steps as arrows
// (channel switches dashed, coloured by handoff) and the emotion curve underneath.
import type { Journey, Touchpoint } from '@touchpoint/model';
import { channelColor, HANDOFF_COLORS } from './palette.ts';
import { escapeXml, fitText, textWidth, wrapText, type Font } from './svg-text.ts';

export interface MapSvgLabels {
  emotion: string;
  step: string;
  channelSwitch: string;
  keyMoment: string;
  wowMoment: string;
  noChannel: string;
}

const DEFAULT_LABELS: MapSvgLabels = {
  emotion: 'Emotion',
  step: 'step',
  channelSwitch: 'channel switch',
  keyMoment: 'Key moment',
  wowMoment: 'Wow moment',
  noChannel: 'no channel',
};

const COLUMN = 240;
const CARD_W = 196;
const CARD_H = 92;
const ROW_GAP = 26;
const MARGIN = 24;
const HEADER = 54;
const EMOTION_BAND = 120;
const LEGEND = 30;
/** Text inside a card: from its colour bar to a little before its right edge. */
const CARD_TEXT_X = 16;
const CARD_TEXT_W = CARD_W - CARD_TEXT_X - 10;
/** Room a key or wow moment badge takes from the channel name's line. */
const BADGE_W = 18;
const TITLE_FONT: Font = { size: 13, bold: true };
const CHANNEL_FONT: Font = { size: 11 };
const PHASE_FONT: Font = { size: 15, bold: true };
const LEGEND_FONT: Font = { size: 11 };
/** A step that is not a channel switch, in the map and its legend. */
const STEP_COLOR = '#475569';
/** Arrowheads in pixels, whatever the width of the line they end. */
const ARROW = 10;

interface Placed {
  touchpoint: Touchpoint;
  x: number;
  y: number;
  column: number;
}

export interface MapLayout {
  width: number;
  height: number;
  cards: Map<string, Placed>;
}

export function layoutMap(journey: Journey): MapLayout {
  const phases = [...journey.phases].sort((a, b) => a.order - b.order);
  const column = new Map(phases.map((p, i) => [p.id, i]));
  const cards = new Map<string, Placed>();
  let rows = 1;
  for (const phase of phases) {
    const inPhase = journey.touchpoints.filter((t) => t.phaseId === phase.id).sort((a, b) => a.order - b.order);
    rows = Math.max(rows, inPhase.length);
    inPhase.forEach((touchpoint, row) => {
      const col = column.get(phase.id)!;
      cards.set(touchpoint.id, {
        touchpoint,
        column: col,
        x: MARGIN + col * COLUMN + (COLUMN - CARD_W) / 2,
        y: MARGIN + HEADER + row * (CARD_H + ROW_GAP),
      });
    });
  }
  const width = MARGIN * 2 + Math.max(1, phases.length) * COLUMN;
  const height = MARGIN * 2 + HEADER + rows * (CARD_H + ROW_GAP) + EMOTION_BAND + LEGEND;
  return { width, height, cards };
}

function edgePath(from: Placed, to: Placed): string {
  const a = { x: from.x + CARD_W, y: from.y + CARD_H / 2 };
  const b = { x: to.x, y: to.y + CARD_H / 2 };
  if (to.column > from.column) {
    const dx = Math.max(30, (b.x - a.x) / 2);
    return `M${a.x},${a.y} C${a.x + dx},${a.y} ${b.x - dx},${b.y} ${b.x},${b.y}`;
  }
  if (to.column === from.column) {
    // Down (or up) within a column: bottom centre to top centre.
    const down = to.y > from.y;
    const sx = from.x + CARD_W / 2;
    const sy = down ? from.y + CARD_H : from.y;
    const ex = to.x + CARD_W / 2;
    const ey = down ? to.y : to.y + CARD_H;
    if (Math.abs(to.y - from.y) <= CARD_H + ROW_GAP) return `M${sx},${sy} L${ex},${ey}`;
    const bend = CARD_W / 2 + 18;
    return `M${a.x},${a.y} C${a.x + bend},${a.y} ${to.x + CARD_W + bend},${to.y + CARD_H / 2} ${to.x + CARD_W},${to.y + CARD_H / 2}`;
  }
  // Back to an earlier phase (rework): loop above the cards.
  const top = Math.min(from.y, to.y) - ROW_GAP / 2;
  const sx = from.x + CARD_W / 2;
  const ex = to.x + CARD_W / 2;
  return `M${sx},${from.y} C${sx},${top - 30} ${ex},${top - 30} ${ex},${to.y}`;
}

/** The whole map as an SVG document (a string, starting with `<svg`). */
export function renderMapSvg(journey: Journey, labels: Partial<MapSvgLabels> = {}): string {
  const text = { ...DEFAULT_LABELS, ...labels };
  const layout = layoutMap(journey);
  const phases = [...journey.phases].sort((a, b) => a.order - b.order);
  const channels = new Map(journey.channels.map((c) => [c.id, c]));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${escapeXml(journey.title)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">`,
  );
  out.push(`<title>${escapeXml(journey.title)}</title>`);
  out.push(
    '<defs>' +
      Object.entries({ step: STEP_COLOR, ...HANDOFF_COLORS })
        .map(
          ([name, color]) =>
            `<marker id="tp-arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="${ARROW}" markerHeight="${ARROW}" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`,
        )
        .join('') +
      '</defs>',
  );
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);

  const cardsBottom = layout.height - MARGIN - EMOTION_BAND - LEGEND;
  // Phase columns.
  phases.forEach((phase, i) => {
    const x = MARGIN + i * COLUMN;
    const fill = phase.cycle === 'use' ? '#f0fdfa' : '#f8fafc';
    out.push(
      `<g class="tp-map-phase" data-phase-id="${escapeXml(phase.id)}"><rect x="${x + 4}" y="${MARGIN}" width="${COLUMN - 8}" height="${cardsBottom - MARGIN + EMOTION_BAND}" rx="10" fill="${fill}" stroke="#e2e8f0"/>` +
        `<text x="${x + COLUMN / 2}" y="${MARGIN + 30}" text-anchor="middle" font-size="${PHASE_FONT.size}" font-weight="700" fill="#0f172a">${escapeXml(
          fitText(phase.name, COLUMN - 28, PHASE_FONT),
        )}<title>${escapeXml(phase.name)}</title></text></g>`,
    );
  });

  // Steps, under the cards.
  const touchpoints = new Map(journey.touchpoints.map((t) => [t.id, t]));
  for (const step of journey.steps) {
    const from = layout.cards.get(step.from);
    const to = layout.cards.get(step.to);
    if (!from || !to) continue;
    const fromChannel = touchpoints.get(step.from)?.channelId ?? null;
    const toChannel = touchpoints.get(step.to)?.channelId ?? null;
    const isSwitch = fromChannel !== null && toChannel !== null && fromChannel !== toChannel;
    const key = isSwitch ? (step.handoff ?? 'unset') : 'step';
    const color = isSwitch ? HANDOFF_COLORS[step.handoff ?? 'unset'] : STEP_COLOR;
    // A channel switch is a double line, as on the canvas: a wide stroke with a white core.
    const d = edgePath(from, to);
    out.push(
      `<path class="tp-map-step${isSwitch ? ' tp-map-switch' : ''}" data-step-id="${escapeXml(step.id)}" d="${d}" fill="none" stroke="${color}" stroke-width="${isSwitch ? 5 : 2}" marker-end="url(#tp-arrow-${key})"/>` +
        (isSwitch ? `<path class="tp-map-switch-core" d="${d}" fill="none" stroke="#fff" stroke-width="1.5"/>` : ''),
    );
  }

  // Cards.
  for (const { touchpoint, x, y } of layout.cards.values()) {
    const channel = touchpoint.channelId ? channels.get(touchpoint.channelId) : undefined;
    const color = channelColor(channel?.kind);
    // Key and wow moment badges sit at the bottom right, beside the channel name.
    const badgeCount = Number(touchpoint.isKeyMoment) + Number(touchpoint.isWowMoment);
    const lines = wrapText(touchpoint.title, CARD_TEXT_W, 3, TITLE_FONT);
    const badgeY = y + CARD_H - 10;
    const badges: string[] = [];
    if (touchpoint.isKeyMoment) badges.push(`<text x="${x + CARD_W - 10}" y="${badgeY}" text-anchor="end" font-size="14" fill="#b45309">★<title>${escapeXml(text.keyMoment)}</title></text>`);
    if (touchpoint.isWowMoment) badges.push(`<text x="${x + CARD_W - 10 - (touchpoint.isKeyMoment ? BADGE_W : 0)}" y="${badgeY}" text-anchor="end" font-size="14" fill="#db2777">✦<title>${escapeXml(text.wowMoment)}</title></text>`);
    out.push(
      `<g class="tp-map-card" data-touchpoint-id="${escapeXml(touchpoint.id)}"><title>${escapeXml(touchpoint.title)}</title>` +
        `<rect x="${x}" y="${y}" width="${CARD_W}" height="${CARD_H}" rx="8" fill="#ffffff" stroke="${color}" stroke-width="${touchpoint.isKeyMoment ? 2.5 : 1.5}"/>` +
        `<rect x="${x}" y="${y}" width="6" height="${CARD_H}" rx="3" fill="${color}"/>` +
        lines
          .map((line, i) => `<text x="${x + CARD_TEXT_X}" y="${y + 24 + i * 17}" font-size="${TITLE_FONT.size}" font-weight="600" fill="#0f172a">${escapeXml(line)}</text>`)
          .join('') +
        `<text x="${x + CARD_TEXT_X}" y="${y + CARD_H - 11}" font-size="${CHANNEL_FONT.size}" fill="${color}">${escapeXml(fitText(channel?.name ?? text.noChannel, CARD_TEXT_W - badgeCount * BADGE_W, CHANNEL_FONT))}</text>` +
        badges.join('') +
        '</g>',
    );
  }

  // Emotion curve: one point per touchpoint, in map order.
  const bandTop = cardsBottom + 10;
  const bandHeight = EMOTION_BAND - 30;
  const yOf = (emotion: number) => bandTop + ((2 - emotion) / 4) * bandHeight;
  out.push(
    `<g class="tp-map-emotion"><text x="${MARGIN + 10}" y="${bandTop - 2}" font-size="11" font-weight="600" fill="#475569">${escapeXml(text.emotion)}</text>` +
      `<line x1="${MARGIN + 8}" x2="${layout.width - MARGIN - 8}" y1="${yOf(0)}" y2="${yOf(0)}" stroke="#cbd5e1" stroke-dasharray="3 3"/>`,
  );
  const ordered = [...layout.cards.values()].sort((a, b) => a.column - b.column || a.touchpoint.order - b.touchpoint.order);
  const points = ordered.map((card, i) => {
    const inColumn = ordered.filter((c) => c.column === card.column);
    const slot = inColumn.indexOf(card);
    const x = MARGIN + card.column * COLUMN + ((slot + 1) * COLUMN) / (inColumn.length + 1);
    return { x, y: yOf(card.touchpoint.emotion), card, i };
  });
  if (points.length > 1) {
    out.push(`<polyline points="${points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="#6366f1" stroke-width="2.5" stroke-linejoin="round"/>`);
  }
  for (const p of points) {
    const emotion = p.card.touchpoint.emotion;
    const fill = emotion <= -1 ? '#e11d48' : emotion >= 1 ? '#059669' : '#6366f1';
    out.push(`<circle cx="${p.x}" cy="${p.y}" r="4.5" fill="${fill}"><title>${escapeXml(`${p.card.touchpoint.title}: ${emotion > 0 ? '+' : ''}${emotion}`)}</title></circle>`);
  }
  out.push('</g>');

  // Legend: its entries one after the other, each as wide as its label.
  const ly = layout.height - MARGIN - 6;
  const entries: string[] = [];
  let lx = MARGIN + 8;
  /** An entry: a sample line from x1 to x2 (when `sample` is given), then its label. */
  const entry = (label: string, color: string, sample?: (x1: number, x2: number) => string) => {
    if (sample) {
      entries.push(sample(lx, lx + 30));
      lx += 36;
    }
    entries.push(`<text x="${lx}" y="${ly}"${color ? ` fill="${color}"` : ''}>${escapeXml(label)}</text>`);
    lx += textWidth(label, LEGEND_FONT) + 24;
  };
  const line = (x1: number, x2: number, color: string, width: number) =>
    `<line x1="${x1}" x2="${x2}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="${width}"/>`;
  entry(text.step, '', (x1, x2) => line(x1, x2, STEP_COLOR, 2));
  entry(text.channelSwitch, '', (x1, x2) => line(x1, x2, HANDOFF_COLORS.partial, 5) + line(x1, x2, '#fff', 1.5));
  entry(`★ ${text.keyMoment}`, '#b45309');
  entry(`✦ ${text.wowMoment}`, '#db2777');
  out.push(`<g class="tp-map-legend" font-size="${LEGEND_FONT.size}" fill="#475569">${entries.join('')}</g>`);
  out.push('</svg>');
  return out.join('');
}

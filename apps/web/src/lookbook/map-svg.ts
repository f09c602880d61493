// The journey map as a standalone SVG, drawn from the plain journey with no DOM and no
// network: phases as columns, touchpoint cards in their channel's colour, steps as arrows
// (channel switches dashed, coloured by handoff) and the emotion curve underneath.
import type { Journey, Touchpoint } from '@touchpoint/model';
import { channelColor, HANDOFF_COLORS } from './palette.ts';

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
const CARD_H = 76;
const ROW_GAP = 26;
const MARGIN = 24;
const HEADER = 54;
const EMOTION_BAND = 120;
const LEGEND = 30;
const TITLE_CHARS = 26;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Up to `lines` lines of at most `width` characters, the last one ending in … when cut. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!.length > width ? `${words[index]!.slice(0, width - 1)}…` : words[index]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines) break;
  }
  if (out.length < lines && line) {
    out.push(line);
    index = words.length;
  }
  if (index < words.length && out.length) {
    const last = out[out.length - 1]!;
    out[out.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  }
  return out;
}

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
      Object.entries({ step: '#475569', ...HANDOFF_COLORS })
        .map(
          ([name, color]) =>
            `<marker id="tp-arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`,
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
        `<text x="${x + COLUMN / 2}" y="${MARGIN + 30}" text-anchor="middle" font-size="15" font-weight="700" fill="#0f172a">${escapeXml(
          wrapText(phase.name, 28, 1)[0] ?? '',
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
    const color = isSwitch ? HANDOFF_COLORS[step.handoff ?? 'unset'] : '#475569';
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
    const lines = wrapText(touchpoint.title, TITLE_CHARS, 2);
    const badges: string[] = [];
    if (touchpoint.isKeyMoment) badges.push(`<text x="${x + CARD_W - 12}" y="${y + 20}" text-anchor="end" font-size="14" fill="#b45309">★<title>${escapeXml(text.keyMoment)}</title></text>`);
    if (touchpoint.isWowMoment) badges.push(`<text x="${x + CARD_W - (touchpoint.isKeyMoment ? 30 : 12)}" y="${y + 20}" text-anchor="end" font-size="14" fill="#db2777">✦<title>${escapeXml(text.wowMoment)}</title></text>`);
    out.push(
      `<g class="tp-map-card" data-touchpoint-id="${escapeXml(touchpoint.id)}"><title>${escapeXml(touchpoint.title)}</title>` +
        `<rect x="${x}" y="${y}" width="${CARD_W}" height="${CARD_H}" rx="8" fill="#ffffff" stroke="${color}" stroke-width="${touchpoint.isKeyMoment ? 2.5 : 1.5}"/>` +
        `<rect x="${x}" y="${y}" width="6" height="${CARD_H}" rx="3" fill="${color}"/>` +
        lines
          .map((line, i) => `<text x="${x + 16}" y="${y + 24 + i * 17}" font-size="13" font-weight="600" fill="#0f172a">${escapeXml(line)}</text>`)
          .join('') +
        `<text x="${x + 16}" y="${y + CARD_H - 11}" font-size="11" fill="${color}">${escapeXml(channel?.name ?? text.noChannel)}</text>` +
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

  // Legend.
  const ly = layout.height - MARGIN - 6;
  out.push(
    `<g class="tp-map-legend" font-size="11" fill="#475569">` +
      `<line x1="${MARGIN + 8}" x2="${MARGIN + 38}" y1="${ly - 4}" y2="${ly - 4}" stroke="#475569" stroke-width="2"/><text x="${MARGIN + 44}" y="${ly}">${escapeXml(text.step)}</text>` +
      `<line x1="${MARGIN + 130}" x2="${MARGIN + 160}" y1="${ly - 4}" y2="${ly - 4}" stroke="#d97706" stroke-width="5"/><line x1="${MARGIN + 130}" x2="${MARGIN + 160}" y1="${ly - 4}" y2="${ly - 4}" stroke="#fff" stroke-width="1.5"/><text x="${MARGIN + 166}" y="${ly}">${escapeXml(text.channelSwitch)}</text>` +
      `<text x="${MARGIN + 290}" y="${ly}" fill="#b45309">★ ${escapeXml(text.keyMoment)}</text>` +
      `<text x="${MARGIN + 410}" y="${ly}" fill="#db2777">✦ ${escapeXml(text.wowMoment)}</text>` +
      '</g>',
  );
  out.push('</svg>');
  return out.join('');
}

// The emotion lane under the cards: a smooth curve through every touchpoint's emotion,
// in journey order, across all phases. Each point is a handle on that touchpoint's emotion:
// drag it up or down (the curve follows; the emotion is written once, on letting go), or
// focus it and use the arrow keys: up and down change the emotion, left and right (Home,
// End) go to the neighbouring point. The lane is one Tab stop, whatever the number of
// points. A click without a drag selects the touchpoint.
import { EMOTION_MAX, EMOTION_MIN } from '@touchpoint/model';
import type { Node, NodeProps } from '@xyflow/react';
import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useMessages } from '../i18n/index.ts';
import { inspectorMessages } from '../inspector/messages.ts';
import { useSelection } from '../store/selection.ts';
import { emotionAt, emotionY, LANE_HEIGHT, smoothPath } from './layout.ts';
import { useMapContext } from './mapContext.ts';
import { canvasMessages } from './messages.ts';
import { emotionStyle } from './visuals.ts';

export type EmotionNodeType = Node<{ width: number; points: { id: string; title: string; x: number; y: number; emotion: number }[] }, 'emotion'>;

/** A point being dragged: which, from what, to what. */
interface Drag {
  id: string;
  from: number;
  to: number;
}

/** The lane's own y of a pointer, whatever the map's zoom and pan. */
function laneY(svg: SVGSVGElement, clientX: number, clientY: number): number | null {
  const matrix = svg.getScreenCTM();
  return matrix ? new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse()).y : null;
}

function EmotionNodeView({ data }: NodeProps<EmotionNodeType>) {
  const t = useMessages(canvasMessages);
  const ti = useMessages(inspectorMessages);
  const { readOnly, onEmotionChange } = useMapContext();
  const { width, points } = data;
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // The point that takes the lane's one Tab stop: the last one focused.
  const [active, setActive] = useState<string | null>(null);
  const tabStop = points.some((p) => p.id === active) ? active : (points[0]?.id ?? null);
  // Node-local coordinates: the lane node sits at (0, laneY).
  const local = points.map((p) => {
    const emotion = drag?.id === p.id ? drag.to : p.emotion;
    return { ...p, emotion, y: emotionY(emotion, 0) };
  });

  const onPointerDown = (event: PointerEvent<SVGGElement>, id: string, emotion: number) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    if (readOnly) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ id, from: emotion, to: emotion });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (!drag || !svgRef.current) return;
    const y = laneY(svgRef.current, event.clientX, event.clientY);
    if (y === null) return;
    const to = emotionAt(y, 0);
    if (to !== drag.to) setDrag({ ...drag, to });
  };
  const onPointerUp = (id: string) => {
    if (drag && drag.to !== drag.from) onEmotionChange(drag.id, drag.to);
    else useSelection.getState().set({ touchpoints: [id] });
    setDrag(null);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const point = points[index]!;
    const delta = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    const to =
      event.key === 'ArrowLeft' ? index - 1 : event.key === 'ArrowRight' ? index + 1 : event.key === 'Home' ? 0 : event.key === 'End' ? points.length - 1 : null;
    if (delta === 0 && to === null) return;
    // The map's own arrow keys (moving the selected card) stay out of it.
    event.preventDefault();
    event.stopPropagation();
    if (to !== null) {
      const next = points[Math.min(points.length - 1, Math.max(0, to))]!;
      setActive(next.id);
      svgRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(next.id)}"]`)?.focus();
      return;
    }
    const emotion = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, point.emotion + delta));
    if (emotion !== point.emotion && !readOnly) onEmotionChange(point.id, emotion);
  };

  return (
    <div
      className="pointer-events-none relative rounded-2xl border border-slate-200 bg-white/80"
      style={{ width, height: LANE_HEIGHT }}
      data-testid="emotion-lane"
    >
      <span className="absolute left-3 top-2 text-[11px] font-semibold uppercase tracking-wide text-slate-500">{t('emotionCurve')}</span>
      <svg ref={svgRef} width={width} height={LANE_HEIGHT} className="absolute inset-0 overflow-visible">
        <defs>
          <linearGradient id="tp-emotion-gradient" gradientUnits="userSpaceOnUse" x1={0} y1={emotionY(2, 0)} x2={0} y2={emotionY(-2, 0)}>
            <stop offset="0%" stopColor="#059669" />
            <stop offset="50%" stopColor="#94a3b8" />
            <stop offset="100%" stopColor="#dc2626" />
          </linearGradient>
        </defs>
        {[-2, -1, 0, 1, 2].map((e) => (
          <line
            key={e}
            x1={0}
            x2={width}
            y1={emotionY(e, 0)}
            y2={emotionY(e, 0)}
            stroke={e === 0 ? '#cbd5e1' : '#eef2f7'}
            strokeDasharray={e === 0 ? '4 4' : undefined}
          />
        ))}
        <path
          d={smoothPath(local)}
          fill="none"
          stroke="url(#tp-emotion-gradient)"
          strokeWidth={3}
          strokeLinecap="round"
          data-testid="emotion-path"
        />
        {local.map((p, index) => {
          const style = emotionStyle(p.emotion);
          const dragging = drag?.id === p.id;
          return (
            <g
              key={p.id}
              transform={`translate(${p.x}, ${p.y})`}
              className={`nodrag nopan pointer-events-auto outline-none ${readOnly ? 'cursor-pointer' : 'cursor-ns-resize'} [&:focus-visible>circle:nth-of-type(2)]:stroke-[3.5]`}
              role="slider"
              tabIndex={p.id === tabStop ? 0 : -1}
              aria-label={t('emotionOf', { title: p.title })}
              aria-valuemin={EMOTION_MIN}
              aria-valuemax={EMOTION_MAX}
              aria-valuenow={p.emotion}
              aria-valuetext={ti(`emotion_${p.emotion}` as 'emotion_0')}
              aria-readonly={readOnly || undefined}
              data-testid="emotion-point"
              data-id={p.id}
              onPointerDown={(e) => onPointerDown(e, p.id, p.emotion)}
              onPointerMove={onPointerMove}
              onPointerUp={() => onPointerUp(p.id)}
              onPointerCancel={() => setDrag(null)}
              onFocus={() => setActive(p.id)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              <title>{`${p.title}: ${ti(`emotion_${p.emotion}` as 'emotion_0')}`}</title>
              {/* A larger, invisible target than the face itself. */}
              <circle r={16} fill="transparent" />
              <circle r={dragging ? 12 : 10} fill={style.bg} stroke={style.color} strokeWidth={2} />
              <circle cx={-3.5} cy={-2} r={1.3} fill={style.color} />
              <circle cx={3.5} cy={-2} r={1.3} fill={style.color} />
              <path
                d={`M-4.5 ${3 - p.emotion} Q0 ${3 + p.emotion * 2} 4.5 ${3 - p.emotion}`}
                fill="none"
                stroke={style.color}
                strokeWidth={1.6}
                strokeLinecap="round"
              />
            </g>
          );
        })}
      </svg>
    </div>
  );
}

export const EmotionNode = memo(EmotionNodeView);

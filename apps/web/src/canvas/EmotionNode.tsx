// The emotion lane under the cards: a smooth curve through every touchpoint's emotion,
// in journey order, across all phases.
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useMessages } from '../i18n/index.ts';
import { emotionY, LANE_HEIGHT, smoothPath } from './layout.ts';
import { canvasMessages } from './messages.ts';
import { emotionStyle } from './visuals.ts';

export type EmotionNodeType = Node<{ width: number; points: { id: string; x: number; y: number; emotion: number }[] }, 'emotion'>;

function EmotionNodeView({ data }: NodeProps<EmotionNodeType>) {
  const t = useMessages(canvasMessages);
  const { width, points } = data;
  // Node-local coordinates: the lane node sits at (0, laneY).
  const laneY = 0;
  const local = points.map((p) => ({ ...p, y: emotionY(p.emotion, laneY) }));
  return (
    <div
      className="pointer-events-none relative rounded-2xl border border-slate-200 bg-white/80"
      style={{ width, height: LANE_HEIGHT }}
      data-testid="emotion-lane"
    >
      <span className="absolute left-3 top-2 text-[11px] font-semibold uppercase tracking-wide text-slate-500">{t('emotionCurve')}</span>
      <svg width={width} height={LANE_HEIGHT} className="absolute inset-0 overflow-visible">
        <defs>
          <linearGradient id="tp-emotion-gradient" gradientUnits="userSpaceOnUse" x1={0} y1={emotionY(2, laneY)} x2={0} y2={emotionY(-2, laneY)}>
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
            y1={emotionY(e, laneY)}
            y2={emotionY(e, laneY)}
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
        {local.map((p) => {
          const style = emotionStyle(p.emotion);
          return (
            <g key={p.id} transform={`translate(${p.x}, ${p.y})`}>
              <circle r={10} fill={style.bg} stroke={style.color} strokeWidth={2} />
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

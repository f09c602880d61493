// A touchpoint card: title, channel, emotion, key/wow markers, KPI chips, friction badge.
import type { Touchpoint } from '@touchpoint/model';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useMessages } from '../i18n/index.ts';
import { usePresence } from '../sync/presence.ts';
import { BadgeRow } from './BadgeRow.tsx';
import { CARD_HEIGHT, CARD_WIDTH } from './layout.ts';
import { useFrictionMark, useMapContext } from './mapContext.ts';
import { canvasMessages } from './messages.ts';
import { ChannelIcon, EmotionFace } from './icons.tsx';
import { CHANNEL_STYLE, NO_CHANNEL_COLOR, NO_CHANNEL_TEXT } from './visuals.ts';

export type TouchpointNodeType = Node<{ touchpoint: Touchpoint }, 'touchpoint'>;

const SEVERITY_STYLE = {
  critical: 'bg-red-700 text-white',
  warning: 'bg-amber-700 text-white',
  info: 'bg-sky-700 text-white',
} as const;

const HANDLES: { id: string; position: Position }[] = [
  { id: 'l', position: Position.Left },
  { id: 'r', position: Position.Right },
  { id: 't', position: Position.Top },
  { id: 'b', position: Position.Bottom },
];

function TouchpointNodeView({ data, selected }: NodeProps<TouchpointNodeType>) {
  const t = useMessages(canvasMessages);
  const { channels, readOnly } = useMapContext();
  const tp = data.touchpoint;
  const channel = tp.channelId ? channels.get(tp.channelId) : undefined;
  const channelStyle = channel ? CHANNEL_STYLE[channel.kind] : null;
  const accent = channelStyle?.color ?? NO_CHANNEL_COLOR;
  const accentText = channelStyle?.text ?? NO_CHANNEL_TEXT;
  const mark = useFrictionMark(tp.id);
  const others = usePresence((s) => s.selectedBy[tp.id]);
  return (
    <div className="group relative" style={{ width: CARD_WIDTH, height: CARD_HEIGHT }} data-testid="touchpoint-card" data-id={tp.id}>
      {others && others.length > 0 && (
        <div
          className="tp-presence pointer-events-none absolute -inset-[3px] rounded-xl"
          style={{ boxShadow: others.map((c, i) => `0 0 0 ${3 + i * 3}px ${c}`).join(', ') }}
          data-testid="peer-selection"
          aria-hidden
        />
      )}
      <div
        className="flex h-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-left shadow-sm transition-shadow hover:shadow-md"
        style={{ borderTop: `5px solid ${accent}` }}
      >
      <div className="flex items-start gap-2 px-3 pt-2">
        <span className="mt-0.5" title={`${tp.emotion > 0 ? '+' : ''}${tp.emotion}`} data-emotion={tp.emotion}>
          <EmotionFace emotion={tp.emotion} size={28} />
        </span>
        <div className="min-w-0 flex-1">
          <div className="line-clamp-2 text-[13px] font-semibold leading-tight text-slate-900" data-testid="touchpoint-title">
            {tp.title}
          </div>
          <div className="mt-1 flex items-center gap-1 truncate text-[11px] font-medium" style={{ color: accentText }}>
            <ChannelIcon kind={channel?.kind ?? null} size={13} />
            <span className="truncate">{channel?.name ?? t('noChannel')}</span>
          </div>
          {tp.goal && <div className="mt-1 line-clamp-1 text-[11px] leading-tight text-slate-500">{tp.goal}</div>}
        </div>
        {mark && mark.count > 0 && (
          <span
            className={`tp-friction shrink-0 rounded-full px-1.5 py-0.5 text-[10px] font-bold ${SEVERITY_STYLE[mark.severity]}`}
            title={t('findings', { count: mark.count })}
            data-testid="friction-badge"
          >
            ⚠ {mark.count}
          </span>
        )}
      </div>
      <BadgeRow touchpoint={tp} />
      </div>
      {/* The selection ring, over the card: its own element, so image exports leave it out. */}
      {selected && (
        <div
          className="tp-selection pointer-events-none absolute inset-0 rounded-xl border border-indigo-500 border-t-transparent shadow-lg ring-2 ring-indigo-400"
          data-testid="selection-ring"
          aria-hidden
        />
      )}
      {HANDLES.map((h) => (
        <Handle
          key={h.id}
          id={h.id}
          type="source"
          position={h.position}
          isConnectable={!readOnly}
          className={`tp-edit-control !h-3 !w-3 !border-2 !border-white !bg-indigo-500 ${readOnly ? '!pointer-events-none opacity-0' : 'opacity-0 group-hover:opacity-100'}`}
        />
      ))}
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);

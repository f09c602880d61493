// A step between two touchpoints. A channel switch is a double line (a wide stroke with a
// white core) coloured by its handoff (full green, partial amber, none or unspecified red)
// with a small label. Not dashed: dashing a long curve makes the browser redraw every dash
// of it for each tile it touches, which halves the frame rate of a large map.
import type { Step } from '@touchpoint/model';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useMessages } from '../i18n/index.ts';
import { usePresence } from '../sync/presence.ts';
import { canvasMessages } from './messages.ts';
import { isSideArc, sideArc } from './step-path.ts';
import { HANDOFF_COLOR } from './visuals.ts';

export type StepEdgeType = Edge<{ step: Step; isSwitch: boolean }, 'step'>;

function StepEdgeView(props: EdgeProps<StepEdgeType>) {
  const t = useMessages(canvasMessages);
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const others = usePresence((s) => s.selectedBy[id]);
  // Labels are unreadable when zoomed far out, and costly by the thousand: hide them then.
  const showLabels = useStore((s) => s.transform[2] >= 0.45);
  const [path, labelX, labelY] = isSideArc(sourcePosition, targetPosition)
    ? sideArc(sourceX, sourceY, targetX, targetY)
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const step = data?.step;
  const isSwitch = data?.isSwitch ?? false;
  const handoffKey = step?.handoff ?? 'unset';
  const color = isSwitch ? HANDOFF_COLOR[handoffKey] : selected ? '#4f46e5' : '#64748b';
  return (
    <>
      {others && others.length > 0 && (
        <path d={path} className="tp-presence" fill="none" stroke={others[0]} strokeOpacity={0.45} strokeWidth={9} />
      )}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={18}
        style={{
          stroke: color,
          strokeWidth: isSwitch ? (selected ? 6.5 : 5) : selected ? 3.5 : 2,
        }}
      />
      {isSwitch && <path d={path} className="tp-switch-core" fill="none" stroke="#fff" strokeWidth={1.5} pointerEvents="none" />}
      {showLabels && (isSwitch || step?.label) && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-auto absolute flex max-w-[180px] flex-col items-center gap-0.5"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={isSwitch ? 'switch-label' : 'step-label'}
          >
            {isSwitch && (
              <span
                className="whitespace-nowrap rounded-full border bg-white px-2 py-0.5 text-[10px] font-semibold shadow-sm"
                style={{ color, borderColor: color }}
              >
                ⇄ {t(`handoff_${handoffKey}`)}
              </span>
            )}
            {step?.label && (
              <span className="truncate rounded bg-white/90 px-1.5 text-[10px] text-slate-600 shadow-sm">{step.label}</span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const StepEdge = memo(StepEdgeView);

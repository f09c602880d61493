// A step between two touchpoints. A channel switch is a double line (a wide stroke with a
// white core) coloured by its handoff (full green, partial amber, none or unspecified red)
// with a small badge. Not dashed: dashing a long curve makes the browser redraw every dash
// of it for each tile it touches, which halves the frame rate of a large map.
import type { Step } from '@touchpoint/model';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useMessages } from '../i18n/index.ts';
import { usePresence } from '../sync/presence.ts';
import { canvasMessages } from './messages.ts';
import { switchBadgeMessages } from './switch-badge-messages.ts';
import { StepLabels } from './StepLabels.tsx';
import { isSideArc, labelPlace, laneRoute, sideArc, spansColumns } from './step-path.ts';
import { HANDOFF_COLOR, HANDOFF_TEXT_COLOR } from './visuals.ts';

export type StepEdgeType = Edge<{ step: Step; isSwitch: boolean }, 'step'>;

function StepEdgeView(props: EdgeProps<StepEdgeType>) {
  const t = useMessages(canvasMessages);
  const short = useMessages(switchBadgeMessages);
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const others = usePresence((s) => s.selectedBy[id]);
  // Labels are unreadable when zoomed far out, and costly by the thousand: hide them then.
  const showLabels = useStore((s) => s.transform[2] >= 0.45);
  const [path, labelX, labelY] = isSideArc(sourcePosition, targetPosition)
    ? sideArc(sourceX, sourceY, targetX, targetY)
    : spansColumns(sourcePosition, targetPosition, sourceX, targetX)
      ? laneRoute(sourceX, sourceY, targetX, targetY)
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const step = data?.step;
  const isSwitch = data?.isSwitch ?? false;
  const handoffKey = step?.handoff ?? 'unset';
  const color = isSwitch ? HANDOFF_COLOR[handoffKey] : '#64748b';
  // Selected: a wider line (indigo for a plain step) drawn as its own path, so that image
  // exports, which leave it out, look the same whatever is selected. A switch's goes under
  // its line (which keeps its white core), a plain step's over it.
  const selection = selected && (
    <path d={path} className="tp-selection" fill="none" stroke={isSwitch ? color : '#4f46e5'} strokeWidth={isSwitch ? 6.5 : 3.5} markerEnd={markerEnd} pointerEvents="none" />
  );
  return (
    <>
      {others && others.length > 0 && (
        <path d={path} className="tp-presence" fill="none" stroke={others[0]} strokeOpacity={0.45} strokeWidth={9} />
      )}
      {isSwitch && selection}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={18} style={{ stroke: color, strokeWidth: isSwitch ? 5 : 2 }} />
      {!isSwitch && selection}
      {isSwitch && <path d={path} className="tp-switch-core" fill="none" stroke="#fff" strokeWidth={1.5} pointerEvents="none" />}
      {showLabels && (isSwitch || step?.label) && (
        <EdgeLabelRenderer>
          <StepLabels
            place={labelPlace(sourcePosition, targetPosition, sourceX, targetX, labelX, labelY)}
            badge={
              isSwitch
                ? {
                    text: `⇄ ${t(`handoff_${handoffKey}`)}`,
                    short: `⇄ ${short(`handoffShort_${handoffKey}`)}`,
                    title: t('switchLabel', { handoff: t(`handoff_${handoffKey}`) }),
                    color: HANDOFF_TEXT_COLOR[handoffKey],
                  }
                : null
            }
            label={step?.label ?? ''}
            testId={isSwitch ? 'switch-label' : 'step-label'}
          />
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const StepEdge = memo(StepEdgeView);

// Other people's cursors, drawn in flow coordinates so they point at the same place of the
// map whatever each person's zoom. Class `tp-presence`: left out of image exports.
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { usePresence } from '../sync/presence.ts';

function PeerCursorsView() {
  const peers = usePresence((s) => s.peers);
  return (
    <ViewportPortal>
      {peers
        .filter((p) => p.cursor)
        .map((p) => (
          <div
            key={p.clientId}
            className="tp-presence pointer-events-none absolute left-0 top-0 z-[2000]"
            style={{ transform: `translate(${p.cursor!.x}px, ${p.cursor!.y}px)` }}
            data-testid="peer-cursor"
            data-name={p.name}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" className="drop-shadow">
              <path d="M1 1 L1 17 L5.5 13 L9 21 L12 19.6 L8.6 12 L15 12 Z" fill={p.color} stroke="white" strokeWidth="1.5" />
            </svg>
            <span
              className="absolute left-4 top-4 whitespace-nowrap rounded-md px-1.5 py-0.5 text-[11px] font-semibold text-white shadow"
              style={{ background: p.color }}
            >
              {p.name}
            </span>
          </div>
        ))}
    </ViewportPortal>
  );
}

export const PeerCursors = memo(PeerCursorsView);

// Who made a change that came in from the server, for messages such as "Anna removed this
// touchpoint". A remote transaction's origin is the provider, not a person, and a Yjs update
// names the client of what it adds but not of what it deletes, so the author is named only
// when that is certain enough:
// - the change arrived live (the server relays each person's changes on their own; what comes
//   in while catching up after a reconnect may be several people's);
// - it added content of exactly one client, someone present: that person (removing a phase
//   marks it removed, so it adds content);
// - it only deleted (removing a card or a step), and exactly one other person is here: them.
// Otherwise nobody is named.
import type * as Y from 'yjs';
import type { Peer } from './presence.ts';

/** The name of who made `transaction`, a change from elsewhere, or null when that cannot be known. */
export function changeAuthor(transaction: Y.Transaction, peers: readonly Peer[], live: boolean): string | null {
  if (!live || transaction.local) return null;
  const writers: number[] = [];
  for (const [client, clock] of transaction.afterState) if ((transaction.beforeState.get(client) ?? 0) < clock) writers.push(client);
  if (writers.length > 1) return null;
  if (writers.length === 1) return peers.find((peer) => peer.clientId === writers[0])?.name ?? null;
  return peers.length === 1 ? peers[0]!.name : null;
}

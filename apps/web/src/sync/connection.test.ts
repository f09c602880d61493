// The connection's end: after a close the stock client does not retry (44xx), the state says
// why, so the page can say it instead of showing "offline" for ever.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionEnd, openJourney, useConnectionEnd, type ConnectionEnd } from './connection.ts';

describe('connection end', () => {
  it('maps the server close codes that end a connection for good', () => {
    expect(connectionEnd(4404)).toBe('trashed');
    expect(connectionEnd(4403)).toBe('refused');
    expect(connectionEnd(4401)).toBe('refused');
    // Closes the client recovers from (or other refusals) end nothing here.
    for (const code of [1001, 1006, 1013, 4400, 4413, 4429]) expect(connectionEnd(code)).toBeNull();
  });

  it("records the end when the provider reports a close it will not retry", () => {
    const connection = openJourney('j1', 'token');
    connection.provider.disconnect();
    try {
      expect(connection.state.getState().ended).toBeNull();
      connection.provider.emit('closed', [{ code: 4404, reason: 'journey moved to the trash' }, connection.provider]);
      expect(connection.state.getState().ended).toBe('trashed');
    } finally {
      connection.destroy();
    }
  });

  it('tells the page once the connection has ended', () => {
    const connection = openJourney('j1', 'token');
    connection.provider.disconnect();
    const ends: ConnectionEnd[] = [];
    const { unmount } = renderHook(() => useConnectionEnd(connection, (end) => ends.push(end)));
    try {
      act(() => connection.state.setState({ status: 'offline' }));
      expect(ends).toEqual([]);
      act(() => connection.provider.emit('closed', [{ code: 4403, reason: 'access revoked' }, connection.provider]));
      expect(ends).toEqual(['refused']);
    } finally {
      unmount();
      connection.destroy();
    }
  });
});

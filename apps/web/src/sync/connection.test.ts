// The connection's end: after a close the stock client does not retry (44xx), the state says
// why, so the page can say it instead of showing "offline" for ever.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionEnd, connectionProblem, openJourney, RATE_LIMIT_PAUSE_MS, reconnectsAfter, useConnectionEnd, type ConnectionEnd, type JourneyConnection } from './connection.ts';

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

// The other closes of the server keep the map open: the state says what happened, and the
// document's edits go to the server with the next connection.
describe('connection problems', () => {
  const close = (connection: JourneyConnection, code: number, reason = '') => connection.provider.emit('closed', [{ code, reason }, connection.provider]);
  afterEach(() => vi.useRealTimers());

  it('maps the closes after which the map stays open', () => {
    expect(connectionProblem(4413)).toBe('tooLarge');
    expect(connectionProblem(4429)).toBe('rateLimited');
    expect(connectionProblem(4400)).toBe('unreadable');
    expect(connectionProblem(1009)).toBe('changeTooLarge');
    for (const code of [1001, 1006, 4401, 4403, 4404]) expect(connectionProblem(code)).toBeNull();
  });

  it('does not reconnect by itself after a change too large for one message (1009), which would send it again at once', () => {
    expect(reconnectsAfter(1009)).toBe(false);
    for (const code of [4400, 4404, 4413, 4429]) expect(reconnectsAfter(code)).toBe(false);
    for (const code of [1000, 1001, 1006, 1011, 1013, 4500]) expect(reconnectsAfter(code)).toBe(true);
    // The provider asks this rule.
    const connection = openJourney('j1', 'token');
    connection.provider.disconnect();
    try {
      expect(connection.provider.shouldReconnect({ code: 1009 } as CloseEvent, connection.provider)).toBe(false);
      expect(connection.provider.shouldReconnect({ code: 1006 } as CloseEvent, connection.provider)).toBe(true);
      close(connection, 1009, 'frame too large');
      expect(connection.state.getState()).toMatchObject({ problem: 'changeTooLarge', ended: null });
    } finally {
      connection.destroy();
    }
  });

  it('too many messages: says so and connects again by itself after a pause', () => {
    vi.useFakeTimers();
    const connection = openJourney('j1', 'token');
    connection.provider.disconnect();
    const connect = vi.spyOn(connection.provider, 'connect').mockImplementation(() => undefined);
    try {
      close(connection, 4429, 'too many messages');
      expect(connection.state.getState()).toMatchObject({ problem: 'rateLimited', ended: null });
      vi.advanceTimersByTime(RATE_LIMIT_PAUSE_MS - 1);
      expect(connect).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(connect).toHaveBeenCalledTimes(1);
      // Once the server has answered again, the problem is over.
      connection.provider.emit('sync', [true]);
      expect(connection.state.getState().problem).toBeNull();
    } finally {
      connection.destroy();
    }
  });

  it('a journey too large, or a message the server could not read: no retry by itself; reconnect() connects again', () => {
    vi.useFakeTimers();
    const connection = openJourney('j1', 'token');
    connection.provider.disconnect();
    const connect = vi.spyOn(connection.provider, 'connect').mockImplementation(() => undefined);
    try {
      close(connection, 4413, 'document size limit reached');
      expect(connection.state.getState()).toMatchObject({ problem: 'tooLarge', ended: null });
      close(connection, 4400, 'malformed message');
      expect(connection.state.getState()).toMatchObject({ problem: 'unreadable', ended: null });
      vi.advanceTimersByTime(60_000);
      expect(connect).not.toHaveBeenCalled();
      connection.reconnect();
      expect(connect).toHaveBeenCalledTimes(1);
    } finally {
      connection.destroy();
    }
  });

  it('a pending reconnect stops when the journey is closed', () => {
    vi.useFakeTimers();
    const connection = openJourney('j1', 'token');
    connection.provider.disconnect();
    const connect = vi.spyOn(connection.provider, 'connect').mockImplementation(() => undefined);
    close(connection, 4429);
    connection.destroy();
    vi.advanceTimersByTime(RATE_LIMIT_PAUSE_MS);
    expect(connect).not.toHaveBeenCalled();
  });
});

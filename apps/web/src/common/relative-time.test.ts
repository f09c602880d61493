import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time.ts';

describe('formatRelativeTime', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('says "just now" / "zojuist" under a minute, so "changed just now" reads as a sentence', () => {
    expect(formatRelativeTime(new Date('2026-12-01T09:59:40Z'), 'en', now)).toBe('just now');
    expect(formatRelativeTime(new Date('2026-12-01T09:59:40Z'), 'nl', now)).toBe('zojuist');
  });

  it('counts minutes, hours and days in the language', () => {
    expect(formatRelativeTime(new Date('2026-12-01T09:55:00Z'), 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime(new Date('2026-12-01T07:00:00Z'), 'nl', now)).toBe('3 uur geleden');
    expect(formatRelativeTime(new Date('2026-11-30T10:00:00Z'), 'en', now)).toBe('yesterday');
  });
});

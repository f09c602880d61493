import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { errorText } from './error-text.ts';

describe('errorText', () => {
  it('words the refusals people meet in their own language, not in the server\'s developer English', () => {
    expect(errorText(new ApiError(0, 'The server cannot be reached.'), 'nl')).toBe(
      'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    );
    expect(errorText(new ApiError(500, 'internal server error'), 'nl')).toMatch(/^Er ging iets mis op de server/);
    expect(errorText(new ApiError(503, 'unavailable'), 'en')).toMatch(/^The server ran into a problem/);
    expect(errorText(new ApiError(404, 'not in the trash'), 'nl')).toBe('Het is er niet meer: misschien heeft iemand het verwijderd of verplaatst.');
    expect(errorText(new ApiError(429, 'slow down'), 'en')).toBe('Too many requests at once. Wait a moment and try again.');
    expect(errorText(new ApiError(403, 'access denied'), 'en')).toMatch(/no longer have access/);
  });

  it('names the server\'s size limit in MB when the refusal gives it', () => {
    expect(errorText(new ApiError(413, 'request body too large (limit 8388608 bytes)'), 'nl')).toBe(
      'Dat is meer dan de server aanneemt (hoogstens 8 MB).',
    );
    expect(errorText(new ApiError(413, 'Payload Too Large'), 'en')).toBe('That is more than the server accepts.');
  });

  it('keeps the server\'s words for a refusal it has none for, and an ordinary error\'s message', () => {
    expect(errorText(new ApiError(409, 'the name is taken'), 'nl')).toBe('the name is taken');
    expect(errorText(new Error('the file could not be read'), 'en')).toBe('the file could not be read');
    expect(errorText('odd', 'en')).toBe('odd');
  });
});

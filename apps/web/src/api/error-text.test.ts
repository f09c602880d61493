import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client.ts';
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
    expect(errorText(new ApiError(413, 'request body too large (limit 8388608 bytes)', [], 8388608), 'nl')).toBe(
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

describe('a 413 from the server', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('carries the limit the server names in its body to the words', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify({ error: 'request body too large (limit 8388608 bytes)', maxBytes: 8388608 }), { status: 413 }),
    );
    const refused = await createApiClient('key').create({ title: 'x' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).maxBytes).toBe(8388608);
    expect(errorText(refused, 'en')).toBe('That is more than the server accepts (at most 8 MB).');
  });
});

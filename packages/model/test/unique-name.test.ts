import { describe, expect, it } from 'vitest';
import { uniqueName } from '../src/index.ts';

describe('uniqueName', () => {
  it('keeps a free title, and numbers a taken one from 2 up', () => {
    expect(uniqueName('Claims', ['Returns'], 200)).toBe('Claims');
    expect(uniqueName('Claims', ['Claims'], 200)).toBe('Claims (2)');
    expect(uniqueName('Claims', ['Claims', 'Claims (2)', 'Claims (3)'], 200)).toBe('Claims (4)');
  });

  it('numbers a title that already has a number anew instead of adding a second one', () => {
    expect(uniqueName('Claims (2)', ['Claims', 'Claims (2)'], 200)).toBe('Claims (3)');
    // A number that is free is kept as it is.
    expect(uniqueName('Claims (7)', ['Claims'], 200)).toBe('Claims (7)');
  });

  it('shortens the title to make room for the number within the longest title allowed', () => {
    const long = 'x'.repeat(200);
    const title = uniqueName(long, [long], 200);
    expect(title).toHaveLength(200);
    expect(title.endsWith(' (2)')).toBe(true);
  });
});

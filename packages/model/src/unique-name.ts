// Names told apart by a number: "Copy of Claims", then "Copy of Claims (2)", "(3)" … for
// journeys in the list and for versions of one journey.

const NUMBER = / \((\d+)\)$/;

/** A name and the number that tells it apart from others of the same name: "Claims (2)". */
export function nameNumber(name: string): { base: string; number: string } {
  const match = NUMBER.exec(name);
  return match ? { base: name.slice(0, match.index), number: match[0] } : { base: name, number: '' };
}

/**
 * `name` when no name in `taken` has it; else numbered from 2 up, within `maxLength`. A name
 * that already ends in a number is numbered anew, not twice ("X (2) (3)").
 */
export function uniqueName(name: string, taken: Iterable<string>, maxLength: number): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  const { base } = nameNumber(name);
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

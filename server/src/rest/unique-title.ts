// A title no other journey in the list has: "Copy of Claims", then "Copy of Claims (2)",
// "(3)" … so two copies (or two imports of one file) can be told apart in the list.
// A title that already ends in a number is numbered anew, not twice ("X (2) (3)").
export function uniqueTitle(title: string, taken: Iterable<string>, maxLength: number): string {
  const used = new Set(taken);
  if (!used.has(title)) return title;
  const base = title.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

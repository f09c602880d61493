// Text in a standalone SVG: escaping, and fitting text into a width without a DOM to
// measure it with. The map is also downloaded and printed, where nothing can measure, so
// widths are estimated from a table: the advance widths of DejaVu Sans (what `system-ui`
// resolves to on most Linux desktops), which is wider than Segoe UI, San Francisco or
// Roboto, so text that fits by this estimate fits on those too.

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Advance widths in hundredths of the font size of the characters from space (32) to ~ (126). */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70,
  77, 63, 58, 78, 75, 30, 30, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 53, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76,
  73, 83, 68, 68, 82, 84, 37, 37, 78, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68,
  44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Anything else (other scripts, symbols, emoji): a full em. */
const OTHER = 100;

export interface Font {
  size: number;
  bold?: boolean;
}

function charWidth(char: string, table: readonly number[]): number {
  let code = char.charCodeAt(0);
  if (code > 126) {
    // An accented Latin letter is as wide as its base letter (é as e, Ö as O).
    code = char.normalize('NFD').charCodeAt(0);
  }
  return code >= 32 && code <= 126 ? table[code - 32]! : OTHER;
}

/** The estimated width of `text` in pixels. */
export function textWidth(text: string, font: Font): number {
  const table = font.bold ? BOLD : REGULAR;
  let total = 0;
  for (const char of text) total += charWidth(char, table);
  return (total * font.size) / 100;
}

/** `text`, cut and ended with … when it is wider than `width`. */
export function fitText(text: string, width: number, font: Font): string {
  if (textWidth(text, font) <= width) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && textWidth(`${chars.slice(0, end).join('').trimEnd()}…`, font) > width) end--;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/**
 * `text` in at most `lines` lines no wider than `width`, broken between words; the last line
 * ends in … when text is left over, and a word wider than a line is cut.
 */
export function wrapText(text: string, width: number, lines: number, font: Font): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = fitText(words[index]!, width, font);
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, font) <= width) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    if (out.length === lines) break;
    line = word;
  }
  if (out.length < lines && line) {
    out.push(line);
    index = words.length;
  }
  if (index < words.length && out.length > 0) {
    const last = out.length - 1;
    out[last] = fitText(`${out[last]!}…`, width, font);
  }
  return out;
}

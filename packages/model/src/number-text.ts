// Numbers as people write and read them in a language: English 1,250.5 and Dutch 1.250,5.
// One pair for every place that shows or reads a KPI value (map card, inspector, scoring
// findings), so a number reads back as it was written.
import type { Locale } from './schema.ts';

const SEPARATORS: Record<Locale, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  nl: { decimal: ',', group: '.' },
};

/**
 * A number in the language's separators: `1.250,5` in Dutch, `1,250.5` in English, every
 * decimal it has (no rounding). `grouping: false` leaves out the thousands separator, for a
 * field being edited.
 */
export function formatNumber(value: number, locale: Locale, { grouping = true }: { grouping?: boolean } = {}): string {
  // Most values (emotions, efforts, many KPIs) are small whole numbers: written as they are.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  const { decimal, group } = SEPARATORS[locale];
  const plain = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return plain; // Infinity, NaN, 1e+21: as they are
  const [whole, fraction] = plain.split('.') as [string, string | undefined];
  const digits = grouping ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  return fraction === undefined ? digits : `${digits}${decimal}${fraction}`;
}

/** An integer part written with `group` between thousands: 1.250, 12.500.000 (no leading 0). */
const grouped = (group: string) => new RegExp(`^[1-9]\\d{0,2}(\\${group}\\d{3})+$`);

/**
 * A number as typed in `locale`; null when empty, NaN when not a number.
 *
 * The rule (the language decides only where the text is ambiguous):
 * - Both `.` and `,` present: the last one is the decimal separator, the other groups
 *   thousands (`1.250,5` and `1,250.5` are 1250.5 in either language).
 * - Only the language's decimal separator, once: a decimal (`12,5` in Dutch).
 * - Only the language's thousands separator: thousands when every group after it has three
 *   digits and the number does not start with 0 (`1.250` in Dutch is 1250, `1,250` in
 *   English too); otherwise, once, a decimal after all (`12.5` or `0.125` in Dutch, `12,5`
 *   in English), as people type on a keyboard of the other language.
 * Spaces (thousands in some styles) and a leading minus sign (−) are accepted.
 */
export function parseNumber(text: string, locale: Locale): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (s === '') return null;
  const sign = s.startsWith('-') ? -1 : 1;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  const { decimal, group } = SEPARATORS[locale];
  if (s.includes('.') && s.includes(',')) {
    const last = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const other = last === ',' ? '.' : ',';
    const parts = s.split(last);
    if (parts.length !== 2 || !grouped(other).test(parts[0]!)) return NaN;
    s = `${parts[0]!.split(other).join('')}.${parts[1]}`;
  } else if (s.includes(group)) {
    if (grouped(group).test(s)) s = s.split(group).join('');
    else if (s.split(group).length === 2) s = s.replace(group, '.');
    else return NaN;
  } else if (s.includes(decimal)) {
    if (s.split(decimal).length !== 2) return NaN;
    s = s.replace(decimal, '.');
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
  return sign * Number(s);
}

/**
 * A value with its unit as it reads in a sentence: `85%` and `8/10` close up, a word unit
 * takes a space (`540 s`, `4 dagen`).
 */
export function formatQuantity(value: number, unit: string, locale: Locale): string {
  const number = formatNumber(value, locale);
  const trimmed = unit.trim();
  if (!trimmed) return number;
  return /^[%/‰]/.test(trimmed) ? `${number}${trimmed}` : `${number} ${trimmed}`;
}

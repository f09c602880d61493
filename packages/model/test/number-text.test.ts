import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, parseNumber } from '../src/index.ts';

describe('formatNumber', () => {
  it('writes the language’s decimal and thousands separators, every decimal kept', () => {
    expect(formatNumber(12.5, 'nl')).toBe('12,5');
    expect(formatNumber(1250, 'nl')).toBe('1.250');
    expect(formatNumber(-1234567.25, 'nl')).toBe('-1.234.567,25');
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
    expect(formatNumber(125, 'en')).toBe('125');
    expect(formatNumber(0.125, 'nl')).toBe('0,125');
  });

  it('leaves out the thousands separator when asked, for a field being edited', () => {
    expect(formatNumber(1250.5, 'nl', { grouping: false })).toBe('1250,5');
    expect(formatNumber(1250.5, 'en', { grouping: false })).toBe('1250.5');
  });
});

describe('parseNumber', () => {
  it('reads Dutch: decimal comma, thousands dot', () => {
    expect(parseNumber('12,5', 'nl')).toBe(12.5);
    expect(parseNumber('1.250', 'nl')).toBe(1250);
    expect(parseNumber('1.250.000', 'nl')).toBe(1250000);
    expect(parseNumber('1.250,75', 'nl')).toBe(1250.75);
    expect(parseNumber('1,250', 'nl')).toBe(1.25);
  });

  it('reads a dot in Dutch as a decimal point where it cannot group thousands', () => {
    expect(parseNumber('12.5', 'nl')).toBe(12.5);
    expect(parseNumber('1.25', 'nl')).toBe(1.25);
    expect(parseNumber('0.125', 'nl')).toBe(0.125);
    expect(parseNumber('1.2500', 'nl')).toBe(1.25);
  });

  it('reads English: decimal point, thousands comma, and a comma that cannot group as a decimal', () => {
    expect(parseNumber('12.5', 'en')).toBe(12.5);
    expect(parseNumber('1,250', 'en')).toBe(1250);
    expect(parseNumber('1,250.5', 'en')).toBe(1250.5);
    expect(parseNumber('48,5', 'en')).toBe(48.5);
    expect(parseNumber('1.250,5', 'en')).toBe(1250.5);
  });

  it('takes signs and spaces; null for nothing, NaN for what is no number', () => {
    expect(parseNumber(' -3 ', 'nl')).toBe(-3);
    expect(parseNumber('−2,5', 'nl')).toBe(-2.5);
    expect(parseNumber('1 250', 'nl')).toBe(1250);
    expect(parseNumber('   ', 'nl')).toBeNull();
    for (const text of ['veel', '1,2,3', '1.2.3', '12,5.3', '0x10', '1e3', '--1', ',']) expect(parseNumber(text, 'nl')).toBeNaN();
  });

  it('reads back what formatNumber writes', () => {
    for (const locale of ['en', 'nl'] as const) {
      for (const value of [0, 7, 12.5, 1250, 1250.5, -98765.4321, 1234567]) {
        expect(parseNumber(formatNumber(value, locale), locale)).toBe(value);
        expect(parseNumber(formatNumber(value, locale, { grouping: false }), locale)).toBe(value);
      }
    }
  });
});

describe('formatQuantity', () => {
  it('closes up a percentage or a "/10" unit and spaces a word unit, in the language\'s separators', () => {
    expect(formatQuantity(85, '%', 'en')).toBe('85%');
    expect(formatQuantity(8.9, '/10', 'nl')).toBe('8,9/10');
    expect(formatQuantity(540, 's', 'en')).toBe('540 s');
    expect(formatQuantity(1250, ' dagen ', 'nl')).toBe('1.250 dagen');
    expect(formatQuantity(3, '', 'en')).toBe('3');
  });
});

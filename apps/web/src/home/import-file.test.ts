import { describe, expect, it } from 'vitest';
import { importKindOf, isWorkbook } from './import-file.ts';

describe('importKindOf', () => {
  it('takes Excel\'s "Unicode text" (.txt, tab-separated) as a spreadsheet, and knows a workbook', () => {
    expect(importKindOf('Klantreis.txt')).toBe('csv');
    expect(importKindOf('klantreis.TSV')).toBe('csv');
    expect(importKindOf('Klantreis.xlsx')).toBeNull();
    expect(isWorkbook('Klantreis.xlsx')).toBe(true);
    expect(isWorkbook('map.csv')).toBe(false);
  });
});

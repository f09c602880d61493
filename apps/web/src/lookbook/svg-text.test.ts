import { describe, expect, it } from 'vitest';
import { escapeXml, fitText, textWidth, wrapText } from './svg-text.ts';

const font = { size: 13, bold: true };

describe('textWidth', () => {
  it('adds up the widths of the characters, wider when bold, scaled by the font size', () => {
    expect(textWidth('', font)).toBe(0);
    expect(textWidth('iiii', font)).toBeLessThan(textWidth('MMMM', font));
    expect(textWidth('Website', { size: 13 })).toBeLessThan(textWidth('Website', font));
    expect(textWidth('Website', { size: 26 })).toBeCloseTo(2 * textWidth('Website', { size: 13 }));
  });

  it('measures accented letters as their base letter and other scripts as a full em', () => {
    expect(textWidth('Oriëntatie', font)).toBe(textWidth('Orientatie', font));
    expect(textWidth('保险', { size: 10 })).toBe(20);
  });
});

describe('fitText', () => {
  it('leaves text that fits alone and cuts the rest with an ellipsis', () => {
    expect(fitText('Website', 200, font)).toBe('Website');
    const cut = fitText('Klantenservice (telefoon) van de verzekeraar', 120, font);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, font)).toBeLessThanOrEqual(120);
    expect(fitText('Klantenservice', 5, font)).toBe('…');
  });
});

describe('wrapText', () => {
  it('breaks between words within the width and marks a cut with an ellipsis', () => {
    expect(wrapText('Compare offers online', 170, 2, font)).toEqual(['Compare offers online']);
    const lines = wrapText('one two three four five six seven eight nine ten', 80, 2, font);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, font)).toBeLessThanOrEqual(80);
    expect(lines.join(' ').replace('…', '').split(' ').slice(0, 3)).toEqual(['one', 'two', 'three']);
  });

  it('cuts a word wider than a line', () => {
    const [line] = wrapText('Supercalifragilisticexpialidocious', 100, 2, font);
    expect(line!.endsWith('…')).toBe(true);
    expect(textWidth(line!, font)).toBeLessThanOrEqual(100);
  });

  it('returns no lines for empty text', () => {
    expect(wrapText('   ', 100, 2, font)).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

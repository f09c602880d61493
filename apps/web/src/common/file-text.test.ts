import { describe, expect, it } from 'vitest';
import { decodeFileBytes, readFileText } from './file-text.ts';

// "Fase;Contactmoment\nOriëntatie;Café bezoeken" as the different Excel formats save it.
const TEXT = 'Fase;Contactmoment\nOriëntatie;Café bezoeken';

function windows1252(text: string): Uint8Array {
  // ë and é are single bytes in Windows-1252 (and Latin-1): their code points.
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

function utf16le(text: string, bom = true): Uint8Array {
  const bytes: number[] = bom ? [0xff, 0xfe] : [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    bytes.push(code & 0xff, code >> 8);
  }
  return Uint8Array.from(bytes);
}

describe('decodeFileBytes', () => {
  it('reads a Windows-1252 file from Dutch Excel with its accents, not as replacement characters', () => {
    const text = decodeFileBytes(windows1252(TEXT));
    expect(text).toBe(TEXT);
    expect(text).not.toContain('\uFFFD');
  });

  it('reads UTF-8, with or without a byte order mark', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeFileBytes(utf8)).toBe(TEXT);
    expect(decodeFileBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT);
  });

  it('reads UTF-16 with a byte order mark ("Unicode text" from Excel)', () => {
    expect(decodeFileBytes(utf16le(TEXT))).toBe(TEXT);
  });

  it('reads Windows-1252 punctuation Excel writes, such as curly quotes and the euro sign', () => {
    // 0x80 is € and 0x93/0x94 are “ ” in Windows-1252 (control codes in Latin-1).
    expect(decodeFileBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x80]))).toBe('“A” €');
  });
});

describe('readFileText', () => {
  it('decodes a file (a Blob) by the same rules', async () => {
    expect(await readFileText(new Blob([windows1252(TEXT) as BlobPart]))).toBe(TEXT);
  });
});

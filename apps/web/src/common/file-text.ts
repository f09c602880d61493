// The text of a file the user picked (an import, a journey file), in whichever encoding it
// was saved.

/**
 * The text of a file's bytes. Spreadsheets come in more than UTF-8: Excel saves "CSV" in the
 * Windows code page (Windows-1252 in Western Europe, so "Oriëntatie" arrives as one byte
 * 0xEB) and "Unicode text" as UTF-16 with a byte order mark. A byte order mark decides;
 * otherwise the bytes are read as UTF-8 when they are valid UTF-8, else as Windows-1252
 * (which maps every byte, so nothing is lost as "�").
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1 (the
 * five unassigned bytes stay as their control codes). Written out, because not every
 * TextDecoder maps them (Node's reads the label as Latin-1).
 */
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The text of a file, in whichever encoding it was saved (see `decodeFileBytes`). */
export async function readFileText(file: Blob): Promise<string> {
  return decodeFileBytes(new Uint8Array(await readFileBytes(file)));
}

/** The bytes of a file, with FileReader where `Blob.arrayBuffer()` is missing. */
function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

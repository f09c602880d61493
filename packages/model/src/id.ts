// Unguessable short ids for journey entities. Uses crypto.getRandomValues, which browsers
// offer on plain http as well (crypto.randomUUID needs a secure context).
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = prefix;
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

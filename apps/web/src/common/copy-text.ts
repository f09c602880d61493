// Text to the system clipboard, for a Copy button: whether it got there. The browser may
// refuse (no permission) or have no clipboard at all (an insecure page); the caller then
// offers the text to copy by hand.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

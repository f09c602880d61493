// The lookbook as one self-contained HTML file: the page's styles inlined, the map SVG in
// the markup, no scripts and no external requests, so it can be mailed and read offline.

/** Whether a CSS rule would make the browser fetch something (a font or image by URL). */
export function fetchesResources(cssText: string): boolean {
  if (/^@import\b/i.test(cssText.trim())) return true;
  const urls = cssText.match(/url\(\s*(['"]?)(.*?)\1\s*\)/gi) ?? [];
  return urls.some((url) => !/url\(\s*['"]?(data:|#)/i.test(url));
}

/** The text of every readable stylesheet of a document, without rules that fetch anything. */
export function collectCss(doc: Document): string {
  const parts: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A cross-origin sheet cannot be read (and is not ours).
    }
    for (const rule of Array.from(rules)) {
      if (!fetchesResources(rule.cssText)) parts.push(rule.cssText);
    }
  }
  return parts.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

export interface StandaloneInput {
  title: string;
  lang: string;
  css: string;
  /** The lookbook's markup (no scripts). */
  body: string;
}

export function standaloneHtml({ title, lang, css, body }: StandaloneInput): string {
  // Neither the CSS nor the markup may close the <style> element early or sneak in a script.
  const safeCss = css.replace(/</g, '\\3c ');
  const safeBody = body.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Belt and braces: even a stray reference cannot load anything.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${safeCss}</style>`,
    '</head>',
    `<body class="lb-standalone">${safeBody}</body>`,
    '</html>',
  ].join('\n');
}

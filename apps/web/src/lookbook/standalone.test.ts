import { describe, expect, it } from 'vitest';
import { collectCss, fetchesResources, standaloneHtml } from './standalone.ts';

describe('standalone HTML', () => {
  it('spots rules that would fetch something', () => {
    expect(fetchesResources('@import url("x.css");')).toBe(true);
    expect(fetchesResources('@font-face { src: url(/fonts/a.woff2) }')).toBe(true);
    expect(fetchesResources('.a { background: url("https://example.com/a.png") }')).toBe(true);
    expect(fetchesResources('.a { background: url(data:image/png;base64,AAA) }')).toBe(false);
    expect(fetchesResources('.a { marker-end: url(#arrow) }')).toBe(false);
    expect(fetchesResources('.a { color: red }')).toBe(false);
  });

  it('collects the page styles without fetching rules', () => {
    const style = document.createElement('style');
    style.textContent = '.lb-card { color: red; } @font-face { font-family: X; src: url(/x.woff2); }';
    document.head.appendChild(style);
    const css = collectCss(document);
    style.remove();
    expect(css).toContain('.lb-card');
    expect(css).not.toContain('x.woff2');
  });

  it('writes one document with inline styles, no scripts and no way to load anything', () => {
    const html = standaloneHtml({
      title: 'A & B',
      lang: 'nl',
      css: '.x { color: red } </style><script>alert(1)</script>',
      body: '<article><svg><title>Map</title></svg><script>alert(2)</script></article>',
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('svg title')!.textContent).toBe('Map');
    expect(doc.querySelectorAll('link, script, img[src^="http"]')).toHaveLength(0);
  });
});

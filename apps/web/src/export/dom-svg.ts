// Turns the React Flow viewport into an SVG image quickly: a plain deep clone of its DOM in
// a <foreignObject>, styled by the page's own stylesheets (inlined), instead of copying
// every computed property of every element (html-to-image's way, which takes seconds per
// hundred elements). Fonts are embedded with html-to-image's font embedding.
import { collectCss } from '../lookbook/standalone.ts';
import type { ImageLayout } from './geometry.ts';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Inherited text properties of the map, which the wrapper carries into the image. */
const INHERITED = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'letter-spacing', '-webkit-font-smoothing'];

export interface DomSvgOptions {
  layout: ImageLayout;
  /** Keeps an element (and its subtree) in the image. */
  keep(element: Element): boolean;
  backgroundColor?: string;
  /** @font-face rules with the fonts as data URLs. */
  fontCss?: string;
}

/** An SVG document (as text) showing the whole viewport at the layout's size. */
export function viewportToSvg(viewport: HTMLElement, options: DomSvgOptions): string {
  const { layout } = options;
  const clone = viewport.cloneNode(true) as HTMLElement;
  for (const element of Array.from(clone.querySelectorAll('*'))) {
    if (!clone.contains(element)) continue; // already gone with a removed ancestor
    if (!options.keep(element)) element.remove();
  }
  clone.style.transform = layout.transform;
  clone.style.transformOrigin = '0 0';
  clone.style.width = `${layout.width}px`;
  clone.style.height = `${layout.height}px`;

  const root = viewport.closest<HTMLElement>('.react-flow');
  const wrapper = document.createElementNS(XHTML, 'div') as HTMLDivElement;
  if (root) {
    wrapper.className = root.className;
    const inline = root.getAttribute('style');
    if (inline) wrapper.setAttribute('style', inline);
    const computed = getComputedStyle(root);
    for (const name of INHERITED) wrapper.style.setProperty(name, computed.getPropertyValue(name));
  }
  Object.assign(wrapper.style, {
    position: 'relative',
    overflow: 'hidden',
    margin: '0',
    width: `${layout.width}px`,
    height: `${layout.height}px`,
    background: options.backgroundColor ?? 'transparent',
  });
  wrapper.appendChild(clone);

  const style = document.createElementNS(XHTML, 'style');
  style.textContent = `${options.fontCss ?? ''}\n${collectCss(document)}`;
  const serializer = new XMLSerializer();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">` +
    `<foreignObject x="0" y="0" width="100%" height="100%">${serializer.serializeToString(style)}${serializer.serializeToString(wrapper)}</foreignObject></svg>`
  );
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Loads an SVG document as an image, ready to draw. */
export async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = svgDataUrl(svg);
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the browser could not draw the map image'));
  });
  return image;
}

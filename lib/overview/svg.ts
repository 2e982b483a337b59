/**
 * A drawing as plain data: computed once by a pure function, rendered by Preact in the dashboard
 * and as escaped markup in the evidence report, and read back by the tests.
 */
export interface SvgNode {
  tag: 'g' | 'rect' | 'line' | 'circle' | 'text' | 'path';
  attrs: Record<string, string | number>;
  /** Text content of a <text>; rendered as text, never markup. */
  text?: string;
  /** A tooltip (<title>) for pointer users; the table beside the chart says the same. */
  title?: string;
  children?: SvgNode[];
}

export interface Drawing {
  width: number;
  height: number;
  /** One sentence that says what the picture shows, for screen readers (the table has the detail). */
  summary: string;
  nodes: SvgNode[];
  /** A remark the picture needs beside it (a shortened axis), shown under it. */
  note?: string;
}

/** Escapes text for markup (the report's renderer); the Preact renderer needs none. */
function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function nodeMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeMarkup(String(value))}"`)
    .join('');
  const inner = `${node.title ? `<title>${escapeMarkup(node.title)}</title>` : ''}${node.text !== undefined ? escapeMarkup(node.text) : ''}${(node.children ?? []).map(nodeMarkup).join('')}`;
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** The drawing as an <svg> string (every value escaped): the evidence report embeds it. */
export function drawingMarkup(drawing: Drawing, className: string): string {
  return `<svg class="${escapeMarkup(className)}" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}" role="img" aria-label="${escapeMarkup(drawing.summary)}" xmlns="http://www.w3.org/2000/svg">${drawing.nodes.map(nodeMarkup).join('')}</svg>`;
}

/** Rough width of a label, to keep labels apart and inside the picture (CJK glyphs are a full em). */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? fontSize : fontSize * 0.58;
  return width;
}

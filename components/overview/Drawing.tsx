import { h, type VNode } from 'preact';
import type { Drawing, SvgNode } from '../../lib/overview/svg';

function node(item: SvgNode, key: number): VNode<any> {
  return h(item.tag, { key, ...item.attrs }, [item.title ? h('title', null, item.title) : null, item.text ?? null, ...(item.children ?? []).map(node)]);
}

/** A drawing from lib/overview as inline SVG: one image with its summary for screen readers. */
export function DrawingSvg({ drawing, className }: { drawing: Drawing; className: string }) {
  return (
    <svg class={className} viewBox={`0 0 ${drawing.width} ${drawing.height}`} role="img" aria-label={drawing.summary} xmlns="http://www.w3.org/2000/svg">
      {drawing.nodes.map(node)}
    </svg>
  );
}

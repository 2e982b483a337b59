// Module resolution hook (registered by node-swaps.mjs): postal-mime's own decoders, swapped for ours.
const SWAPS = new Map([
  ['./pass-through-decoder.js', new URL('../lib/notices/pass-through-decoder.ts', import.meta.url).href],
  ['./base64-decoder.js', new URL('../lib/notices/base64-decoder.ts', import.meta.url).href],
]);

export async function resolve(specifier, context, next) {
  const swap = SWAPS.get(specifier);
  if (swap && context.parentURL?.includes('/node_modules/postal-mime/')) return next(swap, context);
  return next(specifier, context);
}

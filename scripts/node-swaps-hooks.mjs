// Module resolution hook (registered by node-swaps.mjs): one specifier of postal-mime's own.
const DECODER = new URL('../lib/notices/pass-through-decoder.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === './pass-through-decoder.js' && context.parentURL?.includes('/node_modules/postal-mime/')) return next(DECODER, context);
  return next(specifier, context);
}

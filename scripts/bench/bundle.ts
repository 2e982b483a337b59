import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles a bench entry (scripts/bench/browser/*.ts) with the product code it imports into one
 * IIFE that sets `globalThis[globalName]`, for page.evaluate in Chromium. Minified like the
 * extension build, so the browser runs the same kind of code the extension ships.
 */
export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [join(process.cwd(), 'scripts', 'bench', 'browser', entry)],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

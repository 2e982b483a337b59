// Scripts that run in Node (inspect, bench) read mail through the same postal-mime as the
// extension: its pass-through and base64 decoders are swapped for ours (lib/notices/), as
// wxt.config.ts does for the build and the unit tests. Loaded with `tsx --import`.
import { register } from 'node:module';

register('./node-swaps-hooks.mjs', import.meta.url);

import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { LabelSet } from './types';
import { zh } from './zh';

/**
 * Every language's words, as written. The extension does not bundle this module: the build
 * writes it as a gzipped data file that lib/parser-data.ts loads; Node installs it directly.
 */
export const LABEL_SETS: readonly LabelSet[] = [en, zh, de, fr, es, it, ja];

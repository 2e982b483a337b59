import { ICANN_RULES } from './domains/public-suffixes.generated';
import { LABEL_SETS } from './notices/labels/all';
import { installParserData, type ParserData, PARSER_DATA_FILES } from './parser-data';

/**
 * The parser data from its sources, for Node (unit tests, `npm run inspect`, the bench, the list
 * scripts) and for the build, which writes it as the extension's data files. Never imported by
 * the extension's own code: that is what keeps them out of its bundles.
 */
export const PARSER_DATA_SOURCES: ParserData = { labelSets: LABEL_SETS, suffixRules: ICANN_RULES };

/** What the build writes for lib/parser-data.ts to load: each file's path and its text before gzip. */
export function parserDataFileTexts(): Array<{ path: string; text: string }> {
  return [
    { path: PARSER_DATA_FILES.labelSets, text: JSON.stringify(PARSER_DATA_SOURCES.labelSets) },
    { path: PARSER_DATA_FILES.suffixRules, text: PARSER_DATA_SOURCES.suffixRules },
  ];
}

export function installParserDataFromSources(): void {
  installParserData(PARSER_DATA_SOURCES);
}

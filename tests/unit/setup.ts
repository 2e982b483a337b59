import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMessages } from '../../lib/i18n';
import { MESSAGES } from '../../lib/i18n/messages';
import { installParserDataFromSources } from '../../lib/parser-data-sources';

// The notice words and public-suffix rules, as Node has them: from their sources
// (tests/unit/parser-data.test.ts checks the extension's own loading path).
installParserDataFromSources();
installMessages(MESSAGES);

beforeEach(() => {
  fakeBrowser.reset();
});

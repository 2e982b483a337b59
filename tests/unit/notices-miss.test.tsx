// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { tell } from '../../components/said';
import { App } from '../../entrypoints/popup/App';
import { ingest } from '../../lib/background/ingest';
import { database } from '../../lib/db';
import { translator } from '../../lib/i18n';
import { interpret, PARSER_VERSION } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { readPastedText } from '../../lib/notices/paste';
import { until } from '../helpers/until';
import { realNotice, realNoticeNames } from '../helpers/real-notices';

const paste = (text: string) => PageRead.parse(readPastedText(text, Date.UTC(2026, 11, 1)));

/** Notice-like: Amazon speaks and notice words are there, but nothing says what happened to what. */
const NOTICE_LIKE = [
  'Hello,\nAmazon Seller Performance is reviewing an intellectual property matter on your account.\nSeller Performance Team',
  'Guten Tag,\nIhr Amazon-Team prüft eine Angelegenheit zu geistigem Eigentum.',
  '您好，亚马逊卖家绩效团队正在审查与知识产权有关的事项。',
];

describe('a miss is a miss', () => {
  it('stores notice-like text that yields no notice as unrecognised, with a reason the UI tells in English and Chinese', () => {
    for (const text of NOTICE_LIKE) {
      const result = interpret(paste(text));
      expect(result, text).toMatchObject({ status: 'unrecognised', reason: { key: 'reason.noticeUnrecognised' }, notices: [] });
    }
    expect(tell({ key: 'reason.noticeUnrecognised' }, translator('en'))).toMatch(/reads like an Amazon seller notice/);
    expect(tell({ key: 'reason.noticeUnrecognised' }, translator('zh'))).toMatch(/亚马逊发给卖家的通知/);
  });

  it('leaves text that is no notice at all as it was, and never reports a real notice as interpreted with nothing', () => {
    expect(interpret(paste('Weekly newsletter: our spring collection is out.'))).toMatchObject({ status: 'interpreted', notices: [] });
    for (const name of realNoticeNames()) {
      const result = interpret(paste(realNotice(name)));
      expect(result.status === 'interpreted' && result.notices.length === 0, name).toBe(false);
    }
  });

  it('was bumped so that stored captures are read again by this parser', () => {
    expect(PARSER_VERSION).toBeGreaterThanOrEqual(3);
  });
});

describe('the popup counts what was not recognised', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
    document.body.innerHTML = '';
  });
  afterEach(() => render(null, document.body));

  it('shows how many captures were not recognised, linking to the dashboard list', async () => {
    await ingest(database(), { read: paste(NOTICE_LIKE[0]!), source: 'paste', now: Date.UTC(2026, 11, 1, 9) });
    await ingest(database(), { read: paste(NOTICE_LIKE[1]!), source: 'paste', now: Date.UTC(2026, 11, 1, 10) });
    const root = document.createElement('main');
    document.body.append(root);
    render(<I18nProvider><App /></I18nProvider>, root);
    await until(() => !!root.querySelector('.unrecognised-count'), 'unrecognised count');
    const link = root.querySelector('.unrecognised-count a')!;
    expect(link.textContent).toContain('Not recognised: 2');
    expect(link.getAttribute('href')).toMatch(/dashboard\.html#\/unrecognised$/);
  });
});

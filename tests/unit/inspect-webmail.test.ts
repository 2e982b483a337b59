import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../helpers/fixtures';
import { WEBMAIL_CASES } from '../helpers/webmail-cases';

const run = promisify(execFile);

/** A fixture saved the way a browser saves a page: with the `saved from url` comment (each has its own URL). */
function savedPage(dir: string, fixture: string, url: string): string {
  const path = join(dir, fixture.replace(/\//g, '-'));
  writeFileSync(path, `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${readFileSync(join(FIXTURE_DIR, fixture), 'utf8')}`);
  return path;
}

async function inspect(...args: string[]) {
  const { stdout } = await run('npx', ['tsx', 'scripts/inspect.ts', ...args], { cwd: process.cwd(), maxBuffer: 20_000_000 });
  return JSON.parse(stdout);
}

/** The spoofed-notice flag's subject: the sender's registrable domain (here always the last two labels). */
const flagSubject = (address: string) => address.slice(address.indexOf('@') + 1).split('.').slice(-2).join('.');

/**
 * The CLI reads a saved webmail page as the extension reads the tab: held to the same answers as
 * the reader's unit test and the browser test (tests/helpers/webmail-cases.ts), message by message.
 */
describe('npm run inspect on saved webmail pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inspect-webmail-'));
  const files = WEBMAIL_CASES.map((testCase) => savedPage(dir, testCase.fixture, testCase.url));

  it.each([0, 1])('--message %i: sender, subject, date and spoof verdict of that message on every host and language', async (index) => {
    const output = await inspect('--message', String(index), ...files);
    const spoofSubjects = output.flags.filter((flag: { kind: string }) => flag.kind === 'spoofed-notice').map((flag: { label: string }) => flag.label);
    WEBMAIL_CASES.forEach((testCase, fileIndex) => {
      const message = testCase.messages[index]!;
      const capture = output.captures[fileIndex];
      expect(capture, testCase.fixture).toMatchObject({ pageKind: 'webmail', status: 'interpreted', senderNotFound: false });
      expect(capture.mail, testCase.fixture).toMatchObject({ from: `${message.name} <${message.sender}>`, subject: message.subject });
      expect(capture.notices, testCase.fixture).toHaveLength(1);
      expect(capture.notices[0], testCase.fixture).toMatchObject({
        sender: message.sender,
        senderIsAmazon: !message.spoofed,
        subject: message.subject,
        receivedAt: `${message.day}T00:00:00.000Z`,
      });
      expect(capture.notices[0].complaintIds).toContain(message.complaintId);
      if (message.spoofed) expect(spoofSubjects, testCase.fixture).toContain(flagSubject(message.sender));
      else expect(spoofSubjects, testCase.fixture).not.toContain(flagSubject(message.sender));
    });
  }, 120_000);

  it('says when no sender address was found, and rejects a bad --message', async () => {
    const output = await inspect('--url', 'https://outlook.office.com/mail/inbox/id/AAQk', join(FIXTURE_DIR, 'pages/webmail/outlook-name-only-en.html'));
    expect(output.captures[0]).toMatchObject({ pageKind: 'webmail', senderNotFound: true, mail: { from: null } });
    expect(output.captures[0].notices.every((notice: { sender: string | null; senderIsAmazon: boolean | null }) => notice.sender === null && notice.senderIsAmazon !== true)).toBe(true);
    await expect(inspect('--message', 'newest', files[0]!)).rejects.toMatchObject({ code: 2 });
  }, 120_000);
});

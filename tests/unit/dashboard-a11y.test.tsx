// @vitest-environment happy-dom
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../lib/db';
import { mountDashboard, seedFlagRecords, unmount, until } from './dashboard-helpers';
import { capture, complainantFlag } from './evidence-fixture';

/**
 * axe-core's structural rules (labels, names, headings, landmarks, ARIA) on every section.
 * Colour contrast needs layout, which happy-dom has not: the Chromium e2e checks it.
 */
describe('dashboard accessibility', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
    await seedFlagRecords();
    await database().captures.put(capture({ id: 'b'.repeat(64), status: 'unrecognised', statusReason: { key: 'reason.unknownPage' }, screenshotId: null }));
  });
  afterEach(unmount);

  for (const [name, hash] of [
    ['flag page', `#/flag/${encodeURIComponent(complainantFlag.key)}`],
    ['timeline', '#/timeline'],
    ['overview', '#/'],
    ['flags', '#/flags'],
    ['not recognised', '#/unrecognised'],
    ['import', '#/import'],
    ['backup', '#/backup'],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const root = mountDashboard(hash);
      await until(() => (root.querySelector('main')?.children.length ?? 0) > 0, name);
      const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    });
  }
});

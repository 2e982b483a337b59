import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WATCHED_MATCH_PATTERNS } from '../../lib/hosts';
import { E2E_BUILD, PRODUCTION_BUILD } from './harness';

function manifest(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** Pins what the production extension may do. A change here is a change users must be told about. */
describe('built Chrome manifest (production)', () => {
  const built = manifest(PRODUCTION_BUILD);

  it('asks for storage, activeTab and scripting only, notifications only as optional', () => {
    expect(built.manifest_version).toBe(3);
    expect([...built.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(built.optional_permissions ?? []).toEqual(['notifications']);
  });

  it('has host access for Seller Central and Brand Registry only, never broad access', () => {
    expect([...built.host_permissions].sort()).toEqual([...WATCHED_MATCH_PATTERNS].sort());
    const everyPattern = [...built.host_permissions, ...built.content_scripts.flatMap((script: { matches: string[] }) => script.matches)];
    for (const pattern of everyPattern) {
      expect(pattern).toMatch(/^https:\/\/(sellercentral(-europe|-japan)?\.amazon\.[a-z.]+|brandregistry\.amazon\.com)\/\*$/);
    }
    expect(JSON.stringify(built)).not.toContain('<all_urls>');
  });

  it('runs the Seller Central content script on every marketplace host', () => {
    expect(built.content_scripts).toHaveLength(1);
    expect([...built.content_scripts[0].matches].sort()).toEqual([...WATCHED_MATCH_PATTERNS].sort());
    expect(built.content_scripts[0].all_frames ?? false).toBe(false);
  });

  it('allows no remote or evaluated code', () => {
    const csp: string = built.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

describe('e2e build', () => {
  it('differs from production only by the host access one-click capture gets from activeTab', () => {
    const production = manifest(PRODUCTION_BUILD);
    const e2e = manifest(E2E_BUILD);
    expect(e2e.host_permissions).toEqual([...production.host_permissions, '<all_urls>']);
    expect({ ...e2e, host_permissions: null }).toEqual({ ...production, host_permissions: null });
  });
});

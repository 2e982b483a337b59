import type { BrandRoleState } from '../model/brand-role';
import { type FlagDraft, type FlagSubject, flagSubjectId } from '../model/flag';
import type { ListingState } from '../model/listing-state';
import type { AttributeConflict } from '../model/listing';
import { FlagBuilder } from './flag-builder';
import { normaliseName } from '../names';
import type { AnalysisInput } from './input';

/** Catalog errors that mean someone else controls the brand (Amazon's feed and listing error codes). */
const BRAND_ERROR_CODES = new Set(['5461', '5665', '8572']);
/** Locking these is how a hijacker keeps the detail page. */
const CRITICAL_ATTRIBUTES = new Set(['brand', 'item_name', 'manufacturer']);
const CONTENT_FIELDS = new Set(['title', 'bulletsDigest', 'descriptionDigest', 'imagesDigest']);

export function isBrandConflict(conflict: AttributeConflict): boolean {
  return conflict.attribute.toLowerCase() === 'brand' || (conflict.code !== null && BRAND_ERROR_CODES.has(conflict.code));
}

/**
 * hijacked-brand-control, per listing (subject: its ASIN or SKU and marketplace) and per brand
 * (subject: the brand): the listing's brand no longer the seller's, a catalog brand conflict,
 * fields the seller could edit now locked, a Brand Registry role gone, content changed between
 * snapshots. Only problems that still hold are reported: a brand restored or a role regained
 * resolves the flag.
 */
export function brandControlFlags(input: AnalysisInput): FlagDraft[] {
  const own = new Set(input.profile.brands.flatMap((brand) => [brand.name, ...brand.aliases]).map(normaliseName));
  const states = new Map(input.listingStates.map((state) => [state.listingKey, state]));
  const expected = input.profile.brands.map((brand) => brand.name).join(', ');
  const isOwn = (brand: string | null) => brand !== null && own.has(normaliseName(brand));
  const builders = new Map<string, FlagBuilder>();
  const builderFor = (subject: FlagSubject, marketplace: string | null) => {
    const id = flagSubjectId(subject);
    let builder = builders.get(id);
    if (!builder) builders.set(id, (builder = new FlagBuilder('hijacked-brand-control', subject, marketplace)));
    return builder;
  };

  for (const state of input.listingStates) {
    const subject = subjectOf(state);
    if (state.brand && own.size > 0 && !own.has(normaliseName(state.brand))) {
      builderFor(subject, state.marketplace).add('brand-changed', 'medium', state.lastSeenAt, [state.lastCaptureId], {
        asin: state.asin ?? '',
        brand: state.brand,
        expected,
      });
    }
    for (const conflict of state.conflicts.filter(isBrandConflict)) {
      builderFor(subject, state.marketplace).add('brand-conflict-error', 'high', state.lastSeenAt, [state.lastCaptureId], {
        asin: state.asin ?? '',
        attribute: conflict.attribute,
        merchant: conflict.merchant ?? '',
        amazon: conflict.amazon ?? '',
        code: conflict.code ?? '',
      });
    }
  }

  for (const change of input.listingChanges) {
    const state = states.get(change.listingKey);
    if (!state) continue;
    const subject = subjectOf(state);
    const evidence = [change.previousCaptureId, change.captureId];
    // A brand change counts while the new brand is still on the listing and is not the seller's own.
    if (change.field === 'brand' && state.brand === change.after && !isOwn(change.after)) {
      builderFor(subject, state.marketplace).add('brand-changed', 'high', change.at, evidence, {
        asin: state.asin ?? '',
        before: change.before ?? '',
        after: change.after ?? '',
      });
    } else if (change.field === 'lockedAttributes') {
      const before = new Set(splitList(change.before));
      const stillLocked = new Set(state.lockedAttributes);
      const newlyLocked = splitList(change.after).filter((name) => !before.has(name) && stillLocked.has(name));
      if (newlyLocked.length > 0) {
        const severity = newlyLocked.some((name) => CRITICAL_ATTRIBUTES.has(name)) ? 'high' : 'medium';
        builderFor(subject, state.marketplace).add('locked-attribute', severity, change.at, evidence, {
          asin: state.asin ?? '',
          attributes: newlyLocked.join(', '),
        });
      }
    } else if (CONTENT_FIELDS.has(change.field)) {
      builderFor(subject, state.marketplace).add('content-changed', 'medium', change.at, evidence, {
        asin: state.asin ?? '',
        field: change.field,
        ...(change.field === 'title' ? { before: change.before ?? '', after: change.after ?? '' } : {}),
      });
    }
  }

  const roles = new Map<string, BrandRoleState>();
  for (const role of input.brandRoles) if (!roles.has(role.key)) roles.set(role.key, role);
  for (const change of input.brandRoleChanges) {
    const role = roles.get(change.key);
    if (change.change !== 'lost' || !role || role.present) continue;
    builderFor({ brand: change.brand }, null).add('brand-role-lost', 'high', change.at, [change.captureId], { brand: change.brand, role: change.role });
  }
  return [...builders.values()].filter((builder) => !builder.empty).map((builder) => builder.build());
}

function subjectOf(state: ListingState): FlagSubject {
  const subject: FlagSubject = state.asin !== null ? { asin: state.asin } : { sku: state.sku ?? '' };
  if (state.marketplace !== null) subject.marketplace = state.marketplace;
  return subject;
}

function splitList(value: string | null): string[] {
  return value ? value.split(', ').filter(Boolean) : [];
}

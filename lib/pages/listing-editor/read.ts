import type { PageField } from '../../model/page-read';
import { deepQueryAll, shadowScopes, squash } from '../dom';

type FormElement = Element & { value?: unknown; checked?: unknown; disabled?: unknown };

/**
 * Every `<attribute>-<index>-value` field (`item_name-0-value`, `bullet_point-3-value`),
 * wherever it is rendered: kat-input, kat-textarea, kat-dropdown, kat-checkbox or a plain
 * input/textarea, in the page or in open shadow roots. The first element of a name wins (a Katal
 * host comes before the input inside its own shadow root); a later one can only fill an empty
 * value or add that the field is locked.
 */
export function readEditorFields(doc: Document, scopes = shadowScopes(doc)): PageField[] {
  const byName = new Map<string, PageField>();
  for (const element of deepQueryAll(doc, '[name$="-value"]', scopes) as FormElement[]) {
    const name = element.getAttribute('name')!;
    if (!/^\S+-\d+-value$/.test(name)) continue;
    const value = fieldValue(element).slice(0, 20_000);
    const seen = byName.get(name);
    if (seen) {
      seen.value ||= value;
      seen.disabled ||= isLocked(element);
    } else byName.set(name, { name, value, disabled: isLocked(element) });
  }
  return [...byName.values()];
}

/**
 * The live value. A content script runs in an isolated world: it does NOT see properties that
 * the page's own custom-element classes define (Katal's `value`, `checked`), only native ones.
 * So: the element's own property where visible (native controls, tests), else the native
 * control Katal renders in its open shadow root, else the attribute (the first value).
 */
function fieldValue(element: FormElement): string {
  const inner = element.shadowRoot?.querySelector('input, textarea, select') as FormElement | null | undefined;
  if (element.matches('kat-checkbox, [type=checkbox]')) {
    const checked = [element.checked, inner?.checked].find((state) => typeof state === 'boolean');
    return String(checked ?? (element.hasAttribute('checked') || element.shadowRoot?.querySelector('[aria-checked=true]') != null));
  }
  return typeof element.value === 'string' ? element.value : String(inner?.value || element.getAttribute('value') || '');
}

/**
 * Locked = not editable by this seller. Signals, all conservative:
 * - `disabled` / `readonly` / `aria-disabled="true"` attribute, or the `disabled` property.
 * - in the element's own shadow root: a disabled native control, or
 *   `[role=checkbox][aria-disabled=true]` (where kat-checkbox keeps its disabled state).
 * - a lock icon beside the field: a sibling `kat-icon[name=lock]`. ASSUMED: no public source
 *   shows or quotes the editor's lock; Katal icons are named by their
 *   `name` attribute. Nothing else (no class name, no wording) counts as a lock.
 */
const isLocked = (element: FormElement): boolean =>
  element.matches('[disabled],[readonly],[aria-disabled=true]') ||
  element.disabled === true ||
  !!element.shadowRoot?.querySelector('[disabled],[role=checkbox][aria-disabled=true]') ||
  Array.from(element.parentNode?.children ?? []).some((sibling) => sibling.matches('kat-icon[name=lock]'));

/**
 * Alerts, alternatives with where each was seen:
 * - `kat-alert` (header + description attributes, `kat-alert[data-testid=...]` in public
 *   Seller Central scripts) and `kat-banner` (in Katal's element list);
 * - `[role=alert]`: ARIA alerts, Katal's and plain error boxes';
 * - `.a-alert-error`, `.a-alert-warning`: AUI alert boxes of older Seller Central pages (AUI
 *   `a-` classes are named, not hashed).
 * One message read twice (an alert inside another alert, or in its shadow root) is kept once:
 * a text contained in another alert's text is dropped.
 */
export function readEditorAlerts(doc: Document, scopes = shadowScopes(doc)): string[] {
  const texts = deepQueryAll(doc, 'kat-alert, kat-banner, [role=alert], .a-alert-error, .a-alert-warning', scopes)
    .filter((alert) => !alert.closest('[hidden]'))
    .map((alert) => squash(`${alert.getAttribute('header') ?? ''} ${alert.getAttribute('description') ?? ''} ${alert.textContent}`));
  return texts.filter((text, index) => text && !texts.some((other, at) => at !== index && other.includes(text) && (other !== text || at < index))).slice(0, 50);
}

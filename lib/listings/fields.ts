import { fnv1a } from '../hash';
import type { PageField } from '../model/page-read';

/** A listing-editor field split into its parts: `bullet_point-2-value` -> bullet_point, 2. */
export interface EditorField {
  name: string;
  attribute: string;
  index: number;
  value: string;
  disabled: boolean;
}

const FIELD_NAME = /^(\S+)-(\d+)-value$/;

export function editorFields(fields: readonly PageField[]): EditorField[] {
  const parsed: EditorField[] = [];
  for (const field of fields) {
    const parts = FIELD_NAME.exec(field.name);
    if (parts) parsed.push({ name: field.name, attribute: parts[1]!, index: Number(parts[2]), value: field.value.trim(), disabled: field.disabled });
  }
  return parsed;
}

/** The first non-empty value of an attribute (index 0 first), or null when the page shows none. */
export function firstValue(fields: readonly EditorField[], attributes: readonly string[]): string | null {
  const values = fields.filter((field) => attributes.includes(field.attribute) && field.value).sort((a, b) => a.index - b.index);
  return values[0]?.value ?? null;
}

/**
 * A short stable digest (FNV-1a, 8 hex) of the fields picked: name=value pairs, sorted, so the
 * same content read twice digests alike, and a moved bullet (new index) is a change. Null when
 * none of them has a value: a tab that does not show them, or values not loaded yet, is not a
 * change to "empty".
 */
export function digestOf(fields: readonly EditorField[], pick: (attribute: string) => boolean): string | null {
  const shown = fields.filter((field) => pick(field.attribute) && field.value).map((field) => `${field.name}=${field.value}`);
  return shown.length ? fnv1a(shown.sort().join('\n')).toString(16).padStart(8, '0') : null;
}

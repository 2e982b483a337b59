import { getDomain, getHostname } from './public-suffix';

/**
 * Registrable domain ("eTLD+1") of an e-mail address, URL or host, public-suffix aware
 * (`ip@brand.co.uk` -> `brand.co.uk`), lower case, Unicode for IDN (`xn--` labels decoded).
 * null when there is none (an IP address, a bare suffix, garbage).
 */
export function registrableDomain(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  const at = trimmed.lastIndexOf('@');
  const host = at >= 0 ? hostAfterAt(trimmed, at) : getHostname(trimmed) ?? trimmed;
  const ascii = toAscii(host);
  if (!ascii) return null;
  const domain = getDomain(ascii);
  return domain ? toUnicode(domain) : null;
}

/** The host part of an e-mail address or URL, lower case Unicode; null when there is none. */
export function hostOf(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  const host = at >= 0 ? hostAfterAt(trimmed, at) : getHostname(trimmed);
  const ascii = host ? toAscii(host) : null;
  return ascii ? toUnicode(ascii) : null;
}

/** Punycode (ASCII) form of a host, through the URL parser (no extra library). */
export function toAscii(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname || null;
  } catch {
    return null;
  }
}

/** Unicode form of an ASCII host: decodes each `xn--` label. */
export function toUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? decodePunycode(label.slice(4)) ?? label : label))
    .join('.');
}

/** RFC 3492 punycode decoder (the URL API only encodes). */
function decodePunycode(input: string): string | null {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const output: number[] = [];
  let n = 128, i = 0, bias = 72;
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basic, 0); j++) output.push(input.charCodeAt(j));
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) return null;
      const code = input.charCodeAt(index++);
      const digit = code - 48 < 10 ? code - 22 : code - 65 < 26 ? code - 65 : code - 97 < 26 ? code - 97 : base;
      if (digit >= base) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    const length = output.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / damp) : (i - oldi) >> 1;
    delta += Math.floor(delta / length);
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
    bias = Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** What follows the `@` of an address, up to a space or `>` (one search: no backtracking over long lines). */
function hostAfterAt(text: string, at: number): string {
  const rest = text.slice(at + 1);
  const end = rest.search(/[>\s]/);
  return end < 0 ? rest : rest.slice(0, end);
}

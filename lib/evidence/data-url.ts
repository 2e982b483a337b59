export interface DecodedImage {
  extension: 'png' | 'jpg';
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/**
 * Decodes a stored screenshot (`data:image/png;base64,...`). Strict: anything that is not plain
 * base64 after the prefix is refused, so a damaged or crafted row cannot smuggle markup into the
 * report through the img src.
 */
export function decodeImageDataUrl(dataUrl: string): DecodedImage | null {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) return null;
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return match[1] === 'png' ? { extension: 'png', mime: 'image/png', bytes } : { extension: 'jpg', mime: 'image/jpeg', bytes };
}

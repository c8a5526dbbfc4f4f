// Colours as Excel gives them ("#RRGGBB"), in hue, saturation and lightness: how a shade is read as a
// RAG colour, and how a file's theme colour with a tint becomes the colour Excel shows.

export interface Hsl {
  /** Degrees, 0 to 360. */
  h: number;
  /** 0 to 1. */
  s: number;
  /** 0 to 1. */
  l: number;
}

export function toHsl(hex: string): Hsl | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: h * 60, s, l };
}

export function fromHsl({ h, s, l }: Hsl): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  // The hue's sixth of the colour wheel says which channel is full, which rising and which empty.
  const sixths = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ];
  const [r, g, b] = sixths[Math.floor(h / 60) % 6];
  const byte = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v + m)) * 255)
      .toString(16)
      .toUpperCase()
      .padStart(2, "0");
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/**
 * A colour lightened (tint above 0) or darkened (below 0) as Excel does for "Lighter 40%" and the
 * like (ECMA-376 §18.8.19): its lightness moved toward white or black by the tint's share.
 */
export function tinted(hex: string, tint: number): string {
  const c = toHsl(hex);
  if (!c || tint === 0) return hex.toUpperCase();
  const l = tint < 0 ? c.l * (1 + tint) : c.l * (1 - tint) + tint;
  return fromHsl({ ...c, l });
}

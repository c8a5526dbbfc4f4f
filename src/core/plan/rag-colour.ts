// RAG kept as colour alone: a Status cell shaded red, amber, green or blue with nothing written in it.
// The shade is read by its hue, so the reds, ambers and greens of every palette (Excel's standard
// colours, its Good / Neutral / Bad styles, theme tints) read alike; greys, near-whites and faint
// tints say nothing.

import { toHsl } from "../workbook/colour";
import type { Status } from "./status";

export type RagColour = "red" | "amber" | "green" | "blue";

export const STATUS_OF_COLOUR: Record<RagColour, Status> = {
  red: "Off track",
  amber: "At risk",
  green: "On track",
  // BRAG scales keep blue for done.
  blue: "Complete",
};

/**
 * The RAG colour a fill reads as, or null. Pale shades (90% lightness or more) are left out: a column
 * lightly tinted as a place to type reads as shading, not as a rating.
 */
export function ragColourOf(hex: string): RagColour | null {
  const c = toHsl(hex);
  if (!c || c.s < 0.4 || c.l < 0.15 || c.l >= 0.9) return null;
  // Red runs to pink (the Bad style's #FFC7CE); amber from orange through gold to yellow; green from
  // lime (#92D050) to teal's edge; blue from sky (#00B0F0) to navy.
  if (c.h >= 335 || c.h < 15) return "red";
  if (c.h < 65) return "amber";
  if (c.h >= 75 && c.h < 165) return "green";
  // Pale blue is the usual banding and heading tint; a blue that means done is a strong one.
  if (c.h >= 185 && c.h < 250) return c.l < 0.75 ? "blue" : null;
  return null;
}

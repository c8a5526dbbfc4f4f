// Text that holds a cell's place without saying anything — "TBC", "N/A", "-", "?" — read alike as a
// deadline, an owner, a sub-action line or a closing-the-loop check; and "As above", which says only
// that the row above has it.

const PLACEHOLDER =
  /^(?:tbc|tba|tbd|n\/?a|not applicable|none|nil|-+|–|—|\?+|to be (?:confirmed|agreed|decided|determined))\.?$/i;

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** "As above", "See above", "Ditto", or a ditto mark: whatever the row (or line) above has there. */
const AS_ABOVE = /^(?:(?:see|as|same as|as per)\s+above|ditto|["”〃]|as previous)\.?$/i;

export function isAsAbove(text: string): boolean {
  return AS_ABOVE.test(text.trim());
}

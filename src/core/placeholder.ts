// Text that holds a cell's place without saying anything — "TBC", "N/A", "-", "?" — read alike as a
// deadline, an owner, a sub-action line or a closing-the-loop check.

const PLACEHOLDER =
  /^(?:tbc|tba|tbd|n\/?a|not applicable|none|nil|-+|–|—|\?+|to be (?:confirmed|agreed|decided|determined))\.?$/i;

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

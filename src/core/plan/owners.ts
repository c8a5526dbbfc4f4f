// Owners as people write them: abbreviations expanded through the plan's glossary, so that "HOS
// Safeguarding" and "Head of Service Safeguarding" are recognised as one role.

const PLACEHOLDER_OWNERS =
  /^(tbc|tba|tbd|n\/?a|\?+|-+|–|none|nobody|unknown|to be confirmed|to be agreed|not yet assigned)$/i;

export function isPlaceholderOwner(owner: string): boolean {
  return PLACEHOLDER_OWNERS.test(owner.trim());
}

/** Replaces whole-word abbreviations with their meanings, longest first ("SD EHCS" before "SD"). */
export function expandAbbreviations(text: string, glossary: Record<string, string>): string {
  const keys = Object.keys(glossary).sort((a, b) => b.length - a.length);
  let out = text;
  for (const key of keys) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Abbreviations already glossed in brackets ("Head of Service (HOS)") are left as written.
    out = out.replace(new RegExp(`(?<![\\w'(])${escaped}(?![\\w')])`, "g"), glossary[key]);
  }
  return out;
}

/** A key under which spellings of the same role meet: expanded, bracketed abbreviations dropped, lower case. */
export function ownerKey(owner: string, glossary: Record<string, string>): string {
  const withoutGlosses = owner.replace(/\s*\([A-Z][A-Za-z&' ]{0,12}\)/g, "");
  return expandAbbreviations(withoutGlosses, glossary)
    .toLowerCase()
    .replace(/[''’]s\b/g, "s")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "HOS Safeguarding (Head of Service Safeguarding)" when the glossary changes anything. */
export function describeOwner(owner: string, glossary: Record<string, string>): string {
  const expanded = expandAbbreviations(owner, glossary);
  return expanded === owner ? `"${owner}"` : `"${owner}" (${expanded})`;
}

// Posts mistyped: "Head of Safeguading" is "Head of Safeguarding" and "SD EHSC" is "SD EHCS". Owners
// one typing slip apart in one word are one owner, so the summaries list them once and validation
// names the other spelling.

import { slipBetween } from "../slips";

/**
 * Whether two different words may be one word mistyped. Never where either holds a number ("Locality 1",
 * "Locality 5") or one is the other's plural ("Manager", "Managers": one post, or all who hold it); two
 * letters swapped in a word of four letters or more; one letter wrong, missing or extra in six or more,
 * as shorter words one letter apart are often different words ("HOS", "DHOS").
 */
function mayBeMistyped(a: string, b: string): boolean {
  if (/\d/.test(a) || /\d/.test(b) || `${a}s` === b || `${b}s` === a) return false;
  const slip = slipBetween(a, b);
  const shorter = Math.min(a.length, b.length);
  return slip === "swap" ? shorter >= 4 : slip === "letter" && shorter >= 6;
}

/** More words than any post's name has: "Service Director for Early Help and Children's Safeguarding" has eight. */
const MAX_POST_WORDS = 16;

/** "head of service safeguarding" → "head of \0 safeguarding" and so on: owners one word apart share one. */
function wordsButOne(words: string[], i: number): string {
  return `${words.slice(0, i).join(" ")}\0${words.slice(i + 1).join(" ")}`;
}

/**
 * A word and the word with each letter left out in turn: two words one slip apart always share one
 * ("safeguarding" and "safeguading" share "safeguading"; "ehcs" and "ehsc" share "ehs").
 */
function withOneLetterLess(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * For owners' keys, each with the forms it is compared in (its key, abbreviations expanded, and each
 * spelling as written, in lower case), the key each is to be grouped under: one key for every owner one
 * slip apart from another in one word of one form. Only owners alike in every other word and in that
 * word but for a letter are compared, so a plan with thousands of owners is not compared pair by pair.
 */
export function keysWithSlipsMerged(formsByKey: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const parent = new Map<string, string>([...formsByKey.keys()].map((key) => [key, key]));
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at) as string;
    return at;
  };
  const alike = new Map<string, { word: string; key: string }[]>();
  for (const [key, forms] of formsByKey) {
    for (const form of new Set(forms)) {
      const words = form.split(" ").filter((w) => w !== "");
      // A post is named in a few words; a longer "owner" is a sentence, and each of its words would
      // index all the others.
      if (words.length > MAX_POST_WORDS) continue;
      words.forEach((word, i) => {
        // Shorter words, and words with a figure, are never taken for slips (see mayBeMistyped).
        if (word.length < 4 || /\d/.test(word)) return;
        const others = wordsButOne(words, i);
        for (const variant of new Set(withOneLetterLess(word))) {
          const at = `${others}\u0001${variant}`;
          const entries = alike.get(at);
          if (entries) entries.push({ word, key });
          else alike.set(at, [{ word, key }]);
        }
      });
    }
  }
  for (const entries of alike.values()) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [a, b] = [root(entries[i].key), root(entries[j].key)];
        if (a !== b && mayBeMistyped(entries[i].word, entries[j].word)) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  }
  return new Map([...parent.keys()].map((key) => [key, root(key)]));
}

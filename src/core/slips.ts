// Typing slips: two spellings of one word a single keystroke apart. Month names and owners' posts
// are both matched through them ("Ocotber", "Head of Safeguading").

/**
 * How two words are one slip apart: "swap" for two letters side by side swapped ("EHSC", "EHCS"),
 * "letter" for one letter wrong, missing or extra ("Safeguading"); null for the same word or further apart.
 */
export function slipBetween(a: string, b: string): "swap" | "letter" | null {
  if (a.length === b.length) {
    const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (differ.length === 1) return "letter";
    const [i, j] = differ;
    return differ.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? "swap" : null;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return null;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1) ? "letter" : null;
}

// Plans repeat the same short texts — timescales, owners, headings, dates — thousands of times. A
// bounded cache reads each distinct text once; it is cleared when full, so memory stays flat.

export function memoiseText<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

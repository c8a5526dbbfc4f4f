// How one finding reads on a terminal: where, what, and how to fix it.

import type { Finding } from "../../core/findings/finding";

const LABEL = { error: "ERROR  ", warning: "WARNING", info: "INFO   " } as const;

export function formatFindingLine(f: Finding): string {
  const where = `${f.sheet}!${f.cell}`;
  return `${LABEL[f.severity]} ${where.padEnd(8)} ${f.message}`;
}

export function formatFindingBlock(f: Finding): string[] {
  const lines = [`${LABEL[f.severity]} ${f.cell.padEnd(5)} ${f.message}`];
  if (f.fix) lines.push(`${" ".repeat(14)}What to do: ${f.fix}`);
  return lines;
}

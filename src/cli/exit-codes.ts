// What the command line's exit code says, for a scheduled job to act on.

export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

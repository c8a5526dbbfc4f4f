// Runs before Fluent UI loads: no web fonts are fetched (the pane makes no request beyond its own
// files), so text uses the fonts already on the machine.

(window as unknown as { FabricConfig: { fontBaseUrl: string } }).FabricConfig = { fontBaseUrl: "" };

export {};

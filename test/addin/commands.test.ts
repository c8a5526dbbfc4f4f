// The ribbon commands: every manifest function is registered with Office.actions.associate, each
// shows a message and calls event.completed() exactly once — also when the work fails.

import { COMMANDS, registerCommands } from "../../src/commands/commands";

type Handler = (event: { completed: () => void }) => Promise<void>;

function installOffice(options: { dialogFails?: boolean } = {}): {
  handlers: Map<string, Handler>;
  messages: string[];
} {
  const handlers = new Map<string, Handler>();
  const messages: string[] = [];
  (globalThis as unknown as { window: unknown }).window = { location: { origin: "https://localhost:3000" } };
  (globalThis as unknown as { Office: unknown }).Office = {
    actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
    context: {
      requirements: { isSetSupported: () => false },
      ui: {
        displayDialogAsync: (url: string, _o: unknown, cb: (r: { status: string; value?: unknown }) => void) => {
          messages.push(decodeURIComponent(url.split("text=")[1]));
          if (options.dialogFails) return cb({ status: "failed" });
          const handlersByEvent: Record<string, () => void> = {};
          cb({
            status: "succeeded",
            value: { close: () => undefined, addEventHandler: (e: string, h: () => void) => (handlersByEvent[e] = h) },
          });
          setTimeout(() => handlersByEvent.dialogMessageReceived?.(), 0);
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(new Error("no Excel here")) };
  return { handlers, messages };
}

describe("ribbon commands", () => {
  it("registers every function the manifest names", () => {
    const { handlers } = installOffice();
    registerCommands();
    expect([...handlers.keys()].sort()).toEqual([...COMMANDS].sort());
  });

  it.each([...COMMANDS])("%s completes its event exactly once and says why it could not run", async (name) => {
    const { handlers, messages } = installOffice();
    registerCommands();
    let completed = 0;
    await handlers.get(name)?.({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/too old for Plan Check|could not finish/);
  });

  it("completes the event once even when the message dialog cannot open", async () => {
    const { handlers } = installOffice({ dialogFails: true });
    registerCommands();
    let completed = 0;
    await handlers.get("validatePlan")?.({ completed: () => completed++ });
    expect(completed).toBe(1);
  });
});

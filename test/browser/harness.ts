// Stands in for office.js in the browser test: the fake Excel (holding a fixture's state) behind the
// Office and Excel globals the pane uses. Served in place of office/office.js.

import { FakeExcel } from "../support/fake-excel/fake-excel";
import { sheetsFromJson } from "../support/fake-excel/state";

declare global {
  interface Window {
    __fakeState: string;
    __planCheckFake: FakeExcel;
    /** While set, messages to the core worker wait for it: a test holds a check at "Checking the plan…". */
    __workerGate?: Promise<void>;
  }
}

const fake = new FakeExcel(sheetsFromJson(window.__fakeState));
window.__planCheckFake = fake;
const dark = new URLSearchParams(window.location.search).get("theme") === "dark";
const info = { host: "Excel", platform: "OfficeOnline" };

(window as unknown as { Office: unknown }).Office = {
  onReady: (callback?: (i: typeof info) => void) => {
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
  context: {
    requirements: { isSetSupported: () => true },
    officeTheme: dark
      ? {
          bodyBackgroundColor: "#1f1f1f",
          bodyForegroundColor: "#f3f2f1",
          controlBackgroundColor: "#2b2b2b",
          controlForegroundColor: "#ffffff",
        }
      : {
          bodyBackgroundColor: "#ffffff",
          bodyForegroundColor: "#201f1e",
          controlBackgroundColor: "#ffffff",
          controlForegroundColor: "#201f1e",
        },
  },
  actions: { associate: () => undefined },
};
(window as unknown as { Excel: unknown }).Excel = {
  run: <T>(first: unknown, second?: (c: Excel.RequestContext) => Promise<T>) =>
    fake.run((second ?? first) as (c: Excel.RequestContext) => Promise<T>),
};

// The real worker does the real work; a test may only make its messages wait.
const RealWorker = window.Worker;
window.Worker = class GatedWorker extends RealWorker {
  override postMessage(message: unknown): void {
    void (window.__workerGate ?? Promise.resolve()).then(() => super.postMessage(message));
  }
} as typeof Worker;

// Status words as councils write them, read into Plan Check's five.

import { isClosedStatus, readStatus } from "../../src/core/plan/status";

describe("status words", () => {
  it.each([
    ["Not started", "Not started"],
    ["Not yet started", "Not started"],
    ["in progress", "On track"],
    ["Underway", "On track"],
    ["GREEN", "On track"],
    ["Amber", "At risk"],
    ["Delayed", "Off track"],
    ["Behind schedule", "Off track"],
    ["WIP", "On track"],
    ["Completed 12/10/2017", "Complete"],
    ["Complete Oct 2017", "Complete"],
    ["Closed on 31 March 2018", "Complete"],
    ["On track.", "On track"],
    ["Complete*", "Complete"],
    ["Amber: 2 actions slipped", "At risk"],
    ["Completed", "Complete"],
    ["Blue", "Complete"],
    ["Complete and embedded", "Complete"],
    ["BAU", "Complete"],
    ["Transferred to BAU", "Complete"],
    ["Moved to business as usual", "Complete"],
    // Put to the board to close: delivered as the council reports it.
    ["Proposed for closure", "Complete"],
    ["Recommended for closure", "Complete"],
    ["Ready to close", "Complete"],
    ["Embedded", "Complete"],
    ["On target", "On track"],
    ["Off target", "Off track"],
    ["N/A – complete", "Complete"],
    // RAG keys that grade progress.
    ["Good progress", "On track"],
    ["Some progress", "At risk"],
    ["Limited progress", "At risk"],
    ["No progress", "Off track"],
    // A done word after a RAG colour overrules it; anything else after it does not.
    ["Green – complete", "Complete"],
    ["G (completed)", "Complete"],
    ["Amber – complete by March", "At risk"],
    ["Amber – on track", "At risk"],
    ["Ongoing", "On track"],
    ["Planned", "Not started"],
    // Done after its date is done; an open action is in progress.
    ["Completed late", "Complete"],
    ["Delivered late – Jan18", "Complete"],
    ["Open", "On track"],
    ["Active", "On track"],
    // Open says only that it is not closed: a RAG after it says how it stands.
    ["Open – overdue", "Off track"],
    ["Open (amber)", "At risk"],
    // A direction of travel beside the RAG, and a RAG letter before the words.
    ["G ↑", "On track"],
    ["Amber →", "At risk"],
    ["(G) On track", "On track"],
    ["Not started yet", "Not started"],
    ["Not on track", "Off track"],
    ["Awaiting sign-off", "Complete"],
    ["Signed off", "Complete"],
    ["Not yet due", "Not started"],
    ["Slipped", "Off track"],
    ["3 - Complete", "Complete"],
    ["🟢", "On track"],
    ["🔴 Off track", "Off track"],
    ["✅", "Complete"],
    ["2. On track", "On track"],
    ["Partially complete", "On track"],
    ["Part completed", "On track"],
    ["Slippage", "Off track"],
    ["Met", "Complete"],
    ["Partially met", "At risk"],
    ["Not met", "Off track"],
    ["Nearly complete", "On track"],
    ["Substantially completed", "On track"],
    // Achieved, delivered or implemented: in part is in progress, not at all is off track.
    ["Implemented", "Complete"],
    ["Partially achieved", "On track"],
    ["Partly delivered", "On track"],
    ["Partially implemented", "On track"],
    ["Not achieved", "Off track"],
    ["Not delivered", "Off track"],
    // Five-point RAG scales, and labelled statuses
    ["Amber-Green", "At risk"],
    ["AG", "At risk"],
    ["Red/Amber", "Off track"],
    ["Green-Amber", "On track"],
    ["RAG: Amber", "At risk"],
    ["BRAG: Green", "On track"],
    ["Action complete", "Complete"],
    ["Ontrack", "On track"],
    ["Late", "Off track"],
    // A RAG key's words, with or without their colour
    ["Some slippage (Amber)", "At risk"],
    ["Significant slippage (Red)", "Off track"],
    ["Minor slippage", "At risk"],
    ["No longer applicable", "Withdrawn"],
    ["BRAG rating: Blue", "Complete"],
    ["Status: Complete", "Complete"],
    // A tick, alone or beside the word
    ["Ahead of schedule", "On track"],
    ["On schedule", "On track"],
    ["On plan", "On track"],
    ["Exceeded", "Complete"],
    ["✓", "Complete"],
    ["Complete ✓", "Complete"],
    ["✔ Done", "Complete"],
  ])("reads %s as %s", (written, status) => {
    expect(readStatus(written)).toBe(status);
  });

  it.each([
    ["Complete – signed off at board, March 2018", "Complete"],
    ["Green - on track", "On track"],
    ["Amber: recruitment delayed", "At risk"],
    ["Red (no lead yet)", "Off track"],
    ["Amber/Red", "At risk"],
    ["Completed\nEvidence in the board pack", "Complete"],
    // A percentage, as a "% complete" cell takes it
    ["100% - signed off", "Complete"],
    ["50% – training under way", "On track"],
  ])("reads the status word before a comment: %s as %s", (written, status) => {
    expect(readStatus(written)).toBe(status);
  });

  it.each([
    "Complete but awaiting sign-off",
    "Not complete - see notes",
    "A new approach is being tried",
    "In-house",
    "Complete but 2 audits outstanding",
  ])("does not guess from a first word that runs on into the sentence: %s", (written) => {
    expect(readStatus(written)).toBeNull();
  });

  it.each([
    ["100%", "Complete"],
    ["100% complete", "Complete"],
    ["0%", "Not started"],
    ["60%", "On track"],
    ["60 % done", "On track"],
  ])("reads a percentage as how far along the action is: %s as %s", (written, status) => {
    expect(readStatus(written)).toBe(status);
  });

  it("knows nothing it was not told, and never calls an unknown word complete", () => {
    expect(readStatus("Nearly there")).toBeNull();
    expect(readStatus("On hold")).toBeNull();
    // Partly done is in progress: read, but never as complete.
    expect(readStatus("Partially complete")).toBe("On track");
    expect(readStatus("Nearly there") === "Complete").toBe(false);
    expect(readStatus(null)).toBeNull();
  });

  it.each([
    "Withdrawn",
    "Cancelled",
    "Superseded",
    "Superseded by action 2.3",
    "Merged into 1.4",
    "No longer required",
    "Closed – withdrawn by the board",
    // Handed to another plan: no longer this one's to deliver.
    "Transferred to the Early Help service plan",
    "Moved to 2018-19 improvement plan",
  ])("reads an action stopped or folded into another as withdrawn, not complete: %s", (written) => {
    // Not delivered, so never complete; closed, so never overdue.
    expect(readStatus(written)).toBe("Withdrawn");
    expect(readStatus(written) === "Complete").toBe(false);
    expect(isClosedStatus(readStatus(written))).toBe(true);
  });

  it("still reads a plain Closed as complete", () => {
    expect(readStatus("Closed")).toBe("Complete");
    expect(readStatus("Closed - signed off at board")).toBe("Complete");
  });
});

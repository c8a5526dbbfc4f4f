// Unowned work: actions with no accountable officer (or a placeholder), sub-action bullets with no
// owner or no date in their bracket, and one role written different ways.

import type { Finding } from "../../findings/finding";
import { describeOwner, isPlaceholderOwner, ownerKey } from "../../plan/owners";
import type { Action, SubAction } from "../../plan/model";
import { actionFinding, actionName, subActionFinding, type Rule, type ValidationContext } from "../context";

export function isUnowned(action: Action): boolean {
  return action.owners.length === 0 || action.owners.every(isPlaceholderOwner);
}

function where(sub: SubAction): string {
  return `line ${sub.line} of ${sub.column.replace(/[*\s]+$/, "")}`;
}

/** Sub-actions that should end in "(Owner – Date)": bullets, except financial implications. */
export function expectsBracket(sub: SubAction): boolean {
  return sub.bullet && sub.role !== "financial";
}

export function isUnownedSubAction(sub: SubAction): boolean {
  if (sub.bracket) return sub.bracket.owner === null || isPlaceholderOwner(sub.bracket.owner);
  return expectsBracket(sub);
}

export const ownersRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const action of context.reading.plan.actions) {
    const accountable = (action.cells.accountable ?? "").trim();
    if (action.owners.length === 0) {
      findings.push(
        actionFinding(
          context,
          "owner/missing",
          action,
          "accountable",
          "",
          `${actionName(action)} has no accountable officer.`,
        ),
      );
    } else if (isUnowned(action)) {
      findings.push(
        actionFinding(
          context,
          "owner/placeholder",
          action,
          "accountable",
          accountable,
          `${actionName(action)} has "${accountable}" as its accountable officer, which names nobody.`,
        ),
      );
    }
    for (const sub of action.subActions) {
      const b = sub.bracket;
      if (!b) {
        if (expectsBracket(sub)) {
          findings.push(
            subActionFinding(
              context,
              "owner/sub-action-no-bracket",
              action,
              sub,
              `The sub-action on ${where(sub)} does not end with (Owner – Date), so nobody owns it.`,
            ),
          );
        }
        continue;
      }
      if (b.problem) {
        const what =
          b.problem === "cut-off"
            ? "opens a bracket that never closes (the text may have been cut off)"
            : "has brackets that do not pair up";
        findings.push(
          subActionFinding(
            context,
            "deadline/bracket-cut-off",
            action,
            sub,
            `The sub-action on ${where(sub)} ${what}: "${b.raw}".`,
          ),
        );
      }
      if (b.owner === null || isPlaceholderOwner(b.owner)) {
        findings.push(
          subActionFinding(
            context,
            "owner/sub-action-no-owner",
            action,
            sub,
            `The sub-action on ${where(sub)} has a date (${b.when ?? "none"}) but no owner in its bracket.`,
          ),
        );
      } else if (b.when === null) {
        findings.push(
          subActionFinding(
            context,
            "owner/sub-action-no-date",
            action,
            sub,
            `The sub-action on ${where(sub)} names an owner, ${describeOwner(b.owner, context.glossary)}, but no date.`,
          ),
        );
      }
    }
  }
  return [...findings, ...ownerVariants(context)];
};

interface OwnerMention {
  owner: string;
  make: (message: string) => Finding;
}

function ownerMentions(context: ValidationContext): OwnerMention[] {
  const mentions: OwnerMention[] = [];
  for (const action of context.reading.plan.actions) {
    for (const owner of action.owners) {
      mentions.push({ owner, make: (m) => actionFinding(context, "owner/variant", action, "accountable", owner, m) });
    }
    for (const sub of action.subActions) {
      for (const owner of splitBracketOwners(sub.bracket?.owner ?? "")) {
        mentions.push({ owner, make: (m) => subActionFinding(context, "owner/variant", action, sub, m) });
      }
    }
  }
  return mentions;
}

/** "HOS Safeguarding / Reception DHOS" names two owners; "and" is left alone ("Fostering and Adoption"). */
export function splitBracketOwners(owner: string): string[] {
  return owner
    .split(/\s+\/\s+|,\s*/)
    .map((o) => o.trim())
    .filter((o) => o !== "" && !isPlaceholderOwner(o));
}

/** One finding per spelling that differs from the most used spelling of the same role. */
function ownerVariants(context: ValidationContext): Finding[] {
  const groups = new Map<string, Map<string, OwnerMention[]>>();
  for (const mention of ownerMentions(context)) {
    const key = ownerKey(mention.owner, context.glossary);
    if (key === "") continue;
    const group = groups.get(key) ?? new Map<string, OwnerMention[]>();
    const same = group.get(mention.owner);
    if (same) same.push(mention);
    else group.set(mention.owner, [mention]);
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.size < 2) continue;
    const ranked = [...group].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const main = ranked[0][0];
    for (const [spelling, mentions] of ranked.slice(1)) {
      findings.push(mentions[0].make(`"${spelling}" looks like the same role as "${main}", written another way.`));
    }
  }
  return findings;
}

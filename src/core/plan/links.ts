// Links from actions to what they support: Ofsted recommendations ("R2", "Rec 2", "Recommendation 2"),
// or the areas for improvement inspections have listed since 2018 ("AFI 2"), and existing priorities
// (by name). Where a plan records no links, likely ones are inferred from the
// wording and always marked as inferred.

import { inWords } from "../in-words";
import { memoiseText } from "../memoise";
import type { Action, PlanStructure, Priority, Recommendation, RecommendationTerm } from "./model";

export type LinkTarget =
  { kind: "recommendation"; recommendation: Recommendation } | { kind: "priority"; priority: Priority };

/** Lower case, words only; topic and priority names are compared this way for every link. */
const norm = memoiseText((text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim(),
);

/** The label before an item's number: "R", "Rec.", "AFI", "Area for improvement", "PA", "Priority action". */
const ITEM_LABEL = String.raw`r|recs?\.?|recommendations?|afis?|areas? for improvement|pa|priority actions?`;
/** Between the label and the number: "Rec no. 3", "R #3", "AFI 3". */
const BEFORE_NUMBER = String.raw`\s*(?:no\.?\s*)?#?\s*`;

/**
 * A recommendation or area for improvement named by number: "R3", "Rec. 3", "AFI 3", "#3", "3", "3.",
 * "Ofsted rec 3", "Rec no. 3".
 */
const NUMBERED = new RegExp(String.raw`^(?:ofsted\s+)?(${ITEM_LABEL})?${BEFORE_NUMBER}(\d{1,3})\.?$`, "i");

/** The number a link or a Recommendations sheet's number cell names, or null when it names none. */
export function recommendationNumber(text: string): number | null {
  return numberedItem(text)?.number ?? null;
}

/**
 * The number a link names and what its label calls the item: "PA3" a priority action, "AFI 3" an area
 * for improvement, "R3" a recommendation; null for a bare "3", which says only its number.
 */
export function numberedItem(text: string): { number: number; term: RecommendationTerm | null } | null {
  const m = NUMBERED.exec(text.trim());
  return m && Number(m[2]) > 0 ? { number: Number(m[2]), term: labelTerm(m[1]) } : null;
}

function labelTerm(label: string | undefined): RecommendationTerm | null {
  if (!label) return null;
  if (/^p/i.test(label)) return "priority action";
  return /^a/i.test(label) ? "area for improvement" : "recommendation";
}

/** A priority action, set at a visit, numbered apart from an inspection's recommendations or areas for improvement. */
export function isVisitAction(term: RecommendationTerm | null): boolean {
  return term === "priority action";
}

/**
 * The item a numbered link names. A plan may answer an inspection's recommendations (or areas for
 * improvement) and a visit's priority actions at once, numbered apart: "PA2" is then the priority
 * action, "R2" or "AFI 2" the other, and a bare "2" the inspection's before the visit's.
 */
export function numberedRecommendation(
  structure: PlanStructure,
  item: { number: number; term: RecommendationTerm | null },
): Recommendation | undefined {
  const numbered = structure.recommendations.filter((r) => r.number === item.number);
  const ofLabel = numbered.filter((r) => isVisitAction(r.term) === isVisitAction(item.term));
  // A plan that answers only one kind reads any label as that kind, as it always has.
  return item.term === null || !answersBoth(structure) ? (ofLabel[0] ?? numbered[0]) : ofLabel[0];
}

/** Whether a plan answers both an inspection's items and a visit's priority actions; asked once a link. */
function answersBoth(structure: PlanStructure): boolean {
  let both = ANSWERS_BOTH.get(structure);
  if (both === undefined) {
    const visits = structure.recommendations.filter((r) => isVisitAction(r.term)).length;
    both = visits > 0 && visits < structure.recommendations.length;
    ANSWERS_BOTH.set(structure, both);
  }
  return both;
}

const ANSWERS_BOTH = new WeakMap<PlanStructure, boolean>();

/** A comment after a link, "R2 (partly)", or a label before it, "Priority: Thresholds". */
const COMMENT_AFTER = /\s*\([^)]*\)$/;
const LABEL_BEFORE = /^(?:(?:existing\s+)?priority|ofsted)\s*:\s*/i;
/** A number, then a comment after a dash: "R2 – in part" (a name with a dash, "Early help - phase 2", is kept whole). */
const NUMBER_THEN_COMMENT = /^(.*?)\s[-–—]\s/;

/** "All", "All recommendations", "Cross-cutting": a link that names no one recommendation or priority. */
const CROSS_CUTTING =
  /^(?:all(?: (?:ofsted )?(?:recommendations|recs|afis|areas for improvement|priority actions|priorities))?|cross[- ]?cutting|overarching)\.?$/i;

export function isCrossCutting(link: string): boolean {
  return CROSS_CUTTING.test(link.trim());
}

/** Long enough to be a recommendation's words cut short, not a topic that several share ("Management oversight"). */
const PART_OF_WORDS = 25;

/** One text holds the other whole: "timeliness of initial health assessments" in the recommendation's words. */
function sharesWords(text: string, link: string): boolean {
  return text.length >= PART_OF_WORDS && (text.includes(link) || link.includes(text));
}

/** What one link names, or null when it names nothing in the plan. */
export function resolveLink(link: string, structure: PlanStructure): LinkTarget | null {
  // As written first: a priority's own name may end in a bracket ("… (Delivering Differently)").
  const written = resolveWritten(link, structure);
  if (written) return written;
  const bare = link.replace(COMMENT_AFTER, "").replace(LABEL_BEFORE, "");
  const numbered = NUMBER_THEN_COMMENT.exec(bare)?.[1];
  const meant = numbered !== undefined && recommendationNumber(numbered) !== null ? numbered : bare;
  const found = meant !== link ? resolveWritten(meant, structure) : null;
  if (found) return found;
  // The label and the inspection's words copied in: "AFI 1: The timeliness of health assessments".
  const labelled = leadingRecommendation(link);
  const recommendation = labelled ? numberedRecommendation(structure, labelled) : undefined;
  return recommendation ? { kind: "recommendation", recommendation } : null;
}

function resolveWritten(link: string, structure: PlanStructure): LinkTarget | null {
  const numbered = numberedItem(link);
  if (numbered !== null) {
    const recommendation = numberedRecommendation(structure, numbered);
    return recommendation ? { kind: "recommendation", recommendation } : null;
  }
  const wanted = norm(link);
  if (wanted === "") return null;
  // By topic, or by its whole text where the plan copies the inspection's words into the link cell.
  const byTopic = structure.recommendations.find((r) => norm(r.topic) === wanted || norm(r.text) === wanted);
  if (byTopic) return { kind: "recommendation", recommendation: byTopic };
  // Or by a good part of its words, shortened or run on, where only one recommendation has them.
  const byWords =
    wanted.length >= PART_OF_WORDS ? structure.recommendations.filter((r) => sharesWords(norm(r.text), wanted)) : [];
  if (byWords.length === 1) return { kind: "recommendation", recommendation: byWords[0] };
  const priority =
    structure.priorities.find((p) => norm(p.name) === wanted) ??
    structure.priorities.find((p) => wanted.length >= 6 && norm(p.name).startsWith(wanted));
  return priority ? { kind: "priority", priority } : null;
}

/**
 * Words that show an action is about a recommendation's or priority's topic (Derby 2017 topics).
 * Words match in any case ("Private fostering", "private fostering"); acronyms only in capitals ("PF").
 */
const TOPIC_WORDS: Record<string, RegExp[]> = {
  "caseloads and recruitment of workers": [
    /\bcaseloads?\b|recruit\w* (?:of )?(?:social )?workers|agency (?:staff|workers)/i,
  ],
  assessments: [/\bassessments?\b/i],
  plans: [/\b(?:child in need|child protection|cin|cp)\b[^.]*\bplans?\b|\bup to date plan\b/i],
  "private fostering": [/\bprivate fostering\b/i, /\bPF\b/],
  "16 and 17 year old homelessness": [/\bhomeless\w*/i],
  "reflective supervision": [/\bsupervision\b/i],
  "quality of return interviews": [/\breturn interviews?\b|\bmissing episodes?\b/i],
  "quality of peps": [/\bpersonal education plans?\b/i, /\bPEPs?\b/],
  "recruitment of carers": [/\bfoster carers?\b.*\brecruit|\brecruit\w*\b.*\bfoster|foster carer marketing/i],
  "care leavers health history": [
    /\bhealth histor(?:y|ies)\b|\bhealth information\b|\bhistory\b[^.]*\bhealth\b[^.]*\bleave care\b/i,
  ],
  "corporate parenting": [/\bcorporate parenting\b/i],
  thresholds: [/\bthresholds?\b/i],
  "equality and diversity": [/\bequality\b|\bdiversity\b/i],
  "cic dental checks": [/\bdental\b/i],
  "early help services that are sustainable and continue to meet needs": [/\bearly help\b/i],
  "quality of life story work and later life letters": [/\blife story\b|\blater life letters?\b/i],
  "closing the loop": [/\blearn(?:ing)? from feedback\b/i],
  "the children in care council": [/\bchildren in care council\b|\bvoice of the child\b/i, /\bCICC\b/],
  complaints: [/\bcomplaints?\b|\bfeedback\b/i],
  "workforce development": [/\bworkforce\b|\binduction\b/i],
  "alternative models of service delivery delivering differently": [/\bregionalisation\b|\bdelivering differently\b/i],
  "managing demand": [/\bdemand\b/i],
};

/** Built once per topic name, not once per action. */
const topicMatcher = memoiseText((name): { test: (text: string) => boolean } => {
  const key = norm(name);
  const patterns = TOPIC_WORDS[key] ?? [new RegExp(`\\b${key.replace(/\s+/g, "\\s+")}\\b`, "i")];
  return { test: (text) => patterns.some((p) => p.test(text)) };
});

/** Text that starts by naming a recommendation: "Recommendation 1: …", "AFI 2 – …", "Rec 3." */
const LABELLED = new RegExp(
  String.raw`^((?:ofsted\s+)?(?:${ITEM_LABEL})${BEFORE_NUMBER}\d{1,3})(?:\s*[:.)–—-]\s+|\s*$)(.*)$`,
  "is",
);
/** Or, in a list of recommendations, by its number alone: "1. Improve …", "2) …". */
const NUMBERED_ITEM = /^(\d{1,3})\s*[:.)–—-]\s+(\S.*)$/s;

/**
 * The recommendation a text starts by naming, and the words after it: "Recommendation 1: Management
 * oversight" → 1, "Management oversight". A bare "1. …" counts only where `listed` says the text is an
 * item of a list of recommendations; a theme heading "1. Front door" is only numbered.
 */
export function leadingRecommendation(
  text: string,
  listed = false,
): { number: number; term: RecommendationTerm | null; rest: string } | null {
  const m = LABELLED.exec(text.trim()) ?? (listed ? NUMBERED_ITEM.exec(text.trim()) : null);
  const item = m ? numberedItem(m[1]) : null;
  return m && item !== null ? { ...item, rest: m[2].trim() } : null;
}

/** A theme heading that labels a priority before its name: "Priority 1: Front door". */
const PRIORITY_LABEL = /^(?:existing\s+)?priority\s*\d{0,2}\s*[:.–—-]\s*/i;

/**
 * What a theme heading says its actions support: "Recommendation 1: Management oversight" names
 * recommendation 1, "Priority 2: Front door" the priority "Front door", and a heading that is a
 * recommendation's topic or a priority's name names that. A plan laid out this way records the link
 * once, in the heading, for every action under it.
 */
export function themeLink(theme: string, structure: PlanStructure): LinkTarget | null {
  // Every action under a heading asks about it: each heading is read once per plan.
  let byTheme = THEME_LINKS.get(structure);
  if (!byTheme) THEME_LINKS.set(structure, (byTheme = new Map()));
  if (!byTheme.has(theme)) byTheme.set(theme, readThemeLink(theme, structure));
  return byTheme.get(theme) ?? null;
}

const THEME_LINKS = new WeakMap<PlanStructure, Map<string, LinkTarget | null>>();

function readThemeLink(theme: string, structure: PlanStructure): LinkTarget | null {
  const named = leadingRecommendation(theme);
  if (named) {
    const recommendation = numberedRecommendation(structure, named);
    return recommendation ? { kind: "recommendation", recommendation } : null;
  }
  return resolveLink(theme.replace(PRIORITY_LABEL, "").trim(), structure);
}

/** Likely links for an action with none recorded, read from its What? and area text. */
export function inferLinks(action: Action, structure: PlanStructure): LinkTarget[] {
  const text = `${action.what}\n${action.cells.area ?? ""}`;
  const out: LinkTarget[] = [];
  for (const recommendation of structure.recommendations) {
    if (recommendation.topic && topicMatcher(recommendation.topic).test(text))
      out.push({ kind: "recommendation", recommendation });
  }
  for (const priority of structure.priorities) {
    if (topicMatcher(priority.name).test(text)) out.push({ kind: "priority", priority });
  }
  return out;
}

/** A link as it is typed in the Links column (and listed in its drop-down): "R4", "Thresholds". */
export function linkValue(target: LinkTarget): string {
  return target.kind === "recommendation" ? target.recommendation.id : target.priority.name;
}

export function linkLabel(target: LinkTarget): string {
  return target.kind === "recommendation"
    ? recommendationLabel(target.recommendation)
    : `priority "${target.priority.name}"`;
}

/** "recommendation 4 (Private fostering)", or "area for improvement 2" where the sheet gives no topic. */
export function recommendationLabel(r: Recommendation): string {
  return `${r.term} ${r.number}${r.topic ? ` (${r.topic})` : ""}`;
}

/** The plan's word for what the inspection asked for: "recommendation", "area for improvement" or "priority action". */
export function recommendationTerm(structure: PlanStructure): RecommendationTerm {
  return structure.recommendations[0]?.term ?? "recommendation";
}

/** Each word the plan's lists use, once, in their order: ["area for improvement", "priority action"]. */
export function recommendationTerms(structure: PlanStructure): RecommendationTerm[] {
  const terms = [...new Set(structure.recommendations.map((r) => r.term))];
  return terms.length > 0 ? terms : ["recommendation"];
}

/**
 * The plan's words in a sentence: "recommendation", or "area for improvement or priority action" for a
 * plan answering an inspection and a visit; "areas for improvement and priority actions" in the plural.
 */
export function termsInWords(structure: PlanStructure, many = false, conjunction: "and" | "or" = "or"): string {
  return inWords(
    recommendationTerms(structure).map((t) => (many ? pluralTerm(t) : t)),
    conjunction,
  );
}

/** The term as a heading or label starts: "Recommendation", "Areas for improvement". */
export function termHeading(words: string): string {
  return `${words[0].toUpperCase()}${words.slice(1)}`;
}

export function pluralTerm(term: RecommendationTerm): string {
  return term === "area for improvement" ? "areas for improvement" : `${term}s`;
}

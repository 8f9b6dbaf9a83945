/** The merge engine: duplicate person notes merged without loss, and repeated Key Facts consolidated. Pure. */
export { chooseSurvivor } from "./choose-survivor";
export { consolidateKeyFacts, planConsolidation } from "./consolidate";
export { MERGED_VALUES_KEY } from "./frontmatter-merge";
export { mergedFromHeading } from "./merge-body";
export { countKeyFacts, mergeNotes, type NoteText } from "./merge-notes";
export { planMerge, type MergeInput, type MergePlan } from "./plan-merge";
export { previewDiff, previewLines, type DiffLine, type DiffLineKind } from "./preview-diff";
export type { FrontmatterConflict, FrontmatterReport, MergeReport, SectionOutcome, SectionReport } from "./report";
export type { RuleName, ValueConflict } from "./rules";

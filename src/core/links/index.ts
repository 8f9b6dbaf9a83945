/** Finding, resolving and retargeting links in note text. Pure: no Obsidian values, no I/O. */
export { findLinks, toLinkRefs } from "./find-links";
export type { LinkForm, LinkOccurrence, PathSpelling, YamlQuoting } from "./link-occurrence";
export { LinkTargetIndex } from "./link-target-index";
export { resolveLinkpath, locateLinkpath, type LinkResolution, type ResolvedVia } from "./resolve";
export { retargetLinks, countLinksTo, type RetargetPlan, type RetargetResult } from "./retarget";
export { UnlinkableTargetError } from "./spell-path";

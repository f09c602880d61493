// Which findings' suggestions the lookbook passes on to staff. A scoring rule's suggestion is
// written either for the people at the touchpoint (reassure the customer, get it right the
// first time) or for the map's authors and the journey's owners (record the handoff, choose a
// channel, agree on an improvement with the owning team). Staff read the lookbook, so it
// shows a finding always but its suggestion only when staff can act on it. Every rule is
// listed here on purpose; a rule not listed keeps its suggestion to itself until it is.

/** Rules whose suggestion tells staff what to do at the touchpoint. */
export const STAFF_SUGGESTION_RULES: ReadonlySet<string> = new Set([
  'emotion-low', // reassure them with clear information or a personal contact
  'emotion-drop', // prepare customers for this moment
  'loop', // make it right the first time
  'key-moment-at-risk', // this moment decides whether customers stay: it comes first
]);

/** Rules whose suggestion is about changing the map or the journey: for its authors and owners. */
export const AUTHOR_SUGGESTION_RULES: ReadonlySet<string> = new Set([
  'dead-end', // mark the touchpoint as an end
  'empty-phase', // add touchpoints or remove the phase
  'high-effort', // cut or combine steps
  'kpi-miss', // agree on an improvement with the team that owns it
  'no-channel', // choose the channel of this touchpoint
  'no-conversion', // link to a channel that converts
  'no-service', // add a service touchpoint
  // Record the handoff, or pass more on: the switch's own instruction in the lookbook
  // tells the receiving staff what to do.
  'switch-no-handoff',
  'unreachable', // connect it with a step
]);

/** The suggestion of a finding as the lookbook shows it: null when it is not for staff. */
export function staffSuggestion(finding: { ruleId: string; suggestion: string }): string | null {
  if (!STAFF_SUGGESTION_RULES.has(finding.ruleId)) return null;
  return finding.suggestion.trim() || null;
}

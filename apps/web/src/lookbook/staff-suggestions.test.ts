import { describe, expect, it } from 'vitest';
import { rules } from '@touchpoint/scoring';
import { AUTHOR_SUGGESTION_RULES, STAFF_SUGGESTION_RULES, staffSuggestion } from './staff-suggestions.ts';

describe('staff suggestions', () => {
  it('decides for every scoring rule, once, whether its suggestion is for staff or for the map’s authors', () => {
    const listed = [...STAFF_SUGGESTION_RULES, ...AUTHOR_SUGGESTION_RULES];
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('passes on a staff suggestion and leaves out one for the authors, or from a rule it does not know', () => {
    expect(staffSuggestion({ ruleId: 'emotion-low', suggestion: 'Reassure them.' })).toBe('Reassure them.');
    expect(staffSuggestion({ ruleId: 'kpi-miss', suggestion: 'Agree on an improvement with the team that owns it.' })).toBeNull();
    expect(staffSuggestion({ ruleId: 'switch-no-handoff', suggestion: 'Record it as the handoff.' })).toBeNull();
    expect(staffSuggestion({ ruleId: 'a-new-rule', suggestion: 'Anything.' })).toBeNull();
    expect(staffSuggestion({ ruleId: 'loop', suggestion: '  ' })).toBeNull();
  });
});

import type { RaterGroup } from '../../lmd/feedback360/rater-group.js';
import { headerKey } from './header-names.js';

/**
 * Relationship labels survey tools and HR teams use, read from the rater's side (what the rater
 * is to the ratee): "Line manager" and "They report to me" are the ratee's manager, "I report to
 * them" a direct report. Compared as header keys (case, spaces and punctuation aside).
 */
const knownLabels: Readonly<Record<RaterGroup, readonly string[]>> = {
  self: ['self', 'selves', 'selfassessment', 'selfevaluation', 'selfreview', 'selfrating', 'myself', 'me', 'iamratingmyself', 'thisisme', 'own', 'ownrating'],
  manager: [
    'manager', 'managers', 'linemanager', 'linemanagers', 'boss', 'supervisor', 'supervisors', 'theyreporttome', 'theyreporttomedirectly',
    'iamtheirmanager', 'imtheirmanager', 'imanagethem', 'iamtheirlinemanager', 'theirmanager', 'reportingmanager', 'managerofratee',
  ],
  peer: ['peer', 'peers', 'colleague', 'colleagues', 'coworker', 'coworkers', 'workcolleague', 'fellowmanager', 'peercolleague', 'iamtheirpeer', 'imtheirpeer'],
  'direct-report': [
    'directreport', 'directreports', 'ireporttothem', 'ireporttothemdirectly', 'theymanageme', 'theyaremymanager', 'theyremymanager',
    'subordinate', 'subordinates', 'report', 'reports', 'iamtheirdirectreport', 'imtheirdirectreport', 'teammemberreportingtothem',
  ],
  other: ['other', 'others', 'customer', 'customers', 'client', 'clients', 'external', 'externalstakeholder', 'stakeholder', 'stakeholders', 'partner', 'partners', 'supplier', 'internalcustomer'],
};

/** Labels that could mean more than one group, and what each could mean. */
const ambiguousLabels: Readonly<Record<string, string>> = {
  teammember: 'a peer or a direct report',
  team: 'a peer or a direct report',
  myteam: 'a peer or a direct report',
  mymanager: 'a direct report (the ratee is my manager) or a manager',
  mydirectreport: 'a manager (the ratee is my direct report) or a direct report',
  colleagueormanager: 'a peer or a manager',
};

/** How a label was read: by a group's own name, by a common relationship label, or by the caller's mapping. */
export type GroupLabelMatch = 'group-name' | 'common-label' | 'option';

/** A compiled label reader. */
export interface RelationshipLabels {
  /** The group of a label and how it was matched, or a reason it could not be read. */
  readonly read: (label: string) => { group: RaterGroup; how: GroupLabelMatch } | { problem: string };
}

const groupNames: readonly string[] = ['self', 'selves', 'manager', 'managers', 'peer', 'peers', 'directreport', 'directreports', 'other', 'others'];

/**
 * The label reader for a run: the caller's labels first, then the groups' own names, then the
 * common labels; an ambiguous label is a problem unless the caller maps it.
 *
 * @internal
 */
export function relationshipLabels(callerLabels: Readonly<Record<string, RaterGroup>> | undefined): RelationshipLabels {
  const known = new Map<string, { group: RaterGroup; how: GroupLabelMatch }>();
  for (const [group, labels] of Object.entries(knownLabels) as [RaterGroup, readonly string[]][]) {
    for (const label of labels) known.set(label, { group, how: groupNames.includes(label) ? 'group-name' : 'common-label' });
  }
  for (const [label, group] of Object.entries(callerLabels ?? {})) known.set(headerKey(label), { group, how: 'option' });
  const cache = new Map<string, { group: RaterGroup; how: GroupLabelMatch } | { problem: string }>();
  return {
    read(label) {
      const cached = cache.get(label);
      if (cached !== undefined) return cached;
      const key = headerKey(label);
      const found = known.get(key);
      let result: { group: RaterGroup; how: GroupLabelMatch } | { problem: string };
      if (found !== undefined) result = found;
      else if (key === '') result = { problem: 'expected the rater group of this response (received a blank)' };
      else if (Object.hasOwn(ambiguousLabels, key)) {
        result = {
          problem: `this label could mean ${ambiguousLabels[key]}; say which group it is with groupLabels (received ${JSON.stringify(label)})`,
        };
      } else {
        result = {
          problem:
            'expected one of self, manager, peer, direct-report, other, or a common relationship label such as "Line manager", "Colleague", ' +
            `"I report to them" or "Self-assessment"; map any other label to a group with groupLabels (received ${JSON.stringify(label)})`,
        };
      }
      if (cache.size < 1000) cache.set(label, result);
      return result;
    },
  };
}

import type { Db } from '../../db/client.ts';
import { provinceSuccessors } from '../reference/index.ts';
import { regionSuccessors, regions2014 } from './products.regions.data.ts';
import {
  awardCaps,
  certificateValidity,
  complaintRules,
  entryRules,
  eras,
  groupRules,
  levelChain,
  levelRules,
  passThreshold,
  quorumRule,
  scoreSheets,
  tieRule,
} from './products.rules.data.ts';

/** The selection rules as the web app and the docs show them: every value with its citation. */
export async function productRulesDto(db: Db) {
  const successors = await provinceSuccessors(db);
  return {
    eras,
    levels: Object.values(levelRules),
    groups: groupRules,
    scoreSheets,
    passThreshold,
    certificateValidity,
    complaintRules,
    quorumRule,
    tieRule,
    levelChain,
    entryRules,
    awardCaps: Object.fromEntries(
      Object.entries(awardCaps).map(([level, cap]) => [
        level,
        { capVnd: cap.capVnd.toString(), citation: cap.citation },
      ]),
    ),
    regions2014: regions2014.map((r) => ({ ...r, today: regionSuccessors(r, successors) })),
  };
}

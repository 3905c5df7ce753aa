import { RuleSetBody } from '../../../../shared/schemas/rules.ts';
import type { Db } from '../../db/client.ts';
import { nationalRuleSets } from './rules.data.ts';
import { ruleSets } from './rules.tables.ts';

/** The national rule sets as read from the texts. Idempotent (kept by code). */
export async function seedRules(db: Db): Promise<void> {
  await db
    .insert(ruleSets)
    .values(
      nationalRuleSets.map((s) => ({
        ...s,
        provinceCode: null,
        effectiveTo: s.effectiveTo ?? null,
        body: RuleSetBody.parse(s.body),
      })),
    )
    .onConflictDoNothing();
}

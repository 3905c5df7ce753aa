import { parseArgs } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import type { SchemeState } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { systemActor } from '../../platform/actor.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import type { Opener } from '../cli-commands.ts';
import { inputOf } from './schemes.present.ts';
import * as repo from './schemes.repo.ts';
import { computeForScheme, summaryOf } from './schemes.support.ts';
import { schemes } from './schemes.tables.ts';

const editable: SchemeState[] = ['draft', 'returned'];

/**
 * After a rule set is added or corrected, the support summaries stored on drafts and returned schemes are
 * recomputed (submitted ones keep the computation they were submitted with). The record's version is not
 * bumped: the summary is derived data; one audit row records the run.
 */
export async function recomputeDrafts(
  db: Db,
  planYear?: number,
): Promise<{ checked: number; changed: number }> {
  const rows = await db
    .select()
    .from(schemes)
    .where(and(inArray(schemes.state, editable), planYear ? eq(schemes.planYear, planYear) : undefined));
  let changed = 0;
  for (const row of rows) {
    const support = await computeForScheme(db, inputOf(row, await repo.loadChildren(db, row.id)));
    const summary = summaryOf(support);
    if (
      summary.stateAllowed === row.stateAllowed &&
      summary.violationCount === row.violationCount &&
      summary.ruleSetCode === row.ruleSetCode
    )
      continue;
    await db.update(schemes).set(summary).where(eq(schemes.id, row.id));
    await repo.saveSupport(db, row.id, support);
    changed++;
  }
  await tx(db, (t) =>
    record(t, systemActor, {
      action: 'scheme.support_recomputed',
      entityType: 'scheme',
      meta: { planYear: planYear ?? null, checked: rows.length, changed },
    }),
  );
  return { checked: rows.length, changed };
}

/** `schemes:recompute [--year 2027]` */
export function schemesCommands(open: Opener) {
  return {
    'schemes:recompute': {
      help: 'tính lại mức hỗ trợ của đề án dự thảo / được trả lại theo bộ quy tắc hiện hành: [--year <năm kế hoạch>]',
      run: async (args: string[]) => {
        const { values } = parseArgs({ args, options: { year: { type: 'string' } } });
        const database = await open();
        try {
          await migrate(database);
          const r = await recomputeDrafts(database.db, values.year ? Number(values.year) : undefined);
          console.log(`Đã kiểm tra ${r.checked} đề án, cập nhật mức hỗ trợ của ${r.changed} đề án.`);
        } finally {
          await database.close();
        }
      },
    },
  };
}

import { auditLog } from '../../server/src/modules/audit/audit.tables.ts';
import { provinces2025 } from '../../server/src/modules/reference/provinces-2025.data.ts';
import { insertRows } from '../lib/batch.ts';
import type { Rng } from '../lib/prng.ts';
import { type GenContext, type Generator, scaled } from './types.ts';

type Shape = {
  action: string;
  entityType: string;
  weight: number;
  change?: (rng: Rng) => [unknown, unknown];
};

const status = (from: string, to: string) => () => [{ status: from }, { status: to }] as [unknown, unknown];

/** What ten years of work leaves in the trail: mostly sign-ins and scheme, contract and progress events. */
const shapes: readonly Shape[] = [
  { action: 'auth.logged_in', entityType: 'user', weight: 30 },
  { action: 'auth.logged_out', entityType: 'user', weight: 8 },
  { action: 'auth.login_failed', entityType: 'user', weight: 3 },
  {
    action: 'user.updated',
    entityType: 'user',
    weight: 2,
    change: (r) => [{ phone: null }, { phone: `09${r.int(1e7, 9e7)}` }],
  },
  { action: 'user.created', entityType: 'user', weight: 1 },
  { action: 'scheme.created', entityType: 'scheme', weight: 6 },
  {
    action: 'scheme.updated',
    entityType: 'scheme',
    weight: 10,
    change: (r) => [{ budget: r.int(50, 300) * 1e6 }, { budget: r.int(50, 300) * 1e6 }],
  },
  { action: 'scheme.submitted', entityType: 'scheme', weight: 5, change: status('draft', 'submitted') },
  {
    action: 'scheme.appraised',
    entityType: 'scheme',
    weight: 4,
    change: status('submitted', 'province_appraised'),
  },
  {
    action: 'scheme.approved',
    entityType: 'scheme',
    weight: 3,
    change: status('agency_appraised', 'approved'),
  },
  { action: 'contract.signed', entityType: 'contract', weight: 3, change: status('draft', 'signed') },
  { action: 'payment.recorded', entityType: 'payment', weight: 4 },
  { action: 'progress.reported', entityType: 'progress_report', weight: 8 },
  {
    action: 'establishment.updated',
    entityType: 'establishment',
    weight: 6,
    change: (r) => [{ workers: r.int(3, 80) }, { workers: r.int(3, 80) }],
  },
  { action: 'product.entered', entityType: 'product_entry', weight: 2 },
  {
    action: 'organisation.updated',
    entityType: 'organisation',
    weight: 1,
    change: (r) => [{ phone: null }, { phone: `02${r.int(1e7, 9e7)}` }],
  },
];

const userAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
];

const FROM = Date.UTC(2016, 0, 1);
const TO = Date.UTC(2025, 11, 31);

function* auditRows(ctx: GenContext, rng: Rng) {
  const count = scaled(1_000_000, ctx.scale, 100);
  const actors = ctx.shared.users;
  const weighted = shapes.map((s) => [s, s.weight] as const);
  const provinceCodes = provinces2025.map((p) => p.code);
  for (let i = 0; i < count; i++) {
    const shape = rng.weighted(weighted);
    const actor = actors.length > 0 && !rng.chance(0.01) ? rng.pick(actors) : null;
    const [before, after] = shape.change ? shape.change(rng) : [null, null];
    const entityId = shape.entityType === 'user' && actor ? actor.id : rng.uuid();
    yield {
      at: new Date(FROM + Math.floor(rng.next() * (TO - FROM))),
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      actorOrganisationId: actor?.organisationId ?? null,
      ip: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      userAgent: rng.pick(userAgents),
      action: shape.action,
      entityType: shape.entityType,
      entityId,
      provinceCode: actor ? actor.provinceCode : rng.pick(provinceCodes),
      before,
      after,
      meta: shape.action === 'auth.login_failed' ? { failures: rng.int(1, 4) } : null,
    };
  }
}

async function run(ctx: GenContext) {
  const total = scaled(1_000_000, ctx.scale, 100);
  let lastReport = 0;
  const rows = await insertRows(ctx.database, auditLog, auditRows(ctx, ctx.rng), {
    rowsPerTx: 20_000,
    onProgress: (done) => {
      if (done - lastReport >= 100_000 || done === total) {
        lastReport = done;
        ctx.log(`  audit_log: ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')}`);
      }
    },
  });
  return { rows: { audit_log: rows } };
}

export const auditGenerator: Generator = {
  name: 'audit',
  describe: '≈1.000.000 dòng nhật ký trong 10 năm (đăng nhập, đề án, hợp đồng, tiến độ …)',
  run,
};

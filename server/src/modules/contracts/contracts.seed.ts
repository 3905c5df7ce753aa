import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { createCall, vnToday } from '../calls/index.ts';
import { actorOf, assignedSchemes } from './contracts.fixtures.ts';
import { createContract, transitionContract } from './contracts.service.ts';
import { recordEntry } from './money.service.ts';
import { submitReport } from './progress.service.ts';

/**
 * Demo: An Giang's local plan of the current cycle with five assigned machinery schemes of TTKC An Giang:
 * one signed with a progress report and an advance, one signed whose spending runs far ahead of its
 * progress (on the at-risk list), one contract still in draft, and two assigned schemes without a contract
 * (for the browser tests and for trying the flow). Idempotent: skipped when any contract exists.
 */
export async function seedContracts(db: Db): Promise<void> {
  const [any] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from contracts`);
  if ((any?.n ?? 0) > 0) return;
  const ids = await assignedSchemes(db, 5, 'local');
  const dept = await actorOf(db, 'chuyenvien.angiang@khuyencong.vn');
  const centre = await actorOf(db, 'canbo.ttkc.angiang@khuyencong.vn');
  const today = vnToday();
  const report = (percent: number, spent: string) => ({
    period: today.slice(0, 7),
    reportDate: today,
    workDone:
      percent > 50
        ? 'Máy đã về xưởng, đang lắp đặt, chạy thử.'
        : 'Đã chọn nhà cung cấp, đang làm thủ tục mua máy.',
    overallPercent: percent,
    contents: [{ contentCode: 'ND45-3', percent }],
    spent,
    problems: percent > 50 ? null : 'Nhà cung cấp giao máy chậm.',
    documents: [{ name: 'Ảnh hiện trường', number: null, date: today, fileId: null }],
  });
  const signed = async (id: string) => {
    const c = await createContract(db, dept, { schemeId: id });
    return transitionContract(db, dept, c.id, { action: 'sign', version: c.version, date: today });
  };
  const c1 = await signed(ids[0]!);
  await submitReport(db, centre, c1.id, report(75, '225000000'));
  await recordEntry(db, dept, c1.id, {
    kind: 'advance',
    amount: '210000000',
    date: today,
    reference: 'Giấy rút dự toán 01/TƯ',
    note: 'Tạm ứng 70% khi đã đầu tư trên 70% (TT 36/2013 Điều 13–16)',
    contractVersion: c1.version + 1,
  });
  const c2 = await signed(ids[1]!);
  await submitReport(db, centre, c2.id, report(10, '300000000'));
  await createContract(db, dept, { schemeId: ids[2]! });
  await seedThisYear(db, dept, centre);
}

/**
 * Demo: this year's An Giang local plan under way (reports, dashboard and indicators show a year in
 * progress): a supplementary call, four assigned schemes, three contracts signed, two of them with progress
 * and an advance.
 */
async function seedThisYear(db: Db, dept: Actor, centre: Actor): Promise<void> {
  const today = vnToday();
  const year = Number(today.slice(0, 4));
  const later = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  await createCall(db, dept, {
    planYear: year,
    level: 'local',
    provinceCode: '91',
    title: `Kế hoạch khuyến công địa phương bổ sung năm ${year} — An Giang`,
    guidanceNumber: '2051/SCT-QLCN',
    guidanceDate: today,
    submissionDeadline: later,
    registrationDeadline: null,
    note: 'Bổ sung đề án ứng dụng máy móc thiết bị cho các cơ sở dệt may.',
  });
  const ids = await assignedSchemes(db, 4, 'local', year);
  for (const [i, id] of ids.slice(0, 3).entries()) {
    const c = await createContract(db, dept, { schemeId: id });
    const s = await transitionContract(db, dept, c.id, { action: 'sign', version: c.version, date: today });
    if (i === 2) continue;
    await submitReport(db, centre, s.id, {
      period: today.slice(0, 7),
      reportDate: today,
      workDone: 'Máy đã lắp đặt, đang chạy thử và đào tạo công nhân vận hành.',
      overallPercent: 80 - i * 5,
      contents: [{ contentCode: 'ND45-3', percent: 80 - i * 5 }],
      spent: String(240_000_000 - i * 15_000_000),
      problems: null,
      documents: [],
    });
    await recordEntry(db, dept, s.id, {
      kind: 'advance',
      amount: String(210_000_000 - i * 60_000_000),
      date: today,
      reference: `Giấy rút dự toán 0${i + 2}/TƯ`,
      note: null,
      contractVersion: s.version + 1,
    });
  }
}

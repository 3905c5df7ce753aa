import ExcelJS from 'exceljs';
import { formatDate, formatDateTime } from '../../../../shared/format.ts';
import type {
  ContentStatus,
  PortalKind,
  RegistrationDto,
  RegistrationInput,
} from '../../../../shared/schemas/portal.ts';
import { type EventKind, eventKindLabels } from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { loadInScope, refuse } from './content.service.ts';
import { canRegister, whyNot } from './portal.policy.ts';
import { registrationOpen } from './portal.present.ts';
import * as repo from './portal.repo.ts';
import { isPublic } from './portal.workflow.ts';

function present(r: repo.RegistrationRow): RegistrationDto {
  return {
    id: r.id,
    eventId: r.eventId,
    organisationId: r.organisationId,
    establishmentName: r.establishmentName,
    contactName: r.contactName,
    phone: r.phone,
    email: r.email,
    products: r.products,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  };
}

/** A public event (published, its time come) or 404: nobody registers for a draft. */
async function publicEvent(db: Db, id: string): Promise<repo.ItemRow> {
  const row = await repo.findItem(db, { kind: 'all' }, id);
  if (row?.kind !== 'event') throw notFound();
  if (!isPublic(row.status as ContentStatus, row.publishedAt)) throw notFound();
  return row;
}

/**
 * An establishment signs up for an event: only its representative, only while the portal's form is open
 * (until the deadline day, Vietnam time), and once per establishment.
 */
export async function register(
  db: Db,
  actor: Actor,
  eventId: string,
  input: RegistrationInput,
): Promise<RegistrationDto> {
  if (!canRegister(actor)) throw new AppError('PORTAL_REGISTRATION_NOT_ALLOWED');
  return tx(db, async (t) => {
    const event = await publicEvent(t, eventId);
    if (event.registrationMode !== 'form') throw new AppError('PORTAL_REGISTRATION_NOT_OPEN');
    if (!registrationOpen(event))
      throw new AppError('PORTAL_REGISTRATION_CLOSED', { deadline: formatDate(event.registrationDeadline) });
    const existing = await repo.findRegistration(t, eventId, actor.organisationId);
    if (existing)
      throw new AppError('PORTAL_REGISTRATION_DUPLICATE', { date: formatDate(existing.createdAt) });
    try {
      const row = await repo.insertRegistration(t, {
        eventId,
        organisationId: actor.organisationId,
        userId: actor.userId,
        establishmentName: input.establishmentName,
        contactName: input.contactName,
        phone: input.phone,
        email: input.email,
        products: input.products,
        note: input.note ?? null,
      });
      await record(t, actor, {
        action: 'portal.registration.created',
        entityType: 'portal_registration',
        entityId: row.id,
        provinceCode: event.provinceCode,
        after: row,
        meta: { eventId, eventTitle: event.title },
      });
      return present(row);
    } catch (e) {
      if (isUniqueViolation(e, 'portal_event_registrations_uq'))
        throw new AppError('PORTAL_REGISTRATION_DUPLICATE', { date: formatDate(new Date()) });
      throw e;
    }
  });
}

/** The actor's establishment's registration for an event, if any (the event page shows "đã đăng ký"). */
export async function myRegistration(db: Db, actor: Actor, eventId: string): Promise<RegistrationDto | null> {
  if (!canRegister(actor)) throw new AppError('PORTAL_REGISTRATION_NOT_ALLOWED');
  await publicEvent(db, eventId);
  const r = await repo.findRegistration(db, eventId, actor.organisationId);
  return r ? present(r) : null;
}

async function organiserEvent(db: Db, actor: Actor, eventId: string): Promise<repo.ItemRow> {
  const event = await loadInScope(db, actor, eventId, 'event');
  const reason = whyNot(actor, 'viewRegistrations', {
    kind: event.kind as PortalKind,
    provinceCode: event.provinceCode,
    status: event.status as ContentStatus,
  });
  if (reason) refuse(reason);
  return event;
}

export async function listRegistrations(db: Db, actor: Actor, eventId: string): Promise<RegistrationDto[]> {
  await organiserEvent(db, actor, eventId);
  return (await repo.listRegistrations(db, eventId)).map(present);
}

/** The organiser's list as an .xlsx workbook (cells are written as text, never as formulas). */
export async function exportRegistrations(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<{ name: string; bytes: Buffer }> {
  const event = await organiserEvent(db, actor, eventId);
  const rows = await repo.listRegistrations(db, eventId);
  await record(db, actor, {
    action: 'portal.registration.exported',
    entityType: 'portal_event',
    entityId: eventId,
    provinceCode: event.provinceCode,
    meta: { count: rows.length },
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khuyến Công';
  const ws = wb.addWorksheet('Đăng ký', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = `DANH SÁCH ĐĂNG KÝ THAM GIA: ${event.title}`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.mergeCells('A2:H2');
  const kind = event.eventKind ? eventKindLabels[event.eventKind as EventKind].vi : '';
  ws.getCell('A2').value =
    `${kind} · ${formatDate(event.startsOn)}–${formatDate(event.endsOn)} · ${event.place ?? ''} · ${rows.length} cơ sở`;
  const header = [
    'STT',
    'Cơ sở',
    'Người liên hệ',
    'Điện thoại',
    'Email',
    'Sản phẩm trưng bày',
    'Ghi chú',
    'Thời gian đăng ký',
  ];
  const headerRow = ws.getRow(4);
  headerRow.values = header;
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  rows.forEach((r, i) => {
    ws.getRow(5 + i).values = [
      i + 1,
      r.establishmentName,
      r.contactName,
      r.phone,
      r.email,
      r.products,
      r.note ?? '',
      formatDateTime(r.createdAt),
    ];
  });
  [6, 32, 24, 16, 28, 48, 28, 18].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { name: `dang-ky-${event.slug}.xlsx`, bytes };
}

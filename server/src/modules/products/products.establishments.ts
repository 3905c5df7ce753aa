import { EstablishmentListQuery } from '../../../../shared/schemas/establishments.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { getEstablishment, listEstablishments } from '../establishments/index.ts';

/** The only place this module reaches the establishments module (through its index). */
export type EstablishmentRef = {
  id: string;
  name: string;
  provinceCode: string;
  provinceName: string | null;
  unitCode: string;
};

type Dto = Awaited<ReturnType<typeof getEstablishment>>;
const ref = (e: Dto): EstablishmentRef => ({
  id: e.id,
  name: e.name,
  provinceCode: e.provinceCode,
  provinceName: e.provinceName,
  unitCode: e.unit.code,
});

/**
 * The establishment an actor registers for, or a clear refusal: a representative may only act for their
 * own establishment (anything else answers "not your establishment", whether or not it exists); staff get
 * 404 outside the establishments they may see.
 */
export async function establishmentFor(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ est: EstablishmentRef; own: boolean }> {
  try {
    const e = await getEstablishment(db, actor, id);
    return { est: ref(e), own: actor.role === 'establishment_rep' };
  } catch (err) {
    if (
      actor.role === 'establishment_rep' &&
      err instanceof AppError &&
      (err.status === 404 || err.status === 403)
    )
      throw new AppError('PRODUCT_NOT_OWN_ESTABLISHMENT');
    throw err;
  }
}

/** Name and province of an establishment regardless of the caller (council declarations, certificates). */
export async function establishmentRef(db: Db, id: string): Promise<EstablishmentRef | null> {
  try {
    return ref(await getEstablishment(db, systemActor, id));
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}

/** The establishments a representative acts for (empty for everyone else). */
export async function ownEstablishmentIds(db: Db, actor: Actor): Promise<string[]> {
  if (actor.role !== 'establishment_rep') return [];
  const page = await listEstablishments(db, actor, EstablishmentListQuery.parse({ pageSize: 50 }));
  return page.items.map((e) => e.id);
}

/** Establishments whose name matches (demo seeds and tests). */
export async function findEstablishmentsByName(db: Db, q: string): Promise<EstablishmentRef[]> {
  const page = await listEstablishments(db, systemActor, EstablishmentListQuery.parse({ q, pageSize: 5 }));
  return page.items.map((e) => ({
    id: e.id,
    name: e.name,
    provinceCode: e.provinceCode,
    provinceName: e.provinceName,
    unitCode: e.unit.code,
  }));
}

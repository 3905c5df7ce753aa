import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundDto } from '../../../../shared/schemas/products.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { testDatabase } from '../../test/db.ts';
import { removeMember } from './council.service.ts';
import type { EstablishmentRef } from './products.establishments.ts';
import {
  actorFor,
  establishmentNamed,
  openRound,
  registerProduct,
  seatCouncil,
} from './products.test-support.ts';
import { getRound, transitionRound } from './rounds.service.ts';

let database: Database;
let agOfficer: Actor;
let agRep: Actor;
let tanchau: EstablishmentRef;

beforeAll(async () => {
  database = await testDatabase();
  [agOfficer, agRep] = await Promise.all([
    actorFor(database.db, 'chuyenvien.angiang@khuyencong.vn'),
    actorFor(database.db, 'coso.tanchau@khuyencong.vn'),
  ]);
  tanchau = await establishmentNamed(database.db, 'Dệt may Tân Châu');
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code } : { code: String(e) }),
  );

const register = (roundId: string, name: string) =>
  registerProduct(database.db, agRep, tanchau, roundId, name);

const transition = async (r: RoundDto, action: 'start_scoring') =>
  transitionRound(database.db, agOfficer, r.id, {
    action,
    version: (await getRound(database.db, agOfficer, r.id)).version,
  });

describe('council', () => {
  it('refuses to start scoring with a council of the wrong size or without a secretary', async () => {
    const r = await openRound(database.db, agOfficer);
    await register(r.id, 'Lụa thử hội đồng');
    await seatCouncil(database.db, agOfficer, r.id, 6);
    expect(await fail(transition(r, 'start_scoring'))).toMatchObject({ code: 'PRODUCT_COUNCIL_SIZE' });
    const r2 = await openRound(database.db, agOfficer);
    await register(r2.id, 'Lụa thử thư ký');
    const seats = await seatCouncil(database.db, agOfficer, r2.id, 8);
    await removeMember(database.db, agOfficer, r2.id, seats[1]!.seat.id);
    expect(await fail(transition(r2, 'start_scoring'))).toMatchObject({ code: 'PRODUCT_COUNCIL_ROLES' });
    expect(await fail(seatCouncil(database.db, agOfficer, r2.id, 1))).toMatchObject({
      code: 'PRODUCT_COUNCIL_MEMBER_TAKEN',
    });
  });
});

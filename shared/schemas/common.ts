import { z } from 'zod';

export const Uuid = z.uuid();

/** Paging, sorting and free-text search shared by every list endpoint. */
export const ListQueryBase = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(200).optional(),
  sort: z.string().trim().max(60).optional(),
  lang: z.enum(['vi', 'en']).optional(),
});
export type ListQueryBase = z.infer<typeof ListQueryBase>;

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export type ListResponse<T> = { items: T[]; total: number; page: number; pageSize: number };

export const IdParams = z.object({ id: z.uuid() });
export const VersionBody = z.object({ version: z.number().int().min(1) });

/** Parses `sort` such as "name" or "-createdAt" against an allow-list. */
export function parseSort<K extends string>(sort: string | undefined, allowed: readonly K[], fallback: K) {
  const desc = sort?.startsWith('-') ?? false;
  const key = (sort?.replace(/^-/, '') ?? fallback) as K;
  return { key: allowed.includes(key) ? key : fallback, desc: allowed.includes(key) ? desc : false };
}

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
});

/** A short free-text field that cannot be blank. */
export const Text = (max: number) => z.string().trim().min(1).max(max);
export const OptText = (max: number) => z.string().trim().max(max).nullish();

/** Statistics codes of Vietnamese administrative units: 2 digits (province), 3 (district), 5 (commune). */
export const ProvinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.');
export const UnitCode = z
  .string()
  .regex(/^(\d{2}|\d{3}|\d{5})$/, 'Mã đơn vị hành chính gồm 2, 3 hoặc 5 chữ số.');

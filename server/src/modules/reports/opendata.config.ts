import { z } from 'zod';

/**
 * Open-data settings (docs/open-data.md). Read from the environment once, when the routes are registered:
 * - OPEN_DATA_GRANT_PREFIX: the 360Giving prefix of grant and organisation identifiers (registered with
 *   360Giving), default `360G-khuyencong`;
 * - OPEN_DATA_OCID_PREFIX: the OCDS ocid prefix (`ocds-` + 6 characters, registered with the OCDS helpdesk),
 *   default `ocds-khcong`;
 * - OPEN_DATA_PUBLISHER: the publisher's name in the files.
 */
const Settings = z.object({
  OPEN_DATA_GRANT_PREFIX: z
    .string()
    .regex(/^360G-[A-Za-z0-9-]{2,40}$/, 'phải có dạng 360G-<mã>, ví dụ 360G-khuyencong')
    .default('360G-khuyencong'),
  OPEN_DATA_OCID_PREFIX: z
    .string()
    .regex(/^ocds-[a-z0-9]{6}$/, 'phải có dạng ocds-<6 ký tự>, ví dụ ocds-khcong')
    .default('ocds-khcong'),
  OPEN_DATA_PUBLISHER: z
    .string()
    .min(3)
    .max(300)
    .default('Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công — Bộ Công Thương'),
});

export type OpenDataSettings = {
  grantPrefix: string;
  ocidPrefix: string;
  publisher: string;
};

export function openDataSettings(env: NodeJS.ProcessEnv = process.env): OpenDataSettings {
  const picked = Object.fromEntries(
    Object.keys(Settings.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = Settings.safeParse(picked);
  if (!parsed.success)
    throw new Error(
      `Cấu hình dữ liệu mở không hợp lệ / invalid open-data settings: ${parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return {
    grantPrefix: parsed.data.OPEN_DATA_GRANT_PREFIX,
    ocidPrefix: parsed.data.OPEN_DATA_OCID_PREFIX,
    publisher: parsed.data.OPEN_DATA_PUBLISHER,
  };
}

export const LICENCE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The agency that funds the national programme (funder / OCDS buyer of national schemes). */
export const AGENCY_NAME = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';

/** The stable URLs (docs/open-data.md); `base` is PUBLIC_URL or the request's origin. */
export const OPEN_DATA_PATH = '/api/public/open-data';
export const paths = {
  catalogue: OPEN_DATA_PATH,
  grants: (format: 'json' | 'csv', year?: number) =>
    `${OPEN_DATA_PATH}/360giving/grants${year ? `-${year}` : ''}.${format}`,
  releases: (year?: number) => `${OPEN_DATA_PATH}/ocds/releases${year ? `-${year}` : ''}.json`,
};

/** The first year of the programme (Nghị định 134/2004/NĐ-CP); years before it cannot have data. */
export const FIRST_YEAR = 2004;

/** Error codes: the public open-data downloads (360Giving, OCDS). Merged into errorMessages by shared/errors.ts. */
export const opendataMessages = {
  OPEN_DATA_YEAR_INVALID: {
    status: 400,
    vi: 'Năm "{year}" không hợp lệ: ghi năm bốn chữ số, ví dụ grants-2025.json.',
    en: 'Invalid year "{year}": use four digits, e.g. grants-2025.json.',
  },
  OPEN_DATA_YEAR_NOT_FOUND: {
    status: 404,
    vi: 'Không có dữ liệu mở cho năm {year}: dữ liệu có từ năm {from} đến năm {to}.',
    en: 'No open data for {year}: years {from} to {to} are published.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

import { foldVietnamese } from '../../platform/search.ts';

const MAX = 100;

/** "Hội chợ Công nghiệp nông thôn tiêu biểu 2019!" → "hoi-cho-cong-nghiep-nong-thon-tieu-bieu-2019". */
export function slugify(text: string): string {
  const base = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= MAX) return base;
  const cut = base.slice(0, MAX);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 40 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** Whether a slug taken from a URL or a form is already canonical. */
export function isCanonicalSlug(s: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) && s.length <= 120;
}

/** The first free slug among base, base-2, base-3 …, given the slugs already taken that start with base. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'noi-dung';
  if (!taken.has(root)) return root;
  for (let i = 2; ; i++) {
    const candidate = `${root}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

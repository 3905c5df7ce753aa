import sanitizeHtml from 'sanitize-html';

/** Hosts whose players may be embedded in an article; every other iframe is dropped. */
export const EMBED_HOSTS = ['www.youtube.com', 'www.youtube-nocookie.com'] as const;

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
    'hr',
    'pre',
    'code',
    'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    iframe: ['src', 'width', 'height', 'title', 'allowfullscreen'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Images come only from the portal's own uploads (relative URLs): no tracking pixels, no data: blobs.
  allowedSchemesByTag: { img: [], iframe: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [...EMBED_HOSTS],
  allowIframeRelativeUrls: false,
  disallowedTagsMode: 'discard',
  // Text inside these is dropped with the tag, not shown as text.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'title',
    'template',
    'object',
    'embed',
    'svg',
    'math',
  ],
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    div: 'p',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      const next: Record<string, string> = { ...attribs };
      if (attribs.target && attribs.target !== '_blank') delete next.target;
      if (external || next.target === '_blank') next.rel = 'noopener noreferrer nofollow';
      else delete next.rel;
      return { tagName, attribs: next };
    },
  },
  // Pictures must be the portal's own uploads (/tep/<id>/<name>); an empty iframe is dropped.
  exclusiveFilter: (frame) => {
    if (frame.tag === 'img') return !/^\/tep\/[0-9a-f-]{36}\/[^/]+$/i.test(frame.attribs.src ?? '');
    if (frame.tag === 'iframe') return !frame.attribs.src;
    return false;
  },
};

/** The body as it may be stored and shown: no script, no event handlers, no javascript: links, no foreign iframes. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options).trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Plain text of already-sanitised HTML: blocks become lines; for search and excerpts. */
export function textOf(html: string): string {
  const withBreaks = html.replace(/<\/(p|h[2-4]|li|blockquote|tr|figcaption|pre)>|<br\s*\/?>/gi, '\n');
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(stripped)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

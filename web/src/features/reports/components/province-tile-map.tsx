import { Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { formatVnd } from '../../../../../shared/format.ts';

/**
 * Tile-grid map of the 34 provinces in force from 1 July 2025 (docs/decisions.md): one square per province,
 * placed roughly where it lies (column, row), from the north-west corner to Cà Mau. No boundary data.
 */
const tiles: Record<string, { col: number; row: number; short: string }> = {
  '12': { col: 1, row: 0, short: 'LCh' },
  '15': { col: 2, row: 0, short: 'LCa' },
  '08': { col: 3, row: 0, short: 'TQ' },
  '04': { col: 4, row: 0, short: 'CB' },
  '11': { col: 0, row: 1, short: 'ĐB' },
  '14': { col: 1, row: 1, short: 'SL' },
  '25': { col: 2, row: 1, short: 'PT' },
  '19': { col: 3, row: 1, short: 'TN' },
  '20': { col: 4, row: 1, short: 'LS' },
  '01': { col: 2, row: 2, short: 'HN' },
  '24': { col: 3, row: 2, short: 'BN' },
  '22': { col: 4, row: 2, short: 'QNi' },
  '37': { col: 2, row: 3, short: 'NB' },
  '33': { col: 3, row: 3, short: 'HY' },
  '31': { col: 4, row: 3, short: 'HP' },
  '38': { col: 2, row: 4, short: 'TH' },
  '40': { col: 2, row: 5, short: 'NA' },
  '42': { col: 3, row: 5, short: 'HT' },
  '44': { col: 3, row: 6, short: 'QT' },
  '46': { col: 4, row: 6, short: 'Huế' },
  '48': { col: 4, row: 7, short: 'ĐNg' },
  '51': { col: 4, row: 8, short: 'QNg' },
  '52': { col: 4, row: 9, short: 'GL' },
  '66': { col: 4, row: 10, short: 'ĐL' },
  '68': { col: 3, row: 11, short: 'LĐ' },
  '56': { col: 4, row: 11, short: 'KH' },
  '80': { col: 1, row: 12, short: 'TNi' },
  '79': { col: 2, row: 12, short: 'HCM' },
  '75': { col: 3, row: 12, short: 'ĐNa' },
  '91': { col: 0, row: 13, short: 'AG' },
  '82': { col: 1, row: 13, short: 'ĐT' },
  '86': { col: 2, row: 13, short: 'VL' },
  '96': { col: 0, row: 14, short: 'CM' },
  '92': { col: 1, row: 14, short: 'CT' },
};
const SIZE = 40;
const GAP = 4;
const COLS = 5;
const ROWS = 15;
/** Five steps of blue, and grey for nothing. */
const palette = ['#f0f0f0', '#bae0ff', '#69b1ff', '#1677ff', '#0958d9', '#002c8c'];

export type MapArea = { code: string; name: string; value: string; drill: string };

function colourOf(value: bigint, max: bigint): string {
  if (value <= 0n || max <= 0n) return palette[0]!;
  const step = Number((value * 5n - 1n) / max); // 0..4
  return palette[Math.min(5, step + 1)]!;
}

/** Tiles coloured by value (0 → grey, then five steps up to the largest); a click opens the tile's list. */
export function ProvinceTileMap({ areas, title }: { areas: MapArea[]; title: string }) {
  const navigate = useNavigate();
  const max = areas.reduce((m, a) => (BigInt(a.value) > m ? BigInt(a.value) : m), 0n);
  const w = COLS * (SIZE + GAP);
  const h = ROWS * (SIZE + GAP);
  return (
    <Flex vertical gap={8}>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        width="100%"
        style={{ maxWidth: 260, maxHeight: 620 }}
        role="img"
        aria-label={title}
        data-testid="province-map"
      >
        {areas.map((a) => {
          const t = tiles[a.code];
          if (!t) return null;
          const fill = colourOf(BigInt(a.value), max);
          const dark = fill === palette[4] || fill === palette[5] || fill === palette[3];
          const x = t.col * (SIZE + GAP);
          const y = t.row * (SIZE + GAP);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it carries the role and key handling.
            <g
              key={a.code}
              role="button"
              tabIndex={0}
              data-testid={`tile-${a.code}`}
              aria-label={`${a.name}: ${formatVnd(a.value)}`}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(a.drill)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') navigate(a.drill);
              }}
            >
              <title>{`${a.name}: ${formatVnd(a.value)}`}</title>
              <rect x={x} y={y} width={SIZE} height={SIZE} rx={4} fill={fill} stroke="#fff" />
              <text
                x={x + SIZE / 2}
                y={y + SIZE / 2 + 4}
                textAnchor="middle"
                fontSize={11}
                fill={dark ? '#fff' : '#262626'}
              >
                {t.short}
              </text>
            </g>
          );
        })}
      </svg>
      <Flex gap={4} align="center" wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          0
        </Typography.Text>
        {palette.map((c) => (
          <span
            key={c}
            style={{ width: 16, height: 12, background: c, display: 'inline-block', borderRadius: 2 }}
          />
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatVnd(max)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the reports' charts use (bars and lines on a grid, tooltip, legend), drawn as SVG.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartClick = { seriesIndex?: number; dataIndex: number; name: string };

type Props = {
  option: EChartsCoreOption;
  height?: number;
  /** Called with the clicked bar or point (the page turns it into a drill-down). */
  onClick?: (e: ChartClick) => void;
  testId?: string;
  ariaLabel: string;
};

/** One ECharts instance per mounted chart; option changes update it, unmount disposes of it. */
export function EChart({ option, height = 300, onClick, testId, ariaLabel }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!ref.current) return;
    const c = init(ref.current, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (e) => click.current?.(e as unknown as ChartClick));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={ref} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />
  );
}

/** Million đồng, for chart axes (the tooltips give the exact đồng). */
export const toMillion = (dong: string | number) => Math.round(Number(dong) / 1e4) / 100;

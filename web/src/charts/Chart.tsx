import { BarChart, LineChart, SankeyChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// The one ECharts wrapper every chart of the app renders through. Only the chart types and
// components registered here are bundled (tree-shaken `echarts/core`); add new ones here. SVG, not
// canvas: crisp at any zoom and in print, and exportable as it is.
// Scatter draws the dots of the moments-of-truth forest plot.
use([
  LineChart,
  BarChart,
  SankeyChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

export interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, in words: the text alternative for screen readers. */
  label: string;
  height: number;
  className?: string;
}

/**
 * Renders `option` (animation always off) into a box of `height` pixels that follows its
 * container's width, and frees the chart when unmounted. Import this module lazily
 * (`React.lazy`), so ECharts loads only on pages that draw a chart.
 */
export default function Chart({ option, label, height, className }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const element = box.current!;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ ...option, animation: false }, { notMerge: true });
  }, [option]);

  return (
    <div ref={box} role="img" aria-label={label} className={className} style={{ height, width: '100%' }} />
  );
}

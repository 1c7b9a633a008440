/** A venue's QR code as inline SVG, drawn from the module path the main process computes. */

/** The QR symbol with its 4-module quiet zone, scaled to fill its box. */
export function QrSvg({
  modules,
  svgPath,
  label,
  className,
  testId,
}: {
  modules: number;
  svgPath: string;
  label: string;
  className?: string;
  testId?: string;
}) {
  const size = modules + 8;
  return (
    <svg
      className={className ?? 'qr'}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      data-testid={testId}
    >
      <rect x="0" y="0" width={size} height={size} fill="#fff" />
      <path d={svgPath} fill="#000" />
    </svg>
  );
}

import qrcode from 'qrcode-generator';
import { useMemo } from 'preact/hooks';

/**
 * The invite as a QR code, drawn as one SVG path (no inline styles: the app's content
 * security policy does not allow them).
 */
export function InviteQr({ link }: { link: string }) {
  const { size, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(link, 'Byte');
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) if (qr.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
    return { size: count + 8, path: d };
  }, [link]);
  return (
    <svg class="invite-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label="QR code of the invite link. Scan it with the other device’s camera." shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

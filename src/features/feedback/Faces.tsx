/** The three faces of the easy-read scale: 0 unhappy, 1 okay, 2 happy. Words always go with them. */
const MOUTHS = ['M30 70 Q50 52 70 70', 'M31 64 L69 64', 'M30 58 Q50 80 70 58'];
const FACE_CLASSES = ['face-unhappy', 'face-okay', 'face-happy'];

export function Face({ point, size = 96 }: { point: number; size?: number }) {
  return (
    <svg class={`face ${FACE_CLASSES[point] ?? ''}`} viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="45" class="face-skin" />
      <circle cx="35" cy="40" r="6" class="face-feature" />
      <circle cx="65" cy="40" r="6" class="face-feature" />
      <path d={MOUTHS[point] ?? MOUTHS[1]} class="face-mouth" />
    </svg>
  );
}

/**
 * Faces for answer scales: three points (unhappy, okay, happy) or five (from very unhappy to
 * very happy, beside "strongly disagree" … "strongly agree"). Words always go with them.
 */
const MOUTHS: Readonly<Record<3 | 5, readonly string[]>> = {
  3: ['M30 70 Q50 52 70 70', 'M31 64 L69 64', 'M30 58 Q50 80 70 58'],
  5: ['M28 74 Q50 46 72 74', 'M31 70 Q50 58 69 70', 'M31 64 L69 64', 'M31 60 Q50 72 69 60', 'M27 56 Q50 86 73 56'],
};
const FACE_CLASSES: Readonly<Record<3 | 5, readonly string[]>> = {
  3: ['face-unhappy', 'face-okay', 'face-happy'],
  5: ['face-unhappy', 'face-unhappy', 'face-okay', 'face-happy', 'face-happy'],
};

export function Face({ point, of = 3, size = 96 }: { point: number; of?: 3 | 5; size?: number }) {
  return (
    <svg class={`face ${FACE_CLASSES[of][point] ?? ''}`} viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="45" class="face-skin" />
      <circle cx="35" cy="40" r="6" class="face-feature" />
      <circle cx="65" cy="40" r="6" class="face-feature" />
      <path d={MOUTHS[of][point] ?? MOUTHS[3][1]} class="face-mouth" />
    </svg>
  );
}

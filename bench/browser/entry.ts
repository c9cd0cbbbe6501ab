// Gathers every benchmark part's exports onto window.bench, for the runner to call.
const parts = import.meta.glob('./parts/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const bench: Record<string, unknown> = {};
for (const exports of Object.values(parts)) Object.assign(bench, exports);
(window as unknown as { bench: unknown }).bench = bench;
document.getElementById('status')!.textContent = 'Ready';

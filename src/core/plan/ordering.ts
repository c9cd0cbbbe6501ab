/** Items the group can put in its own order with "Move up" and "Move down". */
export interface Ordered {
  id: string;
  order: number;
  createdAt: string;
}

/** Sorted by order; ties (two devices adding at once) fall back to when each was made, then id. */
export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The order number for an item added at the end. */
export function nextOrder(items: readonly Ordered[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

/**
 * The new order numbers after moving one item up (-1) or down (+1) among its siblings.
 * Siblings are renumbered 0, 1, 2… so ties left by offline edits are cleared; only the
 * items whose number changes are returned. Returns [] when the item cannot move further.
 */
export function moveWithin(items: readonly Ordered[], id: string, direction: -1 | 1): { id: string; order: number }[] {
  const sorted = byOrder(items);
  const index = sorted.findIndex((item) => item.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= sorted.length) return [];
  [sorted[index], sorted[target]] = [sorted[target]!, sorted[index]!];
  const changes: { id: string; order: number }[] = [];
  sorted.forEach((item, i) => {
    if (item.order !== i) changes.push({ id: item.id, order: i });
  });
  return changes;
}

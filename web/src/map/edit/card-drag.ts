import type { DragEvent } from 'react';
import type { GridLane } from '../grid-layout.ts';

/**
 * Dragging cards between cells with the browser's own drag and drop. The lane travels in the
 * data type itself: while dragging, a page may read the types but not the data, and a cell must
 * know whether to accept the card before it is dropped.
 */
// Browsers lower-case the type, so a capital in a custom lane's id is marked to keep ids apart.
const typeOf = (lane: GridLane) =>
  `application/x-journeylens-card-${lane.replace(/[A-Z]/g, (c) => `^${c.toLowerCase()}`)}`;

/** The attribute a dragged-over card carries, so a drop knows which card it lands in front of. */
export const CARD_ID_ATTRIBUTE = 'data-card-id';

export function startCardDrag(event: DragEvent, lane: GridLane, cardId: string): void {
  event.dataTransfer.setData(typeOf(lane), cardId);
  event.dataTransfer.effectAllowed = 'move';
}

/** Lets the cell accept the drag if it carries a card of the cell's lane. */
export function allowCardDrop(event: DragEvent, lane: GridLane): boolean {
  if (!event.dataTransfer.types.includes(typeOf(lane))) return false;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
  return true;
}

/** The dropped card's id and the card it was dropped on (if any), or null for another lane's card. */
export function droppedCard(event: DragEvent, lane: GridLane): { cardId: string; beforeId?: string } | null {
  const cardId = event.dataTransfer.getData(typeOf(lane));
  if (!cardId) return null;
  event.preventDefault();
  const target = (event.target as Element).closest(`[${CARD_ID_ATTRIBUTE}]`);
  const beforeId = target?.getAttribute(CARD_ID_ATTRIBUTE) ?? undefined;
  return beforeId === undefined ? { cardId } : { cardId, beforeId };
}

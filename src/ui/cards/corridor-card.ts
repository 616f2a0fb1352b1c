// Stub: replaced by the full corridor card.
import type { CardTemplate } from '../selection-card.ts';
import { basicCard } from './basic-card.ts';

export const corridorCard: CardTemplate = basicCard;

// Stub: replaced by the full place card.
import type { CardTemplate } from '../selection-card.ts';
import { basicCard } from './basic-card.ts';

export const placeCard: CardTemplate = basicCard;

// Stub: replaced by the full river card.
import type { CardTemplate } from '../selection-card.ts';
import { basicCard } from './basic-card.ts';

export const riverCard: CardTemplate = basicCard;

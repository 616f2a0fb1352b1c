// Stub: replaced by the full country card.
import type { CardTemplate } from '../selection-card.ts';
import { basicCard } from './basic-card.ts';

export const countryCard: CardTemplate = basicCard;

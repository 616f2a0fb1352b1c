// The selection card's templates, one per kind of feature: loaded once the first view is drawn, or as soon as
// something is selected (ui/selection-card.ts), since a first view selects nothing unless its link says so.
import type { FeatureKind } from '../../content/types.ts';
import type { CardTemplate } from '../selection-card.ts';
import { corridorCard } from './corridor-card.ts';
import { countryCard } from './country-card.ts';
import { placeCard } from './place-card.ts';
import { riverCard } from './river-card.ts';

export const CARDS: Partial<Record<FeatureKind, CardTemplate>> = { country: countryCard, corridor: corridorCard, place: placeCard, river: riverCard };

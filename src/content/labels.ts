// How a corridor's status, mode and length are put in words, wherever they are shown (card, routes table, route
// list, map key, tour, presenter notes, handout): one place, so that every view says the same thing, in the
// interface's language (the words are looked up when they are read, so a change of language shows at the next draw).
import { t, type MessageKey } from '../i18n/index.ts';
import { NOT_IN_USE, type CorridorMode, type CorridorStatus, type InfrastructureStatus } from './types.ts';

const STATUS_KEY: Readonly<Record<CorridorStatus, MessageKey>> = {
  'in-use': 'explore.statusInUse',
  'partly-in-use': 'explore.statusPartlyInUse',
  agreed: 'explore.statusAgreed',
  planned: 'explore.statusPlanned',
  'no-service': 'explore.statusNoService',
};

const INFRASTRUCTURE_KEY: Readonly<Record<InfrastructureStatus, MessageKey>> = {
  'in-use': 'explore.infrastructureInUse',
  'partly-planned': 'explore.infrastructurePartlyPlanned',
  interrupted: 'explore.infrastructureInterrupted',
  'under-construction': 'explore.infrastructureUnderConstruction',
  planned: 'explore.infrastructurePlanned',
};

const MODE_KEY: Readonly<Record<CorridorMode, MessageKey>> = {
  road: 'explore.modeRoad',
  rail: 'explore.modeRail',
  river: 'explore.modeRiver',
  power: 'explore.modePower',
};

/** A table whose entries are looked up in the catalogue each time they are read. */
function wordsOf<K extends string>(keys: Readonly<Record<K, MessageKey>>): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const k of Object.keys(keys) as K[]) Object.defineProperty(table, k, { enumerable: true, get: () => t(keys[k]) });
  return table;
}

/** How the story uses the corridor. */
export const CORRIDOR_STATUS_LABEL: Readonly<Record<CorridorStatus, string>> = wordsOf(STATUS_KEY);

/** Whether its road, railway, river or line exists and carries traffic. */
export const INFRASTRUCTURE_LABEL: Readonly<Record<InfrastructureStatus, string>> = wordsOf(INFRASTRUCTURE_KEY);

/** How a leg or a corridor travels, as the routes table and the card say it ("road", "rail"). */
export function modeName(mode: CorridorMode): string {
  return t(MODE_KEY[mode]);
}

/** Whether the map draws the corridor hollow: a corridor nobody is known to use yet is never drawn as a working route. */
export function isHollow(status: CorridorStatus): boolean {
  return NOT_IN_USE.includes(status);
}

/**
 * Lengths have two rules, here only. A length measured on the map and read on its own (a corridor's card: its
 * total, its legs, a stretch set beside a published figure) is shown to the kilometre: `measuredKm`. A length set
 * beside other corridors' (the route list, the comparison table, the tour, the handout) is said as people say it:
 * `roundKm`, through `kmFigure` or `comparableKm`, which say "at least" where part of it is drawn straight.
 */
export function measuredKm(km: number): string {
  return t('explore.km', { km: Math.round(km) });
}

/** A length as people say it: to the nearest 10 km (5 km below 100 km), with thousands grouped. */
export function roundKm(km: number): string {
  const step = km < 100 ? 5 : 10;
  const n = Math.max(step, Math.round(km / step) * step);
  return t('explore.km', { km: n });
}

/** Share of a length drawn straight between towns above which a comparison must say so. */
export const SCHEMATIC_SHARE_SHOWN = 0.05;

/** A length that is compared with others: "at least N km" where part of it is drawn straight (the real way is longer). */
export function kmFigure(km: number, schematicKm: number, round: (km: number) => string = roundKm): string {
  return schematicKm > km * SCHEMATIC_SHARE_SHOWN ? t('explore.atLeast', { length: round(km) }) : round(km);
}

/**
 * A length that is compared with others, with its schematic share beside it: "at least 480 km (85 km drawn
 * straight)". Where part of it is drawn straight between towns (no real line in the map data), the real way is
 * longer, so the figure is a floor.
 */
export function comparableKm(km: number, schematicKm: number, round: (km: number) => string = roundKm): string {
  const figure = kmFigure(km, schematicKm, round);
  if (schematicKm <= km * SCHEMATIC_SHARE_SHOWN) return figure;
  if (schematicKm >= km * (1 - SCHEMATIC_SHARE_SHOWN)) return t('explore.lengthAllStraight', { length: figure });
  return t('explore.lengthPartStraight', { length: figure, straight: round(schematicKm) });
}

// How a corridor's status and length are put in words, wherever they are shown (card, routes table, route list,
// map key, tour, presenter notes, handout): one place, so that every view says the same thing.
import { NOT_IN_USE, type CorridorStatus, type InfrastructureStatus } from './types.ts';

/** How the story uses the corridor. */
export const CORRIDOR_STATUS_LABEL: Readonly<Record<CorridorStatus, string>> = {
  'in-use': 'In use',
  'partly-in-use': 'Partly in use',
  agreed: 'Agreed, not yet in use',
  planned: 'Planned, not yet in use',
  'no-service': 'No service found',
};

/** Whether its road, railway, river or line exists and carries traffic. */
export const INFRASTRUCTURE_LABEL: Readonly<Record<InfrastructureStatus, string>> = {
  'in-use': 'In use',
  'partly-planned': 'In use in part, the rest planned',
  interrupted: 'Interrupted (impassable in part)',
  'under-construction': 'Under construction',
  planned: 'Planned',
};

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
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/** A length as people say it: to the nearest 10 km (5 km below 100 km), with thousands grouped. */
export function roundKm(km: number): string {
  const step = km < 100 ? 5 : 10;
  const n = Math.max(step, Math.round(km / step) * step);
  return `${n.toLocaleString('en-GB')} km`;
}

/** Share of a length drawn straight between towns above which a comparison must say so. */
export const SCHEMATIC_SHARE_SHOWN = 0.05;

/** A length that is compared with others: "at least N km" where part of it is drawn straight (the real way is longer). */
export function kmFigure(km: number, schematicKm: number, round: (km: number) => string = roundKm): string {
  return schematicKm > km * SCHEMATIC_SHARE_SHOWN ? `at least ${round(km)}` : round(km);
}

/**
 * A length that is compared with others, with its schematic share beside it: "at least 480 km (85 km drawn
 * straight)". Where part of it is drawn straight between towns (no real line in the map data), the real way is
 * longer, so the figure is a floor.
 */
export function comparableKm(km: number, schematicKm: number, round: (km: number) => string = roundKm): string {
  const figure = kmFigure(km, schematicKm, round);
  if (schematicKm <= km * SCHEMATIC_SHARE_SHOWN) return figure;
  if (schematicKm >= km * (1 - SCHEMATIC_SHARE_SHOWN)) return `${figure} (all drawn straight)`;
  return `${figure} (${round(schematicKm)} drawn straight)`;
}

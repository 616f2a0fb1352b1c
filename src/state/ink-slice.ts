// The classroom pen (issue #22), one slice of the one store: the drawing tool in hand (null: the map moves), the
// ink's colour, and the strokes drawn on each tour step. Ink is in map coordinates (lng/lat), so it stays in place
// when the map moves; it belongs to the step it was drawn on, lasts for the page's life (leaving the tour keeps it,
// a reload forgets it) and is never part of the story pack. The laser pointer leaves nothing here: it is drawn
// and faded by the map's ink binding alone.
import type { InkColour } from '../styles/ink-colours.ts';

export type { InkColour } from '../styles/ink-colours.ts';

/** The tools, in the toolbar's order; the laser and the eraser draw nothing that lasts. */
export const INK_TOOLS = ['pen', 'highlighter', 'arrow', 'laser', 'eraser'] as const;
export type InkTool = (typeof INK_TOOLS)[number];
/** What a stroke is drawn as. */
export type StrokeTool = 'pen' | 'highlighter' | 'arrow';
export const STROKE_TOOLS: readonly StrokeTool[] = ['pen', 'highlighter', 'arrow'];

export type LngLat = readonly [number, number];

export interface InkStroke {
  readonly id: string;
  readonly tool: StrokeTool;
  readonly colour: InkColour;
  readonly coords: readonly LngLat[];
}

/** The strokes of each step, by the step's index in the tour. */
export type InkByStep = Readonly<Record<number, readonly InkStroke[]>>;

/** Limits that keep a page (and a message from another window) from holding more than a lesson needs. */
export const INK_LIMITS = { pointsPerStroke: 2_000, strokesPerStep: 500, idLength: 64 } as const;

export interface InkSlice {
  /** The drawing tool in hand; null: the map moves under the pointer as usual. */
  inkTool: InkTool | null;
  inkColour: InkColour;
  ink: InkByStep;
  setInkTool: (tool: InkTool | null) => void;
  setInkColour: (colour: InkColour) => void;
  /** Adds a stroke to a step (refused if it is not a valid stroke, or the step holds as many as it may). */
  addStroke: (step: number, stroke: InkStroke) => boolean;
  eraseStroke: (step: number, id: string) => void;
  clearStepInk: (step: number) => void;
  clearAllInk: () => void;
  /** Replaces all the ink at once (the presenter view takes the main window's). */
  setAllInk: (ink: InkByStep) => void;
}

const isStep = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000;

/** A position on the map: finite, within the world. */
export function isLngLat(p: unknown): p is LngLat {
  if (!Array.isArray(p) || p.length !== 2) return false;
  const [lng, lat] = p as unknown[];
  return typeof lng === 'number' && typeof lat === 'number' && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

/**
 * A stroke as it may be kept: checked field by field (strokes also come from the other window). Positions are rounded
 * to about 10 cm, which is all a pen on a map can mean, and keeps messages and comparisons small.
 */
export function toStroke(x: unknown, colours: readonly string[]): InkStroke | null {
  if (typeof x !== 'object' || x === null) return null;
  const { id, tool, colour, coords } = x as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > INK_LIMITS.idLength) return null;
  if (typeof tool !== 'string' || !(STROKE_TOOLS as readonly string[]).includes(tool)) return null;
  if (typeof colour !== 'string' || !colours.includes(colour)) return null;
  if (!Array.isArray(coords) || coords.length < 2 || coords.length > INK_LIMITS.pointsPerStroke || !coords.every(isLngLat)) return null;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { id, tool: tool as StrokeTool, colour: colour as InkColour, coords: coords.map(([lng, lat]) => [round(lng), round(lat)] as const) };
}

/** The ink with a stroke added to a step (the same object when refused). */
export function withStroke(ink: InkByStep, step: number, stroke: InkStroke): InkByStep {
  const list = ink[step] ?? [];
  if (!isStep(step) || list.length >= INK_LIMITS.strokesPerStep || list.some((s) => s.id === stroke.id)) return ink;
  return { ...ink, [step]: [...list, stroke] };
}

/** The ink without a stroke (the same object when the step has no such stroke). */
export function withoutStroke(ink: InkByStep, step: number, id: string): InkByStep {
  const list = ink[step];
  if (!list?.some((s) => s.id === id)) return ink;
  const left = list.filter((s) => s.id !== id);
  return withStep(ink, step, left);
}

function withStep(ink: InkByStep, step: number, list: readonly InkStroke[]): InkByStep {
  if (list.length > 0) return { ...ink, [step]: list };
  const rest: Record<number, readonly InkStroke[]> = { ...ink };
  delete rest[step];
  return rest;
}

/** Ink from elsewhere (another window), kept only as far as it is valid. */
export function toInk(x: unknown, colours: readonly string[]): InkByStep | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const out: Record<number, readonly InkStroke[]> = {};
  for (const [key, list] of Object.entries(x)) {
    const step = Number(key);
    if (!isStep(step) || !Array.isArray(list)) return null;
    const strokes = list.slice(0, INK_LIMITS.strokesPerStep).map((s) => toStroke(s, colours));
    if (strokes.some((s) => s === null)) return null;
    if (strokes.length > 0) out[step] = strokes as InkStroke[];
  }
  return out;
}

/** A fresh stroke id: unique within the page, and between the two windows (which each start their own count). */
export function strokeId(prefix: string, seq: number): string {
  return `${prefix}-${seq.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

type Set = (partial: Partial<InkSlice>) => void;
type Get = () => InkSlice;

export function createInkSlice(set: Set, get: Get, colours: readonly InkColour[]): InkSlice {
  return {
    inkTool: null,
    inkColour: colours[0]!,
    ink: {},
    setInkTool: (inkTool) => {
      if (get().inkTool !== inkTool) set({ inkTool });
    },
    setInkColour: (inkColour) => {
      if (colours.includes(inkColour)) set({ inkColour });
    },
    addStroke: (step, stroke) => {
      const valid = toStroke(stroke, colours);
      if (!valid) return false;
      const ink = withStroke(get().ink, step, valid);
      if (ink === get().ink) return false;
      set({ ink });
      return true;
    },
    eraseStroke: (step, id) => {
      const ink = withoutStroke(get().ink, step, id);
      if (ink !== get().ink) set({ ink });
    },
    clearStepInk: (step) => {
      if (get().ink[step]) set({ ink: withStep(get().ink, step, []) });
    },
    clearAllInk: () => {
      if (Object.keys(get().ink).length > 0) set({ ink: {} });
    },
    setAllInk: (ink) => set({ ink }),
  };
}

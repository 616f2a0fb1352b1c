// "Save map image" and the handout's pictures: the map canvas (redrawn by `capture()` just before, and copied in
// the same task, while the frame is still in it) copied into a 2D canvas with what a map needs to stand alone: its title, legend, scale
// bar and attribution. The presenter never touches MapLibre: it gets the canvas through `capture()`.
import { downloadBlob } from '../editor/download.ts';
import { HOLLOW_CORE, type Theme } from '../styles/tokens.ts';

export interface LegendItem {
  /** The line as the picture writes it: the corridor's name, and its status when nobody is known to use it yet. */
  readonly label: string;
  /** The same in parts: the name (the story's words) and the status (the interface's), for a page to mark each. */
  readonly name: string;
  readonly status: string | null;
  readonly color: string;
  /** Dash pattern in line widths (empty: solid), as the map draws it. */
  readonly dash: readonly number[];
  /** Drawn hollow (a corridor nobody is known to use yet), with a core of this colour. */
  readonly hollow: boolean;
  readonly core: string;
}

export interface ImageParts {
  /** Title band above the map (null: none, as in the handout, whose page carries the title). */
  readonly title: string | null;
  readonly kicker: string | null;
  /** Legend band below the map (null: none). */
  readonly legend: readonly LegendItem[] | null;
  /** A scale bar for the map as shown: its length in CSS pixels and its label. */
  readonly scale: { readonly px: number; readonly label: string } | null;
  readonly attribution: string;
  readonly theme: Theme;
}

// The captions are in the interface's language and the names in the story's: the scripts' own Noto fonts (loaded by
// the page for the same texts) take the letters Noto Sans has not.
const FONT = "'Noto Sans', 'Noto Sans Khmer', 'Noto Sans Lao', 'Noto Sans Thai', system-ui, sans-serif";

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/** How the legend's items flow into rows across the width. */
function legendRows(ctx: CanvasRenderingContext2D, items: readonly LegendItem[], width: number, u: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let x = 0;
  for (const item of items) {
    const w = 44 * u + ctx.measureText(item.label).width + 24 * u;
    if (row.length && x + w > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push(item);
    x += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

/**
 * Composes the picture. `maxWidth` (device pixels) scales a large map down (the handout keeps its pages light);
 * text sizes follow the map's own pixel ratio, so the picture reads as the screen did.
 */
export function composeMapImage(doc: Document, map: HTMLCanvasElement, parts: ImageParts, maxWidth = Infinity): HTMLCanvasElement {
  const ratio = map.clientWidth > 0 ? map.width / map.clientWidth : 1;
  const k = Math.min(1, maxWidth / map.width);
  const W = Math.round(map.width * k);
  const mapH = Math.round(map.height * k);
  const u = ratio * k; // one CSS pixel of the screen, in the picture's pixels
  const t = parts.theme;
  const pad = 16 * u;

  const out = doc.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');

  // Measure the bands first.
  ctx.font = `700 ${26 * u}px ${FONT}`;
  const titleLines = parts.title ? wrap(ctx, parts.title, W - 2 * pad, 2) : [];
  const headerH = parts.title ? pad + (parts.kicker ? 20 * u : 0) + titleLines.length * 34 * u + pad * 0.75 : 0;
  ctx.font = `${15 * u}px ${FONT}`;
  const rows = parts.legend?.length ? legendRows(ctx, parts.legend, W - 2 * pad, u) : [];
  const footerH = rows.length ? pad * 1.5 + rows.length * 28 * u : 0;

  out.width = W;
  out.height = Math.round(headerH + mapH + footerH);
  ctx.fillStyle = t.halo;
  ctx.fillRect(0, 0, out.width, out.height);

  // Title band.
  ctx.fillStyle = t.text;
  ctx.textBaseline = 'top';
  let y = pad;
  if (parts.title && parts.kicker) {
    ctx.font = `600 ${15 * u}px ${FONT}`;
    ctx.fillStyle = t.textMuted;
    ctx.fillText(parts.kicker, pad, y);
    y += 20 * u;
  }
  ctx.fillStyle = t.text;
  ctx.font = `700 ${26 * u}px ${FONT}`;
  for (const line of titleLines) {
    ctx.fillText(line, pad, y);
    y += 34 * u;
  }

  // The map.
  ctx.drawImage(map, 0, 0, map.width, map.height, 0, headerH, W, mapH);

  // Scale bar (bottom left of the map) and attribution (bottom right), on a light box each, as on screen.
  ctx.textBaseline = 'alphabetic';
  const mapBottom = headerH + mapH;
  if (parts.scale && parts.scale.px > 0) {
    const len = parts.scale.px * u;
    ctx.font = `600 ${13 * u}px ${FONT}`;
    const boxW = Math.max(len, ctx.measureText(parts.scale.label).width) + 16 * u;
    const x0 = 10 * u;
    const y0 = mapBottom - 46 * u;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(x0, y0, boxW, 36 * u);
    ctx.fillStyle = '#111111';
    ctx.fillText(parts.scale.label, x0 + 8 * u, y0 + 16 * u);
    ctx.strokeStyle = '#111111';
    ctx.lineWidth = 2 * u;
    ctx.beginPath();
    ctx.moveTo(x0 + 8 * u, y0 + 22 * u);
    ctx.lineTo(x0 + 8 * u, y0 + 29 * u);
    ctx.lineTo(x0 + 8 * u + len, y0 + 29 * u);
    ctx.lineTo(x0 + 8 * u + len, y0 + 22 * u);
    ctx.stroke();
  }
  if (parts.attribution) {
    ctx.font = `${11 * u}px ${FONT}`;
    const text = parts.attribution;
    const w = Math.min(ctx.measureText(text).width, W - 24 * u);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(W - w - 14 * u, mapBottom - 20 * u, w + 14 * u, 20 * u);
    ctx.fillStyle = '#111111';
    ctx.fillText(text, W - w - 7 * u, mapBottom - 6 * u, W - 24 * u);
  }

  // Legend band.
  y = mapBottom + pad * 0.75;
  ctx.font = `${15 * u}px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const row of rows) {
    let x = pad;
    const cy = y + 14 * u;
    for (const item of row) {
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 4 * u;
      ctx.setLineDash(item.dash.map((d) => d * 4 * u));
      ctx.lineCap = item.dash.length ? 'butt' : 'round';
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + 36 * u, cy);
      ctx.stroke();
      ctx.setLineDash([]);
      if (item.hollow) {
        ctx.strokeStyle = item.core;
        ctx.lineWidth = 4 * HOLLOW_CORE * u;
        ctx.beginPath();
        ctx.moveTo(x, cy);
        ctx.lineTo(x + 36 * u, cy);
        ctx.stroke();
      }
      ctx.fillStyle = t.text;
      ctx.fillText(item.label, x + 44 * u, cy);
      x += 44 * u + ctx.measureText(item.label).width + 24 * u;
    }
    y += 28 * u;
  }
  return out;
}

/** Triggers a download of the picture as a PNG file. Resolves once the browser has the file. */
export function downloadPng(doc: Document, canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('the picture could not be encoded'));
      downloadBlob(doc, blob, filename);
      resolve();
    }, 'image/png');
  });
}

// What of a polygon or a line lies outside a box: the base map's data beyond the extent its first-view files are cut
// to. The box is shrunk by a hair (EPSILON) before cutting, so that no vertex of the kit's data, whose
// coordinates have at most 5 decimals, lies on its edge: every crossing is a clean one, and the cut pieces overlap
// the box by less than a millimetre, which the rounding of the output removes.

const EPSILON = 1e-7;

/**
 * @typedef {[number, number]} Position
 * @typedef {Position[]} Ring
 * @typedef {[number, number, number, number]} Box
 */

/**
 * Twice the signed area of a closed ring: positive when it turns counter-clockwise.
 * @param {Ring} ring
 */
export function ringArea2(ring) {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a;
}

/**
 * @param {Box} box
 * @returns {Box}
 */
function shrink(box) {
  return [box[0] + EPSILON, box[1] + EPSILON, box[2] - EPSILON, box[3] - EPSILON];
}

/**
 * Where segment p→q crosses the box's edges, in order along the segment: [s, point] with 0 < s < 1.
 * @param {Position} p
 * @param {Position} q
 * @param {Box} box
 * @returns {[number, Position][]}
 */
function crossings(p, q, [w, s, e, n]) {
  /** @type {[number, Position][]} */
  const out = [];
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  for (const x of [w, e]) {
    if (dx === 0) continue;
    const t = (x - p[0]) / dx;
    const y = p[1] + t * dy;
    if (t > 0 && t < 1 && y > s && y < n) out.push([t, [x, y]]);
  }
  for (const y of [s, n]) {
    if (dy === 0) continue;
    const t = (y - p[1]) / dy;
    const x = p[0] + t * dx;
    if (t > 0 && t < 1 && x > w && x < e) out.push([t, [x, y]]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * A point on the box's edge as a distance along its outline, clockwise from the south-west corner (0 ≤ t < 4).
 * @param {Position} point
 * @param {Box} box
 */
function along([x, y], [w, s, e, n]) {
  if (x === w) return (y - s) / (n - s);
  if (y === n) return 1 + (x - w) / (e - w);
  if (x === e) return 2 + (n - y) / (n - s);
  return 3 + (e - x) / (e - w);
}

/**
 * The parts of a polygon (its rings: outer rings counter-clockwise, no holes) that lie outside a box, as
 * counter-clockwise rings. Each outer ring is split where it crosses the box's edge into pieces outside it; a piece
 * that goes into the box is joined, along the box's edge (clockwise: the side that keeps the land on the left), to
 * the next piece that comes out of it.
 * @param {Ring[]} rings
 * @param {Box} box
 * @returns {Ring[]}
 */
export function ringsOutsideBox(rings, box) {
  const b = shrink(box);
  const [w, s, e, n] = b;
  const inside = (/** @type {Position} */ p) => p[0] > w && p[0] < e && p[1] > s && p[1] < n;
  /** @type {Ring[]} */
  const kept = [];
  /**
   * Pieces of rings outside the box, each from where it leaves the box to where it goes back in.
   * @type {{ points: Position[], from: number, to: number }[]}
   */
  const pieces = [];
  for (const ring of rings) {
    if (ringArea2(ring) <= 0) throw new Error('ringsOutsideBox: an outer ring is not counter-clockwise (or the polygon has a hole)');
    const open = ring.slice(0, -1);
    const start = open.findIndex((p) => !inside(p));
    if (start < 0) continue; // wholly inside: the box is convex
    const path = [...open.slice(start), ...open.slice(0, start), open[start]];
    /** @type {Position[]} */
    let current = [path[0]];
    /** @type {Position[] | null} */
    let head = null; // the first piece, which began at the start vertex and not at a crossing
    let out = true;
    for (let i = 0; i + 1 < path.length; i++) {
      for (const [, x] of crossings(path[i], path[i + 1], b)) {
        if (out) {
          current.push(x);
          if (head === null) head = current;
          else pieces.push({ points: current, from: along(current[0], b), to: along(x, b) });
        } else current = [x];
        out = !out;
      }
      if (out) current.push(path[i + 1]);
    }
    if (head === null) {
      // Never crosses: wholly outside, unless it surrounds the box, which the base map's data never does.
      /** @type {Position} */
      const c = [(w + e) / 2, (s + n) / 2];
      if (pointInRing(c, ring)) throw new Error('ringsOutsideBox: a ring surrounds the box');
      kept.push(ring);
      continue;
    }
    // The last piece runs on into the first one (through the start vertex).
    const last = [...current.slice(0, -1), ...head];
    pieces.push({ points: last, from: along(last[0], b), to: along(last[last.length - 1], b) });
  }
  /** @type {Position[]} */
  const corners = [
    [w, s],
    [w, n],
    [e, n],
    [e, s],
  ];
  const done = new Set();
  for (const first of pieces) {
    if (done.has(first)) continue;
    /** @type {Ring} */
    const ring = [];
    let piece = first;
    for (;;) {
      done.add(piece);
      ring.push(...piece.points);
      // The next piece clockwise along the edge from where this one goes in.
      const dist = (/** @type {number} */ t) => (t - piece.to + 4) % 4;
      const next = pieces.reduce((best, p) => (dist(p.from) < dist(best.from) ? p : best));
      const span = dist(next.from);
      for (let k = 1; k <= 4; k++) {
        const corner = Math.floor(piece.to) + k;
        if (corner - piece.to < span) ring.push(corners[corner % 4]);
      }
      if (next === first) break;
      if (done.has(next)) throw new Error('ringsOutsideBox: the pieces do not close into rings');
      piece = next;
    }
    ring.push(ring[0]);
    kept.push(ring);
  }
  return kept;
}

/**
 * Whether a point lies inside a closed ring (even-odd rule).
 * @param {Position} point
 * @param {Ring} ring
 */
export function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The parts of a line that lie outside a box, as lines (a line that leaves the box and comes back becomes several).
 * @param {Position[]} line
 * @param {Box} box
 * @returns {Position[][]}
 */
export function lineOutsideBox(line, box) {
  const b = shrink(box);
  const inside = (/** @type {Position} */ p) => p[0] > b[0] && p[0] < b[2] && p[1] > b[1] && p[1] < b[3];
  /** @type {Position[][]} */
  const parts = [];
  let out = !inside(line[0]);
  /** @type {Position[]} */
  let current = out ? [line[0]] : [];
  for (let i = 0; i + 1 < line.length; i++) {
    for (const [, x] of crossings(line[i], line[i + 1], b)) {
      if (out) {
        current.push(x);
        parts.push(current);
      } else current = [x];
      out = !out;
    }
    if (out) current.push(line[i + 1]);
  }
  if (out && current.length > 1) parts.push(current);
  return parts.filter((p) => p.length > 1);
}

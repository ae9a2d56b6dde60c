// Where the data of a sparse sheet is. A used range says nothing about density: a sheet holding only A1 and
// XFD1048576 has the used range A1:XFD1048576, 17 billion cells, and reading it as a grid would exhaust memory
// long before Excel's 5 MB payload limit refused it. So a used range too large to read whole is cut into tiles,
// each tile is asked for its own used range (Range.getUsedRangeOrNullObject(true), values only), and tiles that
// still cover much are cut again. Empty tiles drop out at once, so the work follows the cells that hold data:
// each round is one sync for all sheets (or a few, for very many tiles) and shrinks the area sixteenfold.
import type { RangeBox } from './a1';

/** A used range up to this many cells (and columns) is read whole, as before: most sheets. */
export const DENSE_READ_CELLS = 2_000_000;
export const DENSE_READ_COLUMNS = 2_000;
/** A tile's used range of at most this many cells is read as it is. */
const ACCEPT_CELLS = 100_000;
const PARTS = 16;
/** Tile queries per sync: each is a few hundred bytes of request, far under the 5 MB limit. */
const TILES_PER_SYNC = 4_000;

export function needsLocating(box: RangeBox): boolean {
  return box.rows * box.cols > DENSE_READ_CELLS || box.cols > DENSE_READ_COLUMNS;
}

/** The boxes holding data within each sheet's used range, found tile by tile. */
export async function locateData(context: Excel.RequestContext, targets: { sheetId: string; box: RangeBox }[]): Promise<RangeBox[][]> {
  const found: RangeBox[][] = targets.map(() => []);
  let pending: Tile[] = targets.map((target, owner) => ({ owner, sheetId: target.sheetId, box: target.box }));
  while (pending.length > 0) {
    const tiles = pending.flatMap((p) => splitBox(p.box).map((box) => ({ ...p, box })));
    pending = [];
    for (let start = 0; start < tiles.length; start += TILES_PER_SYNC) {
      for (const { tile, box } of await usedBoxes(context, tiles.slice(start, start + TILES_PER_SYNC))) {
        if (box.rows * box.cols <= ACCEPT_CELLS) found[tile.owner].push(box);
        else pending.push({ ...tile, box });
      }
    }
  }
  return found;
}

interface Tile {
  owner: number;
  sheetId: string;
  box: RangeBox;
}

/** One sync: the used part of each tile, for the tiles that hold anything. */
async function usedBoxes(context: Excel.RequestContext, tiles: Tile[]): Promise<{ tile: Tile; box: RangeBox }[]> {
  const queries = tiles.map((tile) => {
    const used = context.workbook.worksheets
      .getItem(tile.sheetId)
      .getRangeByIndexes(tile.box.row, tile.box.col, tile.box.rows, tile.box.cols)
      .getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { tile, used };
  });
  await context.sync();
  return queries
    .filter(({ used }) => !used.isNullObject)
    .map(({ tile, used }) => ({ tile, box: { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount } }));
}

/** Up to sixteen tiles covering the box, cut along both sides (or along the long side of a narrow box). */
export function splitBox(box: RangeBox): RangeBox[] {
  const rowParts = Math.min(box.rows, box.cols >= 4 ? 4 : PARTS);
  const colParts = Math.min(box.cols, Math.floor(PARTS / rowParts));
  const tiles: RangeBox[] = [];
  const rowStep = Math.ceil(box.rows / rowParts);
  const colStep = Math.ceil(box.cols / colParts);
  for (let r = 0; r < box.rows; r += rowStep)
    for (let c = 0; c < box.cols; c += colStep)
      tiles.push({ row: box.row + r, col: box.col + c, rows: Math.min(rowStep, box.rows - r), cols: Math.min(colStep, box.cols - c) });
  return tiles;
}

/** Largest grid the bridge builds from a sparse sheet's pieces: beyond it, pieces far apart are not joined. */
export const MAX_GRID_CELLS = 4_000_000;
/** Pieces closer than this (rows, columns) belong to one table. */
const NEAR_ROWS = 50;
const NEAR_COLUMNS = 20;

export function boundingBox(boxes: RangeBox[]): RangeBox {
  const top = Math.min(...boxes.map((b) => b.row));
  const left = Math.min(...boxes.map((b) => b.col));
  const bottom = Math.max(...boxes.map((b) => b.row + b.rows));
  const right = Math.max(...boxes.map((b) => b.col + b.cols));
  return { row: top, col: left, rows: bottom - top, cols: right - left };
}

/**
 * The pieces of a sheet grouped into clusters of nearby pieces, the cluster with the most cells first. When all
 * of them fit one grid of at most MAX_GRID_CELLS, they are one cluster.
 */
export function clusterPieces(pieces: RangeBox[]): RangeBox[][] {
  if (pieces.length === 0) return [];
  const whole = boundingBox(pieces);
  if (whole.rows * whole.cols <= MAX_GRID_CELLS) return [pieces];
  const clusters: { box: RangeBox; pieces: RangeBox[] }[] = [];
  for (const piece of [...pieces].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const near = clusters.filter((c) => isNear(c.box, piece));
    const merged = { pieces: [piece, ...near.flatMap((c) => c.pieces)], box: boundingBox([piece, ...near.map((c) => c.box)]) };
    near.forEach((c) => clusters.splice(clusters.indexOf(c), 1));
    clusters.push(merged);
  }
  const cells = (c: { pieces: RangeBox[] }) => c.pieces.reduce((sum, p) => sum + p.rows * p.cols, 0);
  return clusters.sort((a, b) => cells(b) - cells(a) || a.box.row - b.box.row || a.box.col - b.box.col).map((c) => c.pieces);
}

function isNear(a: RangeBox, b: RangeBox): boolean {
  return (
    b.row < a.row + a.rows + NEAR_ROWS && a.row < b.row + b.rows + NEAR_ROWS && b.col < a.col + a.cols + NEAR_COLUMNS && a.col < b.col + b.cols + NEAR_COLUMNS
  );
}

/** What the linear layered layout needs of one block. */
export interface LinearLayoutNode {
  readonly height: number;
  /** Indexes of the blocks its branches lead to, in branch order. */
  readonly successors: readonly number[];
}

/** Where each block goes: its column, counted from the left, and its top edge. */
export interface LinearLayoutPlacement {
  readonly columns: readonly number[];
  /** Whole numbers, the highest block at 0. */
  readonly tops: readonly number[];
}

/**
 * A left-to-right layered layout in time about linear in the blocks and branches, for flows too
 * big for dagre to lay out soon. Blocks come in traversal order, the entry point's block first.
 *
 * It takes the same steps as dagre, each in its plainest form: a depth-first walk from the entry
 * leaves out the branches that lead back into its own path or to the entry; each block goes one
 * column after the last block that leads to it, or just before its nearest next block when more
 * branches leave it than reach it; columns are filled left to right, each block aimed at the
 * middle of the blocks that lead to it, kept in that order and spaced `gap` apart as close to
 * those aims as they can be. Helper nodes for branches that cross columns, and the sweeps that
 * reorder columns to cut crossings, are what make dagre slow on large flows; a flow's branches
 * mostly fan out like a tree, which this ordering draws without crossings.
 *
 * @example
 * ```ts
 * import { linearLayeredLayout } from './linear-layered-layout.js';
 * const { columns, tops } = linearLayeredLayout(
 *   [
 *     { height: 140, successors: [1, 2] },
 *     { height: 90, successors: [2] },
 *     { height: 90, successors: [] },
 *   ],
 *   50,
 * );
 * columns; // [0, 1, 2]
 * ```
 */
export function linearLayeredLayout(
  nodes: readonly LinearLayoutNode[],
  gap: number,
): LinearLayoutPlacement {
  const count = nodes.length;
  const successors = nodes.map((node, index) => distinctSuccessors(node, index, count));
  const { forward, preorder, postorder } = depthFirstWalk(successors);
  const columns = columnsOf(forward, postorder);

  const byColumn: number[][] = [];
  for (const index of postorder.slice().reverse()) (byColumn[columns[index]!] ??= []).push(index);
  const centres = new Float64Array(count);
  const aimSum = new Float64Array(count);
  const aimCount = new Uint32Array(count);
  for (const column of byColumn) {
    if (column === undefined) continue;
    // Blocks nothing leads to (the entry, blocks it does not reach) all aim at one level, so
    // they stack in the first column in traversal order.
    const aim = (index: number) => (aimCount[index] === 0 ? 0 : aimSum[index]! / aimCount[index]!);
    column.sort((a, b) => aim(a) - aim(b) || preorder[a]! - preorder[b]!);
    placeColumn(
      column.map((index) => ({ aim: aim(index), height: nodes[index]!.height })),
      gap,
    ).forEach((centre, position) => (centres[column[position]!] = centre));
    for (const index of column) {
      for (const next of forward[index]!) {
        aimSum[next]! += centres[index]!;
        aimCount[next]! += 1;
      }
    }
  }

  let highest = Number.POSITIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    highest = Math.min(highest, centres[index]! - nodes[index]!.height / 2);
  }
  return {
    columns,
    tops: nodes.map((node, index) => Math.round(centres[index]! - node.height / 2 - highest)),
  };
}

function distinctSuccessors(node: LinearLayoutNode, index: number, count: number): number[] {
  const seen = new Set<number>();
  for (const next of node.successors) {
    // A branch back to the block itself is drawn by the designer without help from the layout.
    if (next !== index && Number.isInteger(next) && next >= 0 && next < count) seen.add(next);
  }
  return [...seen];
}

/**
 * A depth-first walk from each block not yet reached, in traversal order and without recursion:
 * the branches that lead neither back into the walk's own path nor to the entry (`forward`, which
 * form no cycle),
 * the order blocks are first met in, and the order they are left in (every forward branch leads
 * to a block left earlier).
 */
function depthFirstWalk(successors: readonly (readonly number[])[]) {
  const count = successors.length;
  const forward = successors.map((): number[] => []);
  const preorder = new Int32Array(count).fill(-1);
  const onPath = new Uint8Array(count);
  const postorder: number[] = [];
  let met = 0;
  for (let root = 0; root < count; root++) {
    if (preorder[root] !== -1) continue;
    const path = [root];
    const nextBranch = [0];
    preorder[root] = met++;
    onPath[root] = 1;
    while (path.length > 0) {
      const at = path.length - 1;
      const index = path[at]!;
      const branches = successors[index]!;
      if (nextBranch[at]! < branches.length) {
        const next = branches[nextBranch[at]!++]!;
        // Branches into the entry count as leading back too, so that it stays in the first column.
        if (onPath[next] === 1 || next === 0) continue;
        forward[index]!.push(next);
        if (preorder[next] !== -1) continue;
        preorder[next] = met++;
        onPath[next] = 1;
        path.push(next);
        nextBranch.push(0);
      } else {
        onPath[index] = 0;
        postorder.push(index);
        path.pop();
        nextBranch.pop();
      }
    }
  }
  return { forward, preorder, postorder };
}

/**
 * Each block's column: one after the last block that leads to it; then, from the ends back, a
 * block that more branches leave than reach moves right to just before its nearest next block,
 * so that its many branches stay short (as dagre's ranking would have it). Empty columns close up.
 */
function columnsOf(
  forward: readonly (readonly number[])[],
  postorder: readonly number[],
): number[] {
  const columns = new Array<number>(forward.length).fill(0);
  const reaching = new Uint32Array(forward.length);
  for (let i = postorder.length - 1; i >= 0; i--) {
    const index = postorder[i]!;
    for (const next of forward[index]!) {
      columns[next] = Math.max(columns[next]!, columns[index]! + 1);
      reaching[next]! += 1;
    }
  }
  for (const index of postorder) {
    const leaving = forward[index]!;
    if (reaching[index] === 0 || leaving.length <= reaching[index]!) continue;
    let nearest = Number.POSITIVE_INFINITY;
    for (const next of leaving) nearest = Math.min(nearest, columns[next]!);
    columns[index] = Math.max(columns[index]!, nearest - 1);
  }
  const used = [...new Set(columns)].sort((a, b) => a - b);
  const closed = new Map(used.map((column, position) => [column, position]));
  return columns.map((column) => closed.get(column)!);
}

/**
 * The centres of one column's blocks, in the given order and at least `gap` apart, with the least
 * sum of squared distances from their aims: a pool-adjacent-violators pass over the aims less
 * each block's offset from the first.
 */
function placeColumn(
  blocks: readonly { readonly aim: number; readonly height: number }[],
  gap: number,
): number[] {
  const offsets: number[] = [];
  let offset = 0;
  blocks.forEach((block, position) => {
    if (position > 0) offset += (blocks[position - 1]!.height + block.height) / 2 + gap;
    offsets.push(offset);
  });
  // Pools of neighbouring blocks that sit as tight as the gap allows, each at its mean.
  const starts: number[] = [];
  const sums: number[] = [];
  const sizes: number[] = [];
  blocks.forEach((block, position) => {
    starts.push(position);
    sums.push(block.aim - offsets[position]!);
    sizes.push(1);
    for (let last = starts.length - 1; last > 0; last--) {
      if (sums[last - 1]! / sizes[last - 1]! <= sums[last]! / sizes[last]!) break;
      sums[last - 1]! += sums[last]!;
      sizes[last - 1]! += sizes[last]!;
      starts.pop();
      sums.pop();
      sizes.pop();
    }
  });
  const centres: number[] = [];
  starts.forEach((start, pool) => {
    const level = sums[pool]! / sizes[pool]!;
    for (let position = start; position < start + sizes[pool]!; position++) {
      centres.push(level + offsets[position]!);
    }
  });
  return centres;
}

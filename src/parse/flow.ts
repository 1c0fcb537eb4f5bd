// The document's flow: every block-level node in reading order with the containers around it,
// so detectors can scan a flat list instead of each walking the tree again.
import type { ListItem, Nodes, Root } from 'mdast'
import { layoutBodies } from './grid.js'

export type FlowNode = Extract<Nodes, { type: 'heading' | 'paragraph' | 'code' | 'html' | 'table' | 'thematicBreak' | 'definition' }>

export interface FlowEntry {
  /** Position in the flow, 0-based. */
  index: number
  node: FlowNode
  /** The nearest list item around the node, if any. */
  item: ListItem | null
  /** How many lists enclose the node (0 outside lists). */
  listDepth: number
  /** How many block quotes enclose the node. */
  quoteDepth: number
  /** Inside a grid table's cell (its list and quote depths counted from the cell). */
  grid: boolean
  /** In the margin of a Word page laid out as a table: a cell beside the page's body (grid.ts `layoutBodies`). */
  margin: boolean
  line: number
  column: number
}

interface Frame {
  node: Nodes
  item: ListItem | null
  listDepth: number
  quoteDepth: number
  grid: boolean
  margin?: boolean
}

export function flowOf(tree: Root): FlowEntry[] {
  const flow: FlowEntry[] = []
  // The cells that are a Word page's body laid out in a table, found when the first grid table is met.
  let bodies: ReadonlySet<unknown> | null = null
  const stack: Frame[] = [{ node: tree, item: null, listDepth: 0, quoteDepth: 0, grid: false }]
  while (stack.length > 0) {
    const frame = stack.pop()!
    const { node } = frame
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'code':
      case 'html':
      case 'table':
      case 'thematicBreak':
      case 'definition':
        flow.push({
          index: flow.length,
          node,
          item: frame.item,
          listDepth: frame.listDepth,
          quoteDepth: frame.quoteDepth,
          grid: frame.grid,
          margin: frame.margin === true,
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1,
        })
        break
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem': {
        const child: Omit<Frame, 'node'> = {
          item: node.type === 'listItem' ? node : frame.item,
          listDepth: frame.listDepth + (node.type === 'list' ? 1 : 0),
          quoteDepth: frame.quoteDepth + (node.type === 'blockquote' ? 1 : 0),
          grid: frame.grid,
          margin: frame.margin,
        }
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, ...child })
        break
      }
      default: {
        // Footnote definitions, grid tables' rows and cells (grid.ts) and other containers: read their
        // children as flow too. A grid table's cells are containers of their own, outside any list around it.
        const type = (node as { type: string }).type
        if (type === 'gridTable') bodies ??= layoutBodies(tree)
        // A cell that is the page's body (its text most of the document's) is read as the document's flow.
        const body = type === 'gtCell' && bodies?.has(node) === true
        // A row beside the page's body: its other cells are the page's margin.
        const margin = frame.margin === true || (type === 'gtRow' && hasBody(node, bodies))
        const inner =
          type === 'gridTable' || body ? { item: null, listDepth: 0, quoteDepth: 0, grid: !body, margin: false } : { ...frame, margin }
        if ('children' in node && !isPhrasing(node)) {
          // The page's body is read before the margin beside it, whose counts and dates are the page's furniture.
          const children = type === 'gtRow' && bodies !== null ? bodyFirst(node.children, bodies) : (node.children as Nodes[])
          for (let i = children.length - 1; i >= 0; i--) stack.push({ ...inner, node: children[i]! })
        }
      }
    }
  }
  return flow
}

/** Whether a grid row holds a cell that is the page's body. */
function hasBody(row: Nodes, bodies: ReadonlySet<unknown> | null): boolean {
  return bodies !== null && 'children' in row && row.children.some((cell) => bodies.has(cell))
}

/** A row's cells, the page's body first. */
function bodyFirst(cells: Nodes[], bodies: ReadonlySet<unknown>): Nodes[] {
  return [...cells.filter((cell) => bodies.has(cell)), ...cells.filter((cell) => !bodies.has(cell))]
}

function isPhrasing(node: Nodes): boolean {
  return [
    'emphasis',
    'strong',
    'delete',
    'link',
    'linkReference',
    'text',
    'inlineCode',
    'break',
    'image',
    'imageReference',
    'footnoteReference',
  ].includes(node.type)
}

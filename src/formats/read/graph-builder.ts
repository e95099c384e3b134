import { UndirectedGraph } from 'graphology';
import { InputError } from '../../errors.js';
import { RESERVED_KEYS } from '../../schemas/parse-json.js';
import { parseDecimal } from './decimal.js';
import { protectGraphologyKeys } from './graphology-keys.js';

protectGraphologyKeys();

/** A value as JSON for a message (short; never throws). */
function safeJson(value: unknown): string {
  try {
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return String(value);
  }
}

/** Gephi-style import message levels. */
export type ImportLevel = 'INFO' | 'WARNING' | 'SEVERE';

/** One line of an import report: what was coerced, merged, dropped or refused, and how often. */
export interface ImportMessage {
  readonly level: ImportLevel;
  readonly code: string;
  readonly message: string;
  readonly count: number;
  /** Up to five places it happened (line numbers, ids). */
  readonly examples: readonly string[];
}

/** An imported graph and the import report (Gephi style: INFO, WARNING, SEVERE messages with counts and examples). */
export interface ImportResult {
  readonly graph: UndirectedGraph;
  readonly report: readonly ImportMessage[];
}

const SEVERE_LIMIT = 10;
/** Largest graph an import may build; checked as records arrive, before the graph grows past it. */
export const MAX_IMPORT_NODES = 2_000_000;
export const MAX_IMPORT_EDGES = 10_000_000;

/**
 * Collects nodes and edges from any reader and turns them into a simple undirected weighted graph,
 * keeping a Gephi-like report. Self-loops are dropped (WARNING), parallel and reciprocal edges
 * merged with their weights summed (INFO), missing weights set to 1 (WARNING), directed edges read
 * as undirected (WARNING), unknown sectors kept as they are (WARNING). Refused (SEVERE, the import
 * fails): weights that are not plain decimal numbers > 0 (`0x10`, `[2]`, `NaN`, `-1`), edges to
 * undeclared nodes, duplicate node ids. Any string is a node id (`constructor`, `__proto__` too).
 */
export class GraphBuilder {
  private readonly graph = new UndirectedGraph();
  private readonly messages = new Map<string, { level: ImportLevel; message: string; count: number; examples: string[] }>();
  /** Whether nodes are declared up front (edges to other nodes are then dangling). */
  constructor(
    private readonly file: string,
    private readonly declaresNodes: boolean,
    /** Sector ids a spec knows; other sectors are kept and reported (none given: not checked). */
    private readonly knownSectors: readonly string[] = [],
    /** The file that declares the nodes when it is not `file` (a CSV edge list's node table). */
    private readonly nodeFile?: string,
  ) {}

  /** Whether an attribute name is one JSON refuses as a key (so it could not round-trip). */
  static reservedName(name: string): boolean {
    return RESERVED_KEYS.has(name);
  }

  /** Counts one message of the report (same code: one line, counted, with up to five places). */
  note(level: ImportLevel, code: string, message: string, where?: string): void {
    let m = this.messages.get(code);
    if (!m) this.messages.set(code, (m = { level, message, count: 0, examples: [] }));
    m.count++;
    if (where !== undefined && m.examples.length < 5) m.examples.push(where);
  }

  /** Counts a directed edge, read as undirected. */
  directedEdge(where: string): void {
    this.note('WARNING', 'directed', 'directed edges read as undirected (reciprocal arcs merged; weights summed)', where);
  }

  /** Adds a node (refused if its id is empty or already used; attributes without a value dropped). */
  addNode(id: string, attributes: Record<string, unknown>, where: string): void {
    if (this.graph.order >= MAX_IMPORT_NODES) throw new InputError(`${this.file}: more than ${MAX_IMPORT_NODES.toLocaleString('en-US')} nodes (at ${where}); that is the limit of an import`);
    if (id === '') {
      this.note('SEVERE', 'empty-node-id', 'nodes without an id', where);
      return;
    }
    if (this.graph.hasNode(id)) {
      this.note('SEVERE', 'duplicate-node', 'duplicate node ids', `${where} (id ${JSON.stringify(id)})`);
      return;
    }
    const attrs: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null && v !== '') attrs[k] = v;
    if ('sector' in attrs) {
      const s = String(attrs.sector).trim().toLowerCase();
      attrs.sector = s;
      if (this.knownSectors.length && !this.knownSectors.includes(s)) this.note('WARNING', 'unknown-sector', `sectors other than ${this.knownSectors.join(' / ')} (kept as their own sector)`, `${where} (${JSON.stringify(s)})`);
    }
    this.graph.addNode(id, { ...attrs });
  }

  /** Adds an edge, merging it into an existing one between the same nodes; the weight must be a plain decimal number > 0. */
  addEdge(source: string, target: string, rawWeight: unknown, attributes: Record<string, unknown>, where: string): void {
    if (this.graph.size >= MAX_IMPORT_EDGES) throw new InputError(`${this.file}: more than ${MAX_IMPORT_EDGES.toLocaleString('en-US')} edges (at ${where}); that is the limit of an import`);
    if (source === '' || target === '') {
      this.note('SEVERE', 'edge-endpoint', 'edges without a source or target', where);
      return;
    }
    let weight: number;
    if (rawWeight === undefined || rawWeight === null || rawWeight === '') {
      this.note('WARNING', 'missing-weight', 'edges without a weight (set to 1)', where);
      weight = 1;
    } else {
      const parsed = parseDecimal(rawWeight);
      if (parsed === undefined || parsed <= 0) {
        const shown = typeof rawWeight === 'string' ? JSON.stringify(rawWeight) : typeof rawWeight === 'number' ? JSON.stringify(String(rawWeight)) : safeJson(rawWeight);
        this.note('SEVERE', 'bad-weight', 'weights that are not numbers > 0 (weight = collaboration strength; it must be positive)', `${where} (${shown})`);
        return;
      }
      weight = parsed;
    }
    for (const end of [source, target])
      if (!this.graph.hasNode(end)) {
        if (this.graph.order >= MAX_IMPORT_NODES) throw new InputError(`${this.file}: more than ${MAX_IMPORT_NODES.toLocaleString('en-US')} nodes (at ${where}); that is the limit of an import`);
        if (this.declaresNodes) {
          this.note('SEVERE', 'dangling-edge', this.nodeFile === undefined ? 'edges to nodes the file does not declare' : `edges to nodes the node table ${this.nodeFile} does not declare`, `${where} (${JSON.stringify(end)})`);
          return;
        }
        this.graph.addNode(end);
      }
    if (source === target) {
      this.note('WARNING', 'self-loop', 'self-loops (dropped)', where);
      return;
    }
    const existing = this.graph.edge(source, target);
    if (existing !== undefined) {
      this.graph.updateEdgeAttribute(existing, 'weight', (w) => (w as number) + weight);
      this.note('INFO', 'parallel-edge', 'repeated or reciprocal edges (merged; weights summed)', where);
      return;
    }
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null && v !== '' && k !== 'weight') attrs[k] = v;
    // Keys e0, e1, … in reading order (as generated networks have): graphology's own keys start from
    // a random number and count graphs made in the process, so exports of one file would differ run to run.
    this.graph.addEdgeWithKey(`e${this.graph.size}`, source, target, { ...attrs, weight });
  }

  /** The graph and its report, or an InputError listing every refused kind of record. */
  finish(): ImportResult {
    const report: ImportMessage[] = [...this.messages.entries()].map(([code, m]) => ({ code, level: m.level, message: m.message, count: m.count, examples: m.examples }));
    const severe = report.filter((m) => m.level === 'SEVERE');
    if (severe.length > 0)
      throw new InputError(
        severe.slice(0, SEVERE_LIMIT).map((m) => `${this.file}: ${m.count} ${m.message}${m.examples.length ? `: ${m.examples.join(', ')}${m.count > m.examples.length ? ', …' : ''}` : ''}`),
      );
    if (this.graph.order === 0) throw new InputError(`${this.file}: the graph has no nodes`);
    const sectors = this.graph.reduceNodes((n, _k, a) => n + (typeof a.sector === 'string' ? 1 : 0), 0);
    if (sectors === 0) report.push({ code: 'no-sector', level: 'INFO', message: 'no node has a sector: figures by sector are not applicable', count: 1, examples: [] });
    else if (sectors < this.graph.order)
      report.push({ code: 'missing-sector', level: 'WARNING', message: 'nodes without a sector (left out of figures by sector)', count: this.graph.order - sectors, examples: [] });
    report.push({ code: 'summary', level: 'INFO', message: `read ${this.graph.order} nodes and ${this.graph.size} edges`, count: 1, examples: [] });
    return { graph: this.graph, report };
  }
}

declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology';
  export default function write(graph: Graph, options?: { version?: '1.2' | '1.3'; pretty?: boolean; encoding?: string; pedantic?: boolean }): string;
}

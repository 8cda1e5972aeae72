// Figures and tables for the benchmarks' output (Markdown, so they paste into bench/README.md as printed).
import os from 'node:os';
import SQLite from 'better-sqlite3';

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return `${[line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n')}\n`;
}

/** The machine, as the README records it with every figure. */
export function machine(postgresVersion?: string): string {
  const sqlite = (new SQLite(':memory:').prepare('select sqlite_version() as v').get() as { v: string }).v;
  return `${new Date().toISOString()} — ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite ${sqlite}${postgresVersion ? `, PostgreSQL ${postgresVersion}` : ''}`;
}

/** One line of the suite's table. */
export interface ResilienceRow {
  scenario: string;
  tried: number;
  failed: number;
  apologies: number;
  filed: number;
  lost: number;
  duplicates: number;
}

const HEADER = ['scenario', 'turns tried', 'turns failed', 'apologies', 'requests filed', 'requests lost', 'duplicates'];

/** The table the issue asks for, fixed width, then each scenario's details. */
export function renderResilienceTable(rows: ResilienceRow[], details: string[]): string {
  const cells = rows.map((r) => [r.scenario, r.tried, r.failed, r.apologies, r.filed, r.lost, r.duplicates].map(String));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), '', ...details].join('\n');
}

/** Printing evaluation and benchmark sections the same way: a heading, then one `label: value` line per figure. */
export type Figures = Record<string, unknown>;

export function printSection(title: string, result: Figures | null | undefined, skippedReason?: string): void {
  console.log(`\n## ${title}`);
  if (!result) {
    console.log(`  skipped: ${skippedReason ?? 'data not available'}`);
    return;
  }
  for (const line of flatten(result)) console.log(`  ${line}`);
}

function format(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function flatten(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${prefix || 'value'}: ${format(value)}`];
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return [`${prefix}: ${value.map(format).join(', ')}`];
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) out.push(...flatten(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

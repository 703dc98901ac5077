/** Reading the ANS stance files and scoring stance predictions (shared by eval/stance.ts and scripts/train-stance.ts). */
import { readFileSync } from 'node:fs';
import type { Stance } from '../src/compare/stance-model.js';

export interface StancePair {
  s1: string;
  s2: string;
  stance: Stance;
}

const GOLD: Record<string, Stance> = { agree: 'consistent', disagree: 'conflict', other: 'unrelated' };

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** The pairs of one ANS stance file (header s1,s2,stance). */
export function readStancePairs(path: string): StancePair[] {
  const rows = parseCsv(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  const header = rows.shift() ?? [];
  const i1 = header.indexOf('s1'); const i2 = header.indexOf('s2'); const is = header.indexOf('stance');
  if (i1 < 0 || i2 < 0 || is < 0) throw new Error(`${path}: expected columns s1,s2,stance`);
  const out: StancePair[] = [];
  for (const r of rows) {
    const stance = GOLD[(r[is] ?? '').trim()];
    if (stance && r[i1] !== undefined && r[i2] !== undefined) out.push({ s1: r[i1]!, s2: r[i2]!, stance });
  }
  return out;
}

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface StanceScores {
  macroF1: number;
  accuracy: number;
  perClass: Record<Stance, ClassFigures>;
  /** confusion[gold][predicted]. */
  confusion: Record<Stance, Record<Stance, number>>;
}

const CLASSES: Stance[] = ['consistent', 'conflict', 'unrelated'];

export function scoreStance(gold: readonly Stance[], predicted: readonly Stance[]): StanceScores {
  const confusion = Object.fromEntries(CLASSES.map((g) => [g, Object.fromEntries(CLASSES.map((p) => [p, 0]))])) as Record<Stance, Record<Stance, number>>;
  gold.forEach((g, i) => { confusion[g][predicted[i]!]++; });
  const perClass = {} as Record<Stance, ClassFigures>;
  for (const c of CLASSES) {
    const tp = confusion[c][c];
    const predictedC = CLASSES.reduce((s, g) => s + confusion[g][c], 0);
    const support = CLASSES.reduce((s, p) => s + confusion[c][p], 0);
    const precision = predictedC ? tp / predictedC : 0;
    const recall = support ? tp / support : 0;
    perClass[c] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  const correct = CLASSES.reduce((s, c) => s + confusion[c][c], 0);
  return {
    macroF1: CLASSES.reduce((s, c) => s + perClass[c].f1, 0) / CLASSES.length,
    accuracy: gold.length ? correct / gold.length : 0,
    perClass,
    confusion,
  };
}

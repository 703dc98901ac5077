/** The commands, in the order `tabayyun --help` lists them. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { compareCommand } from './compare.js';
import { pairsCommand } from './pairs.js';
import { clusterCommand } from './cluster.js';
import { nerCommand } from './ner.js';

export const commands: Command[] = [analyzeCommand, compareCommand, pairsCommand, clusterCommand, nerCommand];

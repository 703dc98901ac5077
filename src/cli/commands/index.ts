/** The commands, in the order `tabayyun --help` lists them. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';

export const commands: Command[] = [analyzeCommand];

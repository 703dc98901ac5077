export { extractQuantities, type Quantity, type ExtractQuantitiesOptions } from './extract-quantities.js';
export type { QuantityKind } from './units.js';

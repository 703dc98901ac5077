/**
 * Loaded into every test process (`node --import`): property tests run with one fixed seed, so CI is repeatable.
 * Explore with other seeds by setting FC_SEED (`FC_SEED=123 npm test`, or FC_SEED=random); a counterexample found
 * that way becomes a unit test beside the property.
 */
import fc from 'fast-check';

const env = process.env['FC_SEED'];
if (env !== 'random') fc.configureGlobal({ seed: env ? Number(env) : 20240620 });

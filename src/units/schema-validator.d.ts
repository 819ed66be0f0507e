// The standalone validator scripts/precompile.mjs writes to dist/results/schema-validator.js.
import type { ValidateFunction } from 'ajv';
import type { Results } from './types.generated.js';

declare const validate: ValidateFunction<Results>;
export default validate;

// The standalone validator scripts/precompile.mjs writes to dist/plan/schema-validator.js.
import type { ValidateFunction } from 'ajv';
import type { Plan } from './types.generated.js';

declare const validate: ValidateFunction<Plan>;
export default validate;

// The rules scripts/precompile.mjs writes to dist/nd30/rules.generated.js from rules/nd30/*.yaml.
import type { RuleData } from './rules.js';
declare const rules: RuleData[];
export default rules;

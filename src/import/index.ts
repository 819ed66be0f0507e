// The import from bytes to a recognised plan, as the command runs it: open the package, read the
// document, recognise the plan. A file that is not a readable plan throws ImportError.
import { openPackage } from './package.js';
import { recognise, type Recognised } from './recognise.js';
import { readDocument } from './wordml.js';

export { ImportError } from './package.js';
export { planYaml, readsBackAs } from './plan-yaml.js';

export function importDocx(bytes: Uint8Array): Recognised {
  return recognise(readDocument(openPackage(bytes)));
}

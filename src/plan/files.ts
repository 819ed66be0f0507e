// Turns the command line's YEAR|FILE arguments into plan files: "2025" is plans/2025.yaml.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PLANS_DIR = 'plans';

export type Resolved = { ok: true; files: string[] } | { ok: false; code: 'file-not-found' | 'no-plans'; arg: string };

/** The Department's list of units (plans/units.yaml) sits among the plans but is not one. */
export const isUnitsFile = (file: string) => /(^|[\\/])units\.ya?ml$/.test(file);

export function planFile(arg: string, cwd = process.cwd()): string {
  return /^\d{4}$/.test(arg) ? resolve(cwd, PLANS_DIR, `${arg}.yaml`) : resolve(cwd, arg);
}

export function resolvePlanArgs(args: string[], cwd = process.cwd()): Resolved {
  if (args.length === 0) {
    const dir = resolve(cwd, PLANS_DIR);
    const yamlIn = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(d, f)) : []);
    const files = yamlIn(dir);
    // The year's records (results/) are checked with the plans they follow.
    return files.length > 0 ? { ok: true, files: [...files, ...yamlIn(resolve(cwd, 'results'))] } : { ok: false, code: 'no-plans', arg: dir };
  }
  const files: string[] = [];
  for (const arg of args) {
    const file = planFile(arg, cwd);
    if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, code: 'file-not-found', arg };
    files.push(file);
  }
  return { ok: true, files };
}

/** Every plan under `dir`, in subfolders too, in name order: what --all works on. */
export function findPlans(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name) && !isUnitsFile(entry.name)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** A record of what was done: a .yaml under a results/ folder. */
export const isResultsFile = (file: string) => /(^|[\\/])results[\\/](.+[\\/])?[^\\/]+\.ya?ml$/.test(resolve(file));

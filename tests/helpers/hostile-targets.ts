/** Test helpers: output paths that must never be written (the database, its siblings, links to them) and a data-folder fingerprint. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../services/open-data-folder';

/** A path an output option or a save dialog is pointed at, with a label for test names. */
export interface HostileTarget {
  label: string;
  path: string;
}

/**
 * The database, its `-wal`/`-shm`/`-journal` siblings (existing or not), a symlink to the database, a dangling
 * symlink to a not-yet-existing sibling, and the database reached through a symlinked folder. Links are made
 * (again) in `linkDir`, outside the data folder: call it before each case, as an unfixed writer replaces them.
 */
export function databaseTargets(dataDir: string, linkDir: string): HostileTarget[] {
  const db = join(dataDir, DATABASE_FILE);
  const link = (name: string, to: string) => {
    const path = join(linkDir, name);
    rmSync(path, { recursive: true, force: true });
    symlinkSync(to, path);
    return path;
  };
  return [
    { label: 'the database', path: db },
    { label: 'its -wal', path: `${db}-wal` },
    { label: 'its -shm', path: `${db}-shm` },
    { label: 'its -journal', path: `${db}-journal` },
    { label: 'a symlink to the database', path: link('db-link.pdf', db) },
    { label: 'a dangling symlink to its -journal', path: link('journal-link.pdf', `${db}-journal`) },
    { label: 'the database through a symlinked folder', path: join(link('data-folder-link', dataDir), DATABASE_FILE) },
  ];
}

/** Every entry of a folder (recursively) with the SHA-256 of each file's bytes, or the link's target. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = join(dir, rel);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
      else if (st.isDirectory()) walk(rel);
      else if (!st.isFile()) out[rel] = `special ${st.mode.toString(8)}`;
      else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk('');
  return out;
}

/** Copies of a folder's top-level files, to put a data folder back as it was between test cases (new entries are removed). */
export function snapshotFiles(dir: string): { restore: () => void } {
  const names = new Set(readdirSync(dir));
  const files = new Map([...names].filter((n) => lstatSync(join(dir, n)).isFile()).map((n) => [n, readFileSync(join(dir, n))]));
  return {
    restore: () => {
      for (const name of readdirSync(dir)) if (!names.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
      for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    },
  };
}

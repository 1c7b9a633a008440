/**
 * The authority's state file, `AUTH/authority.json` (docs/trust.md): its name, its keys (public parts and the
 * sealed private keys), every root version it published, the certificates it issued, the revocations, and
 * the bundle and feed counters. One JSON file, read whole and replaced whole (temp file, fsync, rename), so a
 * crash leaves the previous state or the new one, never half of each.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { fail } from '../../shared/errors';
import { bundledCertificateSchema } from '../../shared/trust/bundle';
import { rootSchema } from '../../shared/trust/root';
import { instantSchema, kidSchema, publicKeyHexSchema, signatureSchema } from '../../shared/trust/signed-document';
import { PRIVATE_FILE_MODE } from '../files/private-files';

/** The state file's name inside the AUTH folder. */
export const STATE_FILE = 'authority.json';

/** What a key is for: the root, or one of the roles the root delegates to. */
export const keyUseSchema = z.enum(['root', 'operators', 'notices', 'health-code']);

/** One key the authority holds: its public facts and its PKCS8 private key, sealed with the passphrase (base64). */
export const storedKeySchema = z.object({
  use: keyUseSchema,
  kid: kidSchema,
  publicKey: publicKeyHexSchema,
  protection: z.string().min(1),
  sealed: z.string().min(1),
  validFrom: instantSchema,
  validUntil: instantSchema.nullable(),
});

const reasonSchema = z.string().max(500);

/** The whole state file. */
export const authorityStateSchema = z.object({
  format: z.literal('venue-authority-state'),
  formatVersion: z.literal(1),
  name: z.string().min(1).max(200),
  rootValidDays: z.int().min(1),
  keys: z.array(storedKeySchema).min(4),
  roots: z.array(z.object({ signed: rootSchema, signatures: z.array(signatureSchema).min(1) })).min(1),
  lastSerial: z.int().min(0),
  certificates: z.array(bundledCertificateSchema),
  revokedOperators: z.array(z.object({ kid: kidSchema, revokedAt: instantSchema, reason: reasonSchema })),
  revokedVenues: z.array(z.object({ venueId: z.string().min(1).max(40), revokedAt: instantSchema, reason: reasonSchema })),
  bundleVersion: z.int().min(0),
  feedVersion: z.int().min(0),
});

/** The state, as read and written. */
export type AuthorityState = z.output<typeof authorityStateSchema>;
/** One stored key. */
export type StoredKey = z.output<typeof storedKeySchema>;
/** What a key is for. */
export type KeyUse = z.output<typeof keyUseSchema>;

/** The path of the state file in `dir`. */
export function statePath(dir: string): string {
  return join(dir, STATE_FILE);
}

/** Whether `dir` already holds an authority. */
export function isInitialised(dir: string): boolean {
  return existsSync(statePath(dir));
}

/** Refuses (English and Chinese) when `dir` holds no authority. */
export function requireAuthority(dir: string): void {
  if (!isInitialised(dir)) {
    fail(
      'not-found',
      `${dir} holds no authority yet: run venue-authority --dir ${dir} init --name "…" first.`,
      `${dir} 尚未建立發證機構：請先執行 venue-authority --dir ${dir} init --name "…"。`,
    );
  }
}

/** Reads and checks the state; a missing or damaged file is refused in English and Chinese. */
export function readState(dir: string): AuthorityState {
  requireAuthority(dir);
  const path = statePath(dir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail('io', `The authority state ${path} cannot be read (${(error as Error).message}). Restore it from a backup.`, `無法讀取發證機構狀態檔 ${path}。請從備份還原。`);
  }
  const parsed = authorityStateSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'file';
    fail('io', `The authority state ${path} is damaged (${where}: ${first?.message ?? 'invalid'}). Restore it from a backup.`, `發證機構狀態檔 ${path} 已損壞（${where}）。請從備份還原。`);
  }
  return parsed.data;
}

/** Replaces the state file atomically (0600 temp file in the same folder, fsync, rename). */
export function writeState(dir: string, state: AuthorityState): void {
  const target = statePath(dir);
  const temp = join(dir, `.${STATE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.partial`);
  const text = `${JSON.stringify(authorityStateSchema.parse(state), null, 2)}\n`;
  try {
    const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

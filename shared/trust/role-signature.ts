/** Checks that a document is signed by the key of one role of the root, valid at the document's issue time. */
import type { VerifyEd25519 } from './ed25519';
import { roleKeyAt, roleOf, type Role, type Root } from './root';
import { validSigners, type SignedDocument } from './signed-document';

/** `ok`, or why not: `wrong-key` (no signature by a key of this role valid then) or `bad-signature` (it does not verify). */
export type RoleSignatureCheck = { ok: true; kid: string } | { ok: false; reason: 'wrong-key' | 'bad-signature'; detail: string };

/** Whether `doc` carries a valid signature by a `role` key of `root` whose validity contains `at` (epoch ms). */
export function checkRoleSignature(doc: SignedDocument<unknown>, root: Root, role: Role, at: number, verify: VerifyEd25519): RoleSignatureCheck {
  const keys = doc.signatures.flatMap((s) => {
    const key = roleKeyAt(root, role, s.kid, at);
    return key ? [key] : [];
  });
  if (keys.length === 0) {
    const kids = doc.signatures.map((s) => {
      const held = roleOf(root, s.kid);
      return held ? `${s.kid} (the ${held} key)` : `${s.kid} (not a key of this authority)`;
    });
    return { ok: false, reason: 'wrong-key', detail: `not signed by the authority's ${role} key valid at that time; signed by ${kids.join(', ')}` };
  }
  const good = validSigners(doc, keys, verify);
  const first = [...good][0];
  if (first === undefined) return { ok: false, reason: 'bad-signature', detail: `the ${role} key's signature does not match the document` };
  return { ok: true, kid: first };
}

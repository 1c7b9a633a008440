/**
 * Verifying the bytes as written: the `signed` member's text is found exactly (strings with braces, quotes and
 * escapes inside), a repeated `signed` is refused (JSON.parse keeps the last one: the bytes verified must be the
 * bytes parsed), and a re-formatted copy still verifies through the RFC 8785 bytes.
 */
import { describe, expect, it } from 'vitest';
import { rawMember } from '../../../shared/trust/raw-member';
import { checkFeed } from '../../../shared/notices/feed';
import { serializeSignedDocument } from '../../../shared/trust/signed-document';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { makeTestAuthority, testNotice } from '../../helpers/test-authority';

describe('rawMember', () => {
  it('returns the exact text of a member, whatever its strings hold', () => {
    const inner = '{"a":"}{\\"][","b":[1,{"c":"\\\\"}],"d":"\u4e2d"}';
    const text = `\uFEFF {"x":1 , "signed" :  ${inner} , "signatures":[]}`;
    expect(rawMember(text, 'signed')).toBe(inner);
    expect(JSON.parse(rawMember(text, 'signed') as string)).toEqual(JSON.parse(inner));
  });

  it.each([
    ['a repeated member', '{"signed":{"a":1},"signed":{"a":2}}'],
    ['no such member', '{"other":{}}'],
    ['not an object', '[{"signed":{}}]'],
    ['an unterminated string', '{"signed":"abc'],
  ])('refuses %s', (_name, text) => expect(rawMember(text, 'signed')).toBeNull());
});

describe('a feed verified over its bytes as written', () => {
  const now = Date.parse('2026-11-26T04:00:00Z');
  const auth = makeTestAuthority(now - 86_400_000);
  const feed = auth.feed(now - 60_000, [testNotice({ id: 'N-1' })]);
  const options = { root: auth.root.signed, now, held: null, verify: nodeVerify };

  it('as written (canonical `signed`) and re-formatted: both verify, with the same content hash', () => {
    const written = checkFeed(serializeSignedDocument(feed), options);
    const pretty = checkFeed(JSON.stringify(feed, null, 2), options);
    expect(written.ok && pretty.ok && written.contentHash === pretty.contentHash).toBe(true);
  });

  it('a second `signed` appended after the genuine one is refused, not verified over the first', () => {
    const genuine = serializeSignedDocument(feed);
    const forged = { ...feed.signed, notices: [testNotice({ id: 'FORGED', title: { en: 'Forged', zh: '偽造' } })] };
    const text = `${genuine.slice(0, -1)},"signed":${JSON.stringify(forged)}}`;
    expect(JSON.parse(text).signed.notices[0].id).toBe('FORGED');
    expect(checkFeed(text, options)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});

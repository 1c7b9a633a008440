/**
 * @venue-console/shared — the consumer logic a phone app can import: venue code format and offline
 * verification, the visit diary, exposure matching and Health Code colours. Pure TypeScript: no Node,
 * DOM or Electron; time comes from an injected clock.
 */
export * from './errors';
export * from './messages';
export * from './time/hk';
export * from './venue/catalogue';
export * from './venue/venue-id';
export * from './venue/venue';
export * from './qr/code';
export * from './qr/record';
export * from './qr/trust';
export * from './qr/verify';
export * from './qr/digits';
export * from './checkin/visit';
export * from './checkin/visit-diary';
export * from './checkin/scan';
export * from './exposure/exposure';
export * from './exposure/match';
export * from './health-code/assess';
export * from './consumer/parse';
export * from './trust/canonical-json';
export * from './trust/ed25519';
export * from './trust/signed-document';
export * from './trust/root';
export * from './trust/role-signature';
export * from './trust/certificate';
export * from './trust/bundle';
export * from './trust/verify-code';
export * from './notices/notice';
export * from './notices/feed';
export * from './notices/match-notices';
export * from './notices/notice-exposures';
export * from './health-code/pass';
export * from './health-code/verify-pass';

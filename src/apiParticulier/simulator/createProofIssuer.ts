import { createHash, randomBytes } from 'node:crypto';

/** Issued proofs, so that the simulator's verification page can tell a link it issued from a forged one. */
export interface ProofIssuer {
  issue(mode: 'proof-only' | 'pdf', recipient: string, now: Date): { meta: Record<string, unknown>; links: Record<string, unknown> };
  verify(token: string): { code: string; recipient: string; issuedOn: string } | undefined;
}

/**
 * `X-Generate-Proof` (EAJE, since 2026-09-18; apistration `GeneratesAttestationProof`): `proof-only` adds
 * `meta.verification_url` and `meta.verification_code` (`XXXX-XXXX-XX`); `pdf` also adds `links.attestation_pdf`
 * and `meta.attestation_pdf_url_expires_at` (5 minutes). Real tokens are AES-GCM sealed; these are random.
 */
export function createProofIssuer(publicUrl: () => string): ProofIssuer {
  const issued = new Map<string, { code: string; recipient: string; issuedOn: string }>();
  return {
    issue(mode, recipient, now) {
      const token = randomBytes(48).toString('base64url');
      const hex = createHash('sha256').update(token).digest('hex').toUpperCase();
      const code = `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 10)}`;
      issued.set(token, { code, recipient, issuedOn: now.toISOString().slice(0, 10) });
      const meta: Record<string, unknown> = { verification_url: `${publicUrl()}/attestations/verification/${token}`, verification_code: code };
      const links: Record<string, unknown> = {};
      if (mode === 'pdf') {
        meta.attestation_pdf_url_expires_at = Math.floor(now.getTime() / 1000) + 300;
        links.attestation_pdf = `${publicUrl()}/api/attestations/${randomBytes(48).toString('base64url')}.pdf`;
      }
      return { meta, links };
    },
    verify: (token) => issued.get(token),
  };
}

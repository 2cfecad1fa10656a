//! Bounded work for password-protected files: every password-based format carries its own work
//! factor (PBKDF2 iterations, scrypt N/r/p, the number of PKCS#12 derivations). It is read and
//! capped here *before* anything is derived, so a hostile file is refused in microseconds
//! instead of keeping the assistant busy for minutes.

use super::key::KeyError;

/// Largest RSA key read (certificates and private keys); refused before any arithmetic.
pub const MAX_RSA_BITS: u32 = 16_384;
/// Most PBKDF2 iterations one password derivation may ask for. Tools write 2,048 (OpenSSL),
/// 10,000 (Java) up to 600,000 (OWASP's advice); one million takes about half a second.
pub const MAX_PBKDF2_ITERATIONS: u64 = 1_000_000;
/// Most memory one scrypt derivation may ask for (128·N·r bytes); OpenSSL writes 16 MiB.
pub const MAX_SCRYPT_MEMORY: u64 = 64 * 1024 * 1024;
/// Most scrypt work (N·r·p) one derivation may ask for; OpenSSL writes 2^17.
pub const MAX_SCRYPT_WORK: u64 = 1 << 20;
/// Largest PKCS#12 file read; real ones are a few KiB.
pub const MAX_PKCS12_BYTES: usize = 1024 * 1024;
/// Most password derivations a PKCS#12 file may ask for (MAC, key bags, encrypted safes).
pub const MAX_PKCS12_DERIVATIONS: usize = 8;

/// Refuses password-based encryption that asks for more work than any tool writes, before
/// deriving anything (the limits are the `MAX_PBKDF2_*`/`MAX_SCRYPT_*` constants).
pub fn check_scheme(scheme: &pkcs8::pkcs5::EncryptionScheme) -> Result<(), KeyError> {
    use pkcs8::pkcs5::{EncryptionScheme, pbes2::Kdf};
    match scheme {
        EncryptionScheme::Pbes2(params) => match &params.kdf {
            Kdf::Pbkdf2(p) => pbkdf2(u64::from(p.iteration_count)),
            Kdf::Scrypt(p) => {
                let (n, r, par) = (
                    p.cost_parameter,
                    u64::from(p.block_size),
                    u64::from(p.parallelization),
                );
                let memory = n.saturating_mul(r).saturating_mul(128);
                let work = n.saturating_mul(r).saturating_mul(par);
                if memory > MAX_SCRYPT_MEMORY || work > MAX_SCRYPT_WORK {
                    return Err(KeyError::Limit(format!(
                        "the key's scrypt settings (N={n}, r={r}, p={par}) ask for more memory or work than this tool allows (N·r·128 bytes up to {} MiB, N·r·p up to {MAX_SCRYPT_WORK}); re-encrypt it with openssl pkcs8 -topk8 -v2 aes-256-cbc",
                        MAX_SCRYPT_MEMORY / 1024 / 1024
                    )));
                }
                Ok(())
            }
            // Non-exhaustive: whatever else comes is refused by the decryption itself.
            _ => Ok(()),
        },
        // PBES1: one DES/RC2 derivation with a 16-bit iteration count, cheap by design.
        _ => Ok(()),
    }
}

fn pbkdf2(iterations: u64) -> Result<(), KeyError> {
    if iterations > MAX_PBKDF2_ITERATIONS {
        return Err(KeyError::Limit(format!(
            "the password protection asks for {iterations} PBKDF2 iterations; more than {MAX_PBKDF2_ITERATIONS} are refused; re-encrypt or export it again with the tool's default settings"
        )));
    }
    Ok(())
}

const OID_PBES2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
/// `pkcs-12PbeIds` (1.2.840.113549.1.12.1.x): PKCS#12's own PBE with 3DES/RC2/RC4.
const OID_PKCS12_PBE: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01];
/// DER nodes looked at in one PKCS#12 file (a real one has a few hundred).
const MAX_PKCS12_NODES: usize = 100_000;
const MAX_PKCS12_DEPTH: usize = 32;

/// One DER element: tag, contents, and the whole encoding.
struct Tlv<'a> {
    tag: u8,
    body: &'a [u8],
    whole: &'a [u8],
}

/// Reads the element at the start of `der`; `None` when it is not well-formed.
fn tlv(der: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
        (len, &rest[n..])
    };
    let body = rest.get(..len)?;
    let header = der.len() - rest.len();
    Some((
        Tlv {
            tag,
            body,
            whole: &der[..header + len],
        },
        &rest[len..],
    ))
}

fn children(body: &[u8]) -> impl Iterator<Item = Tlv<'_>> {
    let mut rest = body;
    std::iter::from_fn(move || {
        let (t, r) = tlv(rest)?;
        rest = r;
        Some(t)
    })
}

/// Reads every visible work factor of a PKCS#12 file (the MAC's iterations, and each
/// PBES2 or PKCS#12-PBE algorithm identifier outside encrypted content) and refuses the file
/// when one is above the limits or there are more than [`MAX_PKCS12_DERIVATIONS`].
pub fn check_pkcs12(der: &[u8]) -> Result<(), KeyError> {
    if der.len() > MAX_PKCS12_BYTES {
        return Err(KeyError::Limit(format!(
            "the PKCS#12 file is {} bytes; files over {} KiB are refused (real ones are a few KiB)",
            der.len(),
            MAX_PKCS12_BYTES / 1024
        )));
    }
    let mut scan = Scan::default();
    let (pfx, _) = tlv(der).ok_or_else(damaged)?;
    // PFX ::= SEQUENCE { version, authSafe ContentInfo, macData MacData OPTIONAL }
    if let Some(mac) = children(pfx.body).nth(2) {
        // MacData ::= SEQUENCE { DigestInfo, macSalt, iterations INTEGER DEFAULT 1 }
        let iterations = children(mac.body).nth(2).map_or(1, |i| integer(i.body));
        pbkdf2(iterations)?;
        scan.derivations += 1;
    }
    scan.walk(pfx.body, 0)?;
    if scan.derivations > MAX_PKCS12_DERIVATIONS {
        return Err(KeyError::Limit(format!(
            "the PKCS#12 file asks for {} password derivations; more than {MAX_PKCS12_DERIVATIONS} are refused (a real one has two or three)",
            scan.derivations
        )));
    }
    Ok(())
}

fn damaged() -> KeyError {
    KeyError::Unsupported("the PKCS#12 file is damaged (not readable DER)".into())
}

/// An unsigned INTEGER's value, saturating (a huge count is refused, not wrapped).
fn integer(body: &[u8]) -> u64 {
    if body.len() > 8 {
        return u64::MAX;
    }
    body.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}

#[derive(Default)]
struct Scan {
    nodes: usize,
    derivations: usize,
}

impl Scan {
    fn walk(&mut self, body: &[u8], depth: usize) -> Result<(), KeyError> {
        if depth > MAX_PKCS12_DEPTH {
            return Err(KeyError::Limit(format!(
                "the PKCS#12 file is nested deeper than {MAX_PKCS12_DEPTH} levels"
            )));
        }
        for t in children(body) {
            self.nodes += 1;
            if self.nodes > MAX_PKCS12_NODES {
                return Err(KeyError::Limit(format!(
                    "the PKCS#12 file holds more than {MAX_PKCS12_NODES} elements"
                )));
            }
            if t.tag == 0x30 {
                self.algorithm(&t)?;
            }
            let constructed = t.tag & 0x20 != 0;
            // OCTET STRINGs wrap the authenticated safe and its SafeContents.
            let wrapped = t.tag == 0x04 && t.body.first() == Some(&0x30);
            if constructed || wrapped {
                self.walk(t.body, depth + 1)?;
            }
        }
        Ok(())
    }

    /// An `AlgorithmIdentifier` for password-based encryption: check its work factor.
    fn algorithm(&mut self, seq: &Tlv<'_>) -> Result<(), KeyError> {
        let mut parts = children(seq.body);
        let (Some(oid), params) = (parts.next(), parts.next()) else {
            return Ok(());
        };
        if oid.tag != 0x06 {
            return Ok(());
        }
        if oid.body == OID_PBES2 {
            use pkcs8::der::Decode as _;
            let scheme = pkcs8::pkcs5::EncryptionScheme::from_der(seq.whole).map_err(|e| {
                KeyError::Unsupported(format!(
                    "the PKCS#12 file's encryption settings are damaged ({e})"
                ))
            })?;
            check_scheme(&scheme)?;
            self.derivations += 1;
        } else if oid.body.len() == OID_PKCS12_PBE.len() + 1 && oid.body.starts_with(OID_PKCS12_PBE)
        {
            // pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
            let iterations = params
                .and_then(|p| children(p.body).nth(1))
                .map_or(1, |i| integer(i.body));
            pbkdf2(iterations)?;
            self.derivations += 1;
        }
        Ok(())
    }
}

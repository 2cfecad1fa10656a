//! Limits on work for keys and password-protected files (a leaf module). Every password-based
//! format carries its own work factor (PBKDF2 iterations, scrypt N/r/p, the number of PKCS#12
//! derivations): it is read and capped here *before* anything is derived, so a hostile file is
//! refused in microseconds instead of keeping the assistant busy for minutes. RSA key sizes are
//! read here too, before any arithmetic.

use super::i18n::Msg;

/// Why a file is refused by a limit, or cannot be read far enough to judge it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkError {
    /// More work than any real file asks for.
    #[error("{}", crate::msg!("limits-unsupported-parameters", why = .0))]
    Limit(Msg),
    #[error("{0}")]
    Damaged(Msg),
}

/// The real bit length of a big-endian unsigned integer (leading zero bits not counted).
#[must_use]
fn bit_length(be: &[u8]) -> u32 {
    let Some(first) = be.iter().position(|&b| b != 0) else {
        return 0;
    };
    let bytes = u32::try_from(be.len() - first).unwrap_or(u32::MAX);
    bytes.saturating_mul(8) - be[first].leading_zeros()
}

/// Largest RSA key read (certificates and private keys); refused before any arithmetic.
pub const MAX_RSA_BITS: u32 = 16_384;

/// The real bit length of an RSA modulus (big-endian, as DER holds it), refused above
/// [`MAX_RSA_BITS`]: the one size check for certificates and private keys.
pub fn rsa_modulus_bits(modulus: &[u8]) -> Result<u32, WorkError> {
    let bits = bit_length(modulus);
    if bits > MAX_RSA_BITS {
        return Err(WorkError::Limit(crate::msg!(
            "limits-rsa-bits",
            bits,
            max = MAX_RSA_BITS
        )));
    }
    Ok(bits)
}
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
/// Most PBKDF2 iterations a PKCS#12 file may ask for in all (its derivations together, and the
/// look inside its encrypted safes); about a second. Real files use 2,048 to 10,000 each.
pub const MAX_PKCS12_WORK: u64 = 2_000_000;

/// Refuses password-based encryption that asks for more work than any tool writes, before
/// deriving anything (the limits are the `MAX_PBKDF2_*`/`MAX_SCRYPT_*` constants).
pub fn check_scheme(scheme: &pkcs8::pkcs5::EncryptionScheme) -> Result<(), WorkError> {
    scheme_work(scheme).map(drop)
}

/// As [`check_scheme`], returning the work in PBKDF2-iteration equivalents (a derivation at the
/// scrypt limit counts as one at the PBKDF2 limit).
fn scheme_work(scheme: &pkcs8::pkcs5::EncryptionScheme) -> Result<u64, WorkError> {
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
                    // Text, not numbers: a hostile N may not fit a float exactly.
                    return Err(WorkError::Limit(crate::msg!(
                        "limits-scrypt",
                        n = n.to_string(),
                        r = r.to_string(),
                        p = par.to_string(),
                        max_mib = MAX_SCRYPT_MEMORY / 1024 / 1024,
                        max_work = MAX_SCRYPT_WORK
                    )));
                }
                Ok(work.max(1) * MAX_PBKDF2_ITERATIONS / MAX_SCRYPT_WORK)
            }
            // Non-exhaustive: whatever else comes is refused by the decryption itself.
            _ => Ok(0),
        },
        // PBES1: one DES/RC2 derivation with a 16-bit iteration count, cheap by design.
        _ => Ok(u64::from(u16::MAX)),
    }
}

/// Refuses one derivation above [`MAX_PBKDF2_ITERATIONS`]; returns its work.
fn pbkdf2(iterations: u64) -> Result<u64, WorkError> {
    if iterations > MAX_PBKDF2_ITERATIONS {
        return Err(WorkError::Limit(crate::msg!(
            "limits-pbkdf2",
            iterations = iterations.to_string(),
            max = MAX_PBKDF2_ITERATIONS
        )));
    }
    Ok(iterations)
}

const OID_PBES2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
/// `pkcs-12PbeIds` (1.2.840.113549.1.12.1.x): PKCS#12's own PBE with 3DES/RC2/RC4.
const OID_PKCS12_PBE: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01];
/// `encryptedData` (1.2.840.113549.1.7.6): a safe whose bags are visible only once decrypted.
const OID_ENCRYPTED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x06];
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
///
/// Encrypted safes (where key bags may hide) are decrypted here with `password` once their own
/// work factor has passed, and their bags counted too; a safe the password does not open is left
/// to the reader, which fails on it the same way.
pub fn check_pkcs12(der: &[u8], password: &str) -> Result<(), WorkError> {
    if der.len() > MAX_PKCS12_BYTES {
        return Err(WorkError::Limit(crate::msg!(
            "limits-pkcs12-bytes",
            size = der.len(),
            max_kib = MAX_PKCS12_BYTES / 1024
        )));
    }
    let mut scan = Scan {
        password,
        ..Scan::default()
    };
    let (pfx, _) = tlv(der).ok_or_else(damaged)?;
    // PFX ::= SEQUENCE { version, authSafe ContentInfo, macData MacData OPTIONAL }
    if let Some(mac) = children(pfx.body).nth(2) {
        // MacData ::= SEQUENCE { DigestInfo, macSalt, iterations INTEGER DEFAULT 1 }
        let iterations = children(mac.body).nth(2).map_or(1, |i| integer(i.body));
        scan.count(pbkdf2(iterations)?)?;
    }
    let mut pending = Vec::new();
    scan.walk(pfx.body, 0, &mut pending)?;
    scan.open_safes(pending, 0)
}

impl Scan<'_> {
    /// Counts one derivation of `work`, refusing the file past the limits.
    fn count(&mut self, work: u64) -> Result<(), WorkError> {
        self.derivations += 1;
        self.work = self.work.saturating_add(work);
        if self.work > MAX_PKCS12_WORK {
            return Err(WorkError::Limit(crate::msg!(
                "limits-pkcs12-work",
                max = MAX_PKCS12_WORK
            )));
        }
        if self.derivations > MAX_PKCS12_DERIVATIONS {
            return Err(WorkError::Limit(crate::msg!(
                "limits-pkcs12-derivations",
                count = self.derivations,
                max = MAX_PKCS12_DERIVATIONS
            )));
        }
        Ok(())
    }
}

fn damaged() -> WorkError {
    WorkError::Damaged(crate::msg!("limits-pkcs12-damaged"))
}

/// An unsigned INTEGER's value, saturating (a huge count is refused, not wrapped).
fn integer(body: &[u8]) -> u64 {
    if body.len() > 8 {
        return u64::MAX;
    }
    body.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}

#[derive(Default)]
struct Scan<'p> {
    password: &'p str,
    nodes: usize,
    derivations: usize,
    /// PBKDF2-iteration equivalents of every derivation counted so far.
    work: u64,
}

impl Scan<'_> {
    /// Counts every visible work factor under `body`; encrypted safes go to `pending`.
    fn walk<'d>(
        &mut self,
        body: &'d [u8],
        depth: usize,
        pending: &mut Vec<(Tlv<'d>, Vec<u8>)>,
    ) -> Result<(), WorkError> {
        if depth > MAX_PKCS12_DEPTH {
            return Err(WorkError::Limit(crate::msg!(
                "limits-pkcs12-depth",
                max = MAX_PKCS12_DEPTH
            )));
        }
        for t in children(body) {
            self.nodes += 1;
            if self.nodes > MAX_PKCS12_NODES {
                return Err(WorkError::Limit(crate::msg!(
                    "limits-pkcs12-nodes",
                    max = MAX_PKCS12_NODES
                )));
            }
            if t.tag == 0x30 {
                self.algorithm(&t)?;
                Self::encrypted_safe(&t, pending);
            }
            let constructed = t.tag & 0x20 != 0;
            // OCTET STRINGs wrap the authenticated safe and its SafeContents.
            let wrapped = t.tag == 0x04 && t.body.first() == Some(&0x30);
            if constructed || wrapped {
                self.walk(t.body, depth + 1, pending)?;
            }
        }
        Ok(())
    }

    /// `ContentInfo { encryptedData, [0] EncryptedData { version, EncryptedContentInfo {
    /// type, algorithm, [0] IMPLICIT ciphertext } } }`: kept to be opened once every visible
    /// work factor has been counted.
    fn encrypted_safe<'d>(seq: &Tlv<'d>, pending: &mut Vec<(Tlv<'d>, Vec<u8>)>) {
        let mut parts = children(seq.body);
        let (Some(oid), Some(explicit)) = (parts.next(), parts.next()) else {
            return;
        };
        if oid.tag != 0x06 || oid.body != OID_ENCRYPTED_DATA || explicit.tag != 0xa0 {
            return;
        }
        let Some(info) = children(explicit.body)
            .next()
            .and_then(|data| children(data.body).nth(1))
        else {
            return;
        };
        let mut fields = children(info.body).skip(1);
        let (Some(algorithm), Some(content)) = (fields.next(), fields.next()) else {
            return;
        };
        let ciphertext: Vec<u8> = if content.tag == 0x80 {
            content.body.to_vec()
        } else {
            children(content.body)
                .flat_map(|c| c.body.to_vec())
                .collect()
        };
        pending.push((algorithm, ciphertext));
    }

    /// Opens the encrypted safes found by the walk (each one more derivation, counted before it
    /// is made) and walks the bags inside.
    fn open_safes(
        &mut self,
        pending: Vec<(Tlv<'_>, Vec<u8>)>,
        depth: usize,
    ) -> Result<(), WorkError> {
        for (algorithm, ciphertext) in pending {
            self.algorithm(&algorithm)?;
            if let Some(plain) = decrypt(&algorithm, &ciphertext, self.password) {
                let mut inner = Vec::new();
                self.walk(&plain, depth + 1, &mut inner)?;
                self.open_safes(inner, depth + 1)?;
            }
        }
        Ok(())
    }

    /// An `AlgorithmIdentifier` for password-based encryption: check its work factor.
    fn algorithm(&mut self, seq: &Tlv<'_>) -> Result<(), WorkError> {
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
                WorkError::Damaged(crate::msg!(
                    "limits-pkcs12-settings-damaged",
                    error = e.to_string()
                ))
            })?;
            self.count(scheme_work(&scheme)?)?;
        } else if oid.body.len() == OID_PKCS12_PBE.len() + 1 && oid.body.starts_with(OID_PKCS12_PBE)
        {
            // pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
            let iterations = params
                .and_then(|p| children(p.body).nth(1))
                .map_or(1, |i| integer(i.body));
            self.count(pbkdf2(iterations)?)?;
        }
        Ok(())
    }
}

/// Decrypts an encrypted safe (PBES2, or PKCS#12's own PBE with 3DES or RC2-40); `None` when
/// the password does not open it or the scheme is another one.
fn decrypt(algorithm: &Tlv<'_>, data: &[u8], password: &str) -> Option<Vec<u8>> {
    use pkcs8::der::Decode as _;
    let mut parts = children(algorithm.body);
    let (oid, params) = (parts.next()?, parts.next()?);
    if oid.body == OID_PBES2 {
        let scheme = pkcs8::pkcs5::EncryptionScheme::from_der(algorithm.whole).ok()?;
        return scheme.decrypt(password, data).ok();
    }
    let mut p = children(params.body);
    let (salt, iterations) = (p.next()?.body, i32::try_from(integer(p.next()?.body)).ok()?);
    match oid.body.last()? {
        3 => pkcs12_cbc::<des::TdesEde3>(data, password, salt, iterations, 24),
        6 => pkcs12_cbc::<rc2::Rc2>(data, password, salt, iterations, 5),
        _ => None,
    }
    .filter(|_| oid.body.starts_with(OID_PKCS12_PBE))
}

fn pkcs12_cbc<C>(
    data: &[u8],
    password: &str,
    salt: &[u8],
    iterations: i32,
    key_len: usize,
) -> Option<Vec<u8>>
where
    C: cbc::cipher::BlockCipherDecrypt + cbc::cipher::KeyInit,
{
    use cbc::cipher::{BlockModeDecrypt as _, KeyIvInit as _, block_padding::Pkcs7};
    use pkcs12::kdf::{Pkcs12KeyType, derive_key_utf8};
    let key = derive_key_utf8::<sha1::Sha1>(
        password,
        salt,
        Pkcs12KeyType::EncryptionKey,
        iterations,
        key_len,
    )
    .ok()?;
    let iv =
        derive_key_utf8::<sha1::Sha1>(password, salt, Pkcs12KeyType::Iv, iterations, 8).ok()?;
    cbc::Decryptor::<C>::new_from_slices(&key, &iv)
        .ok()?
        .decrypt_padded_vec::<Pkcs7>(data)
        .ok()
}

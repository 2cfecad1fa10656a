//! Private keys and certificates in every format admins arrive with, to one model.
//!
//! Parsing is done by well-kept crates (pkcs8/pkcs5 for PKCS#8 and PBES2, rsa for PKCS#1,
//! p256 for SEC1, p12-keystore for PKCS#12, md-5 + cbc for the legacy OpenSSL PEM encryption);
//! this module recognises the format, calls the right one and says what it found.
//!
//! Secrets: [`PrivateKey`] redacts `Debug`, zeroizes on drop, is never serialized.

use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _, EncodePublicKey as _};
use zeroize::Zeroizing;

use super::i18n::Msg;
use super::limits;
use super::pem::{PemBlock, bare_base64, pem_blocks};
use super::text::{self, TextError};

/// How the key was stored, as far as the admin needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyFormat {
    Pkcs8Pem,
    Pkcs8Der,
    Pkcs1Pem,
    Pkcs1Der,
    /// PKCS#8 content under a `BEGIN RSA PRIVATE KEY` header (hand-edited files).
    Pkcs8UnderRsaHeader,
    EncryptedPkcs8Pem,
    EncryptedPkcs8Der,
    /// `Proc-Type: 4,ENCRYPTED` with `DEK-Info` (OpenSSL's legacy PEM encryption).
    LegacyEncryptedPem,
    /// `BEGIN EC PRIVATE KEY`.
    Sec1Pem,
    Pkcs12,
}

impl KeyFormat {
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Pkcs8Pem => "PKCS#8 PEM",
            Self::Pkcs8Der => "PKCS#8 DER",
            Self::Pkcs1Pem => "PKCS#1 PEM (BEGIN RSA PRIVATE KEY)",
            Self::Pkcs1Der => "PKCS#1 DER",
            Self::Pkcs8UnderRsaHeader => "PKCS#8 under an RSA PRIVATE KEY header",
            Self::EncryptedPkcs8Pem => "encrypted PKCS#8 PEM",
            Self::EncryptedPkcs8Der => "encrypted PKCS#8 DER",
            Self::LegacyEncryptedPem => "OpenSSL legacy encrypted PEM",
            Self::Sec1Pem => "EC PRIVATE KEY PEM",
            Self::Pkcs12 => "PKCS#12 (.pfx/.p12)",
        }
    }

    /// [`label`](Self::label) in this thread's language, for messages (`label` itself stays
    /// English: it is written into JSON).
    #[must_use]
    pub fn name(self) -> Msg {
        match self {
            Self::Pkcs8UnderRsaHeader => crate::msg!("key-format-pkcs8-under-rsa-header"),
            Self::EncryptedPkcs8Pem => crate::msg!("key-format-encrypted-pkcs8-pem"),
            Self::EncryptedPkcs8Der => crate::msg!("key-format-encrypted-pkcs8-der"),
            Self::LegacyEncryptedPem => crate::msg!("key-format-legacy-encrypted-pem"),
            // Names of formats, the same in every language.
            other => Msg::verbatim(other.label()),
        }
    }

    /// TOPdesk takes unencrypted PKCS#8 DER; anything else is converted on export.
    #[must_use]
    pub const fn needs_conversion(self) -> bool {
        !matches!(self, Self::Pkcs8Der)
    }
}

/// Why a key or certificate file cannot be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    Text(#[from] TextError),
    #[error("{}", crate::msg!("key-password-needed", what = what_code(.0)))]
    PasswordNeeded(&'static str),
    #[error("{}", crate::msg!("key-password-wrong", what = what_code(.0)))]
    PasswordWrong(&'static str),
    #[error("{0}")]
    Unsupported(Msg),
    /// The file asks for more work than any real one does (refused before doing it).
    #[error("{}", crate::msg!("limits-unsupported-parameters", why = .0))]
    Limit(Msg),
    #[error("{}", crate::msg!("key-nothing"))]
    Nothing,
}

/// What a password opens ([`KEY`] or [`PKCS12_FILE`]), as the `what` of the password messages.
fn what_code(what: &str) -> &'static str {
    if what == PKCS12_FILE { "pkcs12" } else { "key" }
}

/// What [`KeyError::PasswordNeeded`] and [`KeyError::PasswordWrong`] name (English, stable:
/// callers match on it; the messages say it in the reader's language).
pub const KEY: &str = "private key";
pub const PKCS12_FILE: &str = "PKCS#12 file";

impl From<limits::WorkError> for KeyError {
    fn from(e: limits::WorkError) -> Self {
        match e {
            limits::WorkError::Limit(why) => Self::Limit(why),
            limits::WorkError::Damaged(why) => Self::Unsupported(why),
        }
    }
}

/// An unencrypted private key, held as PKCS#8 DER and parsed once. A clone zeroizes its own
/// copy on drop too.
#[derive(Clone)]
pub struct PrivateKey {
    pkcs8: Zeroizing<Vec<u8>>,
    algorithm: String,
    bits: Option<u32>,
    parsed: Parsed,
}

/// The parsed key (both types zeroize their secrets on drop).
#[derive(Clone)]
enum Parsed {
    Rsa(Box<rsa::RsaPrivateKey>),
    P256(p256::SecretKey),
    Other,
}

/// The modulus size of PKCS#1 `RSAPrivateKey` DER, refused above [`limits::MAX_RSA_BITS`]
/// before the rsa crate does any arithmetic with it.
fn rsa_bits(pkcs1_der: &[u8]) -> Result<u32, KeyError> {
    let key = rsa::pkcs1::RsaPrivateKeyRef::try_from(pkcs1_der).map_err(|e| {
        KeyError::Unsupported(crate::msg!("key-rsa-unreadable", error = e.to_string()))
    })?;
    Ok(limits::rsa_modulus_bits(key.modulus.as_bytes())?)
}

impl std::fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PrivateKey({}, <redacted>)", self.algorithm)
    }
}

impl PrivateKey {
    /// Parses unencrypted PKCS#8 DER (RSA or EC P-256).
    pub fn from_pkcs8_der(der: &[u8]) -> Result<Self, KeyError> {
        let info = pkcs8::PrivateKeyInfoRef::try_from(der)
            .map_err(|_| KeyError::Unsupported(crate::msg!("key-pkcs8-damaged")))?;
        let with = |algorithm: &str, bits, parsed| Self {
            pkcs8: Zeroizing::new(der.to_vec()),
            algorithm: algorithm.into(),
            bits,
            parsed,
        };
        let oid = info.algorithm.oid.to_string();
        if oid == "1.2.840.113549.1.1.1" {
            let bits = rsa_bits(info.private_key.as_bytes())?;
            return match rsa::RsaPrivateKey::from_pkcs8_der(der) {
                Ok(rsa) => Ok(with("RSA", Some(bits), Parsed::Rsa(Box::new(rsa)))),
                Err(_) => Err(rsa_damaged()),
            };
        }
        if let Ok(ec) = p256::SecretKey::from_pkcs8_der(der) {
            return Ok(with("EC P-256", Some(256), Parsed::P256(ec)));
        }
        // Another algorithm: name it, so the pair check can say "not RSA" instead of "damaged".
        let algorithm = match oid.as_str() {
            "1.2.840.10045.2.1" => {
                let curve = info
                    .algorithm
                    .parameters_oid()
                    .map(|c| c.to_string())
                    .unwrap_or_default();
                match curve.as_str() {
                    "1.3.132.0.34" => "EC P-384".to_owned(),
                    "1.3.132.0.35" => "EC P-521".to_owned(),
                    other => format!("EC ({other})"),
                }
            }
            "1.3.101.112" => "Ed25519".to_owned(),
            "1.3.101.113" => "Ed448".to_owned(),
            "1.2.840.10040.4.1" => "DSA".to_owned(),
            other => format!("algorithm {other}"),
        };
        Ok(with(&algorithm, None, Parsed::Other))
    }

    fn from_pkcs1_der(der: &[u8]) -> Result<Self, KeyError> {
        let bits = rsa_bits(der)?;
        let rsa = rsa::RsaPrivateKey::from_pkcs1_der(der).map_err(|e| {
            KeyError::Unsupported(crate::msg!("key-rsa-unreadable", error = e.to_string()))
        })?;
        let pkcs8 = rsa.to_pkcs8_der().map_err(|e| {
            KeyError::Unsupported(crate::msg!("key-cannot-convert", error = e.to_string()))
        })?;
        Ok(Self {
            pkcs8: Zeroizing::new(pkcs8.as_bytes().to_vec()),
            algorithm: "RSA".into(),
            bits: Some(bits),
            parsed: Parsed::Rsa(Box::new(rsa)),
        })
    }

    fn from_sec1_der(der: &[u8]) -> Result<Self, KeyError> {
        let ec = p256::SecretKey::from_sec1_der(der)
            .map_err(|_| KeyError::Unsupported(crate::msg!("key-ec-not-p256")))?;
        let pkcs8 = ec.to_pkcs8_der().map_err(|e| {
            KeyError::Unsupported(crate::msg!("key-cannot-convert", error = e.to_string()))
        })?;
        Self::from_pkcs8_der(pkcs8.as_bytes())
    }

    /// Unencrypted PKCS#8 DER: what TOPdesk's "Private key" field takes.
    #[must_use]
    pub fn pkcs8_der(&self) -> &[u8] {
        &self.pkcs8
    }

    #[must_use]
    pub fn algorithm(&self) -> &str {
        &self.algorithm
    }

    #[must_use]
    pub fn bits(&self) -> Option<u32> {
        self.bits
    }

    #[must_use]
    pub fn is_rsa(&self) -> bool {
        self.algorithm == "RSA"
    }

    /// The public half as SubjectPublicKeyInfo DER (compare with a certificate's).
    #[must_use]
    pub fn spki_der(&self) -> Option<Vec<u8>> {
        let der = match &self.parsed {
            Parsed::Rsa(rsa) => rsa.to_public_key().to_public_key_der(),
            Parsed::P256(ec) => ec.public_key().to_public_key_der(),
            Parsed::Other => return None,
        };
        der.ok().map(|d| d.to_vec())
    }

    /// Signs a fixed message with this key and verifies it with `spki_der` (a certificate's
    /// public key), as KeyStore Explorer does: proves the pair works, and catches a damaged key
    /// whose public half still looks right.
    #[must_use]
    pub fn sign_verify(&self, spki_der: &[u8]) -> bool {
        use rsa::pkcs8::DecodePublicKey as _;
        use rsa::signature::{Signer as _, Verifier as _};
        const MESSAGE: &[u8] = b"TOPdesk SSO Assistant key pair proof";
        match &self.parsed {
            Parsed::Rsa(rsa) => {
                if let Some(proof) = ring_proof(&self.pkcs8, spki_der, MESSAGE) {
                    return proof;
                }
                let Ok(public) = rsa::RsaPublicKey::from_public_key_der(spki_der) else {
                    return false;
                };
                let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(rsa.as_ref().clone());
                let Ok(signature) = signer.try_sign(MESSAGE) else {
                    return false;
                };
                rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(public)
                    .verify(MESSAGE, &signature)
                    .is_ok()
            }
            Parsed::P256(ec) => {
                let Ok(public) = p256::ecdsa::VerifyingKey::from_public_key_der(spki_der) else {
                    return false;
                };
                let secret = p256::ecdsa::SigningKey::from(ec);
                let signature: p256::ecdsa::Signature = secret.sign(MESSAGE);
                public.verify(MESSAGE, &signature).is_ok()
            }
            Parsed::Other => false,
        }
    }
}

/// The pair proof of an RSA key by ring (the RSA of the TLS stack: assembly and constant-time,
/// a 2048-bit key read and signed in under half the rsa crate's time): sign `message` with the
/// PKCS#8 key, verify with the public key of `spki_der`. `None` when ring refuses the key
/// (outside 2048–8192 bits, an exponent it does not take, or parameters its own validation
/// rejects): the rsa crate then gives the verdict. ring does not wipe its working copy of the
/// key when it is dropped (ours and the rsa crate's are wiped); that copy lives only for the proof.
fn ring_proof(pkcs8: &[u8], spki_der: &[u8], message: &[u8]) -> Option<bool> {
    use ring::signature::{RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair};
    let pair = RsaKeyPair::from_pkcs8(pkcs8).ok()?;
    let mut signature = vec![0; pair.public().modulus_len()];
    pair.sign(
        &RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        message,
        &mut signature,
    )
    .ok()?;
    let Ok(spki) = pkcs8::spki::SubjectPublicKeyInfoRef::try_from(spki_der) else {
        return Some(false);
    };
    let public = ring::signature::UnparsedPublicKey::new(
        &RSA_PKCS1_2048_8192_SHA256,
        spki.subject_public_key.raw_bytes(),
    );
    Some(public.verify(message, &signature).is_ok())
}

/// A private key with how it was stored.
#[derive(Debug, Clone)]
pub struct LoadedKey {
    pub key: PrivateKey,
    pub format: KeyFormat,
    pub encrypted: bool,
}

/// Everything found in one file: maybe a key, and certificates (DER, in file order).
#[derive(Debug, Default, Clone)]
pub struct Material {
    pub key: Option<LoadedKey>,
    pub certs: Vec<Vec<u8>>,
}

/// Largest certificate or key file read (a chain with its key is a few KiB).
pub const MAX_KEY_FILE_BYTES: usize = 1024 * 1024;
/// Most certificates taken from one certificate or key file (a chain has two to four).
pub const MAX_CERTS_PER_FILE: usize = 100;

fn too_many_certs(count: usize) -> Result<(), KeyError> {
    if count > MAX_CERTS_PER_FILE {
        return Err(KeyError::Limit(crate::msg!(
            "key-too-many-certs",
            max = MAX_CERTS_PER_FILE
        )));
    }
    Ok(())
}

/// PKCS#12 is a DER SEQUENCE whose first element is INTEGER 3.
#[must_use]
pub fn looks_like_pkcs12(bytes: &[u8]) -> bool {
    let Some((&0x30, rest)) = bytes.split_first() else {
        return false;
    };
    let skip = match rest.first() {
        Some(&n) if n < 0x80 => 1,
        Some(&n) => 1 + usize::from(n & 0x7f),
        None => return false,
    };
    rest.get(skip..skip + 3) == Some(&[0x02, 0x01, 0x03])
}

/// Reads a certificate and/or key file in any supported format. `password` opens encrypted
/// keys and PKCS#12 files; it is never echoed in errors.
pub fn load(bytes: &[u8], password: Option<&str>) -> Result<Material, KeyError> {
    if bytes.len() > MAX_KEY_FILE_BYTES {
        let looks_like_one =
            bytes.first() == Some(&0x30) || bytes.windows(11).any(|w| w == b"-----BEGIN ");
        return Err(if looks_like_one {
            KeyError::Limit(crate::msg!(
                "key-file-too-big",
                size = bytes.len(),
                max_kib = MAX_KEY_FILE_BYTES / 1024
            ))
        } else {
            KeyError::Nothing
        });
    }
    if bytes.first() == Some(&0x30) {
        return load_der(bytes, password);
    }
    let (text, _) = text::decode(bytes)?;
    let blocks = pem_blocks(&text);
    if blocks.is_empty() {
        // Bare base64, as Microsoft's tutorial has people save a certificate.
        return match bare_base64(&text) {
            Some(der) if der.first() == Some(&0x30) => load_der(&der, password),
            _ => Err(KeyError::Nothing),
        };
    }
    let mut material = Material::default();
    for block in &blocks {
        match block.label.as_str() {
            "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => {
                material.certs.push(block.der.clone());
                too_many_certs(material.certs.len())?;
            }
            label if label.ends_with("PRIVATE KEY") && material.key.is_none() => {
                material.key = Some(pem_key(block, password)?);
            }
            _ => {}
        }
    }
    if material.key.is_none() && material.certs.is_empty() {
        return Err(KeyError::Nothing);
    }
    Ok(material)
}

fn pem_key(block: &PemBlock, password: Option<&str>) -> Result<LoadedKey, KeyError> {
    let legacy = block.headers.iter().any(|h| h.contains("ENCRYPTED"));
    let plain = |key, format| LoadedKey {
        key,
        format,
        encrypted: false,
    };
    match block.label.as_str() {
        "ENCRYPTED PRIVATE KEY" => Ok(LoadedKey {
            key: decrypt_pkcs8(&block.der, password)?,
            format: KeyFormat::EncryptedPkcs8Pem,
            encrypted: true,
        }),
        "RSA PRIVATE KEY" | "EC PRIVATE KEY" if legacy => {
            let der = decrypt_legacy(block, password)?;
            let key = if block.label.starts_with("EC") {
                PrivateKey::from_sec1_der(&der)
            } else {
                PrivateKey::from_pkcs1_der(&der)
            }
            .map_err(|_| KeyError::PasswordWrong(KEY))?;
            Ok(LoadedKey {
                key,
                format: KeyFormat::LegacyEncryptedPem,
                encrypted: true,
            })
        }
        "RSA PRIVATE KEY" => match PrivateKey::from_pkcs1_der(&block.der) {
            Ok(key) => Ok(plain(key, KeyFormat::Pkcs1Pem)),
            Err(e) => PrivateKey::from_pkcs8_der(&block.der)
                .map(|key| plain(key, KeyFormat::Pkcs8UnderRsaHeader))
                .map_err(|_| e),
        },
        "EC PRIVATE KEY" => {
            PrivateKey::from_sec1_der(&block.der).map(|k| plain(k, KeyFormat::Sec1Pem))
        }
        "PRIVATE KEY" => match PrivateKey::from_pkcs8_der(&block.der) {
            Ok(key) => Ok(plain(key, KeyFormat::Pkcs8Pem)),
            Err(e) => PrivateKey::from_pkcs1_der(&block.der)
                .map(|key| plain(key, KeyFormat::Pkcs1Pem))
                .map_err(|_| e),
        },
        other => Err(KeyError::Unsupported(crate::msg!(
            "key-label-unsupported",
            label = text::escape_untrusted(other)
        ))),
    }
}

fn load_der(der: &[u8], password: Option<&str>) -> Result<Material, KeyError> {
    use rsa::pkcs8::der::Decode as _;
    if looks_like_pkcs12(der) {
        return load_pkcs12(der, password);
    }
    if x509_parser::parse_x509_certificate(der).is_ok_and(|(rest, _)| rest.is_empty()) {
        return Ok(Material {
            key: None,
            certs: vec![der.to_vec()],
        });
    }
    // A key refused for its size is refused, not tried as another format.
    let (pkcs8, pkcs1) = (
        PrivateKey::from_pkcs8_der(der),
        PrivateKey::from_pkcs1_der(der),
    );
    for refused in [&pkcs8, &pkcs1] {
        if let Err(e @ KeyError::Limit(_)) = refused {
            return Err(e.clone());
        }
    }
    let key = if let Ok(key) = pkcs8 {
        LoadedKey {
            key,
            format: KeyFormat::Pkcs8Der,
            encrypted: false,
        }
    } else if let Ok(key) = pkcs1 {
        LoadedKey {
            key,
            format: KeyFormat::Pkcs1Der,
            encrypted: false,
        }
    } else if pkcs8::EncryptedPrivateKeyInfoRef::from_der(der).is_ok() {
        LoadedKey {
            key: decrypt_pkcs8(der, password)?,
            format: KeyFormat::EncryptedPkcs8Der,
            encrypted: true,
        }
    } else if let Some(body) = der_body(der)
        && body.starts_with(&[0x02, 0x01, 0x00, 0x02])
    {
        // SEQUENCE { INTEGER 0, INTEGER n, … }: a PKCS#1 key whose numbers do not fit together.
        return Err(rsa_damaged());
    } else {
        return Err(KeyError::Nothing);
    };
    Ok(Material {
        key: Some(key),
        certs: Vec::new(),
    })
}

/// The contents of a DER SEQUENCE (after its tag and length).
fn der_body(der: &[u8]) -> Option<&[u8]> {
    match der {
        [0x30, len, rest @ ..] if *len < 0x80 => Some(rest),
        [0x30, len, rest @ ..] => rest.get(usize::from(len & 0x7f)..),
        _ => None,
    }
}

fn decrypt_pkcs8(der: &[u8], password: Option<&str>) -> Result<PrivateKey, KeyError> {
    use rsa::pkcs8::der::Decode as _;
    let info = pkcs8::EncryptedPrivateKeyInfoRef::from_der(der).map_err(|e| {
        KeyError::Unsupported(crate::msg!("key-encrypted-damaged", error = e.to_string()))
    })?;
    // Refused before a password is even asked for.
    limits::check_scheme(&info.encryption_algorithm)?;
    let password = password.ok_or(KeyError::PasswordNeeded(KEY))?;
    let plain = info.decrypt(password).map_err(|e| match e {
        pkcs8::Error::EncryptedPrivateKey(pkcs8::pkcs5::Error::UnsupportedAlgorithm { .. }) => {
            KeyError::Unsupported(crate::msg!("key-cipher-unsupported"))
        }
        _ => KeyError::PasswordWrong(KEY),
    })?;
    PrivateKey::from_pkcs8_der(plain.as_bytes()).map_err(|_| KeyError::PasswordWrong(KEY))
}

/// OpenSSL's legacy PEM encryption: key = `EVP_BytesToKey(MD5, password, iv[..8], 1)`.
fn decrypt_legacy(
    block: &PemBlock,
    password: Option<&str>,
) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    use md5::Digest as _;
    let password = password.ok_or(KeyError::PasswordNeeded(KEY))?;
    let dek = block
        .headers
        .iter()
        .find_map(|h| h.strip_prefix("DEK-Info:"))
        .ok_or_else(|| KeyError::Unsupported(crate::msg!("key-no-dek-info")))?;
    let (cipher, iv_hex) = dek.trim().split_once(',').ok_or_else(dek_info_damaged)?;
    let iv = hex_decode(iv_hex.trim())
        .filter(|iv| iv.len() >= 8)
        .ok_or_else(dek_info_damaged)?;
    let key_len = match cipher {
        "AES-128-CBC" => 16,
        "AES-192-CBC" | "DES-EDE3-CBC" => 24,
        "AES-256-CBC" => 32,
        "DES-CBC" => 8,
        other => {
            return Err(KeyError::Unsupported(crate::msg!(
                "key-legacy-cipher-unsupported",
                cipher = text::escape_untrusted(other)
            )));
        }
    };
    let mut key = Zeroizing::new(Vec::with_capacity(key_len + 16));
    let mut prev: Vec<u8> = Vec::new();
    while key.len() < key_len {
        let mut h = md5::Md5::new();
        h.update(&prev);
        h.update(password.as_bytes());
        h.update(&iv[..8]);
        prev = h.finalize().to_vec();
        key.extend_from_slice(&prev);
    }
    let key = &key[..key_len];
    let plain = match cipher {
        "AES-128-CBC" => cbc_decrypt::<aes::Aes128>(key, &iv, &block.der),
        "AES-192-CBC" => cbc_decrypt::<aes::Aes192>(key, &iv, &block.der),
        "AES-256-CBC" => cbc_decrypt::<aes::Aes256>(key, &iv, &block.der),
        "DES-EDE3-CBC" => cbc_decrypt::<des::TdesEde3>(key, &iv, &block.der),
        _ => cbc_decrypt::<des::Des>(key, &iv, &block.der),
    }?;
    Ok(Zeroizing::new(plain))
}

/// CBC with PKCS#7 padding; bad padding means the password was wrong.
fn cbc_decrypt<C>(key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, KeyError>
where
    C: cbc::cipher::BlockCipherDecrypt,
    cbc::Decryptor<C>: cbc::cipher::KeyIvInit + cbc::cipher::BlockModeDecrypt,
{
    use cbc::cipher::{BlockModeDecrypt as _, KeyIvInit as _, block_padding::Pkcs7};
    cbc::Decryptor::<C>::new_from_slices(key, iv)
        .map_err(|_| dek_info_damaged())?
        .decrypt_padded_vec::<Pkcs7>(data)
        .map_err(|_| KeyError::PasswordWrong(KEY))
}

fn rsa_damaged() -> KeyError {
    KeyError::Unsupported(crate::msg!("key-rsa-damaged"))
}

fn dek_info_damaged() -> KeyError {
    KeyError::Unsupported(crate::msg!("key-dek-info-damaged"))
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn load_pkcs12(der: &[u8], password: Option<&str>) -> Result<Material, KeyError> {
    // Refused before a password is asked for or anything is derived.
    limits::check_pkcs12(der, password.unwrap_or(""))?;
    // Windows and some tools export with an empty password: try it before asking.
    let archive = match p12_keystore::Pkcs12Archive::from_pkcs12(der, password.unwrap_or("")) {
        Ok(a) => a,
        Err(p12_keystore::error::Error::MacError(_)) if password.is_none() => {
            return Err(KeyError::PasswordNeeded(PKCS12_FILE));
        }
        Err(p12_keystore::error::Error::MacError(_)) => {
            return Err(KeyError::PasswordWrong(PKCS12_FILE));
        }
        Err(
            p12_keystore::error::Error::UnsupportedEncryptionScheme
            | p12_keystore::error::Error::UnsupportedMacAlgorithm,
        ) => {
            return Err(KeyError::Unsupported(crate::msg!(
                "key-pkcs12-cipher-unsupported"
            )));
        }
        Err(e) => {
            return Err(KeyError::Unsupported(crate::msg!(
                "key-pkcs12-unreadable",
                error = e.to_string()
            )));
        }
    };
    let key = match archive.keys.first() {
        Some(bag) => Some(LoadedKey {
            key: PrivateKey::from_pkcs8_der(bag.key.as_der())?,
            format: KeyFormat::Pkcs12,
            encrypted: true,
        }),
        None => None,
    };
    too_many_certs(archive.certs.len())?;
    let certs: Vec<Vec<u8>> = archive
        .certs
        .iter()
        .map(|c| c.cert.as_der().to_vec())
        .collect();
    if key.is_none() && certs.is_empty() {
        return Err(KeyError::Nothing);
    }
    Ok(Material { key, certs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_key_material() {
        let pair = crate::core::keygen::generate(&crate::core::keygen::CertParams {
            common_name: "t".into(),
            algorithm: crate::core::keygen::KeyAlgorithm::EcP256,
            hash: crate::core::keygen::SignatureHash::Sha256,
            not_before: time::OffsetDateTime::UNIX_EPOCH,
            not_after: time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(1),
            dns_names: Vec::new(),
        })
        .unwrap();
        let key = PrivateKey::from_pkcs8_der(&pair.private_key_pkcs8_der).unwrap();
        assert_eq!(format!("{key:?}"), "PrivateKey(EC P-256, <redacted>)");
    }

    fn make(algorithm: crate::core::keygen::KeyAlgorithm) -> crate::core::keygen::GeneratedPair {
        crate::core::keygen::generate(&crate::core::keygen::CertParams {
            common_name: "t".into(),
            algorithm,
            hash: crate::core::keygen::SignatureHash::Sha256,
            not_before: time::OffsetDateTime::UNIX_EPOCH,
            not_after: time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(1),
            dns_names: Vec::new(),
        })
        .unwrap()
    }

    #[test]
    fn round_trip_proves_the_pair() {
        for algorithm in [
            crate::core::keygen::KeyAlgorithm::Rsa { bits: 1024 },
            crate::core::keygen::KeyAlgorithm::EcP256,
        ] {
            let (a, b) = (make(algorithm), make(algorithm));
            let key = PrivateKey::from_pkcs8_der(&a.private_key_pkcs8_der).unwrap();
            let spki = |der: &[u8]| crate::core::cert::CertInfo::from_der(der).unwrap().spki_der;
            assert_eq!(key.spki_der().unwrap(), spki(&a.certificate_der));
            assert!(key.sign_verify(&spki(&a.certificate_der)));
            assert!(!key.sign_verify(&spki(&b.certificate_der)));
            assert!(!key.sign_verify(b"not a key"));
        }
    }

    /// ring proves 2048-bit pairs (the common case) and agrees with the rsa crate; a 1024-bit
    /// key, which ring refuses, is proved by the rsa crate (the test above).
    #[test]
    fn ring_proves_what_the_rsa_crate_proves() {
        use crate::core::keygen::KeyAlgorithm::Rsa;
        let (a, b) = (make(Rsa { bits: 2048 }), make(Rsa { bits: 2048 }));
        let spki = |der: &[u8]| crate::core::cert::CertInfo::from_der(der).unwrap().spki_der;
        let key = &a.private_key_pkcs8_der;
        assert_eq!(ring_proof(key, &spki(&a.certificate_der), b"m"), Some(true));
        assert_eq!(
            ring_proof(key, &spki(&b.certificate_der), b"m"),
            Some(false)
        );
        assert_eq!(ring_proof(key, b"not a key", b"m"), Some(false));
        let small = make(Rsa { bits: 1024 });
        let small_spki = spki(&small.certificate_der);
        assert_eq!(
            ring_proof(&small.private_key_pkcs8_der, &small_spki, b"m"),
            None
        );
    }

    #[test]
    fn hex_and_pkcs12_sniffing() {
        assert_eq!(hex_decode("0aFF"), Some(vec![0x0a, 0xff]));
        assert_eq!(hex_decode("0a F"), None);
        assert!(looks_like_pkcs12(&[
            0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03
        ]));
        assert!(!looks_like_pkcs12(&[0x30, 0x03, 0x02, 0x01, 0x00]));
        assert!(!looks_like_pkcs12(&[0x30]));
    }

    #[test]
    fn junk_is_an_answer_not_a_panic() {
        assert_eq!(load(b"hello", None).unwrap_err(), KeyError::Nothing);
        assert!(load(&[0x30, 0x82, 0xff, 0xff], None).is_err());
        assert!(
            load(
                b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
                None
            )
            .is_err()
        );
    }
}

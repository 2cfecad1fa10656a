//! Key-pair and self-signed certificate generation (pure Rust: rsa + x509-cert builder).

use std::fmt;

use getrandom::{SysRng, rand_core::UnwrapErr};
use p256::elliptic_curve::Generate as _;
use rsa::{
    pkcs1v15::SigningKey,
    pkcs8::EncodePrivateKey as _,
    signature::{Keypair, Signer},
};
use time::{OffsetDateTime, UtcOffset};
use x509_cert::{
    attr::AttributeTypeAndValue,
    builder::{Builder as _, CertificateBuilder, profile::BuilderProfile},
    certificate::TbsCertificate,
    der::{
        Any, DateTime, Decode as _, Encode as _,
        asn1::{Ia5String, Utf8StringRef},
        oid::db::rfc4519::COMMON_NAME,
    },
    ext::{
        Extension, ToExtension as _,
        pkix::{BasicConstraints, SubjectAltName, SubjectKeyIdentifier, name::GeneralName},
    },
    name::{Name, RdnSequence, RelativeDistinguishedName},
    serial_number::SerialNumber,
    spki::{
        DynSignatureAlgorithmIdentifier, EncodePublicKey, SignatureBitStringEncoding,
        SubjectPublicKeyInfo, SubjectPublicKeyInfoRef,
    },
    time::{Time, Validity},
};
use zeroize::Zeroizing;

/// Public-key algorithm of the generated pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlgorithm {
    /// RSA with public exponent 65537; `bits` must be in 1024..=8192.
    Rsa { bits: usize },
    /// ECDSA on NIST P-256 (always signed with SHA-256).
    EcP256,
}

/// Hash of the certificate's self-signature (RSA only; EC always uses SHA-256).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureHash {
    Sha256,
    /// Weak; exists so tests can produce "SHA-1 signed" certificates.
    Sha1,
}

/// What to generate. Sub-second parts of the validity times are dropped.
#[derive(Debug, Clone)]
pub struct CertParams {
    pub common_name: String,
    pub algorithm: KeyAlgorithm,
    pub hash: SignatureHash,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// subjectAltName dNSName entries; no extension is added when empty.
    pub dns_names: Vec<String>,
}

/// A self-signed certificate and its private key.
pub struct GeneratedPair {
    pub certificate_der: Vec<u8>,
    /// Unencrypted PKCS#8 DER.
    pub private_key_pkcs8_der: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for GeneratedPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GeneratedPair")
            .field(
                "certificate_der",
                &format_args!("<{} bytes>", self.certificate_der.len()),
            )
            .field("private_key_pkcs8_der", &format_args!("<redacted>"))
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeygenError {
    #[error("{}", crate::msg!("keygen-key-size", bits = *.0))]
    UnsupportedKeySize(usize),
    #[error("{}", crate::msg!("keygen-time-out-of-range", date = .0.date()))]
    TimeOutOfRange(OffsetDateTime),
    #[error("{}", crate::msg!("keygen-random", error = .0.to_string()))]
    Random(#[from] getrandom::Error),
    #[error("{}", crate::msg!("keygen-rsa", error = .0.to_string()))]
    Rsa(#[from] rsa::Error),
    #[error("{}", crate::msg!("keygen-pkcs8", error = .0.to_string()))]
    Pkcs8(#[from] rsa::pkcs8::Error),
    #[error("{}", crate::msg!("keygen-der", error = .0.to_string()))]
    Der(#[from] x509_cert::der::Error),
    #[error("{}", crate::msg!("keygen-builder", error = .0.to_string()))]
    Builder(#[from] x509_cert::builder::Error),
}

/// Generates a fresh key pair and a self-signed X.509 v3 certificate for it.
///
/// Note: the RSA generator takes an infallible RNG, so a failing system RNG panics there.
pub fn generate(params: &CertParams) -> Result<GeneratedPair, KeygenError> {
    match params.algorithm {
        KeyAlgorithm::Rsa { bits } => {
            if !(1024..=8192).contains(&bits) {
                return Err(KeygenError::UnsupportedKeySize(bits));
            }
            let key = rsa::RsaPrivateKey::new(&mut UnwrapErr(SysRng), bits)?;
            let private_key_pkcs8_der = key.to_pkcs8_der()?.to_bytes();
            let certificate_der = match params.hash {
                SignatureHash::Sha256 => self_signed(params, &SigningKey::<sha2::Sha256>::new(key)),
                SignatureHash::Sha1 => self_signed(params, &SigningKey::<sha1::Sha1>::new(key)),
            }?;
            Ok(GeneratedPair {
                certificate_der,
                private_key_pkcs8_der,
            })
        }
        KeyAlgorithm::EcP256 => {
            let key = p256::ecdsa::SigningKey::try_generate_from_rng(&mut SysRng)?;
            Ok(GeneratedPair {
                certificate_der: self_signed::<_, p256::ecdsa::DerSignature>(params, &key)?,
                private_key_pkcs8_der: key.to_pkcs8_der()?.to_bytes(),
            })
        }
    }
}

pub use super::pem::to_pem;

/// Self-signed end-entity profile: issuer = subject, CA:false, SKI, optional SAN.
struct SelfSigned {
    subject: Name,
    dns_names: Vec<GeneralName>,
}

impl BuilderProfile for SelfSigned {
    fn get_issuer(&self, subject: &Name) -> Name {
        subject.clone()
    }

    fn get_subject(&self) -> Name {
        self.subject.clone()
    }

    fn build_extensions(
        &self,
        spk: SubjectPublicKeyInfoRef<'_>,
        _issuer_spk: SubjectPublicKeyInfoRef<'_>,
        tbs: &TbsCertificate,
    ) -> x509_cert::builder::Result<Vec<Extension>> {
        let mut exts = Vec::new();
        let basic = BasicConstraints {
            ca: false,
            path_len_constraint: None,
        };
        exts.push(basic.to_extension(tbs.subject(), &exts)?);
        exts.push(SubjectKeyIdentifier::try_from(spk)?.to_extension(tbs.subject(), &exts)?);
        if !self.dns_names.is_empty() {
            let san = SubjectAltName(self.dns_names.clone());
            exts.push(san.to_extension(tbs.subject(), &exts)?);
        }
        Ok(exts)
    }
}

fn self_signed<S, Sig>(params: &CertParams, signer: &S) -> Result<Vec<u8>, KeygenError>
where
    S: Signer<Sig> + Keypair + DynSignatureAlgorithmIdentifier,
    S::VerifyingKey: EncodePublicKey,
    Sig: SignatureBitStringEncoding,
{
    let mut rdn = RelativeDistinguishedName::default();
    rdn.insert(AttributeTypeAndValue {
        oid: COMMON_NAME,
        value: Any::encode_from(&Utf8StringRef::new(&params.common_name)?)?,
    })?;
    let mut rdns = RdnSequence::default();
    rdns.push(rdn);
    let profile = SelfSigned {
        subject: Name::from_der(&rdns.to_der()?)?,
        dns_names: params
            .dns_names
            .iter()
            .map(|n| Ok(GeneralName::DnsName(Ia5String::new(n)?)))
            .collect::<Result<_, KeygenError>>()?,
    };
    // Random positive serial of exactly 16 octets: top bit clear, next bit set.
    let mut serial = [0u8; 16];
    getrandom::fill(&mut serial)?;
    serial[0] = (serial[0] & 0x7f) | 0x40;
    let validity = Validity::new(x509_time(params.not_before)?, x509_time(params.not_after)?);
    let spki = SubjectPublicKeyInfo::from_key(&signer.verifying_key())
        .map_err(x509_cert::builder::Error::from)?;
    // The builder turns times before 2050 into UTCTime, later ones stay GeneralizedTime (RFC 5280).
    let builder = CertificateBuilder::new(profile, SerialNumber::new(&serial)?, validity, spki)?;
    Ok(builder.build::<S, Sig>(signer)?.to_der()?)
}

fn x509_time(t: OffsetDateTime) -> Result<Time, KeygenError> {
    let u = t.to_offset(UtcOffset::UTC);
    let year = u16::try_from(u.year()).map_err(|_| KeygenError::TimeOutOfRange(t))?;
    let (month, day) = (u.month().into(), u.day());
    DateTime::new(year, month, day, u.hour(), u.minute(), u.second())
        .map(Time::from)
        .map_err(|_| KeygenError::TimeOutOfRange(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rsa::pkcs8::{DecodePrivateKey as _, DecodePublicKey as _};
    use rsa::signature::Verifier as _;
    use std::{path::Path, process::Command};
    use time::macros::datetime;
    use x509_cert::Certificate;

    fn params(algorithm: KeyAlgorithm, hash: SignatureHash) -> CertParams {
        CertParams {
            common_name: "topdesk.example.com".into(),
            algorithm,
            hash,
            not_before: datetime!(2024-01-02 03:04:05 UTC),
            not_after: datetime!(2026-05-06 07:08:09 UTC),
            dns_names: vec!["topdesk.example.com".into(), "sso.example.com".into()],
        }
    }

    /// Runs openssl (space-separated `args`) in `dir`; `None` (skip) if it is missing outside CI.
    fn openssl(dir: &Path, args: &str) -> Option<String> {
        let cmd = Command::new("openssl")
            .current_dir(dir)
            .args(args.split(' '))
            .output();
        let out = match cmd {
            Ok(out) => out,
            Err(e) if std::env::var_os("CI").is_none() => {
                eprintln!("skipping: openssl not runnable ({e})");
                return None;
            }
            Err(e) => panic!("openssl is required on CI: {e}"),
        };
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "openssl {args} failed: {stderr}");
        Some(String::from_utf8(out.stdout).expect("utf-8") + &stderr)
    }

    /// Checks the certificate with openssl and returns its `-text` dump.
    fn openssl_text(pair: &GeneratedPair) -> Option<String> {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        let pem = to_pem("CERTIFICATE", &pair.certificate_der);
        std::fs::write(d.join("cert.pem"), pem).expect("write");
        std::fs::write(d.join("cert.der"), &pair.certificate_der).expect("write");
        std::fs::write(d.join("key.der"), &*pair.private_key_pkcs8_der).expect("write");
        let text = openssl(
            d,
            "x509 -in cert.der -inform DER -noout -subject -dates -text -nameopt RFC2253",
        )?;
        // The private key belongs to the certificate.
        let from_key = openssl(d, "pkey -inform DER -in key.der -pubout")?;
        assert_eq!(
            from_key,
            openssl(d, "x509 -inform DER -in cert.der -pubkey -noout")?
        );
        // The self-signature verifies, the certificate being its own trust anchor. The fixed
        // window lies in the past, hence `-attime`; level 0 admits SHA-1 and RSA-1024.
        let at = datetime!(2025-01-01 00:00 UTC).unix_timestamp();
        let verify = format!(
            "verify -attime {at} -auth_level 0 -check_ss_sig -partial_chain -CAfile cert.pem cert.pem"
        );
        assert!(openssl(d, &verify)?.contains("cert.pem: OK"));
        for expected in [
            "subject=CN=topdesk.example.com",
            "Issuer: CN=topdesk.example.com",
            "notBefore=Jan  2 03:04:05 2024 GMT",
            "notAfter=May  6 07:08:09 2026 GMT",
            "Version: 3 (0x2)",
            "CA:FALSE",
            "X509v3 Subject Key Identifier",
            "DNS:topdesk.example.com, DNS:sso.example.com",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        Some(text)
    }

    /// Verifies the certificate's signature over its TBS part in Rust.
    fn signature_valid(der: &[u8]) -> bool {
        let cert = Certificate::from_der(der).expect("parse");
        let tbs = cert.tbs_certificate().to_der().expect("tbs");
        let spki = cert
            .tbs_certificate()
            .subject_public_key_info()
            .to_der()
            .expect("spki");
        let sig = cert.signature().raw_bytes();
        let rsa = || {
            let key = rsa::RsaPublicKey::from_public_key_der(&spki).expect("rsa key");
            (key, rsa::pkcs1v15::Signature::try_from(sig).expect("sig"))
        };
        match cert.signature_algorithm().oid.to_string().as_str() {
            "1.2.840.113549.1.1.11" => {
                let (key, sig) = rsa();
                rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key)
                    .verify(&tbs, &sig)
                    .is_ok()
            }
            "1.2.840.113549.1.1.5" => {
                let (key, sig) = rsa();
                rsa::pkcs1v15::VerifyingKey::<sha1::Sha1>::new(key)
                    .verify(&tbs, &sig)
                    .is_ok()
            }
            "1.2.840.10045.4.3.2" => {
                let key = p256::ecdsa::VerifyingKey::from_public_key_der(&spki).expect("ec key");
                let sig = p256::ecdsa::DerSignature::try_from(sig).expect("sig");
                key.verify(&tbs, &sig).is_ok()
            }
            other => panic!("unexpected signature algorithm {other}"),
        }
    }

    #[test]
    fn generated_certificates_have_the_requested_properties() {
        let cases = [
            (
                KeyAlgorithm::Rsa { bits: 2048 },
                SignatureHash::Sha256,
                [
                    "Public-Key: (2048 bit)",
                    "Signature Algorithm: sha256WithRSAEncryption",
                ],
            ),
            (
                KeyAlgorithm::Rsa { bits: 1024 },
                SignatureHash::Sha1,
                [
                    "Public-Key: (1024 bit)",
                    "Signature Algorithm: sha1WithRSAEncryption",
                ],
            ),
            // EC ignores the SHA-1 request.
            (
                KeyAlgorithm::EcP256,
                SignatureHash::Sha1,
                [
                    "ASN1 OID: prime256v1",
                    "Signature Algorithm: ecdsa-with-SHA256",
                ],
            ),
        ];
        for (algorithm, hash, expected) in cases {
            let pair = generate(&params(algorithm, hash)).expect("generate");
            assert!(signature_valid(&pair.certificate_der), "{algorithm:?}");
            // Flipping one bit of the signed CN must break the signature.
            let mut bad = pair.certificate_der.clone();
            let at = bad.windows(7).position(|w| w == b"topdesk").expect("CN");
            bad[at] ^= 1;
            assert!(!signature_valid(&bad), "{algorithm:?}");
            let cert = Certificate::from_der(&pair.certificate_der).expect("parse");
            let serial = cert.tbs_certificate().serial_number().as_bytes();
            assert!(
                serial.len() == 16 && serial[0] & 0xc0 == 0x40,
                "serial {serial:?}"
            );
            if let Some(text) = openssl_text(&pair) {
                for e in expected {
                    assert!(text.contains(e), "missing {e:?} in:\n{text}");
                }
            }
        }
    }

    #[test]
    fn times_use_utc_or_generalized_time_and_no_san_when_empty() {
        let mut p = params(KeyAlgorithm::EcP256, SignatureHash::Sha256);
        p.not_before = datetime!(2049-12-31 23:59:59 +01:00);
        p.not_after = datetime!(2051-02-03 04:05:06.789 UTC);
        p.dns_names.clear();
        let der = generate(&p).expect("generate").certificate_der;
        let cert = Certificate::from_der(&der).expect("parse");
        let validity = cert.tbs_certificate().validity();
        assert!(matches!(validity.not_before, Time::UtcTime(_)));
        assert!(matches!(validity.not_after, Time::GeneralTime(_)));
        let secs = |t: Time| i64::try_from(t.to_unix_duration().as_secs()).expect("secs");
        let expected = datetime!(2049-12-31 22:59:59 UTC).unix_timestamp();
        assert_eq!(secs(validity.not_before), expected);
        let expected = datetime!(2051-02-03 04:05:06 UTC).unix_timestamp();
        assert_eq!(secs(validity.not_after), expected);
        let exts = cert.tbs_certificate().extensions().expect("extensions");
        assert!(
            exts.iter().all(|e| e.extn_id.to_string() != "2.5.29.17"),
            "SAN present"
        );
    }

    #[test]
    fn rejects_bad_sizes_and_times() {
        for bits in [512, 1023, 8193] {
            let p = params(KeyAlgorithm::Rsa { bits }, SignatureHash::Sha256);
            assert!(matches!(generate(&p), Err(KeygenError::UnsupportedKeySize(b)) if b == bits));
        }
        let mut p = params(KeyAlgorithm::EcP256, SignatureHash::Sha256);
        p.not_before = datetime!(1969-12-31 23:59:59 UTC);
        assert!(matches!(generate(&p), Err(KeygenError::TimeOutOfRange(_))));
    }

    #[test]
    fn debug_redacts_private_key() {
        let pair = generate(&params(KeyAlgorithm::EcP256, SignatureHash::Sha256)).expect("gen");
        let shown = format!("{pair:?}");
        assert!(shown.contains("<redacted>"), "{shown}");
        let scalar = p256::SecretKey::from_pkcs8_der(&pair.private_key_pkcs8_der).expect("pkcs8");
        let secret = &scalar.to_bytes()[..];
        let list = format!("{:?}", &secret[..6]);
        let hex = secret[..6]
            .iter()
            .fold(String::new(), |h, b| h + &format!("{b:02x}"));
        for leak in [&list[1..list.len() - 1], &hex, &to_pem("K", secret)[16..40]] {
            assert!(!shown.contains(leak), "{shown} leaks {leak}");
        }
    }

    /// `cargo test --release --lib keygen::tests::timing -- --ignored --nocapture`
    #[test]
    #[ignore = "timing only"]
    fn timing() {
        for bits in [2048, 3072, 4096] {
            let mut ms: Vec<u128> = (0..10)
                .map(|_| {
                    let start = std::time::Instant::now();
                    generate(&params(KeyAlgorithm::Rsa { bits }, SignatureHash::Sha256))
                        .expect("gen");
                    start.elapsed().as_millis()
                })
                .collect();
            ms.sort_unstable();
            eprintln!(
                "RSA-{bits} x10: min {} / median {} / max {} ms",
                ms[0], ms[5], ms[9]
            );
        }
    }
}

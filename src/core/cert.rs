//! X.509 certificates: one summary model (x509-parser does the parsing), fingerprints as Entra
//! and openssl show them, and validity against an injected "now".

use sha1::Digest as _;
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::PublicKey;

use super::findings::{Code, Finding, Severity};
use super::i18n::Msg;
use super::text::escaped;

/// Days before expiry from which a certificate is reported as expiring (Entra mails at 60 days).
pub const EXPIRY_WARNING_DAYS: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::msg!("cert-unreadable", reason = .0))]
pub struct CertError(Msg);

/// What an admin needs to know about one certificate.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
pub struct CertInfo {
    pub subject: String,
    pub common_name: Option<String>,
    pub issuer: String,
    pub serial: String,
    #[serde(with = "time::serde::rfc3339")]
    pub not_before: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub not_after: OffsetDateTime,
    /// `RSA`, `EC P-256`, … as a short label.
    pub key_algorithm: String,
    pub key_bits: Option<u32>,
    pub signature_algorithm: String,
    /// SHA-1 of the DER, upper-case hex without separators: what Entra shows as "Thumbprint".
    pub sha1_thumbprint: String,
    /// SHA-256 of the DER, upper-case hex pairs joined by `:` as `openssl x509 -fingerprint` prints.
    pub sha256_fingerprint: String,
    #[serde(skip)]
    pub der: Vec<u8>,
    /// DER of the SubjectPublicKeyInfo: what a private key must match.
    #[serde(skip)]
    pub spki_der: Vec<u8>,
}

impl std::fmt::Debug for CertInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CertInfo")
            .field("subject", &self.subject)
            .field("not_after", &self.not_after)
            .field("sha1_thumbprint", &self.sha1_thumbprint)
            .finish_non_exhaustive()
    }
}

/// Where a certificate stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validity {
    NotYetValid,
    Valid,
    ExpiringSoon { days_left: i64 },
    Expired,
}

impl CertInfo {
    pub fn from_der(der: &[u8]) -> Result<Self, CertError> {
        let (rest, cert) =
            X509Certificate::from_der(der).map_err(|e| CertError(Msg::verbatim(e.to_string())))?;
        if !rest.is_empty() {
            return Err(CertError(crate::msg!(
                "cert-trailing-bytes",
                count = rest.len()
            )));
        }
        let (key_algorithm, key_bits) = match cert.public_key().parsed() {
            Ok(PublicKey::RSA(rsa)) => {
                let bits = super::limits::rsa_modulus_bits(rsa.modulus)
                    .map_err(|e| CertError(Msg::shown(e)))?;
                ("RSA".to_owned(), Some(bits))
            }
            Ok(PublicKey::EC(ec)) => {
                let curve = cert
                    .public_key()
                    .algorithm
                    .parameters
                    .as_ref()
                    .and_then(|p| p.as_oid().ok())
                    .map(|oid| curve_name(&oid.to_id_string()));
                let label = curve.map_or_else(|| "EC".to_owned(), |c| format!("EC {c}"));
                (label, u32::try_from(ec.key_size()).ok())
            }
            Ok(PublicKey::DSA(_)) => ("DSA".to_owned(), None),
            Ok(_) | Err(_) => (cert.public_key().algorithm.algorithm.to_id_string(), None),
        };
        let common_name = cert
            .subject()
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok())
            .map(escaped);
        Ok(Self {
            subject: escaped(&cert.subject().to_string()),
            common_name,
            issuer: escaped(&cert.issuer().to_string()),
            serial: cert.raw_serial_as_string().replace(':', "").to_uppercase(),
            not_before: cert.validity().not_before.to_datetime(),
            not_after: cert.validity().not_after.to_datetime(),
            key_algorithm,
            key_bits,
            signature_algorithm: signature_name(&cert.signature_algorithm.algorithm.to_id_string()),
            sha1_thumbprint: hex(&sha1::Sha1::digest(der), ""),
            sha256_fingerprint: hex(&sha2::Sha256::digest(der), ":"),
            der: der.to_vec(),
            spki_der: cert.public_key().raw.to_vec(),
        })
    }

    #[must_use]
    pub fn is_rsa(&self) -> bool {
        self.key_algorithm == "RSA"
    }

    /// SHA-1 or MD5 in the certificate's own signature.
    #[must_use]
    pub fn weak_signature(&self) -> bool {
        let s = self.signature_algorithm.to_ascii_lowercase();
        s.contains("sha1") || s.contains("md5")
    }

    #[must_use]
    pub fn validity(&self, now: OffsetDateTime) -> Validity {
        if now < self.not_before {
            Validity::NotYetValid
        } else if now > self.not_after {
            Validity::Expired
        } else {
            let days_left = (self.not_after - now).whole_days();
            if days_left < EXPIRY_WARNING_DAYS {
                Validity::ExpiringSoon { days_left }
            } else {
                Validity::Valid
            }
        }
    }

    /// A short name for messages: the CN, else the whole subject.
    #[must_use]
    pub fn label(&self) -> &str {
        self.common_name.as_deref().unwrap_or(&self.subject)
    }
}

fn curve_name(oid: &str) -> String {
    match oid {
        "1.2.840.10045.3.1.7" => "P-256".into(),
        "1.3.132.0.34" => "P-384".into(),
        "1.3.132.0.35" => "P-521".into(),
        other => other.into(),
    }
}

fn signature_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.113549.1.1.10" => "rsassaPss",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
        "1.3.101.112" => "Ed25519",
        other => other,
    }
    .to_owned()
}

/// Upper-case hex, bytes joined by `sep`.
#[must_use]
pub fn hex(bytes: &[u8], sep: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len() * (2 + sep.len()));
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let _ = write!(out, "{b:02X}");
    }
    out
}

/// Whether `thumbprint` (any case, with or without `:` or spaces) names this certificate.
#[must_use]
pub fn same_thumbprint(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(char::is_ascii_hexdigit)
            .map(|c| c.to_ascii_uppercase())
            .collect::<String>()
    };
    norm(a) == norm(b)
}

/// Whose certificate is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertRole {
    /// The Entra signing certificate that signed the metadata.
    EntraActive,
    /// Another Entra signing certificate (a rollover's other one).
    Entra,
    /// The TOPdesk certificate its SP metadata publishes (what TOPdesk uses now).
    TopdeskPublished,
    /// TOPdesk's server certificate in the bundle: uploaded as is, so anything that would fail
    /// on upload day (not valid today, a short key) is an error.
    TopdeskUpload,
}

impl CertRole {
    /// The role's key in the `cert-name` message.
    const fn code(self) -> &'static str {
        match self {
            Self::EntraActive => "entra-active",
            Self::Entra => "entra",
            Self::TopdeskPublished | Self::TopdeskUpload => "topdesk",
        }
    }
}

/// Validity, algorithm and key-size findings for one certificate. `soft` (another valid
/// certificate carries the logins) lowers an expiry to a warning and a not-yet-valid
/// certificate to a note.
#[must_use]
pub fn cert_findings(
    c: &CertInfo,
    role: CertRole,
    now: OffsetDateTime,
    soft: bool,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let name = crate::msg!(
        "cert-name",
        role = role.code(),
        label = c.label(),
        thumbprint = c.sha1_thumbprint.as_str()
    );
    let name = &name;
    let upload = role == CertRole::TopdeskUpload;
    let renew = if matches!(role, CertRole::TopdeskPublished | CertRole::TopdeskUpload) {
        crate::msg!("cert-renew-topdesk")
    } else {
        crate::msg!("cert-renew-entra")
    };
    let not_after = c.not_after.date();
    let not_before = c.not_before.date();
    match c.validity(now) {
        Validity::Expired => {
            let f = Finding::new(
                Code::CertExpired,
                crate::msg!("cert-expired", name, date = not_after),
                renew,
            );
            out.push(if soft {
                f.with_severity(Severity::Warning)
            } else {
                f
            });
        }
        Validity::NotYetValid => {
            let f = if upload {
                Finding::new(
                    Code::CertNotYetValid,
                    crate::msg!("cert-not-yet-valid-upload", name, date = not_before),
                    crate::msg!("cert-not-yet-valid-upload-fix"),
                )
                .with_severity(Severity::Error)
            } else {
                Finding::new(
                    Code::CertNotYetValid,
                    crate::msg!("cert-not-yet-valid", name, date = not_before),
                    crate::msg!("cert-not-yet-valid-fix"),
                )
            };
            out.push(if soft {
                f.with_severity(Severity::Info)
            } else {
                f
            });
        }
        Validity::ExpiringSoon { days_left } => out.push(Finding::new(
            Code::CertExpiring,
            crate::msg!("cert-expiring", name, date = not_after, days_left),
            renew,
        )),
        Validity::Valid => {}
    }
    if c.weak_signature() {
        out.push(Finding::new(
            Code::CertSha1,
            crate::msg!(
                "cert-weak-signature",
                name,
                algorithm = c.signature_algorithm.as_str()
            ),
            crate::msg!("cert-weak-signature-fix"),
        ));
    }
    if !c.is_rsa() {
        out.push(Finding::new(
            Code::CertNotRsa,
            crate::msg!("cert-not-rsa", name, algorithm = c.key_algorithm.as_str()),
            crate::msg!("cert-not-rsa-fix"),
        ));
    } else if c.key_bits.is_some_and(|b| b < 2048) {
        let f = Finding::new(
            Code::CertWeakRsa,
            crate::msg!("cert-weak-rsa", name, bits = c.key_bits.unwrap_or(0)),
            if upload {
                crate::msg!("cert-weak-rsa-upload-fix")
            } else {
                crate::msg!("cert-weak-rsa-fix")
            },
        );
        out.push(if upload {
            f.with_severity(Severity::Error)
        } else {
            f
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_formats() {
        assert_eq!(hex(&[0x0a, 0xff], ""), "0AFF");
        assert_eq!(hex(&[0x0a, 0xff], ":"), "0A:FF");
        assert!(same_thumbprint("0a:ff", "0AFF"));
    }

    #[test]
    fn junk_is_an_error_not_a_panic() {
        assert!(CertInfo::from_der(b"").is_err());
        assert!(CertInfo::from_der(&[0x30, 0x82, 0xff, 0xff, 0]).is_err());
    }
}

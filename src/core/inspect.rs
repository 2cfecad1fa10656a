//! "What is this file?" for anything an admin drops: metadata (IdP, SP, aggregate), other XML,
//! certificates, private keys, PKCS#12, images, or something else — with a one-line answer.

use base64::Engine as _;
use time::OffsetDateTime;

use super::cert::CertInfo;
use super::check::{self, CheckInput, Report};
use super::metadata::{EntitySummary, Metadata, Root};
use super::text;

/// One PEM block: its label and DER contents.
#[derive(Clone, PartialEq, Eq)]
pub struct PemBlock {
    pub label: String,
    /// Header lines such as `Proc-Type: 4,ENCRYPTED` (legacy encrypted keys).
    pub headers: Vec<String>,
    pub der: Vec<u8>,
}

impl std::fmt::Debug for PemBlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Blocks may hold private keys: never print their contents.
        write!(f, "PemBlock({}, {} bytes)", self.label, self.der.len())
    }
}

/// Lenient PEM reader: any line length, CRLF, text around the blocks. Malformed blocks are
/// skipped; an empty result means "no PEM here".
#[must_use]
pub fn pem_blocks(text: &str) -> Vec<PemBlock> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN ") {
        let after = &rest[start + 11..];
        let Some(label_end) = after.find("-----") else {
            break;
        };
        let label = after[..label_end].trim().to_owned();
        let body_start = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let Some(body_end) = body_start.find(&end_marker) else {
            break;
        };
        let body = &body_start[..body_end];
        let mut headers = Vec::new();
        let mut b64 = String::new();
        for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if line.contains(':') {
                headers.push(line.to_owned());
            } else {
                b64.push_str(line);
            }
        }
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(b64.as_bytes()) {
            out.push(PemBlock {
                label,
                headers,
                der,
            });
        }
        rest = &body_start[body_end + end_marker.len()..];
    }
    out
}

/// Bare base64 (as Microsoft's tutorial has people save a certificate), whitespace allowed.
#[must_use]
pub fn bare_base64(text: &str) -> Option<Vec<u8>> {
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    if compact.len() < 16
        || !compact
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
    {
        return None;
    }
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .ok()
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Inspection {
    /// Entra (IdP) federation metadata: the report of checking it alone.
    IdpMetadata {
        report: Box<Report>,
    },
    /// TOPdesk (SP) metadata: the report of checking it alone.
    SpMetadata {
        report: Box<Report>,
    },
    /// An `EntitiesDescriptor` with several entities; the first 100 are listed.
    Aggregate {
        count: usize,
        entities: Vec<EntitySummary>,
    },
    /// Metadata with neither an IdP nor an SP role.
    OtherMetadata {
        entity_id: Option<String>,
    },
    OtherXml {
        root: String,
    },
    Certificate {
        encoding: &'static str,
        certificates: Vec<CertInfo>,
    },
    PrivateKey {
        format: String,
    },
    Pkcs12,
    Image {
        format: &'static str,
    },
    Unreadable {
        reason: String,
    },
    Unknown,
}

impl Inspection {
    /// One line for an admin.
    #[must_use]
    pub fn summary(&self) -> String {
        match self {
            Self::IdpMetadata { report } => format!(
                "Identity provider (Entra) federation metadata for {}",
                report.idp.as_ref().map_or("?", |i| i.entity_id.as_str())
            ),
            Self::SpMetadata { report } => format!(
                "Service provider (TOPdesk) metadata for {}",
                report.sp.as_ref().map_or("?", |s| s.entity_id.as_str())
            ),
            Self::Aggregate { count, .. } => format!("Metadata aggregate of {count} entities"),
            Self::OtherMetadata { entity_id } => format!(
                "SAML metadata with neither an identity provider nor a service provider role ({})",
                entity_id.as_deref().unwrap_or("no entityID")
            ),
            Self::OtherXml { root } => format!("XML, but not SAML metadata (root element {root})"),
            Self::Certificate {
                encoding,
                certificates,
            } => format!(
                "{} X.509 certificate{} ({encoding})",
                certificates.len(),
                if certificates.len() == 1 { "" } else { "s" }
            ),
            Self::PrivateKey { format } => format!("Private key ({format})"),
            Self::Pkcs12 => {
                "PKCS#12 bundle (.pfx/.p12): certificate and key behind a password".into()
            }
            Self::Image { format } => format!("{format} image"),
            Self::Unreadable { reason } => format!("Cannot be read: {reason}"),
            Self::Unknown => {
                "Not a file this assistant knows (not metadata, a certificate, a key or an image)"
                    .into()
            }
        }
    }
}

fn image_format(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0x89, b'P', b'N', b'G', ..] => Some("PNG"),
        [0xFF, 0xD8, 0xFF, ..] => Some("JPEG"),
        [b'G', b'I', b'F', b'8', ..] => Some("GIF"),
        [0, 0, 1, 0, ..] => Some("ICO"),
        _ => None,
    }
}

/// PKCS#12 is a DER SEQUENCE whose first element is INTEGER 3.
fn looks_like_pkcs12(bytes: &[u8]) -> bool {
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

fn certs(ders: &[Vec<u8>]) -> Option<Vec<CertInfo>> {
    ders.iter().map(|d| CertInfo::from_der(d).ok()).collect()
}

/// Says what `bytes` are. `now` dates the findings of metadata files.
#[must_use]
pub fn inspect(bytes: &[u8], now: OffsetDateTime) -> Inspection {
    if let Some(format) = image_format(bytes) {
        return Inspection::Image { format };
    }
    if looks_like_pkcs12(bytes) {
        return Inspection::Pkcs12;
    }
    if bytes.first() == Some(&0x30) {
        if let Some(c) = certs(&[bytes.to_vec()]) {
            return Inspection::Certificate {
                encoding: "DER",
                certificates: c,
            };
        }
        if let Some(format) = der_key_format(bytes) {
            return Inspection::PrivateKey {
                format: format.into(),
            };
        }
    }
    let text = match text::decode(bytes) {
        Ok((t, _)) => t,
        Err(text::TextError::Binary { .. }) => return Inspection::Unknown,
        Err(e) => {
            return Inspection::Unreadable {
                reason: e.to_string(),
            };
        }
    };
    let trimmed = text.trim_start();
    if trimmed.starts_with('<') {
        return inspect_xml(bytes, now);
    }
    let blocks = pem_blocks(&text);
    if let Some(key) = blocks.iter().find(|b| b.label.contains("PRIVATE KEY")) {
        let encrypted = key.label.starts_with("ENCRYPTED")
            || key.headers.iter().any(|h| h.contains("ENCRYPTED"));
        let format = match key.label.as_str() {
            "PRIVATE KEY" => "PKCS#8 PEM".to_owned(),
            "ENCRYPTED PRIVATE KEY" => "encrypted PKCS#8 PEM".to_owned(),
            "RSA PRIVATE KEY" if encrypted => "PKCS#1 PEM, encrypted".to_owned(),
            "RSA PRIVATE KEY" => "PKCS#1 PEM".to_owned(),
            other => format!("{other} PEM"),
        };
        return Inspection::PrivateKey { format };
    }
    let cert_ders: Vec<Vec<u8>> = blocks
        .iter()
        .filter(|b| b.label == "CERTIFICATE" || b.label == "X509 CERTIFICATE")
        .map(|b| b.der.clone())
        .collect();
    if !cert_ders.is_empty() {
        return match certs(&cert_ders) {
            Some(c) => Inspection::Certificate {
                encoding: "PEM",
                certificates: c,
            },
            None => Inspection::Unreadable {
                reason: "a PEM certificate block does not hold a readable X.509 certificate".into(),
            },
        };
    }
    if let Some(der) = bare_base64(&text)
        && let Ok(c) = CertInfo::from_der(&der)
    {
        return Inspection::Certificate {
            encoding: "base64 without PEM header",
            certificates: vec![c],
        };
    }
    Inspection::Unknown
}

/// Unencrypted PKCS#8 or PKCS#1 DER, told apart by shape (details are the key module's job).
fn der_key_format(bytes: &[u8]) -> Option<&'static str> {
    // PKCS#8: SEQUENCE { INTEGER 0, SEQUENCE { OID … } … }; PKCS#1: SEQUENCE { INTEGER 0, INTEGER n … }.
    let body = bytes.get(2..)?;
    let body = if bytes.get(1).is_some_and(|&l| l >= 0x80) {
        bytes.get(2 + usize::from(bytes[1] & 0x7f)..)?
    } else {
        body
    };
    match body {
        [0x02, 0x01, 0x00, 0x30, ..] => Some("PKCS#8 DER"),
        [0x02, 0x01, 0x00, 0x02, ..] => Some("PKCS#1 DER"),
        [0x30, ..] => Some("encrypted PKCS#8 DER"),
        _ => None,
    }
}

fn inspect_xml(bytes: &[u8], now: OffsetDateTime) -> Inspection {
    let md = match Metadata::read(bytes, None) {
        Ok(md) => md,
        Err(e) => {
            return Inspection::Unreadable {
                reason: e.to_string(),
            };
        }
    };
    if let Root::Other(root) = &md.root {
        return Inspection::OtherXml { root: root.clone() };
    }
    let Some(entity) = &md.entity else {
        return Inspection::Aggregate {
            count: md.entities.len(),
            entities: md.entities.iter().take(100).cloned().collect(),
        };
    };
    let input = CheckInput {
        idp: None,
        sp: None,
        section: None,
        idp_entity: None,
        sp_entity: None,
        now,
    };
    let run = |input: CheckInput<'_>| match check::check(&input) {
        Ok(report) => Ok(Box::new(report)),
        Err(e) => Err(Inspection::Unreadable {
            reason: e.to_string(),
        }),
    };
    if entity.idp.is_some() {
        match run(CheckInput {
            idp: Some(bytes),
            ..input
        }) {
            Ok(report) => Inspection::IdpMetadata { report },
            Err(e) => e,
        }
    } else if entity.sp.is_some() {
        match run(CheckInput {
            sp: Some(bytes),
            ..input
        }) {
            Ok(report) => Inspection::SpMetadata { report },
            Err(e) => e,
        }
    } else {
        Inspection::OtherMetadata {
            entity_id: Some(entity.entity_id.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_blocks_are_lenient() {
        let text = "junk\r\n-----BEGIN CERTIFICATE-----\r\nAAEC\r\nAw==\r\n-----END CERTIFICATE-----\r\n\
                    -----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nBAU=\n-----END RSA PRIVATE KEY-----";
        let blocks = pem_blocks(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].label, "CERTIFICATE");
        assert_eq!(blocks[0].der, vec![0, 1, 2, 3]);
        assert_eq!(blocks[1].headers.len(), 2);
        assert_eq!(
            format!("{:?}", blocks[1]),
            "PemBlock(RSA PRIVATE KEY, 2 bytes)"
        );
        assert!(pem_blocks("-----BEGIN CERTIFICATE-----\nAAEC").is_empty());
    }

    #[test]
    fn sniffs_binary_kinds() {
        let now = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(
            inspect(b"\x89PNG\r\n\x1a\n....", now),
            Inspection::Image { format: "PNG" }
        );
        assert_eq!(
            inspect(&[0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03], now),
            Inspection::Pkcs12
        );
        assert_eq!(inspect(b"\x00\x01\x02binary", now), Inspection::Unknown);
        assert_eq!(inspect(b"hello world", now), Inspection::Unknown);
        assert!(matches!(
            inspect(b"<a><b></a>", now),
            Inspection::Unreadable { .. }
        ));
        assert!(matches!(
            inspect(b"<html/>", now),
            Inspection::OtherXml { .. }
        ));
    }
}

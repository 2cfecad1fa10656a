//! "What is this file?" for anything an admin drops: metadata (IdP, SP, aggregate), other XML,
//! certificates, private keys, PKCS#12, images, or something else — with a one-line answer.

use time::OffsetDateTime;

use super::cert::CertInfo;
use super::check::{self, CheckInput, Report};
use super::key::{self, KeyError, KeyFormat};
use super::metadata::{EntitySummary, Metadata, Root};
use super::text::{self, TextError};
use crate::core::i18n::{Arg, Msg};
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Inspection {
    /// Entra (IdP) federation metadata, with the report of checking it alone (not when only
    /// [`recognise`]d).
    IdpMetadata {
        entity_id: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        report: Option<Box<Report>>,
    },
    /// TOPdesk (SP) metadata, with the report of checking it alone (not when only recognised).
    SpMetadata {
        entity_id: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        report: Option<Box<Report>>,
    },
    /// An `EntitiesDescriptor` with several entities, all listed.
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
    /// A private key, alone or with certificates (combined PEM).
    PrivateKey(KeyDetails),
    /// A PKCS#12 bundle; `locked` until a password opens it.
    Pkcs12(KeyDetails),
    Image {
        format: &'static str,
    },
    Unreadable {
        reason: Msg,
    },
    Unknown,
}

impl Inspection {
    /// One line for an admin.
    #[must_use]
    pub fn summary(&self) -> Msg {
        match self {
            Self::IdpMetadata { entity_id, .. } => {
                msg!("inspect-idp-metadata", entity_id = entity_id.as_str())
            }
            Self::SpMetadata { entity_id, .. } => {
                msg!("inspect-sp-metadata", entity_id = entity_id.as_str())
            }
            Self::Aggregate { count, .. } => msg!("inspect-aggregate", count = *count),
            Self::OtherMetadata { entity_id } => msg!(
                "inspect-other-metadata",
                entity_id = entity_id
                    .as_deref()
                    .map_or_else(|| msg!("inspect-no-entity-id").into(), Arg::from)
            ),
            Self::OtherXml { root } => msg!("inspect-other-xml", root = root.as_str()),
            Self::Certificate {
                encoding,
                certificates,
            } => msg!(
                "inspect-certificates",
                count = certificates.len(),
                encoding = *encoding
            ),
            Self::PrivateKey(k) => msg!("inspect-private-key", details = k.describe()),
            Self::Pkcs12(k) => msg!("inspect-pkcs12", details = k.describe()),
            Self::Image { format } => msg!("inspect-image", format = *format),
            Self::Unreadable { reason } => msg!("inspect-unreadable", reason),
            Self::Unknown => msg!("inspect-unknown"),
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

fn certs(ders: &[Vec<u8>]) -> Option<Vec<CertInfo>> {
    ders.iter().map(|d| CertInfo::from_der(d).ok()).collect()
}

/// Says what `bytes` are. `now` dates the findings of metadata files; `password` opens
/// encrypted keys and PKCS#12 files (without it they are described as locked).
#[must_use]
pub fn inspect(bytes: &[u8], now: OffsetDateTime, password: Option<&str>) -> Inspection {
    inspect_at(bytes, Some(now), password)
}

/// Says what `bytes` are without judging them: metadata files come back without a report (no
/// signature check, no findings). For routing a dropped file; the analysis judges it once, later.
#[must_use]
pub fn recognise(bytes: &[u8]) -> Inspection {
    inspect_at(bytes, None, None)
}

/// `now: None` recognises only.
fn inspect_at(bytes: &[u8], now: Option<OffsetDateTime>, password: Option<&str>) -> Inspection {
    if let Some(format) = image_format(bytes) {
        return Inspection::Image { format };
    }
    if let Ok((text, _)) = text::decode(bytes)
        && text.trim_start().starts_with('<')
    {
        return inspect_xml(bytes, now);
    }
    let pkcs12 = key::looks_like_pkcs12(bytes);
    let wrap = |details| {
        if pkcs12 {
            Inspection::Pkcs12(details)
        } else {
            Inspection::PrivateKey(details)
        }
    };
    let material = match key::load(bytes, password) {
        Ok(m) => m,
        Err(KeyError::PasswordNeeded(_)) => {
            return wrap(KeyDetails {
                format: locked_format(bytes, pkcs12).into(),
                locked: true,
                ..KeyDetails::default()
            });
        }
        Err(KeyError::Nothing | KeyError::Text(TextError::Binary { .. })) => {
            return Inspection::Unknown;
        }
        Err(e) => {
            return Inspection::Unreadable {
                reason: Msg::shown(e),
            };
        }
    };
    let Some(certificates) = certs(&material.certs) else {
        return Inspection::Unreadable {
            reason: msg!("inspect-cert-unreadable"),
        };
    };
    match material.key {
        Some(k) => wrap(KeyDetails {
            format: k.format.label().into(),
            encrypted: k.encrypted,
            locked: false,
            algorithm: Some(k.key.algorithm().to_owned()),
            bits: k.key.bits(),
            certificates,
        }),
        None => Inspection::Certificate {
            encoding: if bytes.first() == Some(&0x30) {
                "DER"
            } else if bytes.windows(11).any(|w| w == b"-----BEGIN ") {
                "PEM"
            } else {
                "base64 without PEM header"
            },
            certificates,
        },
    }
}

/// Name of an encrypted format before it is opened.
fn locked_format(bytes: &[u8], pkcs12: bool) -> &'static str {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if pkcs12 {
        KeyFormat::Pkcs12.label()
    } else if has(b"BEGIN ENCRYPTED PRIVATE KEY") {
        KeyFormat::EncryptedPkcs8Pem.label()
    } else if has(b"Proc-Type: 4,ENCRYPTED") {
        KeyFormat::LegacyEncryptedPem.label()
    } else {
        KeyFormat::EncryptedPkcs8Der.label()
    }
}

/// What a key file holds, without the key itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct KeyDetails {
    pub format: String,
    pub encrypted: bool,
    /// Encrypted and not opened (no password given): nothing more is known.
    pub locked: bool,
    pub algorithm: Option<String>,
    pub bits: Option<u32>,
    /// Certificates stored with the key (combined PEM, PKCS#12).
    pub certificates: Vec<CertInfo>,
}

impl KeyDetails {
    fn describe(&self) -> Msg {
        if self.locked {
            return msg!("inspect-key-locked", format = self.format.as_str());
        }
        msg!(
            "inspect-key",
            algorithm = self.algorithm.as_deref().unwrap_or("?"),
            size = self.bits.map_or_else(
                || Arg::from("?"),
                |bits| msg!("inspect-key-bits", bits).into()
            ),
            format = self.format.as_str(),
            encrypted = if self.encrypted { "yes" } else { "no" },
            certificates = self.certificates.len()
        )
    }
}

fn inspect_xml(bytes: &[u8], now: Option<OffsetDateTime>) -> Inspection {
    let md = match Metadata::read(bytes, None) {
        Ok(md) => md,
        Err(e) => {
            return Inspection::Unreadable {
                reason: Msg::shown(e),
            };
        }
    };
    if let Root::Other(root) = &md.root {
        return Inspection::OtherXml { root: root.clone() };
    }
    let Some(entity) = &md.entity else {
        return Inspection::Aggregate {
            count: md.entities.len(),
            entities: md.entities.clone(),
        };
    };
    let entity_id = entity.entity_id.clone();
    // The report of checking the file alone, when judging (not when only recognising).
    let report = |idp: bool| -> Result<Option<Box<Report>>, Inspection> {
        let Some(now) = now else { return Ok(None) };
        let input = CheckInput::new(now);
        let input = if idp {
            CheckInput {
                idp: Some(bytes),
                ..input
            }
        } else {
            CheckInput {
                sp: Some(bytes),
                ..input
            }
        };
        check::check(&input)
            .map(|r| Some(Box::new(r)))
            .map_err(|e| Inspection::Unreadable {
                reason: Msg::shown(e),
            })
    };
    if entity.idp.is_some() {
        report(true).map_or_else(
            |e| e,
            |report| Inspection::IdpMetadata { entity_id, report },
        )
    } else if entity.sp.is_some() {
        report(false).map_or_else(|e| e, |report| Inspection::SpMetadata { entity_id, report })
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
    fn sniffs_binary_kinds() {
        let now = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(
            inspect(b"\x89PNG\r\n\x1a\n....", now, None),
            Inspection::Image { format: "PNG" }
        );
        assert!(matches!(
            inspect(&[0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03], now, None),
            Inspection::Unreadable { .. }
        ));
        assert_eq!(
            inspect(b"\x00\x01\x02binary", now, None),
            Inspection::Unknown
        );
        assert_eq!(inspect(b"hello world", now, None), Inspection::Unknown);
        assert!(matches!(
            inspect(b"<a><b></a>", now, None),
            Inspection::Unreadable { .. }
        ));
        assert!(matches!(
            inspect(b"<html/>", now, None),
            Inspection::OtherXml { .. }
        ));
    }
}

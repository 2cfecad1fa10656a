//! The TOPdesk server's certificate and private key: pick the leaf, prove the pair (same public
//! key and a sign-then-verify round trip), and explain the traps — above all Microsoft's
//! tutorial telling admins to put Entra's certificate in TOPdesk's "Certificate (RSA)" field.

use time::OffsetDateTime;

use super::cert::CertInfo;
use super::cert::{CertRole, cert_findings};
use super::entra::{APP_CERT_CN, IdpSummary};
use super::findings::{About, Code, Finding};
use super::i18n::Arg;
use super::key::{KeyFormat, LoadedKey, Material};
use super::topdesk::SpSummary;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PairStatus {
    /// Same public key, and a signature made with the key verifies with the certificate.
    Match,
    Mismatch,
    /// The certificate or the key is missing.
    Incomplete,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KeySummary {
    pub format: KeyFormat,
    pub encrypted: bool,
    pub algorithm: String,
    pub bits: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PairReport {
    pub status: PairStatus,
    pub certificate: Option<CertInfo>,
    pub key: Option<KeySummary>,
}

/// The certificate and key to judge, wherever they came from (either file may hold both).
pub struct PairInput<'a> {
    pub cert_file: Option<&'a Material>,
    pub key_file: Option<&'a Material>,
    pub idp: Option<&'a IdpSummary>,
    pub sp: Option<&'a SpSummary>,
    pub now: OffsetDateTime,
}

/// The key to use: from the key file, else from the certificate file (a PFX or combined PEM).
#[must_use]
pub fn chosen_key<'a>(input: &PairInput<'a>) -> Option<&'a LoadedKey> {
    input
        .key_file
        .and_then(|m| m.key.as_ref())
        .or_else(|| input.cert_file.and_then(|m| m.key.as_ref()))
}

/// The certificates to choose from: the certificate file's when it has any (the admin named
/// that file for it), else those stored with the key (a PFX or combined PEM given as the key).
fn offered_certs<'a>(input: &PairInput<'a>) -> Vec<&'a [u8]> {
    let mut out: Vec<&[u8]> = Vec::new();
    let from_cert_file = input.cert_file.is_some_and(|m| !m.certs.is_empty());
    let source = if from_cert_file {
        input.cert_file
    } else {
        input.key_file
    };
    for der in source.into_iter().flat_map(|m| &m.certs) {
        if !out.contains(&der.as_slice()) {
            out.push(der);
        }
    }
    out
}

/// The leaf: the certificate whose public key is the key's, else the first that is not a CA.
fn pick_leaf(certs: &[CertInfo], key_spki: Option<&[u8]>) -> Option<usize> {
    if let Some(spki) = key_spki
        && let Some(i) = certs.iter().position(|c| c.spki_der == spki)
    {
        return Some(i);
    }
    certs
        .iter()
        .position(|c| x509_parser::parse_x509_certificate(&c.der).is_ok_and(|(_, x)| !x.is_ca()))
        .or(if certs.is_empty() { None } else { Some(0) })
}

#[must_use]
pub fn check(input: &PairInput<'_>) -> (PairReport, Vec<Finding>) {
    let mut findings = Vec::new();
    let key = chosen_key(input);
    let key_spki = key.and_then(|k| k.key.spki_der());

    let mut certs = Vec::new();
    for der in offered_certs(input) {
        match CertInfo::from_der(der) {
            Ok(c) => certs.push(c),
            Err(e) => findings.push(Finding::new(
                Code::CertUnreadable,
                crate::msg!("pair-cert-unreadable", error = Arg::shown(e)),
                crate::msg!("pair-cert-unreadable-fix"),
            )),
        }
    }
    let leaf = pick_leaf(&certs, key_spki.as_deref()).map(|i| certs.swap_remove(i));
    if let Some(leaf) = &leaf
        && !certs.is_empty()
    {
        let why = if key_spki.as_deref() == Some(leaf.spki_der.as_slice()) {
            "key"
        } else {
            "not-ca"
        };
        findings.push(Finding::new(
            Code::PairLeafChosen,
            crate::msg!(
                "pair-leaf-chosen",
                count = certs.len() + 1,
                label = leaf.label(),
                why
            ),
            crate::msg!("pair-leaf-chosen-fix"),
        ));
    }

    if let Some(k) = key {
        key_findings(k, &mut findings);
    }
    if let Some(c) = &leaf {
        entra_trap(c, input.idp, &mut findings);
        findings.extend(cert_findings(c, CertRole::TopdeskUpload, input.now, false));
        if let Some(sp) = input.sp
            && !sp.certificates.is_empty()
            && !sp.certificates.iter().any(|s| s.info.der == c.der)
        {
            findings.push(Finding::new(
                Code::CertNotInSpMetadata,
                crate::msg!(
                    "pair-not-in-sp-metadata",
                    thumbprint = c.sha1_thumbprint.as_str(),
                    published = sp.certificates[0].info.sha1_thumbprint.as_str()
                ),
                crate::msg!("pair-not-in-sp-metadata-fix"),
            ));
        }
    }

    let status = match (&leaf, key) {
        // A key type this tool cannot use (key-not-rsa says so): the pair cannot be judged.
        (Some(_), Some(_)) if key_spki.is_none() => PairStatus::Incomplete,
        (Some(c), Some(k)) => {
            let same_key = key_spki.as_deref() == Some(c.spki_der.as_slice());
            if same_key && k.key.sign_verify(&c.spki_der) {
                findings.push(Finding::new(
                    Code::PairMatch,
                    crate::msg!("pair-match", label = c.label()),
                    crate::msg!("finding-nothing-to-do"),
                ));
                PairStatus::Match
            } else if same_key {
                findings.push(Finding::new(
                    Code::PairKeyDamaged,
                    crate::msg!("pair-key-damaged"),
                    crate::msg!("pair-key-damaged-fix"),
                ));
                PairStatus::Mismatch
            } else {
                findings.push(Finding::new(
                    Code::PairMismatch,
                    crate::msg!(
                        "pair-mismatch",
                        label = c.label(),
                        thumbprint = c.sha1_thumbprint.as_str()
                    ),
                    crate::msg!("pair-mismatch-fix"),
                ));
                PairStatus::Mismatch
            }
        }
        _ => PairStatus::Incomplete,
    };
    Finding::tag(&mut findings, About::Pair);
    let report = PairReport {
        status,
        certificate: leaf,
        key: key.map(|k| KeySummary {
            format: k.format,
            encrypted: k.encrypted,
            algorithm: k.key.algorithm().to_owned(),
            bits: k.key.bits(),
        }),
    };
    (report, findings)
}

fn key_findings(k: &LoadedKey, findings: &mut Vec<Finding>) {
    if !k.key.is_rsa() {
        findings.push(Finding::new(
            Code::KeyNotRsa,
            crate::msg!("pair-key-not-rsa", algorithm = k.key.algorithm()),
            crate::msg!("pair-key-not-rsa-fix"),
        ));
    } else if k.key.bits().is_some_and(|b| b < 2048) {
        findings.push(Finding::new(
            Code::KeyWeakRsa,
            crate::msg!("pair-key-weak-rsa", bits = k.key.bits().unwrap_or(0)),
            crate::msg!("pair-key-weak-rsa-fix"),
        ));
    }
    if k.format.needs_conversion() {
        let pkcs1 = matches!(
            k.format,
            KeyFormat::Pkcs1Pem | KeyFormat::Pkcs1Der | KeyFormat::Pkcs8UnderRsaHeader
        );
        findings.push(Finding::new(
            Code::KeyConverted,
            crate::msg!(
                "pair-key-converted",
                format = k.format.name(),
                encrypted = yes_no(k.encrypted),
                pkcs1 = yes_no(pkcs1)
            ),
            crate::msg!("pair-key-converted-fix"),
        ));
    }
}

/// Microsoft's tutorial says to put Entra's certificate in TOPdesk's "Certificate (RSA)" field.
/// That certificate's private key stays in Entra, so no key the admin has can ever match it.
fn entra_trap(c: &CertInfo, idp: Option<&IdpSummary>, findings: &mut Vec<Finding>) {
    let in_idp = idp.is_some_and(|i| i.certificates.iter().any(|s| s.info.der == c.der));
    if in_idp || c.common_name.as_deref() == Some(APP_CERT_CN) {
        findings.push(Finding::new(
            Code::CertIsEntra,
            crate::msg!(
                "pair-cert-is-entra",
                label = c.label(),
                in_metadata = yes_no(in_idp)
            ),
            crate::msg!("pair-cert-is-entra-fix"),
        ));
    }
}

/// A yes/no placeholder for a Fluent select.
const fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

//! The TOPdesk server's certificate and private key: pick the leaf, prove the pair (same public
//! key and a sign-then-verify round trip), and explain the traps — above all Microsoft's
//! tutorial telling admins to put Entra's certificate in TOPdesk's "Certificate (RSA)" field.

use time::OffsetDateTime;

use super::cert::CertInfo;
use super::cert::{CertRole, cert_findings};
use super::entra::{APP_CERT_CN, IdpSummary};
use super::findings::{About, Code, Finding};
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
                format!("A certificate in the certificate file cannot be read: {e}."),
                "Export the certificate again (PEM or DER) from where it was made.",
            )),
        }
    }
    let leaf = pick_leaf(&certs, key_spki.as_deref()).map(|i| certs.swap_remove(i));
    if let Some(leaf) = &leaf
        && !certs.is_empty()
    {
        let why = if key_spki.as_deref() == Some(leaf.spki_der.as_slice()) {
            "the one that matches the private key"
        } else {
            "the first that is not a certification authority"
        };
        findings.push(Finding::new(
            Code::PairLeafChosen,
            format!(
                "The certificate file holds {} certificates; {} is used, {why}.",
                certs.len() + 1,
                leaf.label()
            ),
            "Nothing to do if that is TOPdesk's server certificate; TOPdesk takes only that one, not its chain.",
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
                format!(
                    "This certificate ({}) is not the one TOPdesk publishes in its SP metadata now ({}).",
                    c.sha1_thumbprint, sp.certificates[0].info.sha1_thumbprint
                ),
                "That is expected when you replace TOPdesk's key pair: after uploading it, download TOPdesk's SP metadata again and give it to Entra if assertions are encrypted.",
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
                    format!(
                        "The certificate {} and the private key belong together (same public key, and a test signature verified).",
                        c.label()
                    ),
                    "Nothing to do.",
                ));
                PairStatus::Match
            } else if same_key {
                findings.push(Finding::new(
                    Code::PairKeyDamaged,
                    "The private key has the certificate's public key, but a signature made with it does not verify: the key is damaged.",
                    "Export the key again from where it was made, or generate a new key pair.",
                ));
                PairStatus::Mismatch
            } else {
                findings.push(Finding::new(
                    Code::PairMismatch,
                    format!("The private key does not belong to the certificate {} ({}).", c.label(), c.sha1_thumbprint),
                    "Use the key that was created together with this certificate, or generate a new key pair and upload both.",
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
            format!(
                "The private key is {}, but TOPdesk's field takes an RSA key.",
                k.key.algorithm()
            ),
            "Generate an RSA key pair (2048 bits or more).",
        ));
    } else if k.key.bits().is_some_and(|b| b < 2048) {
        findings.push(Finding::new(
            Code::KeyWeakRsa,
            format!(
                "The RSA private key has only {} bits; TOPdesk's field needs 2048 or more.",
                k.key.bits().unwrap_or(0)
            ),
            "Generate a new key pair of 2048 bits or more.",
        ));
    }
    if k.format.needs_conversion() {
        let why = match k.format {
            KeyFormat::Pkcs1Pem | KeyFormat::Pkcs1Der | KeyFormat::Pkcs8UnderRsaHeader => {
                " (Java-based servers reject PKCS#1 with \"algid parse error, not a sequence\")"
            }
            _ => "",
        };
        findings.push(Finding::new(
            Code::KeyConverted,
            format!(
                "The key is {}{}; the export converts it to unencrypted PKCS#8 DER, the format TOPdesk's field asks for{why}.",
                k.format.label(),
                if k.encrypted { ", password-protected" } else { "" },
            ),
            "Upload the exported key file, not the original.",
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
            format!(
                "The certificate {} is Entra's signing certificate{}. Microsoft's tutorial says to put it here, but TOPdesk's \"Certificate (RSA)\" field wants TOPdesk's own server certificate: Entra keeps its private key, so no key you have can ever match it.",
                c.label(),
                if in_idp { " from the federation metadata" } else { "" }
            ),
            "Use the certificate and key of TOPdesk's server (TOPdesk's own 'Generate key pair', or this assistant's), and leave Entra's certificate inside the federation metadata.",
        ));
    }
}

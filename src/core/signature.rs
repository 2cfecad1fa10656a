//! XML-DSig verification of a metadata file's enveloped signature.
//!
//! The maths (exc-c14n, digests, RSA) is bergshamra's. What was signed is checked here, because
//! no crate does it when verifying with the document's own certificate: exactly one Reference,
//! pointing at the root element's ID (or `""`, the whole document), that ID occurring once, and
//! the signature a child of the root that comes before any other signature.

use bergshamra::{DsigContext, KeysManager, VerifyResult};

use super::cert::CertInfo;
use super::metadata::Metadata;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignatureStatus {
    Valid,
    Invalid,
    Absent,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SignatureVerdict {
    pub status: SignatureStatus,
    /// SHA-1 thumbprint of the certificate whose key verified the signature.
    pub signed_by: Option<String>,
    /// Why the signature is invalid, in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub algorithm: Option<String>,
}

impl SignatureVerdict {
    fn invalid(reason: impl Into<String>, algorithm: Option<String>) -> Self {
        Self {
            status: SignatureStatus::Invalid,
            signed_by: None,
            reason: Some(reason.into()),
            algorithm,
        }
    }
}

/// Verifies the root signature of `text` (the decoded document `md` was read from) with the
/// certificates of its own `KeyInfo` (`own`, already parsed); only when the signature carries
/// none are the IdP's listed signing certificates (`listed`) tried.
#[must_use]
pub fn verify(
    text: &str,
    md: &Metadata,
    own: &[&CertInfo],
    listed: &[&CertInfo],
) -> SignatureVerdict {
    let Some(sig) = &md.signature else {
        return if md.other_signatures > 0 {
            SignatureVerdict::invalid(
                "the file holds a signature, but not on its root element, so it does not cover the file",
                None,
            )
        } else {
            SignatureVerdict {
                status: SignatureStatus::Absent,
                signed_by: None,
                reason: None,
                algorithm: None,
            }
        };
    };
    let algorithm = sig.signature_method.clone();
    if let Some(problem) = coverage_problem(md, &sig.reference_uris) {
        return SignatureVerdict::invalid(problem, algorithm);
    }

    let candidates = if sig.certs.is_empty() { listed } else { own };
    if candidates.is_empty() {
        return SignatureVerdict::invalid(
            "the signature names no certificate and the file lists no signing certificate to check it with",
            algorithm,
        );
    }

    let doc = match uppsala::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            return SignatureVerdict::invalid(
                format!("the XML could not be parsed for verification: {e}"),
                algorithm,
            );
        }
    };
    let mut last_reason = String::new();
    for cert in candidates {
        let key = match bergshamra::keys::loader::load_x509_cert_der(&cert.der) {
            Ok(key) => key,
            Err(e) => {
                last_reason = format!("certificate {} cannot be used: {e}", cert.sha1_thumbprint);
                continue;
            }
        };
        let mut keys = KeysManager::new();
        keys.add_key(key);
        // The document's own certificate is the key: trust is not the question here, integrity
        // is, so no chain or time validation (expiry is reported as its own finding).
        let ctx = DsigContext::new(keys)
            .with_insecure(true)
            .with_skip_time_checks(true);
        match bergshamra::dsig::verify::verify_document_with_source(&ctx, &doc, Some(text)) {
            Ok(VerifyResult::Valid { .. }) => {
                return SignatureVerdict {
                    status: SignatureStatus::Valid,
                    signed_by: Some(cert.sha1_thumbprint.clone()),
                    reason: None,
                    algorithm,
                };
            }
            Ok(VerifyResult::Invalid { reason }) => last_reason = reason,
            Err(e) => last_reason = e.to_string(),
        }
    }
    SignatureVerdict::invalid(
        format!("the signature does not verify ({last_reason})"),
        algorithm,
    )
}

/// Why the signature does not cover the whole file, if it does not.
fn coverage_problem(md: &Metadata, uris: &[String]) -> Option<String> {
    if !md.signature_first {
        return Some(
            "another signature comes before the root signature (a signature-wrapping pattern)"
                .into(),
        );
    }
    let [uri] = uris else {
        return Some(format!(
            "the signature has {} references; a metadata signature has exactly one",
            uris.len()
        ));
    };
    if uri.is_empty() {
        return None; // URI="" is the whole document.
    }
    if uri.strip_prefix('#') != md.root_id.as_deref() || md.root_id.is_none() {
        return Some(format!(
            "the signature covers '{uri}', not the root element (a signature-wrapping pattern)"
        ));
    }
    if md.root_id_occurrences != 1 {
        return Some(format!(
            "the signed ID occurs {} times in the file (a signature-wrapping pattern)",
            md.root_id_occurrences
        ));
    }
    None
}

//! XML-DSig verification of a metadata file's enveloped signature.
//!
//! The maths (c14n, digests, RSA) is bergshamra's, reached only through [`super::dsig`], which
//! first vets every signature in the file (same-document references, allow-listed algorithms
//! and transforms, no fetched keys). Who may sign and what must be covered is decided here,
//! from the verifier's own result:
//!
//! - the only keys tried are the signing certificates the file lists for the IdP's SAML role,
//!   all in one key store (one pass, the signer read back from the result); a certificate that
//!   the signature merely carries in its `KeyInfo` proves nothing and is never trusted;
//! - the verified signature is a child of the root, comes before any other, has exactly one
//!   Reference, which resolved to the root element (or `""`, the whole document), whose ID
//!   occurs once; its transforms are only enveloped-signature and canonicalisation;
//! - the algorithms are RSA with SHA-256/384/512 (SHA-1 still verifies, with a warning).
//!
//! What a valid verdict proves: the file has not changed since the holder of one of its listed
//! certificates signed it. A self-contained file cannot prove who that holder is; the admin
//! compares the thumbprint with Entra's *SAML Certificates* page (and [`super::history`] remembers
//! the signers seen before).

use bergshamra::VerifyResult;

use super::cert::CertInfo;
use super::dsig::Vetted;
use super::metadata::Metadata;
use super::text::escape_untrusted;
use crate::core::i18n::Msg;
use crate::msg;

pub use super::dsig::{MAX_CANDIDATES, MAX_SIGNED_BYTES};

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
    /// SHA-1 thumbprint of the listed signing certificate whose key verified the signature.
    pub signed_by: Option<String>,
    /// A certificate that verifies the signature but is not listed for the IdP role: the file
    /// was re-signed by someone else. Never active, never exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unlisted_signer: Option<String>,
    /// Why the signature is invalid, in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Msg>,
    pub algorithm: Option<String>,
    /// Valid, but with SHA-1 (signature or digest).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub sha1: bool,
}

impl SignatureVerdict {
    fn new(status: SignatureStatus, algorithm: Option<String>) -> Self {
        Self {
            status,
            signed_by: None,
            unlisted_signer: None,
            reason: None,
            algorithm,
            sha1: false,
        }
    }

    fn invalid(reason: Msg, algorithm: Option<String>) -> Self {
        Self {
            reason: Some(reason),
            ..Self::new(SignatureStatus::Invalid, algorithm)
        }
    }
}

/// Verifies the root signature of `text` (the decoded document `md` was read from) with the
/// IdP's listed signing certificates (`listed`). `own` are the certificates the signature's
/// `KeyInfo` carries: they are never trusted, only used to explain a failure ("signed by a
/// certificate the file does not list").
#[must_use]
pub fn verify(
    text: &str,
    md: &Metadata,
    listed: &[&CertInfo],
    own: &[&CertInfo],
) -> SignatureVerdict {
    let Some(sig) = &md.signature else {
        return if md.other_signatures > 0 {
            SignatureVerdict::invalid(msg!("signature-not-on-root"), None)
        } else {
            SignatureVerdict::new(SignatureStatus::Absent, None)
        };
    };
    let algorithm = sig.signature_method.clone();
    if let Some(problem) = position_problem(md, &sig.reference_uris) {
        return SignatureVerdict::invalid(problem, algorithm);
    }
    if text.len() > MAX_SIGNED_BYTES {
        return SignatureVerdict::invalid(
            msg!("signature-too-large", mib = MAX_SIGNED_BYTES / 1024 / 1024),
            algorithm,
        );
    }
    let doc = match uppsala::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            return SignatureVerdict::invalid(
                msg!(
                    "signature-unparsable",
                    error = escape_untrusted(&e.to_string())
                ),
                algorithm,
            );
        }
    };
    // Every signature in the file is vetted before the verifier runs any of it.
    let vetted = match Vetted::new(&doc, text) {
        Ok(vetted) => vetted,
        Err(refused) => return SignatureVerdict::invalid(refused.problem, algorithm),
    };
    if listed.is_empty() {
        let mut v = SignatureVerdict::invalid(msg!("signature-nothing-listed"), algorithm);
        v.unlisted_signer = signer(&vetted, own).ok().map(|(t, _)| t);
        return v;
    }
    match signer(&vetted, listed) {
        Ok((thumbprint, sha1)) => SignatureVerdict {
            signed_by: Some(thumbprint),
            sha1,
            ..SignatureVerdict::new(SignatureStatus::Valid, algorithm)
        },
        Err(reason) => {
            // Re-signed with a key the file does not list? Say so, by name.
            let unlisted: Vec<&CertInfo> = own
                .iter()
                .copied()
                .filter(|c| !listed.iter().any(|l| l.der == c.der))
                .collect();
            if !unlisted.is_empty()
                && let Ok((thumbprint, _)) = signer(&vetted, &unlisted)
            {
                let mut v = SignatureVerdict::invalid(
                    msg!(
                        "signature-unlisted-signer",
                        thumbprint = thumbprint.as_str()
                    ),
                    algorithm,
                );
                v.unlisted_signer = Some(thumbprint);
                return v;
            }
            SignatureVerdict::invalid(reason, algorithm)
        }
    }
}

/// Verifies with `candidates` in one key store and judges what was verified. Returns the
/// signer's thumbprint and whether SHA-1 was used, or why the signature does not hold.
fn signer(vetted: &Vetted<'_, '_>, candidates: &[&CertInfo]) -> Result<(String, bool), Msg> {
    let (sig_node, references, chain) = match vetted.verify_first(candidates) {
        Ok(VerifyResult::Valid {
            signature_node,
            references,
            key_info,
        }) => (signature_node, references, key_info.x509_chain),
        Ok(VerifyResult::Invalid { reason }) => {
            return Err(msg!(
                "signature-does-not-verify",
                reason = escape_untrusted(&reason)
            ));
        }
        Err(reason) => return Err(msg!("signature-does-not-verify", reason)),
    };
    let signer_der = chain.first().ok_or_else(|| msg!("signature-no-signer"))?;
    let signer = candidates
        .iter()
        .find(|c| &c.der == signer_der)
        .ok_or_else(|| msg!("signature-signer-not-offered"))?;
    let doc = vetted.doc();
    let root = doc
        .document_element()
        .ok_or_else(|| msg!("signature-no-root"))?;
    if doc.parent(sig_node) != Some(root) {
        return Err(msg!("signature-not-child-of-root"));
    }
    let [reference] = references.as_slice() else {
        return Err(msg!("signature-references", count = references.len()));
    };
    let covers_root = reference.uri.is_empty() || reference.resolved_node == Some(root);
    if !covers_root || !reference.digest_verified {
        return Err(msg!(
            "signature-covers-other",
            uri = escape_untrusted(&reference.uri)
        ));
    }
    Ok((signer.sha1_thumbprint.clone(), vetted.uses_sha1(sig_node)))
}

/// Problems with where the signature sits and what it points at, from the reader's single pass
/// (before the verifier sees the file: a Reference to anything but the root could make it read
/// another document, or a local file).
fn position_problem(md: &Metadata, uris: &[String]) -> Option<Msg> {
    if !md.signature_first {
        return Some(msg!("signature-another-first"));
    }
    let [uri] = uris else {
        return Some(msg!("signature-references", count = uris.len()));
    };
    if !uri.is_empty() && (md.root_id.is_none() || uri.strip_prefix('#') != md.root_id.as_deref()) {
        return Some(msg!("signature-covers-other", uri = escape_untrusted(uri)));
    }
    if md.root_id.is_some() && md.root_id_occurrences != 1 {
        return Some(msg!(
            "signature-id-repeated",
            count = md.root_id_occurrences
        ));
    }
    None
}

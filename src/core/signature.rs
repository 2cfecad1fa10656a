//! XML-DSig verification of a metadata file's enveloped signature.
//!
//! The maths (c14n, digests, RSA) is bergshamra's. Who may sign and what must be covered is
//! decided here, from the verifier's own result:
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

use bergshamra::{DsigContext, KeysManager, VerifyResult};
use uppsala::{Document, NodeId};

use super::cert::CertInfo;
use super::metadata::{Metadata, NS_DS};
use super::text::escape_untrusted;
use crate::tr;

/// More candidate certificates than this are not tried (Entra lists one or two).
pub const MAX_CANDIDATES: usize = 16;
/// Largest signed file verified: the verifier builds a DOM and canonical copies (a 2 MiB file
/// of tiny elements peaks at about 130 MB); Entra's files are about 20 KB.
pub const MAX_SIGNED_BYTES: usize = 2 * 1024 * 1024;
/// Most transforms on the Reference: enveloped-signature and one canonicalisation.
const MAX_TRANSFORMS: usize = 2;

const ENVELOPED: &str = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
const CANONICAL: [&str; 6] = [
    "http://www.w3.org/2001/10/xml-exc-c14n#",
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
    "http://www.w3.org/2006/12/xml-c14n11",
    "http://www.w3.org/2006/12/xml-c14n11#WithComments",
];
const SIGNATURE_METHODS: [&str; 4] = [
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
    RSA_SHA1,
];
const DIGEST_METHODS: [&str; 4] = [
    "http://www.w3.org/2001/04/xmlenc#sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512",
    SHA1,
];
const RSA_SHA1: &str = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
const SHA1: &str = "http://www.w3.org/2000/09/xmldsig#sha1";

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
    pub reason: Option<String>,
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

    fn invalid(reason: impl Into<String>, algorithm: Option<String>) -> Self {
        Self {
            reason: Some(reason.into()),
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
            SignatureVerdict::invalid(tr!("signature-not-on-root"), None)
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
            tr!("signature-too-large", mib = MAX_SIGNED_BYTES / 1024 / 1024),
            algorithm,
        );
    }
    let doc = match uppsala::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            return SignatureVerdict::invalid(
                tr!(
                    "signature-unparsable",
                    error = escape_untrusted(&e.to_string())
                ),
                algorithm,
            );
        }
    };
    // Algorithms and transforms are judged before the verifier runs any of them (and again on
    // what it verified).
    let root_signature = doc
        .document_element()
        .and_then(|root| child(&doc, root, "Signature"));
    if let Some(problem) = root_signature.and_then(|sig| algorithms_problem(&doc, sig).err()) {
        return SignatureVerdict::invalid(problem, algorithm);
    }
    if listed.is_empty() {
        let mut v = SignatureVerdict::invalid(tr!("signature-nothing-listed"), algorithm);
        v.unlisted_signer = signer(&doc, text, own).ok().map(|(t, _)| t);
        return v;
    }
    match signer(&doc, text, listed) {
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
                && let Ok((thumbprint, _)) = signer(&doc, text, &unlisted)
            {
                let mut v = SignatureVerdict::invalid(
                    tr!(
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
fn signer(
    doc: &Document<'_>,
    text: &str,
    candidates: &[&CertInfo],
) -> Result<(String, bool), String> {
    if candidates.len() > MAX_CANDIDATES {
        return Err(tr!(
            "signature-too-many-candidates",
            count = candidates.len(),
            max = MAX_CANDIDATES
        ));
    }
    let ctx = context(candidates)?;
    let (sig_node, references, chain) =
        match bergshamra::dsig::verify::verify_document_with_source(&ctx, doc, Some(text)) {
            Ok(VerifyResult::Valid {
                signature_node,
                references,
                key_info,
            }) => (signature_node, references, key_info.x509_chain),
            Ok(VerifyResult::Invalid { reason }) => {
                return Err(tr!(
                    "signature-does-not-verify",
                    reason = escape_untrusted(&reason)
                ));
            }
            Err(e) => {
                return Err(tr!(
                    "signature-does-not-verify",
                    reason = escape_untrusted(&e.to_string())
                ));
            }
        };
    let signer_der = chain.first().ok_or_else(|| tr!("signature-no-signer"))?;
    let signer = candidates
        .iter()
        .find(|c| &c.der == signer_der)
        .ok_or_else(|| tr!("signature-signer-not-offered"))?;
    let root = doc
        .document_element()
        .ok_or_else(|| tr!("signature-no-root"))?;
    if doc.parent(sig_node) != Some(root) {
        return Err(tr!("signature-not-child-of-root"));
    }
    let [reference] = references.as_slice() else {
        return Err(tr!("signature-references", count = references.len()));
    };
    let covers_root = reference.uri.is_empty() || reference.resolved_node == Some(root);
    if !covers_root || !reference.digest_verified {
        return Err(tr!(
            "signature-covers-other",
            uri = escape_untrusted(&reference.uri)
        ));
    }
    let sha1 = algorithms_problem(doc, sig_node)?;
    Ok((signer.sha1_thumbprint.clone(), sha1))
}

/// A verifier whose key store holds exactly `candidates` (no inline `KeyInfo` keys are ever
/// used), with strict reference positions. Trust in the certificates is not the question (no
/// chain or time validation; expiry is its own finding).
pub(crate) fn context(candidates: &[&CertInfo]) -> Result<DsigContext, String> {
    let mut keys = KeysManager::new();
    for cert in candidates {
        match bergshamra::keys::loader::load_x509_cert_der(&cert.der) {
            Ok(key) => keys.add_key(key),
            Err(e) => {
                return Err(tr!(
                    "signature-cert-unusable",
                    thumbprint = cert.sha1_thumbprint.as_str(),
                    error = e.to_string()
                ));
            }
        }
    }
    Ok(DsigContext::new(keys)
        .with_trusted_keys_only(true)
        .with_strict_verification(true)
        .with_require_reference_digests(true)
        .with_insecure(true)
        .with_skip_time_checks(true))
}

/// Checks a signature's algorithms and transforms; `Ok(true)` when SHA-1 is used.
pub(crate) fn algorithms_problem(doc: &Document<'_>, sig: NodeId) -> Result<bool, String> {
    let algorithm = |parent: Option<NodeId>, name: &str| {
        parent
            .and_then(|p| child(doc, p, name))
            .and_then(|n| doc.get_attribute(n, "Algorithm"))
            .unwrap_or_default()
    };
    let signed_info = child(doc, sig, "SignedInfo");
    let method = algorithm(signed_info, "SignatureMethod");
    if !SIGNATURE_METHODS.contains(&method) {
        return Err(tr!(
            "signature-method-refused",
            uri = escape_untrusted(method)
        ));
    }
    let reference = signed_info.and_then(|si| child(doc, si, "Reference"));
    let digest = algorithm(reference, "DigestMethod");
    if !DIGEST_METHODS.contains(&digest) {
        return Err(tr!(
            "signature-digest-refused",
            uri = escape_untrusted(digest)
        ));
    }
    if let Some(transforms) = reference.and_then(|r| child(doc, r, "Transforms")) {
        let list: Vec<NodeId> = doc
            .children(transforms)
            .into_iter()
            .filter(|&t| doc.element(t).is_some())
            .collect();
        if list.len() > MAX_TRANSFORMS {
            return Err(tr!(
                "signature-too-many-transforms",
                count = list.len(),
                max = MAX_TRANSFORMS
            ));
        }
        for t in list {
            let algorithm = doc.get_attribute(t, "Algorithm").unwrap_or_default();
            if algorithm != ENVELOPED && !CANONICAL.contains(&algorithm) {
                return Err(tr!(
                    "signature-transform-refused",
                    uri = escape_untrusted(algorithm)
                ));
            }
        }
    }
    Ok(method == RSA_SHA1 || digest == SHA1)
}

/// The first child element of `parent` named `local` in the XML-DSig namespace.
fn child(doc: &Document<'_>, parent: NodeId, local: &str) -> Option<NodeId> {
    doc.children(parent).into_iter().find(|&n| {
        doc.element(n).is_some_and(|e| {
            e.name.local_name == local && e.name.namespace_uri.as_deref() == Some(NS_DS)
        })
    })
}

/// Problems with where the signature sits and what it points at, from the reader's single pass
/// (before the verifier sees the file: a Reference to anything but the root could make it read
/// another document, or a local file).
fn position_problem(md: &Metadata, uris: &[String]) -> Option<String> {
    if !md.signature_first {
        return Some(tr!("signature-another-first"));
    }
    let [uri] = uris else {
        return Some(tr!("signature-references", count = uris.len()));
    };
    if !uri.is_empty() && (md.root_id.is_none() || uri.strip_prefix('#') != md.root_id.as_deref()) {
        return Some(tr!("signature-covers-other", uri = escape_untrusted(uri)));
    }
    if md.root_id.is_some() && md.root_id_occurrences != 1 {
        return Some(tr!("signature-id-repeated", count = md.root_id_occurrences));
    }
    None
}

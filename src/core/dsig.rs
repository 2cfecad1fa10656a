//! The one door to the XML-DSig library (bergshamra), for metadata and SAML messages alike.
//!
//! Left to itself, the library resolves a `Reference` URI that is not a same-document reference
//! by reading a file (under its base directory, then under the current directory: unbounded,
//! and a FIFO blocks it), and runs `XPath`, `XPath-Filter-2` and XSLT transforms. Its context offers
//! no switch to refuse either (`base_dir` still falls back to the current directory; `url_maps`
//! only add files). So no document reaches it except as a [`Vetted`], and the only way to make
//! one is [`Vetted::new`], which checks **every** `ds:Signature` in the document before the
//! library sees any of it, and refuses the whole document when one fails:
//!
//! - at most [`MAX_SIGNATURES`] signatures, in a document of at most [`MAX_SIGNED_BYTES`];
//! - each has one `SignedInfo` with one `Reference` whose URI is `""` (the whole document) or
//!   `#` and a plain ID (no `xpointer(…)`, no path, no scheme);
//! - the canonicalisation, signature and digest algorithms are on the allow-lists below, and the
//!   transforms are at most enveloped-signature and one canonicalisation;
//! - no `RetrievalMethod` (a key fetched from elsewhere) anywhere inside it.
//!
//! The verifier's key store holds only the certificates the caller offers; keys a signature
//! carries in its `KeyInfo` are never used. What a verified signature covers, and who may sign,
//! is judged by the callers ([`super::signature`] for metadata, [`super::diagnose::saml`] for
//! messages) from the verifier's own result. `docs/xml-signatures.md` says why this library and
//! what a replacement would need.

use bergshamra::{DsigContext, KeysManager, VerifyResult};
use uppsala::{Document, NodeId};

use super::cert::CertInfo;
use super::metadata::NS_DS;
use super::text::escape_untrusted;
use crate::core::i18n::Msg;
use crate::msg;

/// More signatures than this in one document are not checked (Entra signs a response, an
/// assertion, or both; a metadata file once).
pub const MAX_SIGNATURES: usize = 4;
/// More candidate certificates than this are not tried (Entra lists one or two).
pub const MAX_CANDIDATES: usize = 16;
/// Largest signed document verified: the verifier builds a DOM and canonical copies (a 2 MiB
/// file of tiny elements peaks at about 130 MB); Entra's files are about 20 KB.
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

/// Why a document was refused before the verifier saw it: the signature at fault, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub signature: Option<NodeId>,
    pub problem: Msg,
}

/// A parsed document every one of whose signatures passed the vetting above. The only way to
/// hand a document to the verifier.
pub struct Vetted<'d, 'x> {
    doc: &'d Document<'x>,
    xml: &'d str,
    /// Every `ds:Signature`, in document order (the verifier's order), with whether it uses SHA-1.
    signatures: Vec<(NodeId, bool)>,
}

impl<'d, 'x> Vetted<'d, 'x> {
    /// Vets every signature of `doc`, parsed from `xml`.
    pub fn new(doc: &'d Document<'x>, xml: &'d str) -> Result<Self, Refused> {
        let refused = |signature, problem| Refused { signature, problem };
        if xml.len() > MAX_SIGNED_BYTES {
            return Err(refused(
                None,
                msg!("signature-too-large", mib = MAX_SIGNED_BYTES / 1024 / 1024),
            ));
        }
        let all: Vec<NodeId> = doc
            .descendants(doc.root())
            .into_iter()
            .filter(|&n| is_ds(doc, n, "Signature"))
            .collect();
        if all.len() > MAX_SIGNATURES {
            return Err(refused(
                all.get(MAX_SIGNATURES).copied(),
                msg!("dsig-too-many", count = all.len(), max = MAX_SIGNATURES),
            ));
        }
        let mut signatures = Vec::with_capacity(all.len());
        for sig in all {
            let sha1 = vet(doc, sig).map_err(|p| refused(Some(sig), p))?;
            signatures.push((sig, sha1));
        }
        Ok(Self {
            doc,
            xml,
            signatures,
        })
    }

    /// The vetted document.
    #[must_use]
    pub fn doc(&self) -> &'d Document<'x> {
        self.doc
    }

    /// The document's signatures, in document order.
    pub fn signatures(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.signatures.iter().map(|&(s, _)| s)
    }

    /// Whether signature `sig` uses SHA-1 (for its signature or its digest).
    #[must_use]
    pub fn uses_sha1(&self, sig: NodeId) -> bool {
        self.signatures.iter().any(|&(s, sha1)| s == sig && sha1)
    }

    /// Verifies the first signature (in document order) with `candidates` only.
    #[allow(clippy::disallowed_methods)] // the door itself (clippy.toml)
    pub fn verify_first(&self, candidates: &[&CertInfo]) -> Result<VerifyResult, Msg> {
        let ctx = context(candidates)?;
        bergshamra::dsig::verify::verify_document_with_source(&ctx, self.doc, Some(self.xml))
            .map_err(|e| Msg::verbatim(escape_untrusted(&e.to_string())))
    }

    /// Verifies every signature with `candidates` only: one result for each of
    /// [`Self::signatures`], in that order.
    #[allow(clippy::disallowed_methods)] // the door itself (clippy.toml)
    pub fn verify_each(&self, candidates: &[&CertInfo]) -> Result<Vec<VerifyResult>, Msg> {
        let ctx = context(candidates)?;
        bergshamra::dsig::verify::verify_all_document_with_source(&ctx, self.doc, Some(self.xml))
            .map_err(|e| Msg::verbatim(escape_untrusted(&e.to_string())))
    }
}

/// A verifier whose key store holds exactly `candidates` (no inline `KeyInfo` keys are ever
/// used), with strict reference positions. Trust in the certificates is not the question (no
/// chain or time validation; expiry is its own finding).
fn context(candidates: &[&CertInfo]) -> Result<DsigContext, Msg> {
    if candidates.len() > MAX_CANDIDATES {
        return Err(msg!(
            "signature-too-many-candidates",
            count = candidates.len(),
            max = MAX_CANDIDATES
        ));
    }
    let mut keys = KeysManager::new();
    for cert in candidates {
        match bergshamra::keys::loader::load_x509_cert_der(&cert.der) {
            Ok(key) => keys.add_key(key),
            Err(e) => {
                return Err(msg!(
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

/// Vets one signature; `Ok(true)` when it uses SHA-1.
fn vet(doc: &Document<'_>, sig: NodeId) -> Result<bool, Msg> {
    if let Some(n) = doc
        .descendants(sig)
        .into_iter()
        .find(|&n| local_is(doc, n, "RetrievalMethod"))
    {
        let uri = doc.get_attribute(n, "URI").unwrap_or_default();
        return Err(msg!("dsig-retrieval-method", uri = escape_untrusted(uri)));
    }
    let signed_info = match named_children(doc, sig, "SignedInfo").as_slice() {
        [one] => *one,
        many => return Err(msg!("dsig-signed-info", count = many.len())),
    };
    let c14n = algorithm(doc, signed_info, "CanonicalizationMethod")?;
    if !CANONICAL.contains(&c14n) {
        return Err(msg!("dsig-c14n-refused", uri = escape_untrusted(c14n)));
    }
    let method = algorithm(doc, signed_info, "SignatureMethod")?;
    if !SIGNATURE_METHODS.contains(&method) {
        return Err(msg!(
            "signature-method-refused",
            uri = escape_untrusted(method)
        ));
    }
    let reference = match named_children(doc, signed_info, "Reference").as_slice() {
        [one] => *one,
        many => return Err(msg!("dsig-references", count = many.len())),
    };
    let uri = doc.get_attribute(reference, "URI").unwrap_or_default();
    if !same_document(uri) {
        return Err(msg!("dsig-reference-external", uri = escape_untrusted(uri)));
    }
    let digest = algorithm(doc, reference, "DigestMethod")?;
    if !DIGEST_METHODS.contains(&digest) {
        return Err(msg!(
            "signature-digest-refused",
            uri = escape_untrusted(digest)
        ));
    }
    let transforms: Vec<NodeId> = match named_children(doc, reference, "Transforms").as_slice() {
        [] => Vec::new(),
        [one] if is_ds(doc, *one, "Transforms") => doc
            .children(*one)
            .into_iter()
            .filter(|&t| doc.element(t).is_some())
            .collect(),
        _ => return Err(msg!("dsig-element-refused", name = "Transforms")),
    };
    if transforms.len() > MAX_TRANSFORMS {
        return Err(msg!(
            "signature-too-many-transforms",
            count = transforms.len(),
            max = MAX_TRANSFORMS
        ));
    }
    for t in transforms {
        if !is_ds(doc, t, "Transform") {
            return Err(msg!("dsig-element-refused", name = "Transform"));
        }
        let algorithm = doc.get_attribute(t, "Algorithm").unwrap_or_default();
        if algorithm != ENVELOPED && !CANONICAL.contains(&algorithm) {
            return Err(msg!(
                "signature-transform-refused",
                uri = escape_untrusted(algorithm)
            ));
        }
    }
    Ok(method == RSA_SHA1 || digest == SHA1)
}

/// The `Algorithm` of the one child `name` of `parent`. Exactly one child of that local name,
/// in the XML-DSig namespace: a decoy in another namespace could otherwise pass the allow-list
/// while the verifier reads the real one.
fn algorithm<'d>(doc: &'d Document<'_>, parent: NodeId, name: &str) -> Result<&'d str, Msg> {
    match named_children(doc, parent, name).as_slice() {
        [one] if is_ds(doc, *one, name) => {
            Ok(doc.get_attribute(*one, "Algorithm").unwrap_or_default())
        }
        _ => Err(msg!("dsig-element-refused", name)),
    }
}

/// `""` (the whole document) or `#` and a plain ID: nothing the verifier could read from
/// elsewhere, no `XPointer` expression.
fn same_document(uri: &str) -> bool {
    uri.is_empty()
        || uri.strip_prefix('#').is_some_and(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
}

/// `n` is an element named `local` in the XML-DSig namespace.
fn is_ds(doc: &Document<'_>, n: NodeId, local: &str) -> bool {
    doc.element(n).is_some_and(|e| {
        e.name.local_name == local && e.name.namespace_uri.as_deref() == Some(NS_DS)
    })
}

/// `n` is an element named `local`, in any namespace (what a careless reader might take).
fn local_is(doc: &Document<'_>, n: NodeId, local: &str) -> bool {
    doc.element(n).is_some_and(|e| e.name.local_name == local)
}

/// The child elements of `parent` named `local`, in any namespace: a second `SignedInfo` or
/// `Reference` in another namespace is refused rather than left for the verifier to pick.
fn named_children(doc: &Document<'_>, parent: NodeId, local: &str) -> Vec<NodeId> {
    doc.children(parent)
        .into_iter()
        .filter(|&n| local_is(doc, n, local))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signature(reference: &str, extra: &str) -> String {
        format!(
            "<r ID=\"_1\"><ds:Signature xmlns:ds=\"{NS_DS}\"><ds:SignedInfo>\
             <ds:CanonicalizationMethod Algorithm=\"{c}\"/>\
             <ds:SignatureMethod Algorithm=\"{m}\"/>{reference}</ds:SignedInfo>\
             <ds:SignatureValue/>{extra}</ds:Signature></r>",
            c = CANONICAL[0],
            m = SIGNATURE_METHODS[0],
        )
    }

    fn reference(uri: &str) -> String {
        format!(
            "<ds:Reference URI=\"{uri}\"><ds:Transforms><ds:Transform Algorithm=\"{ENVELOPED}\"/>\
             </ds:Transforms><ds:DigestMethod Algorithm=\"{}\"/><ds:DigestValue/></ds:Reference>",
            DIGEST_METHODS[0]
        )
    }

    fn vetted(xml: &str) -> Result<usize, String> {
        let doc = uppsala::parse(xml).unwrap();
        Vetted::new(&doc, xml)
            .map(|v| v.signatures().count())
            .map_err(|r| r.problem.to_string())
    }

    #[test]
    fn only_same_document_references_pass() {
        for uri in ["", "#_1", "#id-0.a"] {
            assert_eq!(vetted(&signature(&reference(uri), "")), Ok(1), "{uri}");
        }
        for uri in [
            "victim-pipe",
            "./x",
            "file:///etc/passwd",
            "https://example.com/x",
            "#xpointer(/)",
            "#xpointer(id('_1'))",
            "#",
            "#a b",
        ] {
            let e = vetted(&signature(&reference(uri), "")).unwrap_err();
            assert!(e.contains("never read") || e.contains(uri), "{uri}: {e}");
        }
    }

    #[test]
    fn a_key_fetched_from_elsewhere_is_refused() {
        let extra = "<ds:KeyInfo><ds:RetrievalMethod URI=\"victim-pipe\"/></ds:KeyInfo>";
        let e = vetted(&signature(&reference("#_1"), extra)).unwrap_err();
        assert!(e.contains("victim-pipe"), "{e}");
    }

    /// A decoy in another namespace first, the real (refused) algorithm after it.
    #[test]
    fn a_decoy_algorithm_element_is_refused() {
        let md5 = "<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#md5\"/>";
        let xml = signature(&reference("#_1"), "").replace(
            "<ds:DigestMethod ",
            &format!(
                "<x:DigestMethod xmlns:x=\"urn:x\" Algorithm=\"{}\"/>{md5}<ds:DigestMethod ",
                DIGEST_METHODS[0]
            ),
        );
        assert!(vetted(&xml).unwrap_err().contains("DigestMethod"));
        let xml = signature(&reference("#_1"), "").replace(
            "<ds:Transform ",
            "<x:Transform xmlns:x=\"urn:x\" Algorithm=\"urn:xslt\"/><ds:Transform ",
        );
        assert!(vetted(&xml).unwrap_err().contains("Transform"));
    }

    #[test]
    fn two_references_or_two_signed_infos_are_refused() {
        let two = reference("#_1") + &reference("#_1");
        assert!(vetted(&signature(&two, "")).is_err());
        let xml = signature(&reference("#_1"), "")
            .replace("<ds:SignatureValue/>", "<SignedInfo/><ds:SignatureValue/>");
        assert!(vetted(&xml).is_err());
    }

    #[test]
    fn every_signature_is_vetted_not_only_the_first() {
        let good = signature(&reference("#_1"), "");
        let bad = signature(&reference("elsewhere"), "")
            .replace("<r ID=\"_1\">", "<a ID=\"_2\">")
            .replace("</r>", "</a>");
        let xml = good.replace("</r>", &format!("{bad}</r>"));
        assert!(vetted(&xml).unwrap_err().contains("elsewhere"));
        let many = good.replace(
            "</r>",
            &format!("{}</r>", signature(&reference("#_1"), "").repeat(4)),
        );
        assert!(vetted(&many).is_err());
    }
}

//! Reading one SAML message: the hardened pre-read (the metadata reader's: no DOCTYPE, depth,
//! attribute and namespace caps), then the facts from the DOM the verifier also uses, what is
//! signed (judged from the verifier's own result), and decryption of an `EncryptedAssertion`.

use bergshamra::{EncContext, KeysManager, VerifyResult};
use uppsala::{Document, NodeId};

use crate::core::cert::CertInfo;
use crate::core::dsig::{self, Vetted};
use crate::core::i18n::{Arg, Msg};
use crate::core::key::PrivateKey;
use crate::core::metadata::{CertBlob, Metadata, MetadataError, NS_DS, decode_cert};
use crate::core::pem::to_pem;
use crate::core::signature::{self, SignatureStatus};
use crate::core::text::{Encoding, escaped};

pub const NS_SAMLP: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
pub const NS_SAML: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
pub const NS_XENC: &str = "http://www.w3.org/2001/04/xmlenc#";
pub const STATUS_SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";
const BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/// Key transport algorithms decrypted: RSA-1.5 and RSA-OAEP (MGF1 with SHA-1, or XML-Enc 1.1
/// with its digest and MGF named).
const KEY_TRANSPORT: [&str; 3] = [
    "http://www.w3.org/2001/04/xmlenc#rsa-1_5",
    "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
    "http://www.w3.org/2009/xmlenc11#rsa-oaep",
];
/// Content encryption decrypted: AES-CBC and AES-GCM.
const CONTENT: [&str; 6] = [
    "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
    "http://www.w3.org/2001/04/xmlenc#aes192-cbc",
    "http://www.w3.org/2001/04/xmlenc#aes256-cbc",
    "http://www.w3.org/2009/xmlenc11#aes128-gcm",
    "http://www.w3.org/2009/xmlenc11#aes192-gcm",
    "http://www.w3.org/2009/xmlenc11#aes256-gcm",
];

/// Elements refused anywhere in an `EncryptedAssertion`, in any namespace.
const REFUSED_IN_ENCRYPTION: [&str; 4] = [
    "RetrievalMethod",
    "DerivedKey",
    "AgreementMethod",
    "CipherReference",
];

/// The hardened read: refuses DOCTYPE (so entities), deep nesting, attribute floods and
/// malformed XML before any DOM is built.
pub fn guard(xml: &str) -> Result<(), Msg> {
    Metadata::read_str(xml, Encoding::Utf8, None)
        .map(drop)
        .map_err(|e| match e {
            // The metadata reader's DOCTYPE refusal speaks of metadata; a message has its own.
            MetadataError::DocType { line } => crate::msg!("diagnose-saml-doctype", line),
            e => Msg::shown(e),
        })
}

pub fn parse(xml: &str) -> Result<Document<'_>, Msg> {
    uppsala::parse(xml).map_err(|e| {
        crate::msg!(
            "diagnose-saml-not-well-formed",
            error = escaped(&e.to_string())
        )
    })
}

fn is(doc: &Document<'_>, n: NodeId, ns: &str, local: &str) -> bool {
    doc.element(n)
        .is_some_and(|e| e.name.local_name == local && e.name.namespace_uri.as_deref() == Some(ns))
}

fn child(doc: &Document<'_>, parent: NodeId, ns: &str, local: &str) -> Option<NodeId> {
    doc.children(parent)
        .into_iter()
        .find(|&n| is(doc, n, ns, local))
}

fn children<'d>(
    doc: &'d Document<'_>,
    parent: NodeId,
    ns: &'d str,
    local: &'d str,
) -> impl Iterator<Item = NodeId> + 'd {
    doc.children(parent)
        .into_iter()
        .filter(move |&n| is(doc, n, ns, local))
}

fn attr(doc: &Document<'_>, n: NodeId, name: &str) -> Option<String> {
    doc.get_attribute(n, name).map(|v| escaped(v.trim()))
}

fn text(doc: &Document<'_>, n: NodeId) -> String {
    escaped(doc.text_content_deep(n).trim())
}

/// Text that may run over several lines (a `StatusMessage`): each line trimmed and escaped,
/// blank lines dropped, joined by a line break.
fn lines(doc: &Document<'_>, n: NodeId) -> String {
    doc.text_content_deep(n)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(escaped)
        .collect::<Vec<_>>()
        .join("\n")
}

fn path(doc: &Document<'_>, n: NodeId) -> String {
    let mut names: Vec<String> = doc
        .ancestors(n)
        .into_iter()
        .rev()
        .chain(std::iter::once(n))
        .filter_map(|a| doc.element(a).map(|e| escaped(&e.name.local_name)))
        .collect();
    names.dedup();
    names.join("/")
}

fn all(doc: &Document<'_>, ns: &str, local: &str) -> Vec<NodeId> {
    doc.descendants(doc.root())
        .into_iter()
        .filter(|&n| is(doc, n, ns, local))
        .collect()
}

/// The root element's local name and namespace.
#[must_use]
pub fn root_is(doc: &Document<'_>, ns: &str, local: &str) -> bool {
    doc.document_element()
        .is_some_and(|r| is(doc, r, ns, local))
}

/// The root element's local name and namespace (escaped), for a message that is not SAML.
#[must_use]
pub fn root_name(doc: &Document<'_>) -> Option<(String, String)> {
    let e = doc.element(doc.document_element()?)?;
    Some((
        escaped(&e.name.local_name),
        escaped(e.name.namespace_uri.as_deref().unwrap_or_default()),
    ))
}

/// `n` carries an enveloped `Signature` (whether it verifies or not).
#[must_use]
pub fn has_signature(doc: &Document<'_>, n: NodeId) -> bool {
    child(doc, n, NS_DS, "Signature").is_some()
}

/// The Response carries an `EncryptedAssertion` (at its normal place).
#[must_use]
pub fn is_encrypted(doc: &Document<'_>) -> bool {
    doc.document_element()
        .is_some_and(|r| child(doc, r, NS_SAML, "EncryptedAssertion").is_some())
}

/// One `Attribute` with its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    pub values: Vec<String>,
}

/// What the assertion says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssertionFacts {
    pub id: Option<String>,
    pub issuer: Option<String>,
    pub name_id: Option<String>,
    pub name_id_format: Option<String>,
    pub recipient: Option<String>,
    pub confirmation_in_response_to: Option<String>,
    pub confirmation_not_on_or_after: Option<String>,
    pub bearer: bool,
    pub not_before: Option<String>,
    pub not_on_or_after: Option<String>,
    pub audiences: Vec<String>,
    pub attributes: Vec<Attribute>,
}

/// What the Response element says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseFacts {
    pub id: Option<String>,
    pub issuer: Option<String>,
    pub destination: Option<String>,
    pub in_response_to: Option<String>,
    pub status_code: Option<String>,
    /// The second-level status code (`Requester`, `Responder` come with one).
    pub status_detail: Option<String>,
    pub status_message: Option<String>,
}

#[must_use]
pub fn response_facts(doc: &Document<'_>) -> ResponseFacts {
    let Some(root) = doc.document_element() else {
        return ResponseFacts::default();
    };
    let status = child(doc, root, NS_SAMLP, "Status");
    let code = status.and_then(|s| child(doc, s, NS_SAMLP, "StatusCode"));
    ResponseFacts {
        id: attr(doc, root, "ID"),
        issuer: child(doc, root, NS_SAML, "Issuer").map(|n| text(doc, n)),
        destination: attr(doc, root, "Destination"),
        in_response_to: attr(doc, root, "InResponseTo"),
        status_code: code.and_then(|c| attr(doc, c, "Value")),
        status_detail: code
            .and_then(|c| child(doc, c, NS_SAMLP, "StatusCode"))
            .and_then(|c| attr(doc, c, "Value")),
        status_message: status
            .and_then(|s| child(doc, s, NS_SAMLP, "StatusMessage"))
            .map(|n| lines(doc, n)),
    }
}

/// Most attributes and values read from one assertion (Entra sends up to about 150 group IDs).
const MAX_ATTRIBUTES: usize = 1000;

#[must_use]
pub fn assertion_facts(doc: &Document<'_>, a: NodeId) -> AssertionFacts {
    let mut f = AssertionFacts {
        id: attr(doc, a, "ID"),
        issuer: child(doc, a, NS_SAML, "Issuer").map(|n| text(doc, n)),
        ..AssertionFacts::default()
    };
    if let Some(subject) = child(doc, a, NS_SAML, "Subject") {
        if let Some(n) = child(doc, subject, NS_SAML, "NameID") {
            f.name_id = Some(text(doc, n));
            f.name_id_format = attr(doc, n, "Format");
        }
        let bearer = children(doc, subject, NS_SAML, "SubjectConfirmation")
            .find(|&c| doc.get_attribute(c, "Method") == Some(BEARER));
        f.bearer = bearer.is_some();
        if let Some(data) = bearer.and_then(|c| child(doc, c, NS_SAML, "SubjectConfirmationData")) {
            f.recipient = attr(doc, data, "Recipient");
            f.confirmation_in_response_to = attr(doc, data, "InResponseTo");
            f.confirmation_not_on_or_after = attr(doc, data, "NotOnOrAfter");
        }
    }
    if let Some(c) = child(doc, a, NS_SAML, "Conditions") {
        f.not_before = attr(doc, c, "NotBefore");
        f.not_on_or_after = attr(doc, c, "NotOnOrAfter");
        for r in children(doc, c, NS_SAML, "AudienceRestriction") {
            f.audiences
                .extend(children(doc, r, NS_SAML, "Audience").map(|n| text(doc, n)));
        }
    }
    for statement in children(doc, a, NS_SAML, "AttributeStatement") {
        for at in children(doc, statement, NS_SAML, "Attribute") {
            if f.attributes.len() >= MAX_ATTRIBUTES {
                break;
            }
            f.attributes.push(Attribute {
                name: attr(doc, at, "Name").unwrap_or_default(),
                values: children(doc, at, NS_SAML, "AttributeValue")
                    .take(MAX_ATTRIBUTES)
                    .map(|n| text(doc, n))
                    .collect(),
            });
        }
    }
    f
}

/// Where the assertions are. `Ok` holds the one assertion read (at its normal place: a child of
/// the Response, or of its `EncryptedAssertion` once decrypted); `Err` names the wrapping shape.
pub fn the_assertion(doc: &Document<'_>) -> Result<Option<NodeId>, Msg> {
    let root = doc
        .document_element()
        .ok_or_else(|| crate::msg!("diagnose-saml-no-root"))?;
    let assertions = all(doc, NS_SAML, "Assertion");
    let normal = |a: NodeId| {
        let parent = doc.parent(a);
        parent == Some(root)
            || parent.is_some_and(|p| {
                is(doc, p, NS_SAML, "EncryptedAssertion") && doc.parent(p) == Some(root)
            })
    };
    match assertions.as_slice() {
        [] => Ok(None),
        [one] if normal(*one) => Ok(Some(*one)),
        [one] => Err(crate::msg!(
            "diagnose-saml-assertion-moved",
            path = path(doc, *one)
        )),
        many => {
            let signed = |a: NodeId| child(doc, a, NS_DS, "Signature").is_some();
            let places: Vec<Arg> = many
                .iter()
                .map(|&a| {
                    crate::msg!(
                        "diagnose-saml-assertion-place",
                        path = path(doc, a),
                        signed = yes_no(signed(a))
                    )
                    .into()
                })
                .collect();
            Err(crate::msg!(
                "diagnose-saml-assertions-many",
                count = many.len(),
                places = Arg::joined(places, ", ")
            ))
        }
    }
}

/// A flag for a Fluent select (`{ $flag -> [yes] … *[no] … }`).
pub(super) fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// Which element a signature sits on, for a Fluent select (`[response]`, `*[assertion]`).
fn on(on_response: bool) -> &'static str {
    if on_response { "response" } else { "assertion" }
}

/// Values of ID-type attributes that occur more than once.
fn duplicate_ids(doc: &Document<'_>) -> Option<String> {
    let mut seen = std::collections::HashSet::new();
    for n in doc.descendants(doc.root()) {
        for name in ["ID", "Id", "id", "AssertionID"] {
            if let Some(v) = doc.get_attribute(n, name)
                && !seen.insert(v.to_owned())
            {
                return Some(escaped(v));
            }
        }
    }
    None
}

/// Which elements a valid signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Signed {
    Response,
    Assertion,
    Both,
}

/// The signature verdict of one message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[allow(clippy::struct_excessive_bools)] // independent facts of one verdict, not a state
pub struct SignatureFacts {
    pub status: SignatureStatus,
    pub signed: Option<Signed>,
    /// SHA-1 thumbprint of Entra's certificate whose key verified the signature(s).
    pub signed_by: Option<String>,
    #[serde(skip)]
    pub response_valid: bool,
    #[serde(skip)]
    pub assertion_valid: bool,
    /// Why a signature does not hold (one line each).
    #[serde(skip)]
    pub problems: Vec<Msg>,
    /// A certificate the message carries verified it, but it is not Entra's.
    #[serde(skip)]
    pub foreign_signer: Option<String>,
    #[serde(skip)]
    pub sha1: bool,
    /// A signature failed on its digest: the signed bytes changed after signing (re-indenting
    /// in a viewer does that), as opposed to a key or certificate that does not match.
    #[serde(skip)]
    pub digest_failed: bool,
}

impl SignatureFacts {
    #[must_use]
    pub fn absent() -> Self {
        Self {
            status: SignatureStatus::Absent,
            signed: None,
            signed_by: None,
            response_valid: false,
            assertion_valid: false,
            problems: Vec::new(),
            foreign_signer: None,
            sha1: false,
            digest_failed: false,
        }
    }

    /// Adds what `other` (the signatures of the decrypted document) found.
    pub fn merge(&mut self, other: Self) {
        self.response_valid |= other.response_valid;
        self.assertion_valid |= other.assertion_valid;
        self.problems.extend(other.problems);
        self.foreign_signer = self.foreign_signer.take().or(other.foreign_signer);
        self.signed_by = self.signed_by.take().or(other.signed_by);
        self.sha1 |= other.sha1;
        self.digest_failed |= other.digest_failed;
        self.settle();
    }

    fn settle(&mut self) {
        self.signed = match (self.response_valid, self.assertion_valid) {
            (true, true) => Some(Signed::Both),
            (true, false) => Some(Signed::Response),
            (false, true) => Some(Signed::Assertion),
            (false, false) => None,
        };
        self.status = if !self.problems.is_empty() {
            SignatureStatus::Invalid
        } else if self.signed.is_some() {
            SignatureStatus::Valid
        } else {
            SignatureStatus::Absent
        };
    }
}

/// Verifies the signatures of `doc` (parsed from `xml`) with Entra's signing certificates
/// (`entra`) only, and judges what each covers: a signature must sit on the Response or on the
/// assertion read (`assertion`), have one Reference to its parent's ID, and that ID must occur
/// once. Every signature of the document passes [`Vetted`] before the verifier sees any of it.
/// `decrypted`: `doc` is the decrypted document, whose Response signature was judged on the
/// message as received (it covers the encrypted form) and is not judged again here.
#[must_use]
pub fn signatures(
    doc: &Document<'_>,
    xml: &str,
    assertion: Option<NodeId>,
    entra: &[&CertInfo],
    decrypted: bool,
) -> SignatureFacts {
    let mut facts = SignatureFacts::absent();
    let Some(root) = doc.document_element() else {
        return facts;
    };
    let sigs: Vec<NodeId> = all(doc, NS_DS, "Signature")
        .into_iter()
        .filter(|&s| !decrypted || doc.parent(s) != Some(root))
        .collect();
    if sigs.is_empty() {
        return facts;
    }
    let vetted = if xml.len() > signature::MAX_SIGNED_BYTES {
        Err(vec![crate::msg!("diagnose-saml-too-large-to-verify")])
    } else if let Some(id) = duplicate_ids(doc) {
        Err(vec![crate::msg!("diagnose-saml-duplicate-id", id)])
    } else {
        let problems = placement_problems(doc, root, assertion, &sigs);
        if problems.is_empty() {
            Vetted::new(doc, xml).map_err(|r| vec![vetting_problem(doc, &r)])
        } else {
            Err(problems)
        }
    };
    match vetted {
        Ok(vetted) => verify_judged(&vetted, root, entra, &sigs, &mut facts),
        Err(problems) => facts.problems = problems,
    }
    facts.settle();
    facts
}

/// Where each of `sigs` sits and what its one Reference points at.
fn placement_problems(
    doc: &Document<'_>,
    root: NodeId,
    assertion: Option<NodeId>,
    sigs: &[NodeId],
) -> Vec<Msg> {
    let mut problems = Vec::new();
    for &sig in sigs {
        let parent = doc.parent(sig);
        let on_response = parent == Some(root);
        let on_assertion = parent.is_some() && parent == assertion;
        if !on_response && !on_assertion {
            problems.push(crate::msg!(
                "diagnose-saml-signature-misplaced",
                path = path(doc, sig)
            ));
            continue;
        }
        let refs: Vec<String> = child(doc, sig, NS_DS, "SignedInfo")
            .map(|si| {
                children(doc, si, NS_DS, "Reference")
                    .map(|r| doc.get_attribute(r, "URI").unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let parent_id = parent.and_then(|p| doc.get_attribute(p, "ID"));
        let what = on(on_response);
        match (refs.as_slice(), parent_id) {
            ([uri], Some(id)) if uri.strip_prefix('#') == Some(id) => {}
            ([uri], _) => problems.push(crate::msg!(
                "diagnose-saml-signature-points-elsewhere",
                what,
                uri = escaped(uri)
            )),
            (refs, _) => problems.push(crate::msg!(
                "diagnose-saml-signature-references",
                what,
                count = refs.len()
            )),
        }
    }
    problems
}

/// A signature refused before verification, said of the element it sits on.
fn vetting_problem(doc: &Document<'_>, refused: &dsig::Refused) -> Msg {
    let root = doc.document_element();
    let at = refused.signature.map_or_else(String::new, |s| path(doc, s));
    match refused.signature.map(|s| doc.parent(s) == root) {
        Some(on_response) => crate::msg!(
            "diagnose-saml-signature-refused",
            what = on(on_response),
            problem = Arg::joined(
                vec![Arg::from(&refused.problem), format!("({at})").into()],
                " "
            )
        ),
        None => refused.problem.clone(),
    }
}

/// Verifies the vetted document and records the verdict of each of `judged`.
fn verify_judged(
    vetted: &Vetted<'_, '_>,
    root: NodeId,
    entra: &[&CertInfo],
    judged: &[NodeId],
    facts: &mut SignatureFacts,
) {
    let doc = vetted.doc();
    let results = match verify(vetted, entra) {
        Ok(results) => results,
        Err(reason) => {
            facts.problems.push(reason);
            return;
        }
    };
    let results: Vec<(NodeId, SigResult)> = results
        .into_iter()
        .filter(|(sig, _)| judged.contains(sig))
        .collect();
    let failing: Vec<NodeId> = results
        .iter()
        .filter(|(_, r)| r.is_err())
        .map(|(s, _)| *s)
        .collect();
    let foreign = foreign_signers(vetted, &failing, entra);
    for (sig, result) in results {
        let on_response = doc.parent(sig) == Some(root);
        let what = on(on_response);
        // The verifier's own words for a digest that does not match (bergshamra).
        facts.digest_failed |= result
            .as_ref()
            .is_err_and(|reason| reason.english().starts_with("Reference digest failed"));
        match result {
            Ok((thumbprint, sha1)) => {
                facts.signed_by = Some(thumbprint);
                facts.sha1 |= sha1;
                if on_response {
                    facts.response_valid = true;
                } else {
                    facts.assertion_valid = true;
                }
            }
            Err(reason) => match foreign.iter().find(|(s, _)| *s == sig) {
                Some((_, f)) => {
                    facts.problems.push(crate::msg!(
                        "diagnose-saml-foreign-signer",
                        what,
                        certificate = f.as_str()
                    ));
                    facts.foreign_signer = Some(f.clone());
                }
                None => facts.problems.push(crate::msg!(
                    "diagnose-saml-signature-does-not-verify",
                    what,
                    reason
                )),
            },
        }
    }
}

type SigResult = Result<(String, bool), Msg>;

/// Verifies every signature of `vetted` with `candidates` in one key store: each signature
/// with its result, in document order.
fn verify(
    vetted: &Vetted<'_, '_>,
    candidates: &[&CertInfo],
) -> Result<Vec<(NodeId, SigResult)>, Msg> {
    if candidates.is_empty() {
        return Err(crate::msg!("diagnose-saml-no-entra-certificate"));
    }
    if candidates.len() > signature::MAX_CANDIDATES {
        return Err(crate::msg!("diagnose-saml-too-many-entra-certificates"));
    }
    let results = vetted
        .verify_each(candidates)
        .map_err(|error| crate::msg!("diagnose-saml-cannot-check", error))?;
    let doc = vetted.doc();
    Ok(vetted
        .signatures()
        .zip(results)
        .map(|(sig, result)| {
            let judged = match result {
                VerifyResult::Valid {
                    signature_node,
                    references,
                    key_info,
                } => {
                    let parent = doc.parent(signature_node);
                    let [reference] = references.as_slice() else {
                        return (
                            sig,
                            Err(crate::msg!("diagnose-saml-verify-several-references")),
                        );
                    };
                    if signature_node != sig
                        || reference.resolved_node != parent
                        || !reference.digest_verified
                    {
                        return (sig, Err(crate::msg!("diagnose-saml-verify-not-covering")));
                    }
                    key_info
                        .x509_chain
                        .first()
                        .and_then(|der| candidates.iter().find(|c| &c.der == der))
                        .map(|c| (c.sha1_thumbprint.clone(), vetted.uses_sha1(sig)))
                        .ok_or_else(|| crate::msg!("diagnose-saml-verify-no-certificate"))
                }
                VerifyResult::Invalid { reason } => Err(Msg::verbatim(escaped(&reason))),
            };
            (sig, judged)
        })
        .collect())
}

/// For each of `failing`, the certificate it carries when that (and not Entra's) verifies it:
/// one verification with the certificates all of them carry (at most four each).
fn foreign_signers(
    vetted: &Vetted<'_, '_>,
    failing: &[NodeId],
    entra: &[&CertInfo],
) -> Vec<(NodeId, String)> {
    let doc = vetted.doc();
    let mut certs: Vec<CertInfo> = Vec::new();
    for &sig in failing {
        let carried = doc
            .descendants(sig)
            .into_iter()
            .filter(|&n| is(doc, n, NS_DS, "X509Certificate"))
            .take(4)
            .filter_map(|n| match decode_cert(&doc.text_content_deep(n)) {
                CertBlob::Der(der) => CertInfo::from_der(&der).ok(),
                CertBlob::Undecodable(_) => None,
            });
        for c in carried {
            if !entra.iter().any(|e| e.der == c.der) && !certs.iter().any(|k| k.der == c.der) {
                certs.push(c);
            }
        }
    }
    let refs: Vec<&CertInfo> = certs.iter().collect();
    if refs.is_empty() {
        return Vec::new();
    }
    let Ok(results) = verify(vetted, &refs) else {
        return Vec::new();
    };
    results
        .into_iter()
        .filter(|(sig, _)| failing.contains(sig))
        .filter_map(|(sig, result)| {
            let (thumbprint, _) = result.ok()?;
            let label = certs
                .iter()
                .find(|c| c.sha1_thumbprint == thumbprint)
                .map_or("", CertInfo::label);
            Some((sig, format!("{thumbprint} ({})", escaped(label))))
        })
        .collect()
}

/// Why an encrypted assertion could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecryptError {
    /// Not the shape Entra writes, or an algorithm this tool does not decrypt.
    Refused(Msg),
    /// The key does not open it, or the data is damaged.
    Failed(Msg),
}

/// Decrypts the `EncryptedAssertion` of `xml` with the TOPdesk private key, returning the
/// document with the assertion in its place (held in memory only).
pub fn decrypt(doc: &Document<'_>, xml: &str, key: &PrivateKey) -> Result<String, DecryptError> {
    let refused = |s: Msg| Err(DecryptError::Refused(s));
    let data = all(doc, NS_XENC, "EncryptedData");
    let [data] = data.as_slice() else {
        return refused(crate::msg!(
            "diagnose-saml-encrypted-data-count",
            count = data.len()
        ));
    };
    let in_assertion = doc
        .parent(*data)
        .is_some_and(|p| is(doc, p, NS_SAML, "EncryptedAssertion"));
    if !in_assertion {
        return refused(crate::msg!("diagnose-saml-encrypted-data-misplaced"));
    }
    let method = |n: NodeId| {
        child(doc, n, NS_XENC, "EncryptionMethod")
            .and_then(|m| doc.get_attribute(m, "Algorithm"))
            .unwrap_or_default()
            .to_owned()
    };
    let content = method(*data);
    if !CONTENT.contains(&content.as_str()) {
        return refused(crate::msg!(
            "diagnose-saml-content-algorithm",
            algorithm = escaped(&content)
        ));
    }
    // Key references, derived and agreed keys, and cipher data from elsewhere: Entra writes
    // none of them, and the decryptor would follow them.
    if let Some(name) = doc
        .parent(*data)
        .into_iter()
        .flat_map(|a| doc.descendants(a))
        .filter_map(|n| doc.element(n).map(|e| e.name.local_name.as_ref()))
        .find(|name| REFUSED_IN_ENCRYPTION.contains(name))
    {
        return refused(crate::msg!(
            "diagnose-saml-encryption-element",
            name = escaped(name)
        ));
    }
    let keys = all(doc, NS_XENC, "EncryptedKey");
    if keys.is_empty() || keys.len() > 4 {
        return refused(crate::msg!(
            "diagnose-saml-encrypted-key-count",
            count = keys.len()
        ));
    }
    for k in &keys {
        let transport = method(*k);
        if !KEY_TRANSPORT.contains(&transport.as_str()) {
            return refused(crate::msg!(
                "diagnose-saml-key-transport",
                algorithm = escaped(&transport)
            ));
        }
    }
    if !key.is_rsa() {
        return Err(DecryptError::Failed(crate::msg!(
            "diagnose-saml-key-not-rsa"
        )));
    }
    // The verifier's loader takes PEM; the text lives (zeroized) only for this call.
    let pem = zeroize::Zeroizing::new(to_pem("PRIVATE KEY", key.pkcs8_der()));
    let loaded = bergshamra::keys::loader::load_rsa_private_pem(pem.as_bytes()).map_err(|e| {
        DecryptError::Failed(crate::msg!(
            "diagnose-saml-key-unusable",
            error = e.to_string()
        ))
    })?;
    let mut manager = KeysManager::new();
    manager.add_key(loaded);
    let ctx = EncContext::new(manager)
        .with_disable_cipher_reference(true)
        .with_max_pbkdf2_iterations(0);
    bergshamra::decrypt(&ctx, xml).map_err(|e| {
        DecryptError::Failed(crate::msg!(
            "diagnose-saml-key-does-not-open",
            error = escaped(&e.to_string())
        ))
    })
}

/// What a request asks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestFacts {
    pub id: Option<String>,
    pub issuer: Option<String>,
    pub acs_url: Option<String>,
    pub destination: Option<String>,
    pub signed: bool,
    pub force_authn: bool,
    pub is_passive: bool,
    /// `Comparison` and the class references asked for.
    pub authn_context: Option<String>,
}

#[must_use]
pub fn request_facts(doc: &Document<'_>) -> RequestFacts {
    let Some(root) = doc.document_element() else {
        return RequestFacts::default();
    };
    let flag = |name| {
        doc.get_attribute(root, name)
            .is_some_and(|v| matches!(v.trim(), "true" | "1"))
    };
    let authn_context = child(doc, root, NS_SAMLP, "RequestedAuthnContext").map(|r| {
        let refs: Vec<String> = doc
            .children(r)
            .into_iter()
            .filter(|&n| doc.element(n).is_some())
            .map(|n| text(doc, n))
            .collect();
        format!(
            "{} {}",
            attr(doc, r, "Comparison").unwrap_or_else(|| "exact".into()),
            refs.join(", ")
        )
    });
    RequestFacts {
        id: attr(doc, root, "ID"),
        issuer: child(doc, root, NS_SAML, "Issuer").map(|n| text(doc, n)),
        acs_url: attr(doc, root, "AssertionConsumerServiceURL"),
        destination: attr(doc, root, "Destination"),
        signed: child(doc, root, NS_DS, "Signature").is_some(),
        force_authn: flag("ForceAuthn"),
        is_passive: flag("IsPassive"),
        authn_context,
    }
}

//! "When the login fails": reads what the browser captured (a `SAMLResponse`, a `SAMLRequest` URL,
//! a HAR file, the text of an Entra error page) and judges each message against the loaded
//! Entra and TOPdesk metadata (and the TOPdesk key), in the order an SP checks a response.
//!
//! - [`capture`] recognises the input by content, with bounded work;
//! - [`saml`] reads one message through the hardened reader, verifies signatures with Entra's
//!   signing certificates from the federation metadata only, refuses wrapping shapes, and
//!   decrypts an `EncryptedAssertion` with the TOPdesk key (nothing decrypted is written);
//! - [`aadsts`] explains Entra's error codes against the setup.

pub mod aadsts;
pub mod capture;
pub mod saml;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::cert::CertInfo;
use super::check::{Report, parse_xs_datetime};
use super::findings::{About, Code, Finding, Severity};
use super::key::PrivateKey;
use super::signature::SignatureStatus;
use super::text::{self, escaped};
use super::topdesk::{self, Section};
use capture::{Item, Problem};
use saml::{AssertionFacts, DecryptError, ResponseFacts, SignatureFacts, Signed};

/// The loaded setup a capture is judged against.
#[derive(Debug, Clone, Copy)]
pub struct Setup<'a> {
    /// The check of the Entra and TOPdesk metadata (identifier, Reply URL, Entra's certificates).
    pub report: &'a Report,
    /// The TOPdesk private key, to read an encrypted assertion.
    pub key: Option<&'a PrivateKey>,
    /// The claim TOPdesk reads the login name from.
    pub user_attribute: &'a str,
    /// The section being configured (else the TOPdesk file's).
    pub section: Option<Section>,
    /// The moment to judge validity at: `--now`, else this computer's clock.
    pub now: OffsetDateTime,
    /// `now` was given by the admin: it wins over the capture's own time.
    pub now_fixed: bool,
}

impl Setup<'_> {
    fn identifier(&self) -> Option<&str> {
        self.report.urls.as_ref().map(|u| u.identifier.as_str())
    }
    fn reply_url(&self) -> Option<&str> {
        self.report.urls.as_ref().map(|u| u.reply.as_str())
    }
    fn sign_on_url(&self) -> Option<&str> {
        self.report.urls.as_ref().map(|u| u.sign_on.as_str())
    }
    fn sso_url(&self) -> Option<&str> {
        self.report.idp.as_ref().and_then(|i| i.sso_url.as_deref())
    }
    fn entra_id(&self) -> Option<&str> {
        self.report.idp.as_ref().map(|i| i.entity_id.as_str())
    }
    fn section(&self) -> Option<Section> {
        self.section
            .or_else(|| self.report.sp.as_ref().and_then(|s| s.section))
    }
    /// Entra's signing certificates for SAML tokens, from the federation metadata.
    fn entra_certs(&self) -> Vec<&CertInfo> {
        self.report.idp.as_ref().map_or_else(Vec::new, |i| {
            i.certificates
                .iter()
                .filter(|c| c.listed_in.saml_role)
                .map(|c| &c.info)
                .collect()
        })
    }
}

/// One attribute of the assertion (JSON: name → values).
pub type Attributes = Vec<saml::Attribute>;

fn attributes_json<S: serde::Serializer>(a: &Attributes, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap as _;
    let mut map = s.serialize_map(Some(a.len()))?;
    for at in a {
        map.serialize_entry(&at.name, &at.values)?;
    }
    map.end()
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ResponseMessage {
    pub id: Option<String>,
    pub status_code: Option<String>,
    pub status_message: Option<String>,
    pub issuer: Option<String>,
    pub destination: Option<String>,
    pub in_response_to: Option<String>,
    pub audience: Option<String>,
    pub recipient: Option<String>,
    pub not_before: Option<String>,
    pub not_on_or_after: Option<String>,
    pub name_id: Option<String>,
    pub name_id_format: Option<String>,
    #[serde(serialize_with = "attributes_json")]
    pub attributes: Attributes,
    pub encrypted: bool,
    pub decrypted: bool,
    pub signature: SignatureFacts,
    /// The decoded (or decrypted) XML, for the admin who wants to see it; never in JSON.
    #[serde(skip)]
    pub xml: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RequestMessage {
    pub id: Option<String>,
    pub issuer: Option<String>,
    pub acs_url: Option<String>,
    pub destination: Option<String>,
    pub signed: bool,
    pub force_authn: bool,
    pub requested_authn_context: Option<String>,
    #[serde(skip)]
    pub xml: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ErrorMessage {
    pub code: String,
    pub message: String,
}

/// One message of the capture, in input order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Message {
    Response(Box<ResponseMessage>),
    Request(RequestMessage),
    Error(ErrorMessage),
}

/// The one-line verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// A response TOPdesk would accept.
    Accepted,
    /// Entra refused (an AADSTS code, or a non-Success status).
    EntraRefused,
    /// TOPdesk would refuse the response (or Entra would refuse the request).
    Refused,
    /// Nothing to judge a login by (requests only, all fine).
    NoResponse,
    /// Nothing in the input could be read as a message.
    Unreadable,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnosis {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    pub messages: Vec<Message>,
    /// For each finding, the index in `messages` of the message it is about (`None`: the
    /// capture as a whole, or a message that could not be read).
    #[serde(skip)]
    pub finding_message: Vec<Option<usize>>,
    /// Nothing in the input could be read as a message (the CLI's exit 2).
    #[serde(skip)]
    pub unreadable: bool,
}

impl Diagnosis {
    /// The finding behind the verdict: Entra's error when Entra refused, else the first
    /// error-level finding (empty when there is none).
    #[must_use]
    pub fn reason(&self) -> &str {
        let entra = |f: &&Finding| matches!(f.code, Code::EntraError | Code::ResponseStatus);
        let error = |f: &&Finding| f.severity == Severity::Error;
        let found = if self.verdict == Verdict::EntraRefused {
            self.findings.iter().find(entra)
        } else {
            None
        };
        found
            .or_else(|| self.findings.iter().find(error))
            .map_or("", |f| f.message.as_str())
    }
}

/// Reads and judges a capture. Never fails: what cannot be read is a finding.
#[must_use]
pub fn diagnose(input: &[u8], setup: &Setup<'_>) -> Diagnosis {
    let mut findings = Vec::new();
    let cap = if let Some(p) = capture::too_large(input) {
        capture::Capture::refused(p)
    } else {
        match text::decode(input) {
            Ok((text, _)) => capture::read(&text),
            Err(e) => capture::Capture::refused(Problem::Unrecognised(format!(
                "the input cannot be read: {e}"
            ))),
        }
    };
    for p in &cap.problems {
        findings.push(problem_finding(p));
    }
    let mut finding_message = vec![None; findings.len()];
    let several = cap.items.len() > 1;
    let requests: Vec<(String, usize)> = cap
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| match item {
            Item::Request { xml, .. } => saml::parse(xml)
                .ok()
                .and_then(|d| saml::request_facts(&d).id)
                .map(|id| (id, i)),
            _ => None,
        })
        .collect();
    let mut messages = Vec::new();
    let mut entra_refused = false;
    let mut refused = false;
    let mut accepted = false;
    for (i, item) in cap.items.iter().enumerate() {
        let mut local = Vec::new();
        let message = match item {
            Item::Response {
                xml,
                from_base64,
                at,
            } => response(xml, *from_base64, *at, &requests, setup, &mut local),
            Item::Request {
                xml, url_signed, ..
            } => request(xml, *url_signed, setup, &mut local),
            Item::EntraError { code, message, .. } => {
                local.push(aadsts::explain(code, message, setup));
                Some(Message::Error(ErrorMessage {
                    code: code.clone(),
                    message: escaped(message),
                }))
            }
        };
        let errors = local.iter().any(|f| f.severity == Severity::Error);
        match &message {
            Some(Message::Error(_)) => entra_refused = true,
            Some(Message::Response(r))
                if r.status_code.as_deref() != Some(saml::STATUS_SUCCESS) =>
            {
                entra_refused = true;
            }
            Some(Message::Response(_)) if !errors => accepted = true,
            _ if errors => refused = true,
            _ => {}
        }
        if several {
            let kind = match &message {
                Some(Message::Response(_)) => "response",
                Some(Message::Request(_)) => "request",
                _ => "Entra error",
            };
            for f in &mut local {
                f.message = format!("Message {} ({kind}): {}", i + 1, f.message);
            }
        }
        let index = message.is_some().then_some(messages.len());
        finding_message.extend(std::iter::repeat_n(index, local.len()));
        findings.extend(local);
        if let Some(m) = message {
            messages.push(m);
        }
    }
    Finding::tag(&mut findings, About::Login);
    let unreadable = messages.is_empty() && !cap.problems.is_empty();
    let verdict = if unreadable {
        Verdict::Unreadable
    } else if entra_refused {
        Verdict::EntraRefused
    } else if refused || (has_error(&findings) && !accepted) {
        Verdict::Refused
    } else if accepted {
        Verdict::Accepted
    } else {
        Verdict::NoResponse
    };
    Diagnosis {
        verdict,
        findings,
        messages,
        finding_message,
        unreadable,
    }
}

fn has_error(findings: &[Finding]) -> bool {
    super::findings::has_errors(findings)
}

fn problem_finding(p: &Problem) -> Finding {
    match p {
        Problem::Unrecognised(m) => Finding::new(
            Code::CaptureUnrecognised,
            format!("Nothing to diagnose: {m}."),
            "Give the SAMLResponse (base64 or XML), the whole address-bar URL of Entra's sign-in or error page, a HAR file saved from the browser's Network tab, or the text of Entra's error page.",
        ),
        Problem::TooLarge(m) => Finding::new(
            Code::CaptureTooLarge,
            format!("Refused for size: {m}."),
            "Capture only the login: clear the Network tab, turn on Preserve log, log in, then save or copy.",
        ),
        Problem::Undecodable(m) => Finding::new(
            Code::CaptureUnrecognised,
            format!("A SAML value cannot be decoded: {m}."),
            "Copy the value again, whole (DevTools: Payload, view source; SAML-tracer: the SAML tab).",
        ),
    }
}

/// "both" when they differ, for messages.
fn both(got: &str, want: &str) -> String {
    format!("'{got}' where '{want}' is expected")
}

/// Reads the XML of one message: hardened read, then the DOM; a finding when refused.
fn read_xml<'x>(xml: &'x str, out: &mut Vec<Finding>) -> Option<uppsala::Document<'x>> {
    let refused = |why: String| {
        Finding::new(
            Code::MessageRefused,
            format!("The decoded SAML message is refused: {why}."),
            "Capture the message again from the browser (a real SAML message has no DOCTYPE and is a few KB).",
        )
    };
    if let Err(why) = saml::guard(xml) {
        out.push(refused(why));
        return None;
    }
    match saml::parse(xml) {
        Ok(doc) => Some(doc),
        Err(why) => {
            out.push(refused(why));
            None
        }
    }
}

#[allow(clippy::too_many_lines)] // the SP's order of checks, read top to bottom
fn response(
    xml: &str,
    from_base64: bool,
    at: Option<OffsetDateTime>,
    requests: &[(String, usize)],
    setup: &Setup<'_>,
    out: &mut Vec<Finding>,
) -> Option<Message> {
    let doc = read_xml(xml, out)?;
    if !saml::root_is(&doc, saml::NS_SAMLP, "Response") {
        out.push(Finding::new(
            Code::CaptureUnrecognised,
            "The XML is not a SAML Response or AuthnRequest.",
            "Give the SAMLResponse that Entra posted to TOPdesk (the form field SAMLResponse).",
        ));
        return None;
    }
    let facts = saml::response_facts(&doc);
    let mut msg = ResponseMessage {
        id: facts.id.clone(),
        status_code: facts.status_code.clone(),
        status_message: facts.status_message.clone(),
        issuer: facts.issuer.clone(),
        destination: facts.destination.clone(),
        in_response_to: facts.in_response_to.clone(),
        audience: None,
        recipient: None,
        not_before: None,
        not_on_or_after: None,
        name_id: None,
        name_id_format: None,
        attributes: Vec::new(),
        encrypted: false,
        decrypted: false,
        signature: SignatureFacts::absent(),
        xml: xml.to_owned(),
    };
    // 1. Status.
    if !status(&facts, setup, out) {
        return Some(Message::Response(Box::new(msg)));
    }
    // 2. Issuer (the Response's; the assertion's below).
    issuer(facts.issuer.as_deref(), "Response", setup, out);
    // 3. Where the assertion is, the signatures, decryption.
    let entra = setup.entra_certs();
    let encrypted = saml::is_encrypted(&doc);
    msg.encrypted = encrypted;
    let assertion_node = match saml::the_assertion(&doc) {
        Ok(a) => a,
        Err(shape) => {
            out.push(wrapping(&shape));
            return Some(Message::Response(Box::new(msg)));
        }
    };
    msg.signature = saml::signatures(&doc, xml, assertion_node, &entra, false);
    let decrypted_xml;
    let decrypted_doc;
    let (adoc, anode) = if encrypted {
        let Some(key) = setup.key else {
            out.push(Finding::new(
                Code::AssertionEncrypted,
                "The assertion is encrypted (Entra's token encryption); the TOPdesk private key is needed to read it.",
                "Give the TOPdesk private key (CLI: --key FILE; wizard: step 4). It is used on this computer only; nothing decrypted is written.",
            ));
            signature_findings(&msg.signature, false, from_base64, out);
            return Some(Message::Response(Box::new(msg)));
        };
        match saml::decrypt(&doc, xml, key) {
            Ok(plain) => decrypted_xml = plain,
            Err(DecryptError::Refused(why) | DecryptError::Failed(why)) => {
                out.push(Finding::new(
                    Code::AssertionDecryptFailed,
                    format!("The encrypted assertion cannot be read: {why}."),
                    "In the Entra app, Token encryption must hold TOPdesk's certificate (the one of this key) and be active; or give the key that belongs to that certificate.",
                ));
                signature_findings(&msg.signature, false, from_base64, out);
                return Some(Message::Response(Box::new(msg)));
            }
        }
        msg.decrypted = true;
        decrypted_doc = read_xml(&decrypted_xml, out)?;
        let node = match saml::the_assertion(&decrypted_doc) {
            Ok(a) => a,
            Err(shape) => {
                out.push(wrapping(&shape));
                return Some(Message::Response(Box::new(msg)));
            }
        };
        let inner = saml::signatures(&decrypted_doc, &decrypted_xml, node, &entra, true);
        msg.signature.merge(inner);
        msg.xml.clone_from(&decrypted_xml);
        (&decrypted_doc, node)
    } else {
        (&doc, assertion_node)
    };
    let Some(anode) = anode else {
        out.push(Finding::new(
            Code::AssertionMissing,
            "The Response says Success but holds no assertion.",
            "Capture the login again; if it persists, check the Entra app's SAML signing options.",
        ));
        signature_findings(&msg.signature, false, from_base64, out);
        return Some(Message::Response(Box::new(msg)));
    };
    let a = saml::assertion_facts(adoc, anode);
    fill(&mut msg, &a);
    signature_findings(&msg.signature, true, from_base64, out);
    if a.issuer != facts.issuer || facts.issuer.is_none() {
        issuer(a.issuer.as_deref(), "assertion", setup, out);
    }
    // 4. Audience, Recipient, Destination, InResponseTo.
    audience(&a, setup, out);
    recipient_destination(&facts, &a, setup, out);
    in_response_to(&facts, &a, requests, out);
    // 5. Time.
    timing(&a, at, setup, out);
    // 6. NameID and the user name attribute.
    user(&a, setup, out);
    Some(Message::Response(Box::new(msg)))
}

fn fill(msg: &mut ResponseMessage, a: &AssertionFacts) {
    msg.audience = a.audiences.first().cloned();
    msg.recipient.clone_from(&a.recipient);
    msg.not_before.clone_from(&a.not_before);
    msg.not_on_or_after = a
        .not_on_or_after
        .clone()
        .or_else(|| a.confirmation_not_on_or_after.clone());
    msg.name_id.clone_from(&a.name_id);
    msg.name_id_format.clone_from(&a.name_id_format);
    msg.attributes.clone_from(&a.attributes);
}

fn wrapping(shape: &str) -> Finding {
    Finding::new(
        Code::SignatureWrapping,
        format!("TOPdesk would refuse this response: {shape}."),
        "Do not trust this response: it was changed after Entra signed it. Capture a fresh login; if it happens again, something between Entra and TOPdesk alters responses.",
    )
}

/// Returns whether the status is Success (the other checks only apply then).
fn status(facts: &ResponseFacts, setup: &Setup<'_>, out: &mut Vec<Finding>) -> bool {
    let code = facts.status_code.as_deref().unwrap_or("(none)");
    if code == saml::STATUS_SUCCESS {
        return true;
    }
    let short = |c: &str| c.rsplit(':').next().unwrap_or(c).to_owned();
    let detail = facts
        .status_detail
        .as_deref()
        .map_or(String::new(), |d| format!(" / {}", short(d)));
    let said = facts.status_message.as_deref().unwrap_or("");
    if let Some((code, message)) = capture::aadsts(said) {
        let mut f = aadsts::explain(&code, &message, setup);
        f.message = format!(
            "Entra answered with status {}{detail}. {}",
            short(code_or(facts)),
            f.message
        );
        out.push(f);
    } else {
        out.push(Finding::new(
            Code::ResponseStatus,
            format!(
                "Entra answered with status {}{detail}{}: no login.",
                short(code),
                if said.is_empty() {
                    String::new()
                } else {
                    format!(" (\"{said}\")")
                }
            ),
            "Look up Entra's sign-in logs (Entra admin center > Sign-in logs, filter on the TOPdesk app) for the reason.",
        ));
    }
    false
}

fn code_or(facts: &ResponseFacts) -> &str {
    facts.status_code.as_deref().unwrap_or("(none)")
}

fn issuer(got: Option<&str>, what: &str, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let Some(want) = setup.entra_id() else {
        return;
    };
    let got = got.unwrap_or("(none)");
    if got != want {
        out.push(Finding::new(
            Code::ResponseIssuer,
            format!(
                "The {what}'s Issuer is {}: TOPdesk would refuse it (the Entra identifier in the loaded federation metadata).",
                both(got, want)
            ),
            "Upload to TOPdesk the federation metadata of the Entra app that answered (same tenant, same app); or this response came from another identity provider.",
        ));
    }
}

fn signature_findings(
    sig: &SignatureFacts,
    assertion_read: bool,
    from_base64: bool,
    out: &mut Vec<Finding>,
) {
    let by = sig
        .signed_by
        .as_deref()
        .map_or(String::new(), |t| format!(" by Entra's certificate {t}"));
    if sig.status == SignatureStatus::Invalid {
        let hint = if from_base64 {
            ""
        } else {
            " If the XML was copied from a viewer, it may have been re-indented, which breaks signatures: give the raw base64 SAMLResponse instead."
        };
        out.push(Finding::new(
            Code::ResponseSignatureInvalid,
            format!(
                "TOPdesk would refuse this response: {}.{hint}",
                sig.problems.join("; ")
            ),
            if sig.foreign_signer.is_some() {
                "Upload the Entra app's current federation metadata to TOPdesk and load it here; if the certificate is not in the Entra app's SAML Certificates, this response was not made by your Entra app."
            } else {
                "Capture the login again from the browser (the raw base64 value); check that TOPdesk has the current federation metadata."
            },
        ));
        return;
    }
    if let Some(signed) = sig.signed {
        let what = match signed {
            Signed::Response => "the Response (not the assertion)",
            Signed::Assertion => "the assertion",
            Signed::Both => "the Response and the assertion",
        };
        out.push(Finding::new(
            Code::ResponseSignatureValid,
            format!("The signature over {what} verifies{by}."),
            "Nothing to do.",
        ));
    }
    if assertion_read && !sig.assertion_valid {
        out.push(Finding::new(
            Code::AssertionUnsigned,
            if sig.response_valid {
                "The assertion itself is not signed (only the Response is); TOPdesk requires a signed assertion."
            } else {
                "Nothing in the response is signed; TOPdesk requires a signed assertion."
            },
            "In the Entra app, SAML Certificates > Signing option: choose \"Sign SAML assertion\" (or \"Sign SAML response and assertion\").",
        ));
    }
    if sig.sha1 {
        out.push(Finding::new(
            Code::SignatureSha1,
            "The response is signed with SHA-1.",
            "In the Entra app, SAML Certificates > Signing algorithm: choose SHA-256.",
        ));
    }
}

fn audience(a: &AssertionFacts, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let Some(want) = setup.identifier() else {
        return;
    };
    if !a.audiences.iter().any(|x| x == want) {
        let got = if a.audiences.is_empty() {
            "(none)".to_owned()
        } else {
            a.audiences.join(", ")
        };
        out.push(Finding::new(
            Code::ResponseAudience,
            format!(
                "The Audience is {}: TOPdesk would refuse it (TOPdesk's Identifier).",
                both(&got, want)
            ),
            format!(
                "In the Entra app, Basic SAML Configuration, set Identifier (Entity ID) to exactly {want}."
            ),
        ));
    }
}

/// The TOPdesk section a Reply URL belongs to.
fn section_of_url(url: &str) -> Option<Section> {
    topdesk::split_url(url).and_then(|u| topdesk::section_of(u.path))
}

/// " (Secure (operators))" after a URL, or nothing.
fn section_label(url: &str) -> String {
    section_of_url(url).map_or_else(String::new, |s| format!(" ({})", s.label()))
}

fn recipient_destination(
    facts: &ResponseFacts,
    a: &AssertionFacts,
    setup: &Setup<'_>,
    out: &mut Vec<Finding>,
) {
    let Some(want) = setup.reply_url() else {
        return;
    };
    let mut check = |code: Code, what: &str, got: Option<&str>| {
        let Some(got) = got else {
            if code == Code::ResponseRecipient {
                out.push(Finding::new(
                    code,
                    "The assertion has no bearer SubjectConfirmation with a Recipient; TOPdesk would refuse it.",
                    "Capture the login again; Entra always sends one.",
                ));
            }
            return;
        };
        if got != want {
            out.push(Finding::new(
                code,
                format!(
                    "The {what} is '{got}'{} where TOPdesk's Reply URL is '{want}'{}: TOPdesk would refuse it.",
                    section_label(got),
                    section_label(want)
                ),
                format!(
                    "In the Entra app, Basic SAML Configuration, set Reply URL to exactly {want}; a different section needs its own Entra app and TOPdesk SAML configuration."
                ),
            ));
        }
    };
    check(Code::ResponseRecipient, "Recipient", a.recipient.as_deref());
    check(
        Code::ResponseDestination,
        "Destination",
        facts.destination.as_deref(),
    );
}

fn in_response_to(
    facts: &ResponseFacts,
    a: &AssertionFacts,
    requests: &[(String, usize)],
    out: &mut Vec<Finding>,
) {
    let got = facts
        .in_response_to
        .as_deref()
        .or(a.confirmation_in_response_to.as_deref());
    let Some((want, _)) = requests.last() else {
        return;
    };
    match got {
        Some(got) if requests.iter().any(|(id, _)| id == got) => {}
        got => out.push(Finding::new(
            Code::ResponseInResponseTo,
            format!(
                "InResponseTo is {} (the ID of the request in this capture): TOPdesk would refuse it as an answer to another login.",
                both(got.unwrap_or("(none, an IdP-initiated login)"), want)
            ),
            "Start the login from TOPdesk's login page (TOPdesk is SP-initiated only), not from My Apps or a bookmark, and finish it in the same browser tab.",
        )),
    }
}

fn fmt(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn skew(d: time::Duration) -> String {
    let s = d.whole_seconds().unsigned_abs();
    if s >= 86_400 {
        format!("{} d {} h", s / 86_400, s % 86_400 / 3600)
    } else if s >= 3600 {
        format!("{} h {} min", s / 3600, s % 3600 / 60)
    } else if s >= 60 {
        format!("{} min {} s", s / 60, s % 60)
    } else {
        format!("{s} s")
    }
}

fn timing(
    a: &AssertionFacts,
    at: Option<OffsetDateTime>,
    setup: &Setup<'_>,
    out: &mut Vec<Finding>,
) {
    let (now, against) = match at {
        Some(t) if !setup.now_fixed => (t, "the capture time"),
        _ if setup.now_fixed => (setup.now, "the time given"),
        _ => (setup.now, "this computer's clock"),
    };
    let clock = against == "this computer's clock";
    if let Some(nb) = a.not_before.as_deref().and_then(parse_xs_datetime)
        && now < nb
    {
        out.push(Finding::new(
            Code::AssertionNotYetValid,
            format!(
                "The assertion is valid from {} ({} after {against}, {}); Entra adds no clock-skew allowance, so TOPdesk would refuse it.",
                fmt(nb),
                skew(nb - now),
                fmt(now)
            ),
            if clock {
                "Check this computer's clock (and the TOPdesk server's): they must not lag behind Entra's."
            } else {
                "Check the TOPdesk server's clock: it must not lag behind Entra's."
            },
        ));
    }
    let end = a
        .not_on_or_after
        .as_deref()
        .or(a.confirmation_not_on_or_after.as_deref())
        .and_then(parse_xs_datetime);
    if let Some(end) = end
        && now >= end
    {
        let late = now - end;
        out.push(Finding::new(
            Code::AssertionExpired,
            format!(
                "The assertion expired at {} ({} before {against}, {}): TOPdesk would refuse it.",
                fmt(end),
                skew(late),
                fmt(now)
            ),
            if clock && late < time::Duration::hours(2) {
                "If this login happened just now, check this computer's clock; otherwise capture a fresh login (an assertion is valid for about an hour)."
            } else {
                "Capture a fresh login and diagnose it right away (an assertion is valid for about an hour); use --now to judge an older capture at its own time."
            },
        ));
    }
}

fn user(a: &AssertionFacts, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let wanted = setup.user_attribute;
    let found = a.attributes.iter().find(|at| at.name == wanted);
    let value = found.and_then(|at| at.values.iter().find(|v| !v.is_empty()));
    match (found, value) {
        (_, Some(v)) => out.push(Finding::new(
            Code::UserName,
            format!(
                "TOPdesk's user name attribute {wanted} is '{v}': this must equal the TOPdesk login name of the person."
            ),
            "If TOPdesk says the user is unknown, set that person's login name in TOPdesk to this value, or choose another user name attribute.",
        )),
        (Some(_), None) => out.push(Finding::new(
            Code::UserAttributeMissing,
            format!("The user name attribute {wanted} is in the assertion but empty: TOPdesk cannot find the person."),
            "In Entra, fill in the user's property this claim is made from (often user.mail, empty for accounts without a mailbox), or map the claim to another property.",
        )),
        (None, None) => {
            let names: Vec<&str> = a.attributes.iter().map(|at| at.name.as_str()).collect();
            out.push(Finding::new(
                Code::UserAttributeMissing,
                format!(
                    "The user name attribute {wanted} is not in the assertion (it has: {}): TOPdesk cannot find the person.",
                    if names.is_empty() { "no attributes".to_owned() } else { names.join(", ") }
                ),
                "In the Entra app, Attributes & Claims: add this claim, or choose one of the claims above as TOPdesk's user name attribute. An empty user.mail also drops the email claim.",
            ));
        }
    }
    if a.name_id.as_deref().is_none_or(str::is_empty) {
        out.push(Finding::new(
            Code::UserAttributeMissing,
            "The assertion has no NameID.",
            "In the Entra app, Attributes & Claims: set the Unique User Identifier (Name ID) claim.",
        ));
    }
}

fn request(
    xml: &str,
    url_signed: bool,
    setup: &Setup<'_>,
    out: &mut Vec<Finding>,
) -> Option<Message> {
    let doc = read_xml(xml, out)?;
    if !saml::root_is(&doc, saml::NS_SAMLP, "AuthnRequest") {
        out.push(Finding::new(
            Code::CaptureUnrecognised,
            "The SAMLRequest is not an AuthnRequest.",
            "Give the address-bar URL of Entra's sign-in page right after clicking TOPdesk's login button.",
        ));
        return None;
    }
    let r = saml::request_facts(&doc);
    let differ =
        |code: Code, what: &str, got: Option<&str>, want: Option<&str>, fix: &str, aadsts: &str| {
            want.filter(|w| got != Some(*w)).map(|want| {
                Finding::new(
                    code,
                    format!(
                        "The request's {what} is {}: Entra would answer {aadsts}.",
                        both(got.unwrap_or("(none)"), want)
                    ),
                    fix,
                )
            })
        };
    out.extend(differ(
        Code::RequestIssuer,
        "Issuer",
        r.issuer.as_deref(),
        setup.identifier(),
        "TOPdesk sent a different entity ID than its SP metadata: download TOPdesk's SP metadata again, and set the Entra app's Identifier to the Issuer TOPdesk sends.",
        "AADSTS700016 unless the Entra app's Identifier is this Issuer",
    ));
    if let (Some(got), Some(want)) = (r.acs_url.as_deref(), setup.reply_url())
        && got != want
    {
        out.push(Finding::new(
            Code::RequestAcs,
            format!(
                "The request's AssertionConsumerServiceURL is '{got}'{} where TOPdesk's metadata gives '{want}'{}: Entra answers AADSTS50011 unless this exact URL is a Reply URL of the app.",
                section_label(got),
                section_label(want)
            ),
            "Check that the TOPdesk SP metadata loaded is the one of the section you log in to; add the URL the request shows as Reply URL of that section's Entra app.",
        ));
    }
    out.extend(differ(
        Code::RequestDestination,
        "Destination",
        r.destination.as_deref(),
        setup.sso_url(),
        "Upload the Entra app's current federation metadata to TOPdesk (TOPdesk sends requests to the SSO URL it lists).",
        "AADSTS75008",
    ));
    let signed = r.signed || url_signed;
    out.push(Finding::new(
        Code::RequestShown,
        format!(
            "Request {}: {}signed{}{}.",
            r.id.as_deref().unwrap_or("(no ID)"),
            if signed { "" } else { "not " },
            if r.force_authn {
                ", ForceAuthn (the user must sign in again)"
            } else {
                ""
            },
            r.authn_context
                .as_deref()
                .map_or(String::new(), |c| format!(
                    ", RequestedAuthnContext {c} (AADSTS75011 when the sign-in method differs)"
                ))
        ),
        if signed {
            "Nothing to do."
        } else {
            "Fine unless the Entra app requires signed requests (then AADSTS76021)."
        },
    ));
    Some(Message::Request(RequestMessage {
        id: r.id,
        issuer: r.issuer,
        acs_url: r.acs_url,
        destination: r.destination,
        signed,
        force_authn: r.force_authn,
        requested_authn_context: r.authn_context,
        xml: xml.to_owned(),
    }))
}

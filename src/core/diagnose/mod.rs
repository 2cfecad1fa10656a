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

use super::cert::CertInfo;
use super::check::{Report, parse_xs_datetime};
use super::findings::{About, Code, Finding, Severity};
use super::i18n::{Arg, Msg};
use super::key::PrivateKey;
use super::signature::SignatureStatus;
use super::text::{self, escaped};
use super::topdesk::{self, Section};
use capture::{Item, Problem};
use saml::{AssertionFacts, DecryptError, ResponseFacts, SignatureFacts, Signed, yes_no};

/// Most findings kept for one capture; the others are counted in one last finding.
pub const MAX_FINDINGS: usize = 200;

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
        self.report
            .idp
            .as_ref()
            .map_or_else(Vec::new, |i| i.saml_certs().map(|c| &c.info).collect())
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
    /// The fields above that hold a value no valid signature covers (JSON names, e.g.
    /// `destination`, `in_response_to`, `status_code` when Entra signs only the assertion).
    pub unsigned: Vec<&'static str>,
    /// Of [`Self::unsigned`], those under a signature that does not verify.
    pub unverified: Vec<&'static str>,
    /// The decoded (or decrypted) XML, for the admin who wants to see it; never in JSON.
    #[serde(skip)]
    pub xml: String,
}

/// Whether a signature vouches for a value of a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// Covered by a signature that verifies with Entra's certificate.
    Signed,
    /// No signature covers it (with Entra's default, the Response's own values).
    NotSigned,
    /// A signature meant to cover it does not verify: it may have been changed.
    Unverified,
}

impl ResponseMessage {
    /// How far the value of `field` (a JSON name) can be trusted.
    #[must_use]
    pub fn trust(&self, field: &str) -> Trust {
        if self.unverified.contains(&field) {
            Trust::Unverified
        } else if self.unsigned.contains(&field) {
            Trust::NotSigned
        } else {
            Trust::Signed
        }
    }
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
    /// Codes nested in this one, outer first (the last names the cause).
    pub inner: Vec<InnerError>,
}

/// An `AADSTS` code nested in another.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InnerError {
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
    /// Nothing in the input could be read as a message (the CLI's exit 2).
    #[serde(skip)]
    pub unreadable: bool,
}

impl Diagnosis {
    /// The finding behind the verdict: Entra's error when Entra refused, else the first
    /// error-level finding (none when there is none).
    #[must_use]
    pub fn blocking(&self) -> Option<&Finding> {
        let entra = |f: &&Finding| matches!(f.code, Code::EntraError | Code::ResponseStatus);
        let error = |f: &&Finding| f.severity == Severity::Error;
        let found = if self.verdict == Verdict::EntraRefused {
            self.findings.iter().find(entra)
        } else {
            None
        };
        found.or_else(|| self.findings.iter().find(error))
    }

    /// What the [`Self::blocking`] finding says.
    #[must_use]
    pub fn reason(&self) -> Option<&Msg> {
        self.blocking().map(|f| &f.message)
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
            Err(e) => capture::Capture::refused(Problem::Unrecognised(crate::msg!(
                "diagnose-input-unreadable",
                error = Arg::shown(e)
            ))),
        }
    };
    for p in &cap.problems {
        findings.push(problem_finding(p));
    }
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
            Item::EntraError { codes, .. } => {
                local.push(aadsts::explain_all(codes, setup));
                entra_error(codes)
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
            number_findings(&mut local, i + 1, message.as_ref());
        }
        let index = message.is_some().then_some(messages.len());
        for f in &mut local {
            f.message_index = index;
        }
        findings.extend(local);
        if let Some(m) = message {
            messages.push(m);
        }
    }
    cap_findings(&mut findings, cap.problems.len(), &cap.dropped);
    Finding::tag(&mut findings, About::Login);
    // Nothing read as a message (only problems, or XML that is no SAML message): exit 2.
    let unreadable = messages.is_empty();
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
        unreadable,
    }
}

/// An Entra error's codes as a message: the outer one, and those nested in it.
fn entra_error(codes: &[(String, String)]) -> Option<Message> {
    let mut all = codes.iter().map(|(code, message)| InnerError {
        code: code.clone(),
        message: escaped(message),
    });
    let outer = all.next()?;
    Some(Message::Error(ErrorMessage {
        code: outer.code,
        message: outer.message,
        inner: all.collect(),
    }))
}

/// Keeps at most [`MAX_FINDINGS`]: the capture's problems give way to the findings about its
/// messages; what is left out (and what the capture only counted) is one last finding.
fn cap_findings(findings: &mut Vec<Finding>, problems: usize, dropped: &[(Code, usize)]) {
    let mut left_out = dropped.to_vec();
    let about_messages = findings.len() - problems;
    let keep_messages = about_messages.min(MAX_FINDINGS);
    let keep_problems = problems.min(MAX_FINDINGS - keep_messages);
    let mut cut = findings.split_off(problems + keep_messages);
    cut.extend(findings.drain(keep_problems..problems));
    for f in cut {
        match left_out.iter_mut().find(|(c, _)| *c == f.code) {
            Some((_, n)) => *n += 1,
            None => left_out.push((f.code, 1)),
        }
    }
    let Some(severity) = left_out.iter().map(|(c, _)| c.severity()).min() else {
        return;
    };
    let count: usize = left_out.iter().map(|(_, n)| n).sum();
    let codes: Vec<&str> = left_out.iter().map(|(c, _)| c.as_str()).collect();
    findings.push(
        Finding::new(
            Code::CaptureTooLarge,
            crate::msg!(
                "diagnose-findings-capped",
                count,
                codes = codes.join(", "),
                max = MAX_FINDINGS
            ),
            crate::msg!("diagnose-too-large-fix"),
        )
        .with_severity(severity),
    );
}

/// "Message 2 (response): …" before each finding about one message of several.
fn number_findings(findings: &mut [Finding], number: usize, message: Option<&Message>) {
    let kind = match message {
        Some(Message::Response(_)) => "response",
        Some(Message::Request(_)) => "request",
        _ => "error",
    };
    for f in findings {
        f.message = crate::msg!(
            "diagnose-message-numbered",
            number,
            kind,
            message = f.message.clone()
        );
    }
}

fn has_error(findings: &[Finding]) -> bool {
    super::findings::has_errors(findings)
}

fn problem_finding(p: &Problem) -> Finding {
    let (message, fix) = match p {
        Problem::Unrecognised(m) => (
            crate::msg!("diagnose-nothing-to-diagnose", problem = m),
            crate::msg!("diagnose-nothing-to-diagnose-fix"),
        ),
        Problem::TooLarge(m) => (
            crate::msg!("diagnose-too-large", problem = m),
            crate::msg!("diagnose-too-large-fix"),
        ),
        Problem::Capped(m) => (
            crate::msg!("diagnose-capped", problem = m),
            crate::msg!("diagnose-too-large-fix"),
        ),
        Problem::Undecodable(m) => (
            crate::msg!("diagnose-undecodable", problem = m),
            crate::msg!("diagnose-undecodable-fix"),
        ),
    };
    Finding::new(p.code(), message, fix)
}

/// "(none)": a value the message lacks.
fn none() -> Msg {
    crate::msg!("diagnose-none")
}

/// Reads the XML of one message: hardened read, then the DOM; a finding when refused.
fn read_xml<'x>(xml: &'x str, out: &mut Vec<Finding>) -> Option<uppsala::Document<'x>> {
    let refused = |why: Msg| {
        Finding::new(
            Code::MessageRefused,
            crate::msg!("diagnose-message-refused", why),
            crate::msg!("diagnose-message-refused-fix"),
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

/// Which clock gave the moment validity is judged at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    /// The time given (`--now`).
    Given,
    /// The capture's own time (a HAR's).
    Capture,
    /// This computer's clock.
    Computer,
}

impl Clock {
    /// The word for a Fluent select (`[given]`, `[capture]`, `*[clock]`).
    const fn select(self) -> &'static str {
        match self {
            Self::Given => "given",
            Self::Capture => "capture",
            Self::Computer => "clock",
        }
    }
}

/// The moment validity is judged at, and which clock gave it: the time given, else the
/// capture's own time, else this computer's clock.
#[derive(Debug, Clone, Copy)]
struct Judge {
    now: OffsetDateTime,
    clock: Clock,
}

impl Judge {
    fn new(at: Option<OffsetDateTime>, setup: &Setup<'_>) -> Self {
        match at {
            _ if setup.now_fixed => Self {
                now: setup.now,
                clock: Clock::Given,
            },
            Some(t) => Self {
                now: t,
                clock: Clock::Capture,
            },
            None => Self {
                now: setup.now,
                clock: Clock::Computer,
            },
        }
    }

    /// The other clock a reader might judge by: this computer's, against the capture's time;
    /// the capture's, against the time given.
    fn other(self, at: Option<OffsetDateTime>, setup: &Setup<'_>) -> Option<Self> {
        match self.clock {
            Clock::Capture => Some(Self {
                now: setup.now,
                clock: Clock::Computer,
            }),
            Clock::Given => at.map(|t| Self {
                now: t,
                clock: Clock::Capture,
            }),
            Clock::Computer => None,
        }
    }
}

/// Where a response's values come from, to tell which a signature covers.
#[derive(Debug, Default, Clone)]
struct Sources {
    /// The Response carries a signature (valid or not).
    response_signature: bool,
    /// The assertion carries a signature (valid or not).
    assertion_signature: bool,
    /// Fields of the Response taken from the assertion instead (`issuer`, `in_response_to`:
    /// signed where the Response's are not).
    from_assertion: Vec<&'static str>,
}

impl Sources {
    /// (covered by a valid signature, under a signature) of the assertion's values: a valid
    /// Response signature covers the assertion too.
    fn assertion(&self, sig: &SignatureFacts) -> (bool, bool) {
        (
            sig.assertion_valid || sig.response_valid,
            self.assertion_signature || self.response_signature,
        )
    }

    /// The assertion's values are under a signature that does not verify.
    fn assertion_unverified(&self, sig: &SignatureFacts) -> bool {
        self.assertion(sig) == (false, true)
    }
}

/// "(from an unverified assertion)" after each of `findings` when `unverified`.
fn mark_unverified(findings: &mut [Finding], unverified: bool) {
    if unverified {
        for f in findings {
            f.message = crate::msg!("diagnose-unverified", message = f.message.clone());
        }
    }
}

/// Fills [`ResponseMessage::unsigned`] and [`ResponseMessage::unverified`].
fn mark(msg: &mut ResponseMessage, s: &Sources) {
    let sig = &msg.signature;
    let response = (sig.response_valid, s.response_signature);
    let assertion = s.assertion(sig);
    let fields = [
        ("id", msg.id.is_some(), false),
        ("status_code", msg.status_code.is_some(), false),
        ("status_message", msg.status_message.is_some(), false),
        ("issuer", msg.issuer.is_some(), false),
        ("destination", msg.destination.is_some(), false),
        ("in_response_to", msg.in_response_to.is_some(), false),
        ("audience", msg.audience.is_some(), true),
        ("recipient", msg.recipient.is_some(), true),
        ("not_before", msg.not_before.is_some(), true),
        ("not_on_or_after", msg.not_on_or_after.is_some(), true),
        ("name_id", msg.name_id.is_some(), true),
        ("name_id_format", msg.name_id_format.is_some(), true),
        ("attributes", !msg.attributes.is_empty(), true),
    ];
    for (name, present, in_assertion) in fields {
        let in_assertion = in_assertion || s.from_assertion.contains(&name);
        let (covered, carries) = if in_assertion { assertion } else { response };
        if present && !covered {
            msg.unsigned.push(name);
            if carries {
                msg.unverified.push(name);
            }
        }
    }
}

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
        let (root, namespace) = saml::root_name(&doc).unwrap_or_default();
        out.push(Finding::new(
            Code::CaptureUnrecognised,
            crate::msg!("diagnose-not-saml", root, namespace),
            crate::msg!("diagnose-not-saml-fix"),
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
        unsigned: Vec::new(),
        unverified: Vec::new(),
        xml: xml.to_owned(),
    };
    let mut sources = Sources::default();
    let judge = Judge::new(at, setup);
    let check = Check {
        from_base64,
        at,
        judge,
        requests,
        setup,
    };
    check.response(&doc, xml, &facts, &mut msg, &mut sources, out);
    mark(&mut msg, &sources);
    Some(Message::Response(Box::new(msg)))
}

/// What judging one response needs besides the message.
struct Check<'c> {
    from_base64: bool,
    at: Option<OffsetDateTime>,
    judge: Judge,
    requests: &'c [(String, usize)],
    setup: &'c Setup<'c>,
}

impl Check<'_> {
    /// The checks in the order an SP makes them; stops where the SP would.
    #[allow(clippy::too_many_lines)] // the SP's order of checks, read top to bottom
    fn response(
        &self,
        doc: &uppsala::Document<'_>,
        xml: &str,
        facts: &ResponseFacts,
        msg: &mut ResponseMessage,
        sources: &mut Sources,
        out: &mut Vec<Finding>,
    ) {
        let setup = self.setup;
        let entra = setup.entra_certs();
        let root = doc.document_element();
        let assertion_node = saml::the_assertion(doc);
        // The signatures first (their findings come after the status): what they cover is
        // shown even for a response Entra refused.
        if let Ok(node) = assertion_node {
            msg.signature = saml::signatures(doc, xml, node, &entra, false);
            sources.response_signature = root.is_some_and(|r| saml::has_signature(doc, r));
            sources.assertion_signature = node.is_some_and(|a| saml::has_signature(doc, a));
        }
        // 1. Status.
        if !status(facts, setup, out) {
            return;
        }
        // 2. Issuer (the Response's; the assertion's below).
        issuer(facts.issuer.as_deref(), "response", setup, out);
        // 3. Where the assertion is, the signatures, decryption.
        let encrypted = saml::is_encrypted(doc);
        msg.encrypted = encrypted;
        let assertion_node = match assertion_node {
            Ok(a) => a,
            Err(shape) => {
                out.push(wrapping(&shape));
                return;
            }
        };
        let decrypted_xml;
        let decrypted_doc;
        let (adoc, anode) = if encrypted {
            let Some(key) = setup.key else {
                out.push(Finding::new(
                    Code::AssertionEncrypted,
                    crate::msg!("diagnose-assertion-encrypted"),
                    crate::msg!("diagnose-assertion-encrypted-fix"),
                ));
                self.signature_findings(&msg.signature, false, out);
                return;
            };
            match saml::decrypt(doc, xml, key) {
                Ok(plain) => decrypted_xml = plain,
                Err(DecryptError::Refused(why) | DecryptError::Failed(why)) => {
                    out.push(Finding::new(
                        Code::AssertionDecryptFailed,
                        crate::msg!("diagnose-decrypt-failed", why),
                        crate::msg!("diagnose-decrypt-failed-fix"),
                    ));
                    self.signature_findings(&msg.signature, false, out);
                    return;
                }
            }
            msg.decrypted = true;
            let Some(plain) = read_xml(&decrypted_xml, out) else {
                return;
            };
            decrypted_doc = plain;
            let node = match saml::the_assertion(&decrypted_doc) {
                Ok(a) => a,
                Err(shape) => {
                    out.push(wrapping(&shape));
                    return;
                }
            };
            let inner = saml::signatures(&decrypted_doc, &decrypted_xml, node, &entra, true);
            msg.signature.merge(inner);
            sources.assertion_signature =
                node.is_some_and(|a| saml::has_signature(&decrypted_doc, a));
            msg.xml.clone_from(&decrypted_xml);
            (&decrypted_doc, node)
        } else {
            (doc, assertion_node)
        };
        let Some(anode) = anode else {
            out.push(Finding::new(
                Code::AssertionMissing,
                crate::msg!("diagnose-assertion-missing"),
                crate::msg!("diagnose-assertion-missing-fix"),
            ));
            self.signature_findings(&msg.signature, false, out);
            return;
        };
        let a = saml::assertion_facts(adoc, anode);
        fill(msg, &a, sources);
        self.signature_findings(&msg.signature, true, out);
        // What the assertion says counts only as far as its signature holds.
        let unverified = sources.assertion_unverified(&msg.signature);
        let start = out.len();
        if a.issuer != facts.issuer || facts.issuer.is_none() {
            issuer(a.issuer.as_deref(), "assertion", setup, out);
        }
        // 4. Audience, Recipient, Destination, InResponseTo.
        audience(&a, setup, out);
        reply_url(Code::ResponseRecipient, a.recipient.as_deref(), setup, out);
        mark_unverified(&mut out[start..], unverified);
        reply_url(
            Code::ResponseDestination,
            facts.destination.as_deref(),
            setup,
            out,
        );
        in_response_to(facts, &a, self.requests, unverified, out);
        // 5. Time.
        let start = out.len();
        self.timing(&a, out);
        // 6. NameID and the user name attribute.
        user(&a, setup, out);
        mark_unverified(&mut out[start..], unverified);
    }

    fn signature_findings(
        &self,
        sig: &SignatureFacts,
        assertion_read: bool,
        out: &mut Vec<Finding>,
    ) {
        if sig.status == SignatureStatus::Invalid {
            let why = Arg::joined(sig.problems.iter().map(Arg::from).collect(), "; ");
            // Re-indenting changes the signed bytes (the digest), never the key.
            let reindented = !self.from_base64 && sig.foreign_signer.is_none() && sig.digest_failed;
            out.push(Finding::new(
                Code::ResponseSignatureInvalid,
                if reindented {
                    crate::msg!("diagnose-response-refused-pasted", why)
                } else {
                    crate::msg!("diagnose-response-refused", why)
                },
                if sig.foreign_signer.is_some() {
                    crate::msg!("diagnose-signature-foreign-fix")
                } else {
                    crate::msg!("diagnose-signature-invalid-fix")
                },
            ));
            return;
        }
        if let Some(signed) = sig.signed {
            let signed = match signed {
                Signed::Response => "response",
                Signed::Assertion => "assertion",
                Signed::Both => "both",
            };
            out.push(Finding::new(
                Code::ResponseSignatureValid,
                match sig.signed_by.as_deref() {
                    Some(thumbprint) => {
                        crate::msg!("diagnose-signature-valid-by", signed, thumbprint)
                    }
                    None => crate::msg!("diagnose-signature-valid", signed),
                },
                crate::msg!("finding-nothing-to-do"),
            ));
            self.signer_validity(sig, out);
        }
        if assertion_read && !sig.assertion_valid {
            out.push(Finding::new(
                Code::AssertionUnsigned,
                if sig.response_valid {
                    crate::msg!("diagnose-assertion-unsigned")
                } else {
                    crate::msg!("diagnose-nothing-signed")
                },
                crate::msg!("diagnose-assertion-unsigned-fix"),
            ));
        }
        if sig.sha1 {
            out.push(Finding::new(
                Code::SignatureSha1,
                crate::msg!("diagnose-signature-sha1"),
                crate::msg!("diagnose-signature-sha1-fix"),
            ));
        }
    }

    /// Entra's certificate that verified the signature was valid when the response was judged.
    fn signer_validity(&self, sig: &SignatureFacts, out: &mut Vec<Finding>) {
        let Some(thumbprint) = sig.signed_by.as_deref() else {
            return;
        };
        let certs = self.setup.entra_certs();
        let Some(cert) = certs.iter().find(|c| c.sha1_thumbprint == thumbprint) else {
            return;
        };
        let Judge { now, clock } = self.judge;
        let against = clock.select();
        let (state, skew_by) = if now > cert.not_after {
            ("expired", now - cert.not_after)
        } else if now < cert.not_before {
            ("not-yet", cert.not_before - now)
        } else {
            return;
        };
        out.push(Finding::new(
            Code::ResponseSignerExpired,
            crate::msg!(
                "diagnose-signer-expired",
                thumbprint,
                state,
                from = fmt(cert.not_before),
                until = fmt(cert.not_after),
                skew = skew(skew_by),
                against,
                now = fmt(now)
            ),
            crate::msg!("diagnose-signer-expired-fix"),
        ));
    }

    fn timing(&self, a: &AssertionFacts, out: &mut Vec<Finding>) {
        let Judge { now, clock } = self.judge;
        let against = clock.select();
        let computer = clock == Clock::Computer;
        let (nb, end) = validity_window(a);
        match validity(a, now) {
            "early" => {
                let from = nb.unwrap_or(now);
                out.push(Finding::new(
                    Code::AssertionNotYetValid,
                    crate::msg!(
                        "diagnose-not-yet-valid",
                        from = fmt(from),
                        skew = skew(from - now),
                        against,
                        now = fmt(now)
                    ),
                    if computer {
                        crate::msg!("diagnose-not-yet-valid-clock-fix")
                    } else {
                        crate::msg!("diagnose-not-yet-valid-fix")
                    },
                ));
            }
            "expired" => {
                let end = end.unwrap_or(now);
                let late = now - end;
                out.push(Finding::new(
                    Code::AssertionExpired,
                    crate::msg!(
                        "diagnose-expired",
                        end = fmt(end),
                        skew = skew(late),
                        against,
                        now = fmt(now)
                    ),
                    if computer && late < time::Duration::hours(2) {
                        crate::msg!("diagnose-expired-clock-fix")
                    } else {
                        crate::msg!("diagnose-expired-fix")
                    },
                ));
            }
            _ => {}
        }
        // The other clock would judge otherwise: say which judged, and why.
        if let Some(other) = self.judge.other(self.at, self.setup)
            && validity(a, other.now) != validity(a, now)
        {
            out.push(Finding::new(
                Code::AssertionJudgedAt,
                crate::msg!(
                    "diagnose-judged-at",
                    now = fmt(now),
                    against,
                    other = other.clock.select(),
                    then = fmt(other.now),
                    state = validity(a, other.now)
                ),
                crate::msg!("diagnose-judged-at-fix", against),
            ));
        }
    }
}

/// `NotBefore` and `NotOnOrAfter` (of the Conditions, else of the bearer confirmation).
fn validity_window(a: &AssertionFacts) -> (Option<OffsetDateTime>, Option<OffsetDateTime>) {
    let nb = a.not_before.as_deref().and_then(parse_xs_datetime);
    let end = a
        .not_on_or_after
        .as_deref()
        .or(a.confirmation_not_on_or_after.as_deref())
        .and_then(parse_xs_datetime);
    (nb, end)
}

/// The assertion at `now`, for a Fluent select: `early`, `expired` or `valid`.
fn validity(a: &AssertionFacts, now: OffsetDateTime) -> &'static str {
    match validity_window(a) {
        (Some(nb), _) if now < nb => "early",
        (_, Some(end)) if now >= end => "expired",
        _ => "valid",
    }
}

/// The assertion's values into the message. `Issuer` and `InResponseTo` are in both the
/// Response and the assertion: where only the assertion's signature holds, its values are shown.
fn fill(msg: &mut ResponseMessage, a: &AssertionFacts, sources: &mut Sources) {
    let prefer_assertion = msg.signature.assertion_valid && !msg.signature.response_valid;
    if a.issuer.is_some() && (prefer_assertion || msg.issuer.is_none()) {
        msg.issuer.clone_from(&a.issuer);
        sources.from_assertion.push("issuer");
    }
    if a.confirmation_in_response_to.is_some() && (prefer_assertion || msg.in_response_to.is_none())
    {
        msg.in_response_to
            .clone_from(&a.confirmation_in_response_to);
        sources.from_assertion.push("in_response_to");
    }
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

fn wrapping(shape: &Msg) -> Finding {
    Finding::new(
        Code::SignatureWrapping,
        crate::msg!("diagnose-response-refused", why = shape),
        crate::msg!("diagnose-wrapping-fix"),
    )
}

/// Returns whether the status is Success (the other checks only apply then).
fn status(facts: &ResponseFacts, setup: &Setup<'_>, out: &mut Vec<Finding>) -> bool {
    if facts.status_code.as_deref() == Some(saml::STATUS_SUCCESS) {
        return true;
    }
    let short = |c: &str| c.rsplit(':').next().unwrap_or(c).to_owned();
    // The status as codes ("Requester / RequestDenied"): never translated.
    let status = Arg::joined(
        vec![
            facts
                .status_code
                .as_deref()
                .map_or_else(|| none().into(), |c| short(c).into()),
            facts
                .status_detail
                .as_deref()
                .map(|d| format!(" / {}", short(d)))
                .into(),
        ],
        "",
    );
    let said = facts.status_message.as_deref().unwrap_or("");
    let codes = capture::aadsts_all(said, false);
    if codes.is_empty() {
        // Entra's lines in one sentence.
        let said = said.lines().collect::<Vec<_>>().join(" ");
        out.push(Finding::new(
            Code::ResponseStatus,
            if said.is_empty() {
                crate::msg!("diagnose-status", status)
            } else {
                crate::msg!("diagnose-status-said", status, said)
            },
            crate::msg!("diagnose-status-fix"),
        ));
    } else {
        let mut f = aadsts::explain_all(&codes, setup);
        f.message = crate::msg!(
            "diagnose-status-aadsts",
            status,
            explanation = f.message.clone()
        );
        out.push(f);
    }
    false
}

/// `what` is "response" or "assertion" (the element whose Issuer this is).
fn issuer(got: Option<&str>, what: &str, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let Some(want) = setup.entra_id() else {
        return;
    };
    if got != Some(want) {
        let got = got.map_or_else(|| none().into(), Arg::from);
        out.push(Finding::new(
            Code::ResponseIssuer,
            crate::msg!("diagnose-issuer", what, got, want),
            crate::msg!("diagnose-issuer-fix"),
        ));
    }
}

fn audience(a: &AssertionFacts, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let Some(want) = setup.identifier() else {
        return;
    };
    if !a.audiences.iter().any(|x| x == want) {
        let got = if a.audiences.is_empty() {
            Arg::from(none())
        } else {
            Arg::from(a.audiences.join(", "))
        };
        out.push(Finding::new(
            Code::ResponseAudience,
            crate::msg!("diagnose-audience", got, want),
            crate::msg!("diagnose-audience-fix", want),
        ));
    }
}

/// The TOPdesk section a Reply URL belongs to.
fn section_of_url(url: &str) -> Option<Section> {
    crate::core::url::split_url(url).and_then(|u| topdesk::section_of(u.path))
}

/// " (Secure (operators))" after a URL, or nothing.
fn section_label(url: &str) -> Arg {
    section_of_url(url).map_or_else(
        || Arg::from(""),
        |s| Arg::joined(vec![" (".into(), s.label().into(), ")".into()], ""),
    )
}

/// `Recipient` (the assertion's) or `Destination` (the Response's) against the Reply URL.
fn reply_url(code: Code, got: Option<&str>, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let Some(want) = setup.reply_url() else {
        return;
    };
    // `what` is the attribute's XML name, the same in every language.
    let what = if code == Code::ResponseRecipient {
        "Recipient"
    } else {
        "Destination"
    };
    let Some(got) = got else {
        if code == Code::ResponseRecipient {
            out.push(Finding::new(
                code,
                crate::msg!("diagnose-recipient-missing"),
                crate::msg!("diagnose-recipient-missing-fix"),
            ));
        }
        return;
    };
    if got != want {
        out.push(Finding::new(
            code,
            crate::msg!(
                "diagnose-reply-url",
                what,
                got,
                got_section = section_label(got),
                want,
                want_section = section_label(want)
            ),
            crate::msg!("diagnose-reply-url-fix", want),
        ));
    }
}

/// Both `InResponseTo` values (the Response's and the bearer confirmation's) against the IDs
/// of the requests in the capture.
/// `unverified`: the assertion's signature does not verify (its value is marked so).
fn in_response_to(
    facts: &ResponseFacts,
    a: &AssertionFacts,
    requests: &[(String, usize)],
    unverified: bool,
    out: &mut Vec<Finding>,
) {
    let Some((want, _)) = requests.last() else {
        return;
    };
    // (value, read from the assertion), the signed one first.
    let values = [
        (a.confirmation_in_response_to.as_deref(), true),
        (facts.in_response_to.as_deref(), false),
    ];
    let asked = |got: &str| requests.iter().any(|(id, _)| id == got);
    let wrong = if values.iter().all(|(v, _)| v.is_none()) {
        Some((None, false))
    } else {
        values.into_iter().find_map(|(v, from_assertion)| {
            v.filter(|v| !asked(v)).map(|v| (Some(v), from_assertion))
        })
    };
    if let Some((got, from_assertion)) = wrong {
        let start = out.len();
        out.push(Finding::new(
            Code::ResponseInResponseTo,
            crate::msg!(
                "diagnose-in-response-to",
                got = got.map_or_else(|| crate::msg!("diagnose-idp-initiated").into(), Arg::from),
                want = want.as_str()
            ),
            crate::msg!("diagnose-in-response-to-fix"),
        ));
        mark_unverified(&mut out[start..], unverified && from_assertion);
    }
}

/// A moment as readers of the language write it, in UTC, to the second (validity windows are
/// judged to the second).
fn fmt(t: OffsetDateTime) -> Msg {
    let u = t.to_offset(time::UtcOffset::UTC);
    let time = format!("{:02}:{:02}:{:02}", u.hour(), u.minute(), u.second());
    crate::msg!("moment-utc", date = u.date(), time)
}

fn skew(d: time::Duration) -> Msg {
    let s = d.whole_seconds().unsigned_abs();
    if s >= 86_400 {
        crate::msg!(
            "diagnose-skew-days",
            days = s / 86_400,
            hours = s % 86_400 / 3600
        )
    } else if s >= 3600 {
        crate::msg!(
            "diagnose-skew-hours",
            hours = s / 3600,
            minutes = s % 3600 / 60
        )
    } else if s >= 60 {
        crate::msg!("diagnose-skew-minutes", minutes = s / 60, seconds = s % 60)
    } else {
        crate::msg!("diagnose-skew-seconds", seconds = s)
    }
}

fn user(a: &AssertionFacts, setup: &Setup<'_>, out: &mut Vec<Finding>) {
    let wanted = setup.user_attribute;
    let found = a.attributes.iter().find(|at| at.name == wanted);
    let value = found.and_then(|at| at.values.iter().find(|v| !v.is_empty()));
    match (found, value) {
        (_, Some(v)) => out.push(Finding::new(
            Code::UserName,
            crate::msg!("diagnose-user-name", wanted, value = v.as_str()),
            crate::msg!("diagnose-user-name-fix"),
        )),
        (Some(_), None) => out.push(Finding::new(
            Code::UserAttributeMissing,
            crate::msg!("diagnose-user-attribute-empty", wanted),
            crate::msg!("diagnose-user-attribute-empty-fix"),
        )),
        (None, None) => {
            let names: Vec<&str> = a.attributes.iter().map(|at| at.name.as_str()).collect();
            out.push(Finding::new(
                Code::UserAttributeMissing,
                crate::msg!(
                    "diagnose-user-attribute-missing",
                    wanted,
                    names = if names.is_empty() {
                        Arg::from(crate::msg!("diagnose-no-attributes"))
                    } else {
                        Arg::from(names.join(", "))
                    }
                ),
                crate::msg!("diagnose-user-attribute-missing-fix"),
            ));
        }
    }
    if a.name_id.as_deref().is_none_or(str::is_empty) {
        out.push(Finding::new(
            Code::UserAttributeMissing,
            crate::msg!("diagnose-name-id-missing"),
            crate::msg!("diagnose-name-id-missing-fix"),
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
            crate::msg!("diagnose-not-authn-request"),
            crate::msg!("diagnose-not-authn-request-fix"),
        ));
        return None;
    }
    let r = saml::request_facts(&doc);
    // The value the request has where the setup expects `want` (none: nothing to compare).
    let differs = |got: Option<&str>, want: Option<&'_ str>| {
        want.filter(|w| got != Some(*w)).map(|want| {
            (
                got.map_or_else(|| none().into(), Arg::from),
                want.to_owned(),
            )
        })
    };
    if let Some((got, want)) = differs(r.issuer.as_deref(), setup.identifier()) {
        out.push(Finding::new(
            Code::RequestIssuer,
            crate::msg!("diagnose-request-issuer", got, want),
            crate::msg!("diagnose-request-issuer-fix"),
        ));
    }
    if let (Some(got), Some(want)) = (r.acs_url.as_deref(), setup.reply_url())
        && got != want
    {
        out.push(Finding::new(
            Code::RequestAcs,
            crate::msg!(
                "diagnose-request-acs",
                got,
                got_section = section_label(got),
                want,
                want_section = section_label(want)
            ),
            crate::msg!("diagnose-request-acs-fix"),
        ));
    }
    if let Some((got, want)) = differs(r.destination.as_deref(), setup.sso_url()) {
        out.push(Finding::new(
            Code::RequestDestination,
            crate::msg!("diagnose-request-destination", got, want),
            crate::msg!("diagnose-request-destination-fix"),
        ));
    }
    let signed = r.signed || url_signed;
    out.push(Finding::new(
        Code::RequestShown,
        crate::msg!(
            "diagnose-request-shown",
            id =
                r.id.as_deref()
                    .map_or_else(|| crate::msg!("diagnose-no-id").into(), Arg::from),
            signed = yes_no(signed),
            force_authn = yes_no(r.force_authn),
            has_context = yes_no(r.authn_context.is_some()),
            context = r.authn_context.as_deref().unwrap_or_default()
        ),
        if signed {
            crate::msg!("finding-nothing-to-do")
        } else {
            crate::msg!("diagnose-request-unsigned-fix")
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

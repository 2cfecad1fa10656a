//! `diagnose`: captured logins judged against generated Entra and TOPdesk metadata. Responses are
//! signed by `xmlsec1 --sign` and encrypted by `xmlsec1 --encrypt` at test time; xmlsec1 is the
//! reference for the signature maths and for decryption.

mod common;
#[allow(dead_code)]
#[path = "common/saml.rs"]
mod saml;

use saml::{R, lab};
use time::OffsetDateTime;
use time::macros::datetime;
use topdesk_sso::core::check::Report;
use topdesk_sso::core::diagnose::{self, Diagnosis, Message, Setup, Verdict};
use topdesk_sso::core::findings::{Code, Severity};
use topdesk_sso::core::key::PrivateKey;
use topdesk_sso::core::signature::SignatureStatus;

const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

fn report() -> Report {
    saml::lab_report(NOW)
}

fn topdesk_key() -> PrivateKey {
    PrivateKey::from_pkcs8_der(&common::topdesk_cert().private_key_pkcs8_der).unwrap()
}

fn run_at(input: &str, key: Option<&PrivateKey>, now: OffsetDateTime, fixed: bool) -> Diagnosis {
    let report = report();
    diagnose::diagnose(
        input.as_bytes(),
        &Setup {
            report: &report,
            key,
            user_attribute: saml::EMAIL,
            section: None,
            now,
            now_fixed: fixed,
        },
    )
}

fn run(input: &str) -> Diagnosis {
    run_at(input, None, NOW, true)
}

fn codes(d: &Diagnosis) -> Vec<Code> {
    d.findings.iter().map(|f| f.code).collect()
}

fn finding(d: &Diagnosis, code: Code) -> &topdesk_sso::core::findings::Finding {
    d.findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", d.findings))
}

fn errors(d: &Diagnosis) -> Vec<Code> {
    d.findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code)
        .collect()
}

fn response(d: &Diagnosis) -> &diagnose::ResponseMessage {
    d.messages
        .iter()
        .find_map(|m| match m {
            Message::Response(r) => Some(r),
            _ => None,
        })
        .expect("a response")
}

fn tools() -> bool {
    common::have_tool("xmlsec1")
}

#[test]
fn a_good_signed_response_is_accepted_and_xmlsec1_agrees() {
    if !tools() {
        return;
    }
    let xml = R::default().signed();
    assert!(saml::xmlsec_verifies(&xml, "entra"));
    let d = run(&saml::base64(&xml));
    assert_eq!(errors(&d), [], "{:#?}", d.findings);
    assert_eq!(d.verdict, Verdict::Accepted);
    let r = response(&d);
    assert_eq!(r.signature.status, SignatureStatus::Valid);
    assert_eq!(
        serde_json::to_value(&r.signature).unwrap()["signed"],
        "assertion"
    );
    let thumb = topdesk_sso::core::cert::CertInfo::from_der(&lab().entra.certificate_der)
        .unwrap()
        .sha1_thumbprint;
    assert_eq!(r.signature.signed_by.as_deref(), Some(thumb.as_str()));
    assert!(
        finding(&d, Code::ResponseSignatureValid)
            .message
            .to_string()
            .contains("the assertion")
    );
    let user = finding(&d, Code::UserName);
    assert!(
        user.message.to_string().contains("'jane@acme.example'"),
        "{}",
        user.message
    );
    assert!(
        user.message
            .to_string()
            .contains("must equal the TOPdesk login name")
    );
    assert_eq!(r.name_id.as_deref(), Some("jane@acme.example"));
    assert_eq!(r.attributes.len(), 2);
}

#[test]
fn response_only_and_both_signed() {
    if !tools() {
        return;
    }
    let both = R {
        sign_response: true,
        ..R::default()
    }
    .signed();
    assert!(saml::xmlsec_verifies(&both, "entra"));
    let d = run(&saml::base64(&both));
    assert_eq!(errors(&d), [], "{:#?}", d.findings);
    assert_eq!(
        serde_json::to_value(&response(&d).signature).unwrap()["signed"],
        "both"
    );

    let response_only = R {
        sign_response: true,
        sign_assertion: false,
        ..R::default()
    }
    .signed();
    let d = run(&saml::base64(&response_only));
    assert_eq!(errors(&d), [Code::AssertionUnsigned]);
    assert!(
        finding(&d, Code::AssertionUnsigned)
            .message
            .to_string()
            .contains("only the Response")
    );
    assert_eq!(
        serde_json::to_value(&response(&d).signature).unwrap()["signed"],
        "response"
    );
}

#[test]
fn an_unsigned_assertion_is_an_error() {
    let xml = R {
        sign_assertion: false,
        ..R::default()
    }
    .signed();
    let d = run(&saml::base64(&xml));
    assert_eq!(errors(&d), [Code::AssertionUnsigned]);
    assert_eq!(response(&d).signature.status, SignatureStatus::Absent);
    assert_eq!(d.verdict, Verdict::Refused);
}

#[test]
fn a_key_not_in_the_metadata_is_named_and_refused() {
    if !tools() {
        return;
    }
    let xml = R::default().signed_by("other");
    // The maths holds with the certificate the message carries...
    assert!(saml::xmlsec_verifies(&xml, "other"));
    let d = run(&saml::base64(&xml));
    // ...but it is not Entra's.
    assert_eq!(errors(&d), [Code::ResponseSignatureInvalid]);
    let f = finding(&d, Code::ResponseSignatureInvalid);
    let other = topdesk_sso::core::cert::CertInfo::from_der(&lab().other.certificate_der)
        .unwrap()
        .sha1_thumbprint;
    assert!(f.message.to_string().contains(&other), "{}", f.message);
    assert!(
        f.message
            .to_string()
            .contains("not Entra's signing certificate")
    );
    assert_eq!(response(&d).signature.status, SignatureStatus::Invalid);
}

/// Entra's signed response with `from` changed to `to` after signing (xmlsec1 agrees that it no
/// longer verifies).
fn tampered(from: &str, to: &str) -> String {
    let xml = R::default().signed().replace(from, to);
    assert!(!saml::xmlsec_verifies(&xml, "entra"));
    xml
}

#[test]
fn a_tampered_name_id_does_not_verify() {
    if !tools() {
        return;
    }
    let xml = tampered(
        ">jane@acme.example</NameID>",
        ">admin@acme.example</NameID>",
    );
    let d = run(&saml::base64(&xml));
    assert!(errors(&d).contains(&Code::ResponseSignatureInvalid));
    assert_eq!(d.verdict, Verdict::Refused);
    // Given as base64, no re-indenting hint; given as XML, the hint.
    let f = finding(&d, Code::ResponseSignatureInvalid);
    assert!(!f.message.to_string().contains("re-indented"));
    let d = run(&xml);
    assert!(
        finding(&d, Code::ResponseSignatureInvalid)
            .message
            .to_string()
            .contains("re-indented")
    );
}

#[test]
fn pretty_printed_xml_breaks_the_signature_and_says_so() {
    if !tools() {
        return;
    }
    let xml = R::default()
        .signed()
        .replace("<Subject>", "<Subject>\n    ");
    let d = run(&xml);
    let f = finding(&d, Code::ResponseSignatureInvalid);
    assert!(
        f.message.to_string().contains("raw base64"),
        "{}",
        f.message
    );
}

/// The signed assertion, as xmlsec1 signed it.
fn signed_assertion() -> (String, String) {
    let xml = R::default().signed();
    let start = xml.find("<Assertion ").unwrap();
    let end = xml.find("</Assertion>").unwrap() + "</Assertion>".len();
    (xml.clone(), xml[start..end].to_owned())
}

fn evil_assertion(id: &str) -> String {
    R {
        id: Box::leak(id.to_owned().into_boxed_str()),
        name_id: "admin@acme.example".into(),
        email: Some("admin@acme.example".into()),
        sign_assertion: false,
        ..R::default()
    }
    .assertion()
}

#[test]
fn every_wrapping_shape_is_refused() {
    if !tools() {
        return;
    }
    let (xml, signed) = signed_assertion();
    let shapes = [
        (
            "unsigned assertion beside the signed one",
            xml.replacen(
                "<Assertion ",
                &format!("{}<Assertion ", evil_assertion("_evil")),
                1,
            ),
        ),
        (
            "unsigned assertion around the signed one",
            xml.replacen(
                &signed,
                &evil_assertion("_evil").replacen(
                    "<AuthnStatement",
                    &format!("<Advice>{signed}</Advice><AuthnStatement"),
                    1,
                ),
                1,
            ),
        ),
        (
            "signed assertion moved into Extensions",
            xml.replacen(&signed, &evil_assertion("_evil"), 1).replacen(
                "<samlp:Status>",
                &format!("<samlp:Extensions>{signed}</samlp:Extensions><samlp:Status>"),
                1,
            ),
        ),
        (
            "the signed one alone, moved into Extensions",
            xml.replacen(&signed, "", 1).replacen(
                "<samlp:Status>",
                &format!("<samlp:Extensions>{signed}</samlp:Extensions><samlp:Status>"),
                1,
            ),
        ),
        (
            "an unsigned copy with the same ID",
            xml.replacen(
                "<Assertion ",
                &format!("{}<Assertion ", evil_assertion("_a1")),
                1,
            ),
        ),
    ];
    for (name, wrapped) in shapes {
        let d = run(&saml::base64(&wrapped));
        assert_eq!(d.verdict, Verdict::Refused, "{name}: {:#?}", d.findings);
        let f = finding(&d, Code::SignatureWrapping);
        assert!(
            f.message.to_string().contains("signature-wrapping"),
            "{name}: {}",
            f.message
        );
        assert!(
            !d.findings.iter().any(|f| f.code == Code::UserName),
            "{name}: the wrapped assertion must not be read"
        );
    }
    // xmlsec1 itself accepts the first shape: the bar for the maths, not for what is covered.
    let beside = xml.replacen(
        "<Assertion ",
        &format!("{}<Assertion ", evil_assertion("_evil")),
        1,
    );
    assert!(saml::xmlsec_verifies(&beside, "entra"));
}

#[test]
fn issuer_audience_recipient_destination_name_both_values() {
    if !tools() {
        return;
    }
    let d = run(&saml::base64(
        &R {
            issuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/".into(),
            audience: "https://acme.topdesk.net/tas/secure/login/verify".into(),
            recipient: saml::REPLY_PUBLIC.into(),
            destination: saml::REPLY_PUBLIC.into(),
            ..R::default()
        }
        .signed(),
    ));
    let issuer = finding(&d, Code::ResponseIssuer);
    assert!(issuer.message.to_string().contains("00000000-0000"));
    assert!(issuer.message.to_string().contains(saml::TENANT));
    let aud = finding(&d, Code::ResponseAudience);
    assert!(
        aud.message.to_string().contains(saml::IDENTIFIER),
        "{}",
        aud.message
    );
    assert!(
        aud.message
            .to_string()
            .contains("/tas/secure/login/verify'")
    );
    for code in [Code::ResponseRecipient, Code::ResponseDestination] {
        let f = finding(&d, code);
        assert!(
            f.message.to_string().contains(saml::REPLY_PUBLIC),
            "{}",
            f.message
        );
        assert!(f.message.to_string().contains(saml::REPLY));
        assert!(
            f.message
                .to_string()
                .contains("Public (self-service portal)")
        );
        assert!(f.message.to_string().contains("Secure (operators)"));
    }
    // In SP order: issuer before signature before audience before recipient.
    let order = codes(&d);
    let pos = |c| order.iter().position(|x| *x == c).unwrap();
    assert!(pos(Code::ResponseIssuer) < pos(Code::ResponseSignatureValid));
    assert!(pos(Code::ResponseSignatureValid) < pos(Code::ResponseAudience));
    assert!(pos(Code::ResponseAudience) < pos(Code::ResponseRecipient));
}

#[test]
fn validity_is_judged_at_the_time_given_with_the_skew_stated() {
    if !tools() {
        return;
    }
    let b = saml::base64(&R::default().signed());
    let late = run_at(&b, None, datetime!(2026-06-01 14:00 UTC), true);
    let f = finding(&late, Code::AssertionExpired);
    assert!(f.message.to_string().contains("55 min"), "{}", f.message);
    assert!(f.message.to_string().contains("1 Jun 2026 13:05:00 UTC"));
    let early = run_at(&b, None, datetime!(2026-06-01 11:54:30 UTC), true);
    let f = finding(&early, Code::AssertionNotYetValid);
    assert!(f.message.to_string().contains("30 s"), "{}", f.message);
    assert!(f.message.to_string().contains("no clock-skew allowance"));
    // Judged by this computer's clock, just after expiry: check the clock.
    let clock = run_at(&b, None, datetime!(2026-06-01 13:10 UTC), false);
    assert!(
        finding(&clock, Code::AssertionExpired)
            .fix
            .to_string()
            .contains("check this computer's clock")
    );
    // Long ago: capture again.
    let old = run_at(&b, None, datetime!(2026-07-01 13:10 UTC), false);
    assert!(
        !finding(&old, Code::AssertionExpired)
            .fix
            .to_string()
            .contains("clock")
    );
}

#[test]
fn the_user_name_attribute_must_be_there_and_not_empty() {
    if !tools() {
        return;
    }
    let d = run(&saml::base64(
        &R {
            email: None,
            ..R::default()
        }
        .signed(),
    ));
    let f = finding(&d, Code::UserAttributeMissing);
    assert!(f.message.to_string().contains(saml::EMAIL));
    assert!(
        f.message.to_string().contains("displayname"),
        "{}",
        f.message
    );
    let d = run(&saml::base64(
        &R {
            email: Some(String::new()),
            ..R::default()
        }
        .signed(),
    ));
    assert!(
        finding(&d, Code::UserAttributeMissing)
            .message
            .to_string()
            .contains("empty")
    );
}

#[test]
fn a_status_with_an_aadsts_code_is_explained() {
    let xml = R {
        status: "urn:oasis:names:tc:SAML:2.0:status:Requester".into(),
        status_message: Some("AADSTS50105: Your administrator has configured the application TOPdesk to block users unless they are specifically granted ('assigned') access.".into()),
        sign_assertion: false,
        ..R::default()
    }
    .response_with("", false);
    let d = run(&saml::base64(&xml));
    assert_eq!(d.verdict, Verdict::EntraRefused);
    let f = finding(&d, Code::EntraError);
    assert!(f.message.to_string().contains("Requester"));
    assert!(
        f.message.to_string().contains("not assigned"),
        "{}",
        f.message
    );
    assert!(f.fix.to_string().contains("Users and groups"));
    let plain = R {
        status: "urn:oasis:names:tc:SAML:2.0:status:Responder".into(),
        sign_assertion: false,
        ..R::default()
    }
    .response_with("", false);
    let d = run(&saml::base64(&plain));
    assert!(
        finding(&d, Code::ResponseStatus)
            .message
            .to_string()
            .contains("Responder")
    );
}

#[test]
fn aadsts_pages_are_explained_against_the_setup() {
    let page = |code: &str, text: &str| {
        format!(
            "Sign in\nSorry, but we're having trouble signing you in.\n\nAADSTS{code}: {text}\n\nRequest Id: 1f0e\nCorrelation Id: 77aa\nTimestamp: 2026-06-01T12:00:00Z\n"
        )
    };
    let d = run(&page(
        "50011",
        "The redirect URI 'https://acme.topdesk.net/tas/public/login/verify' specified in the request does not match the redirect URIs configured for the application 'f3c1'.",
    ));
    let f = finding(&d, Code::EntraError);
    assert!(
        f.message
            .to_string()
            .contains("'https://acme.topdesk.net/tas/public/login/verify'")
            || f.message
                .to_string()
                .contains("https://acme.topdesk.net/tas/public/login/verify (")
    );
    assert!(
        f.message
            .to_string()
            .contains("Public (self-service portal)"),
        "{}",
        f.message
    );
    assert!(f.message.to_string().contains(saml::REPLY));
    assert!(f.fix.to_string().contains(saml::REPLY));
    assert_eq!(d.verdict, Verdict::EntraRefused);
    for code in ["700016", "70001"] {
        let d = run(&page(
            code,
            "Application with identifier 'https://acme.topdesk.net/tas/secure/login/verify' was not found in the directory 'Contoso'.",
        ));
        let f = finding(&d, Code::EntraError);
        assert!(
            f.message
                .to_string()
                .contains("https://acme.topdesk.net/tas/secure/login/verify")
        );
        assert!(f.fix.to_string().contains(saml::IDENTIFIER), "{}", f.fix);
    }
    // A message that quotes nothing names nothing (no placeholder text).
    for code in ["50011", "700016"] {
        let f = finding(&run(&page(code, "Not found.")), Code::EntraError).clone();
        assert!(
            !f.message.to_string().contains("((") && !f.message.to_string().contains(", ,"),
            "{}",
            f.message
        );
        assert!(
            f.message
                .to_string()
                .contains("TOPdesk's request is not one")
                || f.message
                    .to_string()
                    .contains("TOPdesk sent in this tenant"),
            "{}",
            f.message
        );
    }
    for (code, word) in [
        ("50105", "not assigned"),
        ("75011", "RequestedAuthnContext"),
        ("750054", "without its SAMLRequest"),
        ("900236", "does not support"),
        ("76021", "requires signed requests"),
        ("75005", "not a valid SAML 2.0"),
        ("7500529", "letter or underscore"),
        ("75008", saml::SSO),
        ("50003", "no signing key"),
    ] {
        let d = run(&page(code, "Some text from Entra."));
        let f = finding(&d, Code::EntraError);
        assert!(
            f.message.to_string().contains(word),
            "{code}: {}",
            f.message
        );
        assert!(f.message.to_string().contains(&format!("AADSTS{code}")));
    }
    let d = run(&page("99999", "Something new happened."));
    let f = finding(&d, Code::EntraError);
    assert_eq!(
        f.message,
        "Entra refused with AADSTS99999. Entra said: \"Something new happened\"."
    );
    assert!(f.fix.to_string().contains("not one the assistant explains"));
}

#[test]
fn a_redirect_url_request_is_checked() {
    let good = saml::authn_request("_req1", saml::IDENTIFIER, saml::REPLY, saml::SSO, "");
    let d = run(&saml::redirect_url(&good, false));
    assert_eq!(errors(&d), [], "{:#?}", d.findings);
    let shown = finding(&d, Code::RequestShown);
    assert!(shown.message.to_string().contains("not signed"));
    assert_eq!(d.verdict, Verdict::NoResponse);
    // Just the query string, signed in the URL, ForceAuthn and an authentication context.
    let extra = saml::authn_request(
        "_req2",
        "https://acme.topdesk.net/tas/secure/login/verify",
        saml::REPLY_PUBLIC,
        "https://login.microsoftonline.com/other/saml2",
        " ForceAuthn=\"true\"><samlp:RequestedAuthnContext Comparison=\"exact\"><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:X509</saml:AuthnContextClassRef></samlp:RequestedAuthnContext",
    );
    // (`extra` closes the start tag and puts RequestedAuthnContext before the Issuer.)
    let url = saml::redirect_url(&extra, true);
    let query = url.split_once('?').unwrap().1;
    let d = run(query);
    assert!(
        finding(&d, Code::RequestIssuer)
            .message
            .to_string()
            .contains(saml::IDENTIFIER)
    );
    let acs = finding(&d, Code::RequestAcs);
    assert!(acs.message.to_string().contains("AADSTS50011"));
    assert!(
        acs.message
            .to_string()
            .contains("Public (self-service portal)")
    );
    assert!(
        finding(&d, Code::RequestDestination)
            .message
            .to_string()
            .contains(saml::SSO)
    );
    let shown = finding(&d, Code::RequestShown);
    assert!(
        shown.message.to_string().contains(": signed"),
        "{}",
        shown.message
    );
    assert!(shown.message.to_string().contains("ForceAuthn"));
    assert!(shown.message.to_string().contains("X509"));
    assert_eq!(d.verdict, Verdict::Refused);
}

#[test]
fn base64_with_line_breaks_and_url_encoding_is_read() {
    if !tools() {
        return;
    }
    let b = saml::base64(&R::default().signed());
    let wrapped = common::wrap76(&b);
    let encoded = saml::url_encode(&b);
    for input in [
        wrapped,
        encoded,
        format!("SAMLResponse={}&RelayState=x", saml::url_encode(&b)),
    ] {
        let d = run(&input);
        assert_eq!(d.verdict, Verdict::Accepted, "{:#?}", d.findings);
    }
}

fn har_entry(
    url: &str,
    method: &str,
    post: Option<serde_json::Value>,
    at: &str,
) -> serde_json::Value {
    let mut request = serde_json::json!({"method": method, "url": url, "httpVersion": "HTTP/1.1", "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0});
    if let Some(p) = post {
        request["postData"] = p;
    }
    serde_json::json!({"startedDateTime": at, "time": 12.5, "request": request, "response": {"status": 200, "content": {"size": 0, "mimeType": "text/html"}}, "cache": {}, "timings": {}})
}

fn har(entries: &[serde_json::Value], creator: &str) -> String {
    serde_json::json!({"log": {"version": "1.2", "creator": {"name": creator, "version": "1"}, "pages": [], "entries": entries}}).to_string()
}

#[test]
fn har_files_as_chrome_and_firefox_write_them() {
    if !tools() {
        return;
    }
    let request = saml::authn_request("_req1", saml::IDENTIFIER, saml::REPLY, saml::SSO, "");
    let b = saml::base64(&R::default().signed());
    let form = format!(
        "SAMLResponse={}&RelayState=%2Ftas%2Fsecure%2F",
        saml::url_encode(&b)
    );
    // Chrome: params as sent (URL-encoded) and the text.
    let chrome = har(
        &[
            har_entry(
                "https://acme.topdesk.net/tas/secure/login/saml",
                "GET",
                None,
                "2026-06-01T11:59:50.000Z",
            ),
            har_entry(
                &saml::redirect_url(&request, false),
                "GET",
                None,
                "2026-06-01T11:59:51.120Z",
            ),
            har_entry(
                saml::REPLY,
                "POST",
                Some(
                    serde_json::json!({"mimeType": "application/x-www-form-urlencoded", "text": form, "params": [{"name": "SAMLResponse", "value": saml::url_encode(&b)}, {"name": "RelayState", "value": "%2Ftas%2Fsecure%2F"}]}),
                ),
                "2026-06-01T12:00:01.000Z",
            ),
        ],
        "WebInspector",
    );
    // Firefox: params decoded, the text as sent.
    let firefox = har(
        &[
            har_entry(
                &saml::redirect_url(&request, false),
                "GET",
                None,
                "2026-06-01T11:59:51.120+00:00",
            ),
            har_entry(
                saml::REPLY,
                "POST",
                Some(
                    serde_json::json!({"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "SAMLResponse", "value": b}, {"name": "RelayState", "value": "/tas/secure/"}], "text": form}),
                ),
                "2026-06-01T12:00:01.000+00:00",
            ),
        ],
        "Firefox",
    );
    for (name, har) in [("chrome", chrome), ("firefox", firefox)] {
        // Judged at the capture's own time: the clock of this computer is far later.
        let d = run_at(&har, None, datetime!(2030-01-01 0:00 UTC), false);
        assert_eq!(d.messages.len(), 2, "{name}");
        assert!(matches!(d.messages[0], Message::Request(_)), "{name}");
        assert!(matches!(d.messages[1], Message::Response(_)), "{name}");
        assert_eq!(errors(&d), [], "{name}: {:#?}", d.findings);
        assert_eq!(d.verdict, Verdict::Accepted);
        assert!(
            d.findings[0]
                .message
                .to_string()
                .starts_with("Message 1 (request)")
        );
    }
    // InResponseTo against the request in the same capture.
    let other = saml::authn_request("_req9", saml::IDENTIFIER, saml::REPLY, saml::SSO, "");
    let har2 = har(
        &[
            har_entry(
                &saml::redirect_url(&other, false),
                "GET",
                None,
                "2026-06-01T11:59:51Z",
            ),
            har_entry(
                saml::REPLY,
                "POST",
                Some(
                    serde_json::json!({"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "SAMLResponse", "value": b}]}),
                ),
                "2026-06-01T12:00:01Z",
            ),
        ],
        "Firefox",
    );
    let d = run(&har2);
    let f = finding(&d, Code::ResponseInResponseTo);
    assert!(
        f.message.to_string().contains("'_req1' where '_req9'"),
        "{}",
        f.message
    );
}

#[test]
fn an_entra_error_page_in_a_har_is_found() {
    let entry = serde_json::json!({"startedDateTime": "2026-06-01T12:00:00Z", "request": {"method": "GET", "url": "https://login.microsoftonline.com/76db/saml2?SAMLRequest=x"}, "response": {"status": 200, "content": {"mimeType": "text/html", "text": "<html><div>AADSTS700016: Application with identifier 'https://x.example/' was not found in the directory 'Contoso'.</div></html>"}}});
    let d = run(&har(&[entry], "WebInspector"));
    assert!(
        d.messages
            .iter()
            .any(|m| matches!(m, Message::Error(e) if e.code == "700016"))
    );
}

fn all_encryptions() -> Vec<((&'static str, &'static str), &'static str, &'static str)> {
    let mut v: Vec<_> = saml::CONTENT
        .iter()
        .map(|&c| (c, saml::OAEP_MGF1P, saml::SHA1))
        .collect();
    let aes256 = saml::CONTENT[2];
    v.push((aes256, saml::OAEP_11, saml::SHA1));
    v.push((aes256, saml::RSA_15, saml::SHA1));
    v
}

#[test]
fn every_encryption_xmlsec1_writes_is_decrypted_and_judged() {
    if !tools() {
        return;
    }
    let key = topdesk_key();
    for (content, transport, digest) in all_encryptions() {
        let xml = saml::encrypted(&R::default(), content, transport, digest);
        assert!(xml.contains("EncryptedAssertion"));
        assert!(!xml.contains("jane@acme.example"));
        // The reference reads the same test vector (xmlsec1 1.2 has no XML-Enc 1.1 rsa-oaep).
        if transport != saml::OAEP_11 {
            let reference = saml::xmlsec_decrypts(&xml).expect("xmlsec1 decrypts it");
            assert!(reference.contains("jane@acme.example"));
        }
        let d = run_at(&saml::base64(&xml), Some(&key), NOW, true);
        let what = format!("{} / {transport} / {digest}", content.0);
        assert_eq!(errors(&d), [], "{what}: {:#?}", d.findings);
        assert_eq!(d.verdict, Verdict::Accepted, "{what}");
        let r = response(&d);
        assert!(r.encrypted && r.decrypted, "{what}");
        assert_eq!(r.name_id.as_deref(), Some("jane@acme.example"));
        assert_eq!(r.signature.status, SignatureStatus::Valid, "{what}");
    }
}

#[test]
fn rsa_oaep_with_sha256_written_by_openssl_is_decrypted() {
    if !tools() || !common::have_tool("openssl") {
        return;
    }
    let key = topdesk_key();
    for transport in [saml::OAEP_MGF1P, saml::OAEP_11] {
        let xml = saml::encrypted_oaep_sha256(&R::default(), transport);
        let d = run_at(&saml::base64(&xml), Some(&key), NOW, true);
        assert_eq!(errors(&d), [], "{transport}: {:#?}", d.findings);
        assert!(response(&d).decrypted);
        assert_eq!(response(&d).signature.status, SignatureStatus::Valid);
    }
}

#[test]
fn an_encrypted_assertion_without_or_with_the_wrong_key() {
    if !tools() {
        return;
    }
    let xml = saml::encrypted(
        &R::default(),
        saml::CONTENT[2],
        saml::OAEP_MGF1P,
        saml::SHA1,
    );
    let d = run(&saml::base64(&xml));
    let f = finding(&d, Code::AssertionEncrypted);
    assert!(
        f.message
            .to_string()
            .contains("TOPdesk private key is needed")
    );
    assert!(response(&d).encrypted && !response(&d).decrypted);
    let wrong = PrivateKey::from_pkcs8_der(&lab().other.private_key_pkcs8_der).unwrap();
    let d = run_at(&saml::base64(&xml), Some(&wrong), NOW, true);
    assert!(
        finding(&d, Code::AssertionDecryptFailed)
            .message
            .to_string()
            .contains("does not open")
    );
    // A tampered NameID inside the encrypted assertion cannot be made without the key; a
    // tampered ciphertext fails to decrypt (GCM) or to verify (CBC).
    let gcm = saml::encrypted(
        &R::default(),
        saml::CONTENT[4],
        saml::OAEP_MGF1P,
        saml::SHA1,
    );
    let i = gcm.rfind("</xenc:CipherValue>").unwrap() - 10;
    let mut bytes = gcm.into_bytes();
    bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
    let d = run_at(
        &saml::base64(&String::from_utf8(bytes).unwrap()),
        Some(&topdesk_key()),
        NOW,
        true,
    );
    assert_eq!(d.verdict, Verdict::Refused);
}

fn cli(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write as _;
    let lab = lab();
    let mut cmd = common::cli_command();
    cmd.arg("diagnose")
        .arg("--idp")
        .arg(lab.path("idp.xml"))
        .arg("--sp")
        .arg(lab.path("sp.xml"))
        .args(["--now", "2026-06-01T12:00:00Z"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    let o = child.wait_with_output().unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

#[test]
#[allow(clippy::too_many_lines)] // one run of the binary per contract point
fn cli_exit_codes_text_and_json() {
    if !tools() {
        return;
    }
    let lab = lab();
    let good = lab.path("good.b64");
    std::fs::write(&good, saml::base64(&R::default().signed())).unwrap();
    let (code, out, _) = cli(&[good.to_str().unwrap()], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("TOPdesk would accept this login."), "{out}");
    assert!(out.contains("must equal the TOPdesk login name"));

    let (code, out, _) = cli(&["--json", good.to_str().unwrap()], None);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["format_version"], 1);
    let m = &v["messages"][0];
    assert_eq!(m["kind"], "response");
    for field in [
        "status_code",
        "status_message",
        "issuer",
        "destination",
        "in_response_to",
        "audience",
        "recipient",
        "not_before",
        "not_on_or_after",
        "name_id",
        "name_id_format",
        "attributes",
        "encrypted",
        "decrypted",
        "signature",
    ] {
        assert!(m.get(field).is_some(), "{field} missing in {m}");
    }
    assert_eq!(m["signature"]["status"], "valid");
    assert_eq!(m["signature"]["signed"], "assertion");
    assert_eq!(m["attributes"][saml::EMAIL][0], "jane@acme.example");
    assert_eq!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "error")
            .count(),
        0
    );

    // Standard input, an error-level finding: exit 1.
    let bad = saml::base64(
        &R {
            audience: "https://wrong.example/".into(),
            ..R::default()
        }
        .signed(),
    );
    let (code, out, _) = cli(&["--json", "-"], Some(&bad));
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "response-audience")
    );

    // A request and an error: their fields.
    let url = saml::redirect_url(
        &saml::authn_request("_req1", saml::IDENTIFIER, saml::REPLY, saml::SSO, ""),
        false,
    );
    let (code, out, _) = cli(&["--json", "-"], Some(&url));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let m = &v["messages"][0];
    assert_eq!(m["kind"], "request");
    for field in ["id", "issuer", "acs_url", "destination", "signed"] {
        assert!(m.get(field).is_some(), "{field}");
    }
    let (code, out, _) = cli(
        &["--json", "-"],
        Some("AADSTS50105: The signed in user is not assigned."),
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["messages"][0]["kind"], "error");
    assert_eq!(v["messages"][0]["code"], "50105");

    // Several messages: each finding about one of them names it by its index in `messages`.
    let form = format!(
        "SAMLResponse={}",
        saml::url_encode(&saml::base64(&R::default().signed()))
    );
    let two = har(
        &[
            har_entry(&url, "GET", None, "2026-06-01T11:59:51.000Z"),
            har_entry(
                saml::REPLY,
                "POST",
                Some(
                    serde_json::json!({"mimeType": "application/x-www-form-urlencoded", "text": form}),
                ),
                "2026-06-01T12:00:01.000Z",
            ),
        ],
        "WebInspector",
    );
    let (code, out, _) = cli(&["--json", "-"], Some(&two));
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let about = |i: u64| {
        findings
            .iter()
            .filter(|f| f["message_index"] == i)
            .map(|f| f["code"].as_str().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(v["messages"][1]["kind"], "response", "{v}");
    assert_eq!(about(0), ["request-shown"], "{v}");
    assert!(about(1).contains(&"user-name"), "{v}");
    // The English message keeps its place, the message named in it as before.
    let user = findings.iter().find(|f| f["code"] == "user-name").unwrap();
    assert!(
        user["message"]
            .as_str()
            .unwrap()
            .starts_with("Message 2 (response): "),
        "{user}"
    );

    // Unreadable: exit 2, one line.
    let (code, _, err) = cli(&["-"], Some("hello, this is not a capture"));
    assert_eq!(code, 2);
    assert!(err.contains("Nothing to diagnose"), "{err}");

    // An encrypted assertion with --key (DER) and with an encrypted PEM key + --password-env.
    let enc = lab.path("enc.b64");
    std::fs::write(
        &enc,
        saml::base64(&saml::encrypted(
            &R::default(),
            saml::CONTENT[2],
            saml::OAEP_MGF1P,
            saml::SHA1,
        )),
    )
    .unwrap();
    let (code, out, _) = cli(&["--json", enc.to_str().unwrap()], None);
    assert_eq!(code, 1);
    assert!(out.contains("assertion-encrypted"));
    let (code, out, _) = cli(
        &[
            "--key",
            lab.path("topdesk.der").to_str().unwrap(),
            "--json",
            enc.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["messages"][0]["decrypted"], true);
    if common::have_tool("openssl") {
        let pem = common::openssl_encrypt_pkcs8(
            &common::topdesk_cert().private_key_pkcs8_der,
            common::PASSWORD,
            lab.dir.path(),
        );
        let o = common::cli_command()
            .args([
                "diagnose",
                "--now",
                "2026-06-01T12:00:00Z",
                "--password-env",
                "DIAG_PW",
                "--key",
            ])
            .arg(&pem)
            .arg("--idp")
            .arg(lab.path("idp.xml"))
            .arg("--sp")
            .arg(lab.path("sp.xml"))
            .arg(&enc)
            .env("DIAG_PW", common::PASSWORD)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!String::from_utf8_lossy(&o.stdout).contains(common::PASSWORD));
    }
}

/// Every `diagnose` code, each raised by a capture made for it; every message and fix is a
/// sentence (tests/findings.rs leaves these codes to this test).
#[test]
#[allow(clippy::too_many_lines)] // one capture per code, in a table
fn every_diagnose_code_is_raised() {
    use std::collections::HashSet;
    if !tools() {
        return;
    }
    let b = |r: R| saml::base64(&r.signed());
    let wrong_request = saml::redirect_url(
        &saml::authn_request(
            "_req9",
            "https://x.example/",
            saml::REPLY_PUBLIC,
            "https://login.microsoftonline.com/x/saml2",
            "",
        ),
        false,
    );
    let other_request = saml::redirect_url(
        &saml::authn_request("_req9", saml::IDENTIFIER, saml::REPLY, saml::SSO, ""),
        false,
    );
    let har_irt = har(
        &[
            har_entry(&other_request, "GET", None, "2026-06-01T11:59:51Z"),
            har_entry(
                saml::REPLY,
                "POST",
                Some(
                    serde_json::json!({"params": [{"name": "SAMLResponse", "value": b(R::default())}]}),
                ),
                "2026-06-01T12:00:01Z",
            ),
        ],
        "Firefox",
    );
    let encrypted = saml::base64(&saml::encrypted(
        &R::default(),
        saml::CONTENT[2],
        saml::OAEP_MGF1P,
        saml::SHA1,
    ));
    let wrong_key = PrivateKey::from_pkcs8_der(&lab().other.private_key_pkcs8_der).unwrap();
    let (xml, _) = signed_assertion();
    let no_assertion = R {
        sign_assertion: false,
        ..R::default()
    }
    .response_with("", false);
    let inputs: Vec<(String, Option<&PrivateKey>, OffsetDateTime)> = vec![
        ("hello".into(), None, NOW),
        ("A".repeat(5_000_000), None, NOW),
        (
            saml::base64(
                "<!DOCTYPE r><samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>",
            ),
            None,
            NOW,
        ),
        (
            "AADSTS50011: The redirect URI 'x' does not match.".into(),
            None,
            NOW,
        ),
        (
            saml::base64(
                &R {
                    status: "urn:oasis:names:tc:SAML:2.0:status:Responder".into(),
                    ..R::default()
                }
                .response_with("", false),
            ),
            None,
            NOW,
        ),
        (
            b(R {
                issuer: "https://evil.example/".into(),
                audience: "https://x/".into(),
                recipient: saml::REPLY_PUBLIC.into(),
                destination: saml::REPLY_PUBLIC.into(),
                email: None,
                ..R::default()
            }),
            None,
            NOW,
        ),
        (b(R::default()), None, NOW),
        (b(R::default()), None, datetime!(2026-06-01 14:00 UTC)),
        (b(R::default()), None, datetime!(2026-06-01 11:00 UTC)),
        (
            saml::base64(&xml.replace(">jane@acme.example</NameID>", ">eve@acme.example</NameID>")),
            None,
            NOW,
        ),
        (
            saml::base64(&xml.replacen(
                "<Assertion ",
                &format!("{}<Assertion ", evil_assertion("_evil")),
                1,
            )),
            None,
            NOW,
        ),
        (
            b(R {
                sign_assertion: false,
                ..R::default()
            }),
            None,
            NOW,
        ),
        (saml::base64(&no_assertion), None, NOW),
        (encrypted.clone(), None, NOW),
        (encrypted, Some(&wrong_key), NOW),
        (har_irt.clone(), None, NOW),
        // Judged at --now, where the HAR's own time would judge otherwise.
        (har_irt, None, datetime!(2026-06-01 14:00 UTC)),
        (wrong_request, None, NOW),
        // Signed with Entra's certificate after it expired (2029-01-01).
        (
            b(R {
                not_before: "2029-06-01T11:55:00Z".into(),
                not_on_or_after: "2029-06-01T13:05:00Z".into(),
                ..R::default()
            }),
            None,
            datetime!(2029-06-01 12:00 UTC),
        ),
    ];
    let mut seen = HashSet::new();
    for (input, key, now) in &inputs {
        let d = run_at(input, *key, *now, true);
        for f in &d.findings {
            assert!(
                f.message.to_string().ends_with('.') || f.message.to_string().ends_with(".)"),
                "{}: message {:?}",
                f.code,
                f.message
            );
            assert!(
                f.fix.to_string().ends_with('.') || f.fix.to_string().ends_with(".)"),
                "{}: fix {:?}",
                f.code,
                f.fix
            );
            seen.insert(f.code);
        }
    }
    let missing: Vec<Code> = Code::ALL
        .iter()
        .copied()
        .filter(|c| {
            let s = c.as_str();
            [
                "capture-",
                "message-",
                "entra-error",
                "response-",
                "signature-wrapping",
                "assertion-",
                "user-",
                "request-",
            ]
            .iter()
            .any(|p| s.starts_with(p))
                && !seen.contains(c)
        })
        .collect();
    assert!(missing.is_empty(), "not raised: {missing:?}");
}

/// The JSON names in a response's `unsigned` list.
fn unsigned(d: &Diagnosis) -> Vec<String> {
    let v = serde_json::to_value(response(d)).unwrap();
    v["unsigned"]
        .as_array()
        .unwrap_or_else(|| panic!("no unsigned list in {v}"))
        .iter()
        .map(|f| f.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn values_no_signature_covers_are_marked_and_the_signed_ones_preferred() {
    if !tools() {
        return;
    }
    // Entra's default: only the assertion signed. The Response's InResponseTo is changed
    // (it is not signed, so the signature still holds): the signed SubjectConfirmationData value
    // is the one shown, and the Response's own values are "not signed".
    let xml = R::default()
        .signed()
        .replacen("InResponseTo=\"_req1\"", "InResponseTo=\"_evil\"", 1);
    assert!(saml::xmlsec_verifies(&xml, "entra"));
    let d = run(&saml::base64(&xml));
    assert_eq!(errors(&d), [], "{:#?}", d.findings);
    let r = response(&d);
    assert_eq!(r.in_response_to.as_deref(), Some("_req1"));
    assert_eq!(unsigned(&d), ["id", "status_code", "destination"]);
    // Response and assertion signed: nothing unsigned.
    let both = R {
        sign_response: true,
        ..R::default()
    }
    .signed();
    assert_eq!(unsigned(&run(&saml::base64(&both))), Vec::<String>::new());
    // Nothing signed: every value, none "unverified".
    let none = R {
        sign_assertion: false,
        ..R::default()
    }
    .signed();
    let d = run(&saml::base64(&none));
    assert!(unsigned(&d).contains(&"name_id".to_owned()));
    assert_eq!(response(&d).trust("name_id"), diagnose::Trust::NotSigned);
    // The CLI marks them in its text output.
    let lab = lab();
    let file = lab.path("irt.b64");
    std::fs::write(&file, saml::base64(&xml)).unwrap();
    let (code, out, _) = cli(&[file.to_str().unwrap()], None);
    assert_eq!(code, 0, "{out}");
    let line = |label: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no {label} in {out}"))
            .to_owned()
    };
    assert!(line("Destination").ends_with(&format!("{} (not signed)", saml::REPLY)));
    assert!(line("Status").ends_with("(not signed)"));
    assert!(line("InResponseTo").ends_with("_req1"), "{out}");
    assert!(line("NameID").ends_with("jane@acme.example"), "{out}");
    let (_, json, _) = cli(&["--json", file.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["messages"][0]["unsigned"],
        serde_json::json!(["id", "status_code", "destination"])
    );
}

#[test]
fn what_a_tampered_assertion_says_is_not_presented_as_fact() {
    if !tools() {
        return;
    }
    let xml = tampered(
        ">jane@acme.example</AttributeValue>",
        ">admin@acme.example</AttributeValue>",
    );
    let d = run(&saml::base64(&xml));
    let user = finding(&d, Code::UserName);
    assert!(user.message.to_string().contains("'admin@acme.example'"));
    assert!(
        user.message
            .to_string()
            .contains("From an unverified assertion"),
        "{}",
        user.message
    );
    assert_eq!(
        response(&d).trust("attributes"),
        diagnose::Trust::Unverified
    );
    assert!(unsigned(&d).contains(&"name_id".to_owned()));
    // The Response itself carries no signature: its values are "not signed", not unverified.
    assert_eq!(
        response(&d).trust("destination"),
        diagnose::Trust::NotSigned
    );
    let lab = lab();
    let file = lab.path("tampered.b64");
    std::fs::write(&file, saml::base64(&xml)).unwrap();
    let (code, out, _) = cli(&[file.to_str().unwrap()], None);
    assert_eq!(code, 1);
    let name_id = out.lines().find(|l| l.contains("NameID")).unwrap();
    assert!(name_id.contains("(unverified"), "{out}");
    // With a valid signature, no such words.
    let good = run(&saml::base64(&R::default().signed()));
    assert!(
        !finding(&good, Code::UserName)
            .message
            .to_string()
            .contains("unverified")
    );
}

#[test]
fn the_clock_that_judged_validity_is_named_when_the_other_disagrees() {
    if !tools() {
        return;
    }
    let b = saml::base64(&R::default().signed());
    let capture = har(
        &[har_entry(
            saml::REPLY,
            "POST",
            Some(serde_json::json!({"params": [{"name": "SAMLResponse", "value": b}]})),
            "2026-06-01T12:00:01Z",
        )],
        "Firefox",
    );
    // A HAR opened years later: judged at its own time, and said so.
    let d = run_at(&capture, None, datetime!(2030-01-01 0:00 UTC), false);
    assert_eq!(d.verdict, Verdict::Accepted, "{:#?}", d.findings);
    let f = finding(&d, Code::AssertionJudgedAt);
    assert_eq!(f.severity, Severity::Info);
    assert!(
        f.message.to_string().contains("1 Jun 2026 12:00:01 UTC"),
        "{}",
        f.message
    );
    assert!(f.message.to_string().contains("the time the HAR recorded"));
    assert!(
        f.message
            .to_string()
            .contains("this computer's clock (1 Jan 2030 00:00:00 UTC)")
    );
    assert!(
        f.message.to_string().contains("would be expired"),
        "{}",
        f.message
    );
    // --now wins over the HAR's time, and says so.
    let d = run_at(&capture, None, datetime!(2026-06-01 14:00 UTC), true);
    assert!(codes(&d).contains(&Code::AssertionExpired));
    let f = finding(&d, Code::AssertionJudgedAt);
    assert!(
        f.message.to_string().contains("given with --now"),
        "{}",
        f.message
    );
    assert!(f.message.to_string().contains("would be valid"));
    // Both clocks agree: nothing to say.
    let d = run_at(&capture, None, datetime!(2026-06-01 12:01 UTC), false);
    assert!(!codes(&d).contains(&Code::AssertionJudgedAt));
}

#[test]
fn a_response_signed_with_an_expired_entra_certificate_is_warned_about() {
    if !tools() {
        return;
    }
    // The lab's Entra certificate is valid until 2029-01-01; this response is of 2029-06-01.
    let later = R {
        not_before: "2029-06-01T11:55:00Z".into(),
        not_on_or_after: "2029-06-01T13:05:00Z".into(),
        ..R::default()
    }
    .signed();
    let d = run_at(
        &saml::base64(&later),
        None,
        datetime!(2029-06-01 12:00 UTC),
        true,
    );
    let f = finding(&d, Code::ResponseSignerExpired);
    assert_eq!(f.severity, Severity::Warning);
    let info = topdesk_sso::core::cert::CertInfo::from_der(&lab().entra.certificate_der).unwrap();
    assert!(
        f.message.to_string().contains(&info.sha1_thumbprint),
        "{}",
        f.message
    );
    assert!(
        f.message
            .to_string()
            .contains("had expired on 1 Jan 2029 00:00:00 UTC"),
        "{}",
        f.message
    );
    assert!(
        f.message
            .to_string()
            .contains("151 d 12 h before the time given"),
        "{}",
        f.message
    );
    // openssl reads the same end date from the certificate.
    if common::have_tool("openssl") {
        let o = std::process::Command::new("openssl")
            .args(["x509", "-noout", "-enddate", "-in"])
            .arg(lab().path("entra.crt"))
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            "notAfter=Jan  1 00:00:00 2029 GMT"
        );
    }
    // Within its validity: no warning.
    assert!(
        !codes(&run(&saml::base64(&R::default().signed()))).contains(&Code::ResponseSignerExpired)
    );
}

#[test]
fn a_status_message_over_several_lines_is_one_sentence_and_nested_codes_name_the_cause() {
    let status = |message: &str| {
        R {
            status: "urn:oasis:names:tc:SAML:2.0:status:Responder".into(),
            status_message: Some(message.into()),
            sign_assertion: false,
            ..R::default()
        }
        .response_with("", false)
    };
    let d = run(&saml::base64(&status("Something\r\nwent wrong")));
    let f = finding(&d, Code::ResponseStatus);
    assert!(
        f.message.to_string().contains("(\"Something went wrong\")"),
        "{}",
        f.message
    );
    assert!(!f.message.to_string().contains("\\u{"), "{}", f.message);
    let v = serde_json::to_value(response(&d)).unwrap();
    assert_eq!(v["status_message"], "Something\nwent wrong");
    // AADSTS75006 carrying AADSTS50105 on the next line: the inner code is explained.
    let d = run(&saml::base64(&status(
        "AADSTS75006: An error occurred while processing a SAML2 Authentication request.\r\nAADSTS50105: The signed in user is not assigned to a role for the application.\r\nTrace ID: 1f0e",
    )));
    let f = finding(&d, Code::EntraError);
    assert!(
        f.message.to_string().contains("AADSTS75006 (\"An error occurred while processing a SAML2 Authentication request\") carries AADSTS50105, which names the cause"),
        "{}",
        f.message
    );
    assert!(
        f.message.to_string().contains("not assigned"),
        "{}",
        f.message
    );
    assert!(!f.message.to_string().contains("Trace ID"));
    assert!(f.fix.to_string().contains("Users and groups"), "{}", f.fix);
    // On an error page, on one line; an unknown inner code is named with Entra's words.
    let d = run(
        "AADSTS75006: An error occurred while processing a SAML2 Authentication request. AADSTS90011: Request nonce is not provided.",
    );
    let v = serde_json::to_value(&d.messages[0]).unwrap();
    assert_eq!(v["code"], "75006");
    assert_eq!(v["inner"][0]["code"], "90011");
    assert_eq!(v["inner"][0]["message"], "Request nonce is not provided.");
    let f = finding(&d, Code::EntraError);
    assert!(
        f.message.to_string().contains("carries AADSTS90011"),
        "{}",
        f.message
    );
    assert!(
        f.message
            .to_string()
            .contains("\"Request nonce is not provided\"")
    );
}

#[test]
fn the_html_source_of_an_entra_error_page_is_an_entra_error() {
    let page = "<!DOCTYPE html>\n<html dir=\"ltr\"><head><title>Sign in to your account</title></head><body><script>//<![CDATA[\n$Config={\"iErrorCode\":50105,\"strServiceExceptionMessage\":\"AADSTS50105: Your administrator has configured the application TOPdesk (\\u0027f3c1\\u0027) to block users unless they are specifically granted (\\u0027assigned\\u0027) access to the application.\",\"correlationId\":\"77aa\"};\n//]]></script></body></html>";
    let d = run(page);
    assert!(
        !codes(&d).contains(&Code::MessageRefused),
        "{:#?}",
        d.findings
    );
    assert_eq!(d.verdict, Verdict::EntraRefused);
    let Message::Error(e) = &d.messages[0] else {
        panic!("{:#?}", d.messages)
    };
    assert_eq!(e.code, "50105");
    assert_eq!(
        e.message,
        "Your administrator has configured the application TOPdesk ('f3c1') to block users unless they are specifically granted ('assigned') access to the application."
    );
    assert!(
        finding(&d, Code::EntraError)
            .fix
            .to_string()
            .contains("Users and groups")
    );
    // A SAML Response pasted as XML with a code in its StatusMessage stays a Response.
    let xml = R {
        status: "urn:oasis:names:tc:SAML:2.0:status:Requester".into(),
        status_message: Some("AADSTS50105: not assigned.".into()),
        sign_assertion: false,
        ..R::default()
    }
    .response_with("", false);
    assert!(matches!(run(&xml).messages[0], Message::Response(_)));
}

#[test]
fn the_reindenting_hint_is_given_only_where_it_can_apply() {
    if !tools() {
        return;
    }
    // Signed by another key, pasted as XML: a certificate mismatch, not a viewer's doing.
    let other = R::default().signed_by("other");
    let f = finding(&run(&other), Code::ResponseSignatureInvalid).clone();
    assert!(
        !f.message.to_string().contains("re-indented"),
        "{}",
        f.message
    );
    // Signed by another key that the message does not name (no certificate in it): the
    // digest holds, the signature value does not verify with Entra's key.
    let no_cert = without_key_info(&other);
    assert!(saml::xmlsec_verifies(&no_cert, "other"));
    let f = finding(&run(&no_cert), Code::ResponseSignatureInvalid).clone();
    assert!(
        f.message.to_string().contains("does not verify"),
        "{}",
        f.message
    );
    assert!(
        !f.message.to_string().contains("re-indented"),
        "{}",
        f.message
    );
    // Entra's own signature over changed bytes, pasted: the hint applies.
    let changed = R::default()
        .signed()
        .replace("<Subject>", "<Subject>\n    ");
    let f = finding(&run(&changed), Code::ResponseSignatureInvalid).clone();
    assert!(
        f.message.to_string().contains("re-indented"),
        "{}",
        f.message
    );
}

/// A signed response without the signature's `KeyInfo` (outside what is signed).
fn without_key_info(xml: &str) -> String {
    let start = xml.find("<ds:KeyInfo>").unwrap();
    let end = xml.find("</ds:KeyInfo>").unwrap() + "</ds:KeyInfo>".len();
    format!("{}{}", &xml[..start], &xml[end..])
}

#[test]
fn a_ws_federation_token_cannot_be_read_as_a_saml_message() {
    let token = "<t:RequestSecurityTokenResponse xmlns:t=\"http://schemas.xmlsoap.org/ws/2005/02/trust\"><t:RequestedSecurityToken><saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:1.0:assertion\" MajorVersion=\"1\" MinorVersion=\"1\"/></t:RequestedSecurityToken></t:RequestSecurityTokenResponse>";
    let d = run(token);
    assert_eq!(d.verdict, Verdict::Unreadable);
    assert!(d.unreadable);
    let f = finding(&d, Code::CaptureUnrecognised);
    assert!(
        f.message
            .to_string()
            .contains("cannot be read as a SAML message"),
        "{}",
        f.message
    );
    assert!(f.message.to_string().contains("WS-Federation"));
    let (code, out, err) = cli(&["-"], Some(token));
    assert_eq!(code, 2, "{out}");
    assert!(out.starts_with("Nothing could be read"), "{out}");
    assert!(!out.contains("TOPdesk would refuse"));
    assert!(err.contains("cannot be read as a SAML message"), "{err}");
}

/// Key references, derived or agreed keys and cipher data from elsewhere in an
/// `EncryptedAssertion` are refused before the decryptor sees them (Entra writes none).
#[test]
fn references_inside_the_encrypted_assertion_are_refused() {
    if !tools() {
        return;
    }
    let xml = saml::encrypted(
        &R::default(),
        saml::CONTENT[2],
        saml::OAEP_MGF1P,
        saml::SHA1,
    );
    let key_info = xml.find("<ds:KeyInfo").unwrap();
    let end = key_info + xml[key_info..].find('>').unwrap() + 1;
    for extra in [
        "<ds:RetrievalMethod URI=\"#k\" Type=\"http://www.w3.org/2001/04/xmlenc#EncryptedKey\"/>",
        "<xenc11:DerivedKey xmlns:xenc11=\"http://www.w3.org/2009/xmlenc11#\"/>",
        "<xenc:AgreementMethod Algorithm=\"http://www.w3.org/2009/xmlenc11#ECDH-ES\"/>",
    ] {
        let hostile = format!("{}{extra}{}", &xml[..end], &xml[end..]);
        let d = run_at(&saml::base64(&hostile), Some(&topdesk_key()), NOW, true);
        let name = extra[1..].split([' ', '/']).next().unwrap();
        let name = name.rsplit(':').next().unwrap();
        assert!(
            finding(&d, Code::AssertionDecryptFailed)
                .message
                .to_string()
                .contains(&format!("{name} element")),
            "{extra}: {:#?}",
            d.findings
        );
        assert!(!response(&d).decrypted);
    }
}

//! `diagnose` speaks Dutch and German: real captures judged in each language keep every URL,
//! thumbprint, code and Entra's own words as they are, nothing English leaks into the Dutch or
//! German findings, and counts use the language's plurals.

mod common;
#[allow(dead_code)]
#[path = "common/saml.rs"]
mod saml;

use saml::{R, lab};
use time::OffsetDateTime;
use time::macros::datetime;
use topdesk_sso::core::check::Report;
use topdesk_sso::core::diagnose::{self, Diagnosis, Setup};
use topdesk_sso::core::findings::{Code, Finding};
use topdesk_sso::core::i18n::{self, Lang};
use topdesk_sso::core::topdesk::Section;

const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

fn report() -> Report {
    saml::lab_report(NOW)
}

/// The diagnosis of `input` made in `lang` (the Secure section's SP metadata is loaded).
fn run_in(lang: Lang, input: &str, section: Option<Section>, now: OffsetDateTime) -> Diagnosis {
    let report = report();
    let mut d = diagnose::diagnose(
        input.as_bytes(),
        &Setup {
            report: &report,
            key: None,
            user_attribute: saml::EMAIL,
            section,
            now,
            now_fixed: true,
        },
    );
    common::said_in(lang, &mut d.findings);
    d
}

fn finding(d: &Diagnosis, code: Code) -> &Finding {
    d.findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", d.findings))
}

fn entra_page(code: &str, text: &str) -> String {
    format!(
        "Sign in\nSorry, but we're having trouble signing you in.\n\nAADSTS{code}: {text}\n\nRequest Id: 1f0e\nTimestamp: 2026-06-01T12:00:00Z\n"
    )
}

/// A response nobody signed, wrong in every way TOPdesk checks (no xmlsec1 needed).
fn wrong_unsigned_response() -> String {
    let r = R {
        issuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/".into(),
        audience: "https://acme.topdesk.net/tas/secure/login/verify".into(),
        recipient: saml::REPLY_PUBLIC.into(),
        destination: saml::REPLY_PUBLIC.into(),
        in_response_to: "_other".into(),
        not_before: "2026-06-01T12:30:00Z".into(),
        email: Some(String::new()),
        name_id: String::new(),
        sign_assertion: false,
        ..R::default()
    };
    saml::base64(&r.response_with(&r.assertion(), false))
}

/// A `SAMLRequest` that inflates far past the size limit.
fn deflate_bomb() -> String {
    use base64::Engine as _;
    use std::io::Write as _;
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&vec![b'<'; 4 * 1024 * 1024]).unwrap();
    format!(
        "SAMLRequest={}",
        saml::url_encode(&base64::engine::general_purpose::STANDARD.encode(z.finish().unwrap()))
    )
}

fn har(entries: &[serde_json::Value]) -> String {
    serde_json::json!({ "log": { "version": "1.2", "entries": entries } }).to_string()
}

/// Inputs that raise most of diagnose's findings without xmlsec1.
fn inputs() -> Vec<(&'static str, String)> {
    let request = saml::authn_request(
        "_req1",
        "https://acme.topdesk.net/tas/secure/login/verify",
        saml::REPLY_PUBLIC,
        "https://login.microsoftonline.com/other/saml2",
        " ForceAuthn=\"true\"><samlp:RequestedAuthnContext Comparison=\"exact\"><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:X509</saml:AuthnContextClassRef></samlp:RequestedAuthnContext",
    );
    let mut inputs = vec![
        ("unsigned response", wrong_unsigned_response()),
        ("request", saml::redirect_url(&request, false)),
        (
            "request and response in a HAR",
            har(&[
                serde_json::json!({ "request": { "url": saml::redirect_url(&request, true) } }),
                serde_json::json!({ "request": {
                    "url": saml::REPLY,
                    "postData": { "params": [{ "name": "SAMLResponse", "value": wrong_unsigned_response() }] }
                } }),
            ]),
        ),
        ("nothing", "hello".into()),
        ("JSON", "{\"a\": 1}".into()),
        (
            "DOCTYPE",
            saml::base64("<!DOCTYPE x><samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>"),
        ),
        (
            "status",
            saml::base64(
                &R {
                    status: "urn:oasis:names:tc:SAML:2.0:status:Responder".into(),
                    status_message: Some("Something failed".into()),
                    ..R::default()
                }
                .response_with("", false),
            ),
        ),
        (
            "status with AADSTS",
            saml::base64(
                &R {
                    status: "urn:oasis:names:tc:SAML:2.0:status:Requester".into(),
                    status_message: Some("AADSTS50105: The signed in user is not assigned to a role for the application.".into()),
                    ..R::default()
                }
                .response_with("", false),
            ),
        ),
        ("unknown AADSTS", entra_page("99999", "Something new happened.")),
        ("compression bomb", deflate_bomb()),
        ("no assertion", saml::base64(&R::default().response_with("", false))),
        (
            "wrapping",
            saml::base64(&R::default().response_with(
                &format!("<samlp:Extensions>{}</samlp:Extensions>", R::default().assertion()),
                false,
            )),
        ),
        (
            "encrypted, no key",
            saml::base64(&R::default().response_with(
                "<EncryptedAssertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\"><xenc:EncryptedData xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\"/></EncryptedAssertion>",
                false,
            )),
        ),
    ];
    for code in diagnose::aadsts::KNOWN {
        inputs.push((
            "AADSTS",
            entra_page(
                code,
                "The reply URL 'https://acme.topdesk.net/tas/public/login/verify' does not match.",
            ),
        ));
    }
    inputs
}

/// English sentence pieces that must not appear in a Dutch or German finding.
const ENGLISH: [&str; 15] = [
    "TOPdesk would refuse",
    " is expected",
    "Nothing to",
    "(none)",
    "Entra refused",
    "Entra said",
    "In the Entra app",
    "Capture ",
    "Message ",
    " the ",
    "Give the",
    "Upload the",
    "Refused for size",
    "Limit reached",
    "signed",
];

#[test]
fn every_finding_is_dutch_or_german_with_the_same_codes() {
    for (what, input) in inputs() {
        let en = run_in(Lang::En, &input, Some(Section::Public), NOW);
        assert!(!en.findings.is_empty(), "{what}: no findings");
        for lang in [Lang::Nl, Lang::De] {
            let other = run_in(lang, &input, Some(Section::Public), NOW);
            assert_eq!(other.verdict, en.verdict, "{what}");
            let index = |d: &Diagnosis| {
                d.findings
                    .iter()
                    .map(|f| f.message_index)
                    .collect::<Vec<_>>()
            };
            assert_eq!(index(&other), index(&en), "{what}");
            assert_eq!(other.findings.len(), en.findings.len(), "{what}");
            for (e, o) in en.findings.iter().zip(&other.findings) {
                assert_eq!(o.code, e.code, "{what}");
                for (english, text) in [(&e.message, &o.message), (&e.fix, &o.fix)] {
                    assert_ne!(text, english, "{what} in {lang:?}: not translated");
                    // Entra's own words (quoted from the page) stay English.
                    let ours = text
                        .to_string()
                        .replace("The reply URL 'https://acme.topdesk.net/tas/public/login/verify' does not match", "")
                        .replace("The signed in user is not assigned to a role for the application", "")
                        .replace("Something new happened", "")
                        .replace("Something failed", "");
                    for word in ENGLISH {
                        assert!(
                            !ours.contains(word),
                            "{what} in {lang:?}: English {word:?} in {text}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn urls_codes_and_entras_words_stay_as_they_are() {
    let page = entra_page(
        "50011",
        "The redirect URI 'https://acme.topdesk.net/tas/public/login/verify' specified in the request does not match.",
    );
    let said = "Entra said: \"The redirect URI 'https://acme.topdesk.net/tas/public/login/verify' specified in the request does not match\".";
    let en = run_in(Lang::En, &page, Some(Section::Public), NOW);
    let f = finding(&en, Code::EntraError);
    // The English text of a path the other tests do not take (the section being configured).
    assert_eq!(
        f.message,
        format!(
            "Entra refused with AADSTS50011: the Reply URL in TOPdesk's request, {public} (the Public (self-service portal) section), is not one of the Reply URLs configured in the Entra app; the one TOPdesk's metadata gives is {secure} (the Secure (operators) section; you are configuring the Public (self-service portal) section). {said}",
            public = saml::REPLY_PUBLIC,
            secure = saml::REPLY
        )
    );
    for (lang, start, section, entra_said, fix) in [
        (
            Lang::Nl,
            "Entra weigerde met AADSTS50011: de Antwoord-URL in de aanvraag van TOPdesk, ",
            "; geconfigureerd wordt het gedeelte ",
            "Entra meldde: \"The redirect URI 'https://acme.topdesk.net/tas/public/login/verify' specified in the request does not match\".",
            "Stel in de Entra-app onder Standaard SAML-configuratie de Antwoord-URL (URL voor Assertion Consumer Service) in op precies ",
        ),
        (
            Lang::De,
            "Entra hat mit AADSTS50011 abgelehnt: die Antwort-URL in der Anforderung von TOPdesk, ",
            "; konfiguriert wird der Bereich ",
            "Entra meldete: „The redirect URI 'https://acme.topdesk.net/tas/public/login/verify' specified in the request does not match“.",
            "Setzen Sie in der Entra-App unter Grundlegende SAML-Konfiguration die Antwort-URL (Assertionsverbraucherdienst-URL) auf genau ",
        ),
    ] {
        let d = run_in(lang, &page, Some(Section::Public), NOW);
        let f = finding(&d, Code::EntraError);
        let label = Section::Public.label().render_in(lang);
        assert!(f.message.to_string().starts_with(start), "{}", f.message);
        assert!(
            f.message
                .to_string()
                .contains(&format!("{section}{label})")),
            "{}",
            f.message
        );
        assert!(
            f.message.to_string().contains(saml::REPLY_PUBLIC),
            "{}",
            f.message
        );
        assert!(f.message.to_string().contains(saml::REPLY), "{}", f.message);
        assert!(f.message.to_string().ends_with(entra_said), "{}", f.message);
        assert!(
            f.fix
                .to_string()
                .starts_with(&format!("{fix}{} (", saml::REPLY)),
            "{}",
            f.fix
        );
    }
    // An unknown code: Entra's words, nothing guessed.
    let page = entra_page("99999", "Something new happened.");
    for (lang, text) in [
        (
            Lang::En,
            "Entra refused with AADSTS99999. Entra said: \"Something new happened\".",
        ),
        (
            Lang::Nl,
            "Entra weigerde met AADSTS99999. Entra meldde: \"Something new happened\".",
        ),
        (
            Lang::De,
            "Entra hat mit AADSTS99999 abgelehnt. Entra meldete: „Something new happened“.",
        ),
    ] {
        let d = run_in(lang, &page, None, NOW);
        assert_eq!(finding(&d, Code::EntraError).message, text);
    }
}

#[test]
fn a_signed_response_keeps_its_thumbprint_and_times_in_every_language() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let b = saml::base64(
        &R {
            recipient: saml::REPLY_PUBLIC.into(),
            ..R::default()
        }
        .signed(),
    );
    let thumb = topdesk_sso::core::cert::CertInfo::from_der(&lab().entra.certificate_der)
        .unwrap()
        .sha1_thumbprint;
    let late = datetime!(2026-06-01 14:00 UTC);
    for (lang, signed, expired, recipient) in [
        (
            Lang::En,
            format!("The signature over the assertion verifies by Entra's certificate {thumb}."),
            "The assertion expired at 1 Jun 2026 13:05:00 UTC (55 min 0 s before the time given, 1 Jun 2026 14:00:00 UTC): TOPdesk would refuse it.",
            format!("The Recipient is '{}'", saml::REPLY_PUBLIC),
        ),
        (
            Lang::Nl,
            format!(
                "De handtekening over de assertie klopt, gezet met het certificaat {thumb} van Entra."
            ),
            "De assertie is verlopen op 1 jun 2026 13:05:00 UTC (55 min 0 s vóór het opgegeven tijdstip, 1 jun 2026 14:00:00 UTC): TOPdesk zou haar weigeren.",
            format!("Recipient is '{}'", saml::REPLY_PUBLIC),
        ),
        (
            Lang::De,
            format!(
                "Die Signatur über die Assertion ist gültig, mit dem Zertifikat {thumb} von Entra."
            ),
            "Die Assertion ist um 1. Juni 2026 13:05:00 UTC abgelaufen (55 min 0 s vor der angegebenen Zeit, 1. Juni 2026 14:00:00 UTC): TOPdesk würde sie ablehnen.",
            format!("Recipient ist '{}'", saml::REPLY_PUBLIC),
        ),
    ] {
        let d = run_in(lang, &b, None, late);
        assert_eq!(finding(&d, Code::ResponseSignatureValid).message, signed);
        assert_eq!(finding(&d, Code::AssertionExpired).message, expired);
        let r = finding(&d, Code::ResponseRecipient);
        assert!(
            r.message.to_string().starts_with(&recipient),
            "{}",
            r.message
        );
        assert!(
            r.message
                .to_string()
                .contains(&format!("'{}'", saml::REPLY)),
            "{}",
            r.message
        );
        assert!(
            r.fix.to_string().contains(&format!(" {};", saml::REPLY)),
            "{}",
            r.fix
        );
    }
}

#[test]
fn numbered_messages_and_capture_problems_in_each_language() {
    let request = saml::authn_request("_req1", saml::IDENTIFIER, saml::REPLY, saml::SSO, "");
    let capture = har(&[
        serde_json::json!({ "request": { "url": saml::redirect_url(&request, false) } }),
        serde_json::json!({ "request": {
            "url": saml::REPLY,
            "postData": { "params": [{ "name": "SAMLResponse", "value": wrong_unsigned_response() }] }
        } }),
    ]);
    for (lang, first, second, nothing) in [
        (
            Lang::En,
            "Message 1 (request): Request _req1: not signed.",
            "Message 2 (response): ",
            "Nothing to diagnose: the input holds no SAML message, HAR file or AADSTS error code.",
        ),
        (
            Lang::Nl,
            "Bericht 1 (aanvraag): Aanvraag _req1: niet ondertekend.",
            "Bericht 2 (antwoord): ",
            "Niets te onderzoeken: de invoer bevat geen SAML-bericht, HAR-bestand of AADSTS-foutcode.",
        ),
        (
            Lang::De,
            "Nachricht 1 (Anforderung): Anforderung _req1: nicht signiert.",
            "Nachricht 2 (Antwort): ",
            "Nichts zu untersuchen: die Eingabe enthält keine SAML-Nachricht, keine HAR-Datei und keinen AADSTS-Fehlercode.",
        ),
    ] {
        let d = run_in(lang, &capture, None, NOW);
        assert_eq!(d.findings[0].message, first);
        assert!(
            d.findings[1..]
                .iter()
                .all(|f| f.message.to_string().starts_with(second)),
            "{:#?}",
            d.findings
        );
        let d = run_in(lang, "hello", None, NOW);
        assert_eq!(d.findings[0].message, nothing);
    }
}

#[test]
fn counts_use_each_languages_plurals() {
    let references = |lang, count: usize| {
        i18n::with(lang, || {
            topdesk_sso::tr!(
                "diagnose-saml-signature-references",
                what = "assertion",
                count
            )
        })
    };
    for (lang, one, two) in [
        (
            Lang::En,
            "the assertion's signature has 1 reference; a SAML signature has exactly one",
            "the assertion's signature has 2 references; a SAML signature has exactly one",
        ),
        (
            Lang::Nl,
            "de handtekening van de assertie heeft 1 verwijzing; een SAML-handtekening heeft er precies één",
            "de handtekening van de assertie heeft 2 verwijzingen; een SAML-handtekening heeft er precies één",
        ),
        (
            Lang::De,
            "die Signatur der Assertion hat 1 Verweis; eine SAML-Signatur hat genau einen",
            "die Signatur der Assertion hat 2 Verweise; eine SAML-Signatur hat genau einen",
        ),
    ] {
        assert_eq!(references(lang, 1), one);
        assert_eq!(references(lang, 2), two);
    }
    // The same count from a real message: an assertion signature with two References.
    let r = R::default();
    let reference = r
        .assertion()
        .split("<ds:Reference ")
        .nth(1)
        .and_then(|s| s.split("</ds:Reference>").next())
        .map(|s| format!("<ds:Reference {s}</ds:Reference>"))
        .unwrap();
    let assertion = r
        .assertion()
        .replacen(&reference, &format!("{reference}{reference}"), 1);
    let input = saml::base64(&r.response_with(&assertion, false));
    for (lang, words) in [
        (Lang::En, "has 2 references"),
        (Lang::Nl, "heeft 2 verwijzingen"),
        (Lang::De, "hat 2 Verweise"),
    ] {
        let d = run_in(lang, &input, None, NOW);
        let f = finding(&d, Code::ResponseSignatureInvalid);
        assert!(f.message.to_string().contains(words), "{}", f.message);
    }
}

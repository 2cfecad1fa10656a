//! Hostile captures for `diagnose`: each is a clear finding, within a second, without a panic.

mod common;
#[allow(dead_code)]
#[path = "common/saml.rs"]
mod saml;

use std::io::Write as _;
use std::time::{Duration, Instant};

use base64::Engine as _;
use time::macros::datetime;
use topdesk_sso::core::check::{self, CheckInput, Report};
use topdesk_sso::core::diagnose::{self, Diagnosis, Setup};
use topdesk_sso::core::findings::Code;

const LIMIT: Duration = Duration::from_secs(1);
const SSO: &str = "https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2";

fn report() -> Report {
    let idp = common::idp_xml(
        "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/",
        &[&common::topdesk_cert().certificate_der],
        true,
    );
    let sp = common::Sp::secure().xml();
    check::check(&CheckInput {
        idp: Some(idp.as_bytes()),
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(common::NOW)
    })
    .unwrap()
}

fn timed(what: &str, input: &[u8]) -> Diagnosis {
    let report = report();
    let setup = Setup {
        report: &report,
        key: None,
        user_attribute: topdesk_sso::core::bundle::DEFAULT_USER_ATTRIBUTE,
        section: None,
        now: datetime!(2026-06-01 12:00 UTC),
        now_fixed: true,
    };
    let start = Instant::now();
    let d = diagnose::diagnose(input, &setup);
    let took = start.elapsed();
    assert!(took < LIMIT, "{what} took {took:?}");
    d
}

fn has(d: &Diagnosis, code: Code, words: &str) -> bool {
    d.findings
        .iter()
        .any(|f| f.code == code && f.message.to_string().contains(words))
}

#[test]
fn a_100_mb_base64_blob_is_refused_by_size() {
    let blob = vec![b'A'; 100_000_000];
    let d = timed("100 MB base64", &blob);
    assert!(
        has(&d, Code::CaptureTooLarge, "base64 value of 100000000 bytes"),
        "{:#?}",
        d.findings
    );
    assert!(d.unreadable);
    // As a form value too.
    let mut form = b"SAMLResponse=".to_vec();
    form.extend(std::iter::repeat_n(b'Q', 3_000_000));
    let d = timed("3 MB form value", &form);
    assert!(
        has(&d, Code::CaptureTooLarge, "a SAML message of 2250000 bytes"),
        "{:#?}",
        d.findings
    );
    let d = timed("50 MB of text", &vec![b'<'; 50_000_000]);
    assert!(
        has(&d, Code::CaptureTooLarge, "must be a HAR file"),
        "{:#?}",
        d.findings
    );
}

#[test]
fn a_deflate_bomb_in_a_saml_request_is_capped() {
    let zeros = vec![b'<'; 1024 * 1024];
    let value = redirect_value(|z| {
        for _ in 0..200 {
            z.write_all(&zeros).unwrap();
        }
    });
    assert!(
        value.len() < 1024 * 1024,
        "the bomb is small: {}",
        value.len()
    );
    let url = format!("{SSO}?SAMLRequest={value}");
    let d = timed("deflate bomb", url.as_bytes());
    assert!(
        has(&d, Code::CaptureTooLarge, "compression bomb"),
        "{:#?}",
        d.findings
    );
}

#[test]
fn a_har_of_10000_entries_is_bounded() {
    let b64 = base64::engine::general_purpose::STANDARD.encode(
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_r\"><samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"/></samlp:Status></samlp:Response>",
    );
    let entries: Vec<serde_json::Value> = (0..10_000)
        .map(|i| {
            serde_json::json!({"startedDateTime": "2026-06-01T12:00:00Z", "request": {"method": "POST", "url": format!("https://acme.topdesk.net/tas/secure/login/verify?n={i}"), "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "SAMLResponse", "value": b64}]}}, "response": {"status": 200, "content": {"size": 0}}})
        })
        .collect();
    let har = serde_json::json!({"log": {"version": "1.2", "entries": entries}}).to_string();
    let d = timed("HAR of 10,000 entries", har.as_bytes());
    assert_eq!(d.messages.len(), diagnose::capture::MAX_MESSAGES);
    assert!(
        has(&d, Code::CaptureTooLarge, "more than 20 SAML messages"),
        "{:#?}",
        d.findings
    );
    // 10,000 entries without SAML: read through, nothing found, quickly.
    let plain: Vec<serde_json::Value> = (0..10_000)
        .map(|i| serde_json::json!({"request": {"method": "GET", "url": format!("https://example.com/{i}")}}))
        .collect();
    let har = serde_json::json!({"log": {"entries": plain}}).to_string();
    let d = timed("plain HAR", har.as_bytes());
    assert!(
        has(&d, Code::CaptureUnrecognised, "no SAML message"),
        "{:#?}",
        d.findings
    );
}

#[test]
fn doctype_and_entities_in_the_decoded_xml_are_refused() {
    let bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_r\">&c;</samlp:Response>";
    let external = "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>";
    for (name, xml) in [("entity bomb", bomb), ("external DTD", external)] {
        let b64 = base64::engine::general_purpose::STANDARD.encode(xml);
        for input in [b64.as_str(), xml] {
            let d = timed(name, input.as_bytes());
            assert!(
                has(&d, Code::MessageRefused, "DOCTYPE"),
                "{name}: {:#?}",
                d.findings
            );
            assert!(d.messages.is_empty());
        }
    }
    // Deep nesting and an attribute flood.
    let deep = format!(
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">{}{}</samlp:Response>",
        "<a>".repeat(10_000),
        "</a>".repeat(10_000)
    );
    let d = timed("deep", deep.as_bytes());
    assert!(
        has(&d, Code::MessageRefused, "nested deeper"),
        "{:#?}",
        d.findings
    );
    let attrs: String = (0..5000).map(|i| format!(" a{i}=\"x\"")).collect();
    let flood =
        format!("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"{attrs}/>");
    let d = timed("attributes", flood.as_bytes());
    assert!(
        has(&d, Code::MessageRefused, "attributes"),
        "{:#?}",
        d.findings
    );
}

#[test]
fn junk_is_a_clear_finding() {
    for (name, input) in [
        ("binary", &b"\x89PNG\r\n\x1a\n\0\0\0"[..]),
        ("empty", b"   "),
        ("prose", b"hello, this is my login problem"),
        ("bad base64", b"SAMLResponse=%%%%%"),
        (
            "not deflate",
            b"https://login.microsoftonline.com/x/saml2?SAMLRequest=QUJDREVGR0g%3D",
        ),
        ("json", b"{\"a\": 1}"),
        ("broken json", b"{\"log\": "),
        ("aadsts without digits", b"AADSTS: nothing"),
    ] {
        let d = timed(name, input);
        assert!(
            d.findings
                .iter()
                .any(|f| matches!(f.code, Code::CaptureUnrecognised | Code::CaptureTooLarge)),
            "{name}: {:#?}",
            d.findings
        );
        assert!(d.unreadable, "{name}");
    }
}

/// No signature in a capture makes `diagnose` open anything: a relative URI naming a FIFO
/// (opening it would block for ever) or a 4 GiB file, in each place a signature can point
/// from — the Response's signature, the decrypted assertion's, a signature hidden in the
/// decrypted assertion's `Advice`, a key `RetrievalMethod` — is refused before the XML-DSig
/// library sees the document (`core::dsig`), each run in under a second.
#[cfg(unix)]
#[test]
fn no_signature_position_makes_diagnose_open_a_local_file() {
    use saml::R;
    if !common::have_tool("xmlsec1") {
        eprintln!("skipped: xmlsec1 is not installed");
        return;
    }
    let lab = saml::lab();
    let trap = common::trap_dir();
    let signed = R::default().signed();
    let encrypt = |xml: &str| saml::encrypt(xml, saml::CONTENT[2], saml::OAEP_MGF1P, saml::SHA1);
    for target in common::TRAPS {
        let pointing =
            saml::sig_template("_r1").replace("URI=\"#_r1\"", &format!("URI=\"{target}\""));
        let cases = [
            (
                "outer response",
                signed.replacen("</Issuer>", &format!("</Issuer>{pointing}"), 1),
            ),
            (
                "decrypted assertion",
                encrypt(&signed.replacen("URI=\"#_a1\"", &format!("URI=\"{target}\""), 1)),
            ),
            (
                "Advice",
                encrypt(&signed.replacen(
                    "</Conditions>",
                    &format!("</Conditions><Advice>{pointing}</Advice>"),
                    1,
                )),
            ),
            (
                "KeyInfo",
                encrypt(&signed.replacen(
                    "<ds:X509Data>",
                    &format!("<ds:RetrievalMethod URI=\"{target}\" Type=\"http://www.w3.org/2000/09/xmldsig#rawX509Certificate\"/><ds:X509Data>"),
                    1,
                )),
            ),
        ];
        for (place, xml) in cases {
            let file = trap.path().join("capture.b64");
            std::fs::write(&file, saml::base64(&xml)).unwrap();
            let (took, code, out) = common::run_bounded(
                common::cli_command()
                    .current_dir(trap.path())
                    .args([
                        "diagnose",
                        "--json",
                        "--now",
                        "2026-06-01T12:00:00Z",
                        "--key",
                    ])
                    .arg(lab.path("topdesk.der"))
                    .arg("--idp")
                    .arg(lab.path("idp.xml"))
                    .arg("--sp")
                    .arg(lab.path("sp.xml"))
                    .arg(&file),
            );
            assert!(took < LIMIT, "{place}/{target} took {took:?}");
            assert_eq!(code, 1, "{place}/{target}: {out}");
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            let message = &v["messages"][0];
            assert_eq!(
                message["signature"]["status"], "invalid",
                "{place}/{target}: {out}"
            );
            assert_eq!(
                message["decrypted"],
                place != "outer response",
                "{place}/{target}: {out}"
            );
        }
    }
}

/// A bad `SAMLResponse` value whose base64 error names offset `n` (so no two are alike).
fn bad_value(n: usize) -> String {
    format!("{}!", "A".repeat(n))
}

#[test]
fn bad_form_fields_are_capped_per_entry_and_findings_per_capture() {
    use diagnose::MAX_FINDINGS;
    use diagnose::capture::MAX_FORM_FIELDS;
    // One entry posting 100,000 bad values (the issue's HAR had 800,000), then nine posting
    // MAX_FORM_FIELDS each: 10 × 64 values read, each a different problem.
    let post = |params: Vec<serde_json::Value>| serde_json::json!({"startedDateTime": "2026-06-01T12:00:00Z", "request": {"method": "POST", "url": "https://acme.topdesk.net/tas/secure/login/verify", "postData": {"mimeType": "application/x-www-form-urlencoded", "params": params}}});
    let param = |v: String| serde_json::json!({"name": "SAMLResponse", "value": v});
    let mut entries = vec![post(
        (0..100_000)
            .map(|i| {
                param(if i < MAX_FORM_FIELDS {
                    bad_value(i)
                } else {
                    "!".into()
                })
            })
            .collect(),
    )];
    for e in 1..10 {
        entries.push(post(
            (0..MAX_FORM_FIELDS)
                .map(|i| param(bad_value(e * MAX_FORM_FIELDS + i)))
                .collect(),
        ));
    }
    let har = serde_json::json!({"log": {"entries": entries}}).to_string();
    let d = timed("HAR with 100,000 bad SAMLResponse fields", har.as_bytes());
    assert!(
        has(
            &d,
            Code::CaptureTooLarge,
            "Limit reached: a request carries 100000 form fields"
        ),
        "{:#?}",
        &d.findings[..3]
    );
    assert!(has(
        &d,
        Code::CaptureTooLarge,
        &format!("the first {MAX_FORM_FIELDS} are read")
    ));
    // MAX_FINDINGS kept, then one finding counting the rest: 1 + 640 problems in all.
    assert_eq!(
        d.findings.len(),
        MAX_FINDINGS + 1,
        "{:#?}",
        d.findings.last()
    );
    assert_eq!(d.findings.last().unwrap().message_index, None);
    let last = d.findings.last().unwrap();
    assert_eq!(last.code, Code::CaptureTooLarge);
    assert!(
        last.message
            .to_string()
            .starts_with("441 more findings of the same kind (capture-unrecognised)"),
        "{}",
        last.message
    );
    assert!(d.unreadable);

    // The same value over and over: one finding, the repeats counted.
    let same = serde_json::json!({"log": {"entries": [post((0..100_000).map(|_| param("!".into())).collect())]}}).to_string();
    let d = timed("HAR with 100,000 equal bad fields", same.as_bytes());
    assert_eq!(d.findings.len(), 3, "{:#?}", d.findings);
    assert!(
        d.findings[2]
            .message
            .to_string()
            .starts_with("63 more findings")
    );

    // A posted form (or URL) with 150,000 fields: the first MAX_FORM_FIELDS read.
    let form = "SAMLResponse=!&".repeat(150_000);
    let d = timed("form of 150,000 fields", form.as_bytes());
    assert!(
        has(&d, Code::CaptureTooLarge, "carries 150001 form fields"),
        "{:#?}",
        d.findings
    );
    assert!(d.findings.len() <= MAX_FINDINGS + 1);
    let text_har = serde_json::json!({"log": {"entries": [{"request": {"method": "POST", "url": "https://acme.topdesk.net/tas/secure/login/verify", "postData": {"text": form}}}]}}).to_string();
    let d = timed("HAR postData.text of 150,000 fields", text_har.as_bytes());
    assert!(has(&d, Code::CaptureTooLarge, "carries 150001 form fields"));
}

#[test]
fn a_har_is_read_one_entry_at_a_time_with_its_lists_capped() {
    // 30,000 entries (more than MAX_HAR_ENTRIES) each with a long unread page: the entries
    // beyond the cap are counted, not read; a HAR cut short keeps what was read before.
    let entry = serde_json::json!({"request": {"method": "GET", "url": "https://example.com/"}, "response": {"content": {"text": "x".repeat(1000)}}});
    let har = serde_json::json!({"log": {"entries": vec![entry; 30_000]}}).to_string();
    let d = timed("HAR of 30,000 entries", har.as_bytes());
    assert!(
        has(
            &d,
            Code::CaptureTooLarge,
            "30000 entries; the first 20000 are read"
        ),
        "{:#?}",
        d.findings
    );
    let page = "<html>AADSTS50105: The signed in user is not assigned.</html>";
    let err = serde_json::json!({"request": {"method": "GET", "url": format!("{SSO}?x=1")}, "response": {"content": {"text": page}}});
    let whole = serde_json::json!({"log": {"entries": [err]}}).to_string();
    let cut = &whole[..whole.len() - 3];
    let d = timed("HAR cut short", cut.as_bytes());
    assert_eq!(d.messages.len(), 1, "{:#?}", d.findings);
    assert!(has(
        &d,
        Code::CaptureUnrecognised,
        "not a readable HAR file"
    ));
    // `log` that is no object, or no `entries`: not a HAR file.
    for json in [
        r#"{"log": 5}"#,
        r#"{"log": {"pages": []}}"#,
        r#"{"other": {"entries": []}}"#,
    ] {
        let d = timed(json, json.as_bytes());
        assert!(d.unreadable, "{json}: {:#?}", d.findings);
    }
}

/// A Redirect-binding `SAMLRequest` value: what `write` writes, deflated, base64, URL-encoded.
fn redirect_value(write: impl FnOnce(&mut flate2::write::DeflateEncoder<Vec<u8>>)) -> String {
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    write(&mut z);
    base64::engine::general_purpose::STANDARD
        .encode(z.finish().unwrap())
        .replace('+', "%2B")
        .replace('/', "%2F")
        .replace('=', "%3D")
}

/// A HAR of many Redirect-binding entries, each carrying `value` as its `SAMLRequest`.
fn har_of_requests(value: &str, entries: usize) -> String {
    let entry = serde_json::json!({"startedDateTime": "2026-06-01T12:00:00Z", "request": {"method": "GET", "url": format!("{SSO}?SAMLRequest={value}")}});
    serde_json::json!({"log": {"entries": vec![entry; entries]}}).to_string()
}

/// Repeated `AADSTS` codes on one line are looked at a bounded number of times
/// (`MAX_AADSTS_LOOKED`) wherever a capture is scanned for one: pasted text, a response's
/// `StatusMessage`, an error page in a HAR. Each walked the rest of the line per code before
/// (minutes for 3 MB).
#[test]
fn repeated_aadsts_codes_are_scanned_a_bounded_number_of_times() {
    let d = timed("pasted text", "AADSTS1 ".repeat(380_000).as_bytes());
    assert!(!d.findings.is_empty());
    let status = "AADSTS1 ".repeat(120_000);
    let response = format!(
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_r\" Version=\"2.0\"><samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"/><samlp:StatusMessage>{status}</samlp:StatusMessage></samlp:Status></samlp:Response>"
    );
    let b64 = base64::engine::general_purpose::STANDARD.encode(response);
    timed("StatusMessage", b64.as_bytes());
    let page = serde_json::json!({"log": {"entries": [{"startedDateTime": "2026-06-01T12:00:00Z", "request": {"method": "GET", "url": SSO}, "response": {"status": 200, "content": {"mimeType": "text/html", "text": "AADSTS1 ".repeat(60_000)}}}]}});
    timed("HAR error page", page.to_string().as_bytes());
}

/// Thousands of small DEFLATE bombs in one HAR: at most `MAX_INFLATED_BYTES` are inflated in
/// all (each bomb alone is capped at 1 MiB; 2,000 of them inflated 2 GiB before).
#[test]
fn deflate_bombs_are_capped_per_capture() {
    let value = redirect_value(|z| z.write_all(&vec![b'<'; 2 * 1024 * 1024]).unwrap());
    let d = timed("2,000 bombs", har_of_requests(&value, 2_000).as_bytes());
    assert!(
        has(&d, Code::CaptureTooLarge, "MiB in all"),
        "{:#?}",
        d.findings
    );
}

/// Exactly `MAX_MESSAGES` messages, the last in the last entry: nothing was left out, so no
/// "too many messages"; one more, and it says so.
#[test]
fn exactly_the_message_cap_is_not_called_too_many() {
    use diagnose::capture::MAX_MESSAGES;
    let request = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_q\" Version=\"2.0\"/>";
    let value = redirect_value(|z| z.write_all(request.as_bytes()).unwrap());
    let d = timed(
        "20 requests",
        har_of_requests(&value, MAX_MESSAGES).as_bytes(),
    );
    assert!(!has(&d, Code::CaptureTooLarge, ""), "{:#?}", d.findings);
    let d = timed(
        "21 requests",
        har_of_requests(&value, MAX_MESSAGES + 1).as_bytes(),
    );
    assert!(has(&d, Code::CaptureTooLarge, ""), "{:#?}", d.findings);
}

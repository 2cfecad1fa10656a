//! Step 7, Test login, in the wizard state machine: a capture judged against the loaded setup,
//! judged again when the setup changes, its messages and check rows.

mod common;
#[allow(dead_code)]
#[path = "common/saml.rs"]
mod saml;

use topdesk_sso::core::findings::Code;
use topdesk_sso::core::i18n::Lang;
use topdesk_sso::core::topdesk::Section;
use topdesk_sso::wizard::{Action, Progress, Slot, Step, StepStatus, Wizard};

const NOW: time::OffsetDateTime = common::NOW;
const IDP: &str = "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/";
const SSO: &str = "https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2";

fn drive(w: &mut Wizard, action: Action) {
    common::wizard::drive(w, action, NOW);
}

fn load(w: &mut Wizard, bytes: impl Into<Vec<u8>>, target: Option<Slot>) {
    common::wizard::load(w, "file", bytes, target, NOW);
}

/// A sample file of the demo (`assets/samples/`).
fn sample(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/assets/samples/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn setup() -> Wizard {
    let mut w = Wizard::new(Section::Secure);
    load(
        &mut w,
        common::idp_xml(IDP, &[&common::topdesk_cert().certificate_der], true),
        Some(Slot::Idp),
    );
    load(&mut w, common::Sp::secure().xml(), Some(Slot::Sp));
    w
}

/// An unsigned response from the Entra of [`setup`] for jane@acme.example, its assertion holding
/// `conditions` (XML after its Subject), loaded as a capture.
fn load_response(w: &mut Wizard, conditions: &str) {
    let xml = format!(
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_r1\" Destination=\"https://acme.topdesk.net/tas/secure/login/verify\"><Issuer xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">{IDP}</Issuer><samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status><Assertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1\"><Issuer>{IDP}</Issuer><Subject><NameID>jane@acme.example</NameID></Subject>{conditions}</Assertion></samlp:Response>"
    );
    drive(
        w,
        Action::LoadCapture {
            name: "response.xml".into(),
            bytes: xml.into_bytes(),
        },
    );
}

/// The redirect URL of a request with `acs` as its Reply URL.
fn request_url(acs: &str) -> String {
    use base64::Engine as _;
    use std::io::Write as _;
    let xml = format!(
        "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_req1\" Version=\"2.0\" IssueInstant=\"2026-06-01T11:59:50Z\" Destination=\"{SSO}\" AssertionConsumerServiceURL=\"{acs}\"><saml:Issuer>https://acme.topdesk.net/saml-metadata/4f1c2b9a</saml:Issuer></samlp:AuthnRequest>"
    );
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(xml.as_bytes()).unwrap();
    let b64 = base64::engine::general_purpose::STANDARD.encode(z.finish().unwrap());
    format!(
        "{SSO}?SAMLRequest={}",
        b64.replace('+', "%2B")
            .replace('/', "%2F")
            .replace('=', "%3D")
    )
}

#[test]
fn the_step_is_seventh_and_neutral_until_a_capture_is_given() {
    let mut w = setup();
    assert_eq!(Step::ALL.len(), 7);
    assert_eq!(Step::TestLogin.number(), 7);
    assert_eq!(Step::Review.next(), Some(Step::TestLogin));
    drive(&mut w, Action::GoTo(Step::TestLogin));
    let v = w.verdict(Step::TestLogin);
    assert_eq!(v.status, StepStatus::Todo);
    assert!(v.text.to_string().contains("Drop, open or paste"));
    // Not needed for the export.
    assert!(w.step_ready(Step::TestLogin).is_ok());
}

#[test]
fn a_pasted_capture_on_the_step_is_judged_not_routed() {
    let mut w = setup();
    drive(&mut w, Action::GoTo(Step::TestLogin));
    load(
        &mut w,
        request_url("https://acme.topdesk.net/tas/public/login/verify"),
        None,
    );
    // The metadata slots are untouched.
    assert!(w.idp.is_some() && w.sp.is_some());
    assert!(w.login_test.capture.is_some());
    let v = w.verdict(Step::TestLogin);
    assert_eq!(v.status, StepStatus::Error, "{v:?}");
    assert!(
        v.text.to_string().starts_with("TOPdesk would refuse: "),
        "{}",
        v.text
    );
    let rows = w.check_rows();
    let acs = rows.iter().find(|r| r.check == "ACS URL").unwrap();
    assert_eq!(
        acs.received,
        "https://acme.topdesk.net/tas/public/login/verify"
    );
    assert_eq!(
        acs.expected,
        "https://acme.topdesk.net/tas/secure/login/verify"
    );
    assert_eq!(acs.ok, Some(false));
    assert!(acs.copyable);
    let dest = rows.iter().find(|r| r.check == "Destination").unwrap();
    assert_eq!(dest.ok, Some(true));
    assert!(w.message_findings().any(|f| f.code == Code::RequestAcs));
    // Removing the capture goes back to neutral.
    drive(&mut w, Action::ClearCapture);
    assert_eq!(w.verdict(Step::TestLogin).status, StepStatus::Todo);
    assert!(w.login_test.capture.is_none());
}

#[test]
fn the_capture_is_judged_again_when_the_setup_changes() {
    let mut w = Wizard::new(Section::Secure);
    drive(&mut w, Action::GoTo(Step::TestLogin));
    load(
        &mut w,
        request_url("https://acme.topdesk.net/tas/secure/login/verify"),
        None,
    );
    // No setup yet: nothing to compare with.
    assert!(!w.message_findings().any(|f| f.code == Code::RequestAcs));
    assert!(w.check_rows().iter().all(|r| r.ok.is_none()));
    // The TOPdesk file arrives (here, for the Public section): judged again.
    let public = common::Sp::public().xml();
    load(&mut w, public, Some(Slot::Sp));
    assert!(
        w.message_findings().any(|f| f.code == Code::RequestAcs),
        "{:?}",
        w.diagnosis()
    );
}

#[test]
fn a_har_lists_its_messages_to_pick_from() {
    let mut w = setup();
    let url = request_url("https://acme.topdesk.net/tas/secure/login/verify");
    let page = "<html>AADSTS50105: Your administrator has configured the application to block users unless they are specifically granted access.</html>";
    let har = serde_json::json!({"log": {"entries": [
        {"startedDateTime": "2026-06-01T12:00:00Z", "request": {"method": "GET", "url": url}, "response": {"content": {"text": page}}},
    ]}})
    .to_string();
    drive(
        &mut w,
        Action::LoadCapture {
            name: "login.har".into(),
            bytes: har.into_bytes(),
        },
    );
    let d = w.diagnosis().expect("diagnosed");
    assert_eq!(d.messages.len(), 2);
    // One line naming what to change in Entra (the finding's fix); the explanation is below.
    let verdict = w.verdict(Step::TestLogin).text.to_string();
    assert!(
        verdict.starts_with("Entra refused: In Entra: Enterprise applications"),
        "{verdict}"
    );
    // The capture opens on the message that fails, not on its all-green request.
    assert_eq!(w.login_test.selected, 1);
    assert_eq!(w.check_rows()[0].check, "Entra error");
    drive(&mut w, Action::SelectMessage(0));
    assert_eq!(w.check_rows()[0].check, "Issuer");
    drive(&mut w, Action::SelectMessage(1));
    assert_eq!(w.check_rows()[0].check, "Entra error");
    assert!(w.message_findings().any(|f| f.code == Code::EntraError));
    assert!(!w.message_findings().any(|f| f.code == Code::RequestShown));
    assert!(matches!(w.login_test.progress, Progress::Done(_)));
}

#[test]
fn an_unreadable_capture_says_so() {
    let mut w = setup();
    drive(
        &mut w,
        Action::LoadCapture {
            name: "notes.txt".into(),
            bytes: b"hello".to_vec(),
        },
    );
    let v = w.verdict(Step::TestLogin);
    assert_eq!(v.status, StepStatus::Error);
    assert!(
        v.text.to_string().contains("Nothing to diagnose"),
        "{}",
        v.text
    );
}

#[test]
fn values_no_signature_covers_are_marked_not_signed_in_the_rows() {
    let mut w = setup();
    // A response with nothing signed (TOPdesk would refuse it): every value it shows is
    // "not signed", and the Signature row itself has no note.
    load_response(&mut w, "");
    let rows = w.check_rows();
    let note = |check: &str| {
        rows.iter()
            .find(|r| r.check == check)
            .unwrap_or_else(|| panic!("no {check} row in {rows:?}"))
            .note
            .clone()
    };
    for check in ["Destination", "NameID", "Issuer", "Status"] {
        assert_eq!(
            note(check).map(|n| n.to_string()).as_deref(),
            Some("not signed"),
            "{check}"
        );
    }
    assert_eq!(note("Signature"), None);
    // A value the response lacks carries no note.
    assert_eq!(note("Audience"), None);
}

/// Issue 21 §3: a capture dropped or pasted on any step (or on a file's zone) goes to Test login,
/// and the step it was dropped on says where it went; the files stay as they were.
#[test]
fn a_capture_given_on_any_step_goes_to_test_login() {
    let har = sample("sample-login.har");
    for (step, target) in [
        (Step::Start, None),
        (Step::Entra, Some(Slot::Idp)),
        (Step::KeyPair, Some(Slot::Key)),
        (Step::Review, None),
    ] {
        let mut w = setup();
        drive(&mut w, Action::GoTo(step));
        let idp = w.idp.as_ref().unwrap().bytes.clone();
        common::wizard::load(&mut w, "login.har", har.clone(), target, NOW);
        assert!(w.login_test.capture.is_some(), "{step:?}: not loaded");
        assert!(
            matches!(w.login_test.progress, Progress::Done(_)),
            "{step:?}: not judged"
        );
        assert_eq!(
            w.idp.as_ref().unwrap().bytes,
            idp,
            "{step:?}: a file changed"
        );
        let notes: Vec<String> = w.notices.iter().map(|n| n.text.to_string()).collect();
        assert_eq!(
            notes,
            ["login.har is a captured login: it was put in step 7, Test login."],
            "{step:?}"
        );
    }
    // A pasted SAML message (no file name) too, and nothing else is taken for one.
    let mut w = setup();
    load(
        &mut w,
        request_url("https://acme.topdesk.net/tas/secure/login/verify"),
        None,
    );
    assert!(w.login_test.capture.is_some());
    let mut w = setup();
    load(&mut w, "just some words", None);
    assert!(w.login_test.capture.is_none());
}

/// Issue 21 §1: the validity row is judged (red when the assertion had expired), and its times
/// are written as readers of the language write them, never raw.
#[test]
fn the_validity_row_is_judged_and_its_times_are_for_reading() {
    let mut w = setup();
    // Expired an hour before NOW (2026-06-01 12:00 UTC).
    load_response(
        &mut w,
        r#"<Conditions NotBefore="2026-06-01T09:55:00.123456789Z" NotOnOrAfter="2026-06-01T11:00:00Z"/>"#,
    );
    let rows = w.check_rows();
    let valid = rows
        .iter()
        .find(|r| r.check == "Valid")
        .unwrap_or_else(|| panic!("no Valid row in {rows:?}"));
    assert_eq!(valid.ok, Some(false), "expired: a red marker");
    let said = |lang| valid.received.render_in(lang);
    assert_eq!(
        said(Lang::En),
        "1 Jun 2026 09:55 UTC to 1 Jun 2026 11:00 UTC"
    );
    assert!(
        said(Lang::De).starts_with("1. Juni 2026 09:55 UTC"),
        "{}",
        said(Lang::De)
    );
    assert!(
        !said(Lang::Nl).contains('Z'),
        "no raw SAML time: {}",
        said(Lang::Nl)
    );
}

/// Issue 21 §1: a row that cannot be compared because a file is missing says which file.
#[test]
fn rows_not_checked_say_which_file_is_missing() {
    let mut w = Wizard::new(Section::Secure);
    drive(
        &mut w,
        Action::LoadCapture {
            name: "request.txt".into(),
            bytes: request_url("https://acme.topdesk.net/tas/secure/login/verify").into_bytes(),
        },
    );
    let rows = w.check_rows();
    let expected = |check: &str| {
        rows.iter()
            .find(|r| r.check == check)
            .unwrap_or_else(|| panic!("no {check} row in {rows:?}"))
            .expected
            .to_string()
    };
    assert_eq!(
        expected("ACS URL"),
        "not checked: load the TOPdesk metadata (step 3)"
    );
    assert_eq!(
        expected("Destination"),
        "not checked: load the Entra federation metadata (step 2)"
    );
    assert!(rows.iter().all(|r| r.ok.is_none() && !r.copyable));
}

/// Issue 21 §1: an encrypted assertion says it was encrypted, and decrypted here with the key
/// loaded in step 4 (or how to have it decrypted).
#[test]
fn an_encrypted_assertion_says_it_was_decrypted_here() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let lab = saml::lab();
    let capture = saml::base64(&saml::encrypted(
        &saml::R::default(),
        saml::CONTENT[2],
        saml::OAEP_MGF1P,
        saml::SHA1,
    ));
    let encryption_row = |w: &Wizard| {
        let rows = w.check_rows();
        rows.into_iter()
            .find(|r| r.check == "Encryption")
            .unwrap_or_else(|| panic!("no Encryption row"))
    };
    let mut w = Wizard::new(Section::Secure);
    load(&mut w, lab.read("idp.xml"), Some(Slot::Idp));
    load(&mut w, lab.read("sp.xml"), Some(Slot::Sp));
    drive(
        &mut w,
        Action::LoadCapture {
            name: "response.txt".into(),
            bytes: capture.clone().into_bytes(),
        },
    );
    let row = encryption_row(&w);
    assert_eq!(row.ok, Some(false));
    assert!(
        row.received
            .to_string()
            .contains("load TOPdesk's private key in step 4")
    );
    load(&mut w, lab.read("topdesk.crt"), Some(Slot::Cert));
    load(&mut w, lab.read("topdesk.key"), Some(Slot::Key));
    let row = encryption_row(&w);
    assert_eq!(row.ok, Some(true), "{row:?}");
    assert!(
        row.received.to_string().contains("decrypted here"),
        "{row:?}"
    );
}

/// Issue 21 §1: a capture judged out of its window by this computer's clock can be judged as of
/// the capture's time in the window (the CLI's --now), and back.
#[test]
fn an_old_capture_can_be_judged_as_of_its_own_time() {
    let mut w = setup();
    load_response(
        &mut w,
        r#"<Conditions NotBefore="2026-06-01T09:55:00Z" NotOnOrAfter="2026-06-01T11:00:00Z"/>"#,
    );
    let expired = |w: &Wizard| {
        w.message_findings()
            .any(|f| f.code == Code::AssertionExpired)
    };
    assert!(expired(&w));
    assert!(w.offers_capture_time());
    drive(&mut w, Action::JudgeAtCaptureTime(true));
    assert_eq!(
        w.login_test.judge_at,
        Some(time::macros::datetime!(2026-06-01 10:00 UTC))
    );
    assert!(!expired(&w), "{:?}", w.diagnosis());
    assert!(!w.offers_capture_time());
    let valid = w
        .check_rows()
        .into_iter()
        .find(|r| r.check == "Valid")
        .unwrap();
    assert_eq!(valid.ok, Some(true));
    drive(&mut w, Action::JudgeAtCaptureTime(false));
    assert!(expired(&w));
}

/// Issue 21 §3: judging as of the capture's time, asked before the capture has been judged (the
/// demo asks as it loads its capture; the window's job threads answer later), is done as soon as
/// the judgement arrives: the demo's sign-in, half a year old, is judged as it was, and passes.
#[test]
fn judging_at_the_capture_s_time_asked_early_is_done_once_it_is_judged() {
    let later = time::macros::datetime!(2027-06-01 0:00 UTC);
    let mut w = Wizard::new(Section::Secure);
    let idp = sample("sample-entra-federation-metadata.xml");
    common::wizard::load(&mut w, "idp.xml", idp, Some(Slot::Idp), later);
    let sp = sample("sample-topdesk-sp-metadata.xml");
    common::wizard::load(&mut w, "sp.xml", sp, Some(Slot::Sp), later);
    let capture = Action::LoadCapture {
        name: "sample-login-signed-in.har".into(),
        bytes: sample("sample-login-signed-in.har"),
    };
    let mut jobs = common::wizard::started(&mut w, capture, later);
    jobs.extend(common::wizard::started(
        &mut w,
        Action::JudgeAtCaptureTime(true),
        later,
    ));
    assert!(w.login_test.judge_at.is_none(), "not judged yet");
    while let Some((lang, job)) = jobs.pop() {
        let result = topdesk_sso::core::i18n::with(lang, || topdesk_sso::wizard::run(job));
        jobs.extend(common::wizard::started(&mut w, result, later));
    }
    let at = w.login_test.judge_at.expect("judged at the capture's time");
    assert!(at < later - time::Duration::days(30), "{at}");
    assert_eq!(w.step_status(Step::TestLogin), StepStatus::Done);
    // Asked once: a later capture is judged by this computer's clock again.
    let refused = Action::LoadCapture {
        name: "sample-login.har".into(),
        bytes: sample("sample-login.har"),
    };
    drive(&mut w, refused);
    assert!(w.login_test.judge_at.is_none());
}

/// Issue 21 §1: the large headline over a judged capture is its own short message in each
/// language (it was the verdict line cut at its first ": ", which a reason without one, or a
/// translation with another, left whole or cut wrongly).
#[test]
fn the_headline_is_the_verdict_in_a_few_words() {
    let refused = sample("sample-login.har");
    let mut w = setup();
    let capture = Action::LoadCapture {
        name: "login.har".into(),
        bytes: refused,
    };
    drive(&mut w, capture);
    let headline = w.test_login_headline().unwrap();
    for (lang, said) in [
        (Lang::En, "Entra refused"),
        (Lang::Nl, "Entra heeft de aanmelding geweigerd"),
        (Lang::De, "Entra hat die Anmeldung abgelehnt"),
    ] {
        assert_eq!(headline.render_in(lang), said);
    }
    let garbage = Action::LoadCapture {
        name: "pasted".into(),
        bytes: b"SAMLResponse=%%%not-base64".to_vec(),
    };
    drive(&mut w, garbage);
    assert_eq!(w.step_status(Step::TestLogin), StepStatus::Error);
    assert_eq!(
        w.test_login_headline().unwrap().render_in(Lang::En),
        "The capture cannot be read"
    );
}

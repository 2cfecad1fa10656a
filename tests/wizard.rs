//! The wizard state machine, without a window: actions in, jobs run inline, state out.

mod common;

use topdesk_sso::core::findings::{About, Code};
use topdesk_sso::core::keygen;
use topdesk_sso::core::pair::PairStatus;
use topdesk_sso::core::topdesk::Section;
use topdesk_sso::wizard::{self, Action, Analysis, Progress, Slot, Step, StepStatus, Wizard};

const NOW: time::OffsetDateTime = common::NOW_SINGLE_VALID;

/// Applies an action and runs every job it leads to, as the GUI's worker threads would.
fn drive(w: &mut Wizard, action: Action) {
    let mut jobs = w.apply(action, NOW);
    while let Some(job) = jobs.pop() {
        let result = wizard::run(job);
        jobs.extend(w.apply(result, NOW));
    }
}

fn load(w: &mut Wizard, name: &str, bytes: impl Into<Vec<u8>>, target: Option<Slot>) {
    drive(
        w,
        Action::Load {
            name: name.into(),
            path: None,
            bytes: bytes.into(),
            target,
        },
    );
}

/// TOPdesk SP metadata with a key pair valid around `NOW`.
fn sp_and_pair() -> (String, keygen::GeneratedPair) {
    let pair = common::cert(
        keygen::KeyAlgorithm::Rsa { bits: 2048 },
        keygen::SignatureHash::Sha256,
        "acme.topdesk.net",
        NOW - time::Duration::days(10),
        NOW + time::Duration::days(700),
    );
    let sp = common::Sp {
        cert_der: Some(pair.certificate_der.clone()),
        ..common::Sp::secure()
    };
    (sp.xml(), pair)
}

#[test]
fn a_full_run_from_start_to_export() {
    let mut w = Wizard::new(Section::Secure);
    assert_eq!(w.step, Step::Start);
    drive(&mut w, Action::Next);
    assert_eq!(w.step, Step::Entra);
    assert_eq!(
        w.can_advance().unwrap_err(),
        "Load the Entra federation metadata first."
    );
    drive(&mut w, Action::Next);
    assert_eq!(
        w.step,
        Step::Entra,
        "Next is refused while the step is not ready"
    );

    load(
        &mut w,
        "entra.xml",
        common::read(common::ENTRA_SINGLE),
        Some(Slot::Idp),
    );
    assert!(w.idp.is_some());
    assert!(w.can_advance().is_ok(), "{:?}", w.can_advance());
    assert_eq!(w.step_status(Step::Entra), StepStatus::Done);
    drive(&mut w, Action::Next);

    let (sp, pair) = sp_and_pair();
    load(&mut w, "sp.xml", sp, Some(Slot::Sp));
    let urls = w.report().unwrap().urls.clone().unwrap();
    assert_eq!(
        urls.reply,
        "https://acme.topdesk.net/tas/secure/login/verify"
    );
    assert_eq!(
        w.keygen.host, "acme.topdesk.net",
        "the key pair host is prefilled"
    );
    drive(&mut w, Action::Next);
    assert_eq!(w.step, Step::KeyPair);

    load(
        &mut w,
        "cert.cer",
        pair.certificate_der.clone(),
        Some(Slot::Cert),
    );
    assert!(
        w.can_advance().is_err(),
        "a certificate alone is not enough"
    );
    load(
        &mut w,
        "key.der",
        pair.private_key_pkcs8_der.to_vec(),
        Some(Slot::Key),
    );
    let report = w.report().unwrap();
    assert_eq!(report.pair.as_ref().unwrap().status, PairStatus::Match);
    drive(&mut w, Action::Next);
    drive(
        &mut w,
        Action::SetDisplayName("Log in with Microsoft".into()),
    );
    drive(&mut w, Action::Next);
    assert_eq!(w.step, Step::Review);
    assert!(w.can_export().is_ok(), "{:?}", w.can_export());

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bundle");
    drive(
        &mut w,
        Action::Export {
            out: out.clone(),
            zip: false,
        },
    );
    assert_eq!(w.export_progress, Progress::Done(out.clone()));
    let metadata = std::fs::read(out.join(topdesk_sso::core::bundle::METADATA_FILE)).unwrap();
    assert_eq!(
        metadata,
        common::read(common::ENTRA_SINGLE),
        "metadata byte for byte"
    );
    let settings =
        std::fs::read_to_string(out.join(topdesk_sso::core::bundle::SETTINGS_FILE)).unwrap();
    assert!(settings.contains("Log in with Microsoft"));

    // Exporting again to the same place is refused and leaves the first export alone.
    drive(
        &mut w,
        Action::Export {
            out: out.clone(),
            zip: false,
        },
    );
    assert!(matches!(w.export_progress, Progress::Failed(_)));
    assert_eq!(
        std::fs::read(out.join(topdesk_sso::core::bundle::METADATA_FILE)).unwrap(),
        metadata
    );
}

#[test]
fn files_go_to_their_slot_whatever_zone_they_were_dropped_on() {
    let mut w = Wizard::default();
    let (sp, _) = sp_and_pair();
    // TOPdesk's file dropped on the Entra zone.
    load(&mut w, "sp.xml", sp, Some(Slot::Idp));
    assert!(w.idp.is_none());
    assert!(w.sp.is_some());
    let notice = w.notices.iter().find(|n| n.step == Step::Entra).unwrap();
    assert!(
        notice
            .text
            .contains("is the TOPdesk SP metadata, not the Entra federation metadata"),
        "{}",
        notice.text
    );
    // A PEM certificate dropped anywhere.
    let pem = keygen::to_pem("CERTIFICATE", &common::topdesk_cert().certificate_der);
    load(&mut w, "c.pem", pem, None);
    assert!(w.cert.is_some());
}

#[test]
fn a_failed_load_keeps_the_previous_file_and_says_why() {
    let mut w = Wizard::default();
    load(
        &mut w,
        "entra.xml",
        common::read(common::ENTRA_SINGLE),
        Some(Slot::Idp),
    );
    let before = w.idp.clone().unwrap();
    load(&mut w, "notes.txt", "just some text", Some(Slot::Idp));
    load(
        &mut w,
        "evil.xml",
        "<!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>",
        Some(Slot::Idp),
    );
    let after = w.idp.as_ref().unwrap();
    assert_eq!(after.name, before.name);
    let notice = w.notices.iter().find(|n| n.step == Step::Entra).unwrap();
    assert!(
        notice.text.starts_with("evil.xml cannot be used: "),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("DOCTYPE"), "{}", notice.text);
    assert_eq!(w.step_status(Step::Entra), StepStatus::Error);
    // Going back and forth keeps what was loaded.
    drive(&mut w, Action::GoTo(Step::LoginPage));
    drive(&mut w, Action::Back);
    drive(&mut w, Action::GoTo(Step::Entra));
    assert_eq!(w.idp.as_ref().unwrap().name, before.name);
}

#[test]
fn a_stale_analysis_is_ignored() {
    let mut w = Wizard::default();
    let first = w.apply(
        Action::Load {
            name: "entra.xml".into(),
            path: None,
            bytes: common::read(common::ENTRA_SINGLE),
            target: None,
        },
        NOW,
    );
    let routed = wizard::run(first.into_iter().next().unwrap());
    let analyse_old = w.apply(routed, NOW).into_iter().next().unwrap();
    // The admin removes the file before the analysis finishes.
    assert!(w.apply(Action::Remove(Slot::Idp), NOW).is_empty());
    let late = wizard::run(analyse_old);
    w.apply(late, NOW);
    assert!(matches!(w.analysis, Analysis::Empty), "{:?}", w.analysis);
}

#[test]
fn an_encrypted_key_asks_for_its_password() {
    let mut w = Wizard::default();
    let dir = tempfile::tempdir().unwrap();
    if !common::have_tool("openssl") {
        return;
    }
    let pair = common::topdesk_cert();
    let enc = common::openssl_encrypt_pkcs8(&pair.private_key_pkcs8_der, "s3cret", dir.path());
    load(&mut w, "c.cer", pair.certificate_der.clone(), None);
    drive(
        &mut w,
        Action::Open {
            path: enc,
            target: Some(Slot::Key),
        },
    );
    assert_eq!(w.password_needed, Some(Slot::Key));
    assert!(
        w.report().is_some(),
        "the rest of the report is still shown"
    );
    drive(&mut w, Action::SetPassword("wrong".to_owned().into()));
    assert_eq!(w.password_needed, Some(Slot::Key));
    drive(&mut w, Action::SetPassword("s3cret".to_owned().into()));
    assert_eq!(w.password_needed, None);
    let report = w.report().unwrap();
    assert_eq!(report.pair.as_ref().unwrap().status, PairStatus::Match);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code == Code::KeyConverted && f.about == About::Pair)
    );
    assert!(
        !format!("{w:?}").contains("s3cret"),
        "the password never shows in Debug output"
    );
}

#[test]
fn generating_a_pair_fills_both_slots() {
    let mut w = Wizard::default();
    drive(&mut w, Action::Generate);
    assert!(
        w.notices
            .iter()
            .any(|n| n.step == Step::KeyPair && n.text.contains("host name"))
    );
    drive(&mut w, Action::SetKeygenHost("acme.topdesk.net".into()));
    drive(&mut w, Action::Generate);
    assert_eq!(w.keygen_progress, Progress::Done(()));
    assert!(w.cert.is_some() && w.key.is_some());
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
}

#[test]
fn an_aggregate_asks_which_entity() {
    let mut w = Wizard::default();
    let entity = |id: &str| {
        common::idp_xml(id, &[&common::topdesk_cert().certificate_der], true)
            .replace(" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"", "")
            .replace("ID=\"_1\" ", "")
    };
    let agg = format!(
        "<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">{}{}</EntitiesDescriptor>",
        entity("https://a.example/"),
        entity("https://b.example/")
    );
    load(&mut w, "agg.xml", agg, None);
    assert_eq!(w.idp.as_ref().unwrap().entities.len(), 2);
    assert!(
        w.report()
            .unwrap()
            .findings
            .iter()
            .any(|f| f.code == Code::EntityNotChosen)
    );
    drive(
        &mut w,
        Action::ChooseEntity {
            slot: Slot::Idp,
            entity_id: "https://b.example/".into(),
        },
    );
    assert_eq!(
        w.report().unwrap().idp.as_ref().unwrap().entity_id,
        "https://b.example/"
    );
}

#[test]
fn the_section_choice_is_checked_against_the_file() {
    let mut w = Wizard::new(Section::Public);
    let (sp, _) = sp_and_pair();
    load(&mut w, "sp.xml", sp, None);
    assert!(
        w.findings(Some(About::Sp))
            .any(|f| f.code == Code::SectionMismatch)
    );
    assert_eq!(w.step_status(Step::Topdesk), StepStatus::Error);
    drive(&mut w, Action::SetSection(Section::Secure));
    assert!(!w.findings(None).any(|f| f.code == Code::SectionMismatch));
}

#[test]
fn timeline_lists_every_date() {
    let mut w = Wizard::default();
    load(
        &mut w,
        "entra.xml",
        common::read(common::ENTRA_ROLLOVER),
        None,
    );
    let items = wizard::timeline(w.report().unwrap());
    assert_eq!(items.len(), 2);
    assert!(items[0].until < items[1].until, "earliest expiry first");
    assert!(
        items
            .iter()
            .any(|i| matches!(i.kind, wizard::TimelineKind::EntraCert { active: true }))
    );
}

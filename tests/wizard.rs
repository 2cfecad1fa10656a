//! The wizard state machine, without a window: actions in, jobs run inline, state out.

mod common;

use topdesk_sso::core::findings::{About, Code};
use topdesk_sso::core::i18n::{Lang, Msg};
use topdesk_sso::core::keygen;
use topdesk_sso::core::pair::PairStatus;
use topdesk_sso::core::topdesk::Section;
use topdesk_sso::wizard::{
    self, Action, Analysis, PairBlock, Progress, Slot, Step, StepStatus, Topic, Wizard,
};

const NOW: time::OffsetDateTime = common::NOW_SINGLE_VALID;

fn drive(w: &mut Wizard, action: Action) {
    common::wizard::drive(w, action, NOW);
}

fn load(w: &mut Wizard, name: &str, bytes: impl Into<Vec<u8>>, target: Option<Slot>) {
    common::wizard::load(w, name, bytes, target, NOW);
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
        Step::Topdesk,
        "Next is possible on a step that is not ready"
    );
    assert_eq!(w.verdict(Step::Entra).status, StepStatus::Todo);
    drive(&mut w, Action::Back);

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

    let (sp, pair) = common::sp_and_pair(NOW);
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
    let (record, current) = w.last_export().unwrap();
    assert_eq!(record.path, out);
    assert!(current);
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
    let (sp, _) = common::sp_and_pair(NOW);
    // TOPdesk's file dropped on the Entra zone.
    load(&mut w, "sp.xml", sp, Some(Slot::Idp));
    assert!(w.idp.is_none());
    assert!(w.sp.is_some());
    let notice = w.notices.iter().find(|n| n.step == Step::Entra).unwrap();
    assert_eq!(
        notice.text,
        "sp.xml is not the Entra federation metadata but TOPdesk SP metadata: it was put in step 3, TOPdesk metadata."
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
        notice
            .text
            .to_string()
            .starts_with("evil.xml cannot be used: "),
        "{}",
        notice.text
    );
    assert!(
        notice.text.to_string().contains("DOCTYPE"),
        "{}",
        notice.text
    );
    assert_eq!(notice.topic, Topic::Slot(Slot::Idp));
    assert_eq!(
        w.step_status(Step::Entra),
        StepStatus::Done,
        "a rejected replacement is a notice on the slot, not the step's verdict"
    );
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
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Key,
            wrong: false
        })
    );
    assert!(
        w.report().is_some(),
        "the rest of the report is still shown"
    );
    drive(&mut w, Action::SetPassword("wrong".to_owned().into()));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Key,
            wrong: true
        })
    );
    drive(&mut w, Action::SetPassword("s3cret".to_owned().into()));
    assert_eq!(w.pair_block, None);
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
            .any(|n| n.step == Step::KeyPair && n.text.to_string().contains("host name"))
    );
    drive(&mut w, Action::SetKeygenHost("acme.topdesk.net".into()));
    drive(&mut w, Action::Generate);
    assert_eq!(w.keygen_progress, Progress::Done(()));
    assert!(w.cert.is_some() && w.key.is_some());
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
    // Named as files are, the same in every language; what they are is said when shown.
    let cert = w.cert.as_ref().unwrap();
    assert_eq!(
        (cert.name.as_str(), w.key.as_ref().unwrap().name.as_str()),
        ("acme.topdesk.net.cer", "acme.topdesk.net.key")
    );
    let description = |lang| cert.description.render_in(lang);
    assert!(description(Lang::En).starts_with("Generated: RSA-2048"));
    assert!(description(Lang::De).starts_with("Erzeugt: RSA-2048"));
}

/// Issue 21 §3: the generator's host follows the TOPdesk file loaded, until the admin types one.
#[test]
fn the_generators_host_follows_the_topdesk_file() {
    let sp_for = |host: &str| common::Sp::secure().xml().replace("acme.topdesk.net", host);
    let mut w = Wizard::default();
    load(&mut w, "contoso.xml", sp_for("contoso.topdesk.net"), None);
    assert_eq!(w.keygen.host, "contoso.topdesk.net");
    load(&mut w, "fabrikam.xml", sp_for("fabrikam.topdesk.net"), None);
    assert_eq!(w.keygen.host, "fabrikam.topdesk.net");
    drive(&mut w, Action::SetKeygenHost("sso.example.org".into()));
    load(&mut w, "contoso.xml", sp_for("contoso.topdesk.net"), None);
    assert_eq!(
        w.keygen.host, "sso.example.org",
        "what the admin typed stays"
    );
}

/// Issue 21 §3: Generate over a loaded pair that belongs together asks first; a second click
/// replaces it.
#[test]
fn generating_over_a_matching_pair_asks_first() {
    let (mut w, _) = common::wizard::ready();
    let before = w.cert.as_ref().unwrap().bytes.clone();
    drive(&mut w, Action::SetKeygenHost("acme.topdesk.net".into()));
    assert!(
        common::wizard::started(&mut w, Action::Generate, NOW).is_empty(),
        "nothing generated yet"
    );
    assert_eq!(w.cert.as_ref().unwrap().bytes, before);
    let asked: Vec<String> = w.notices.iter().map(|n| n.text.to_string()).collect();
    assert!(
        asked.iter().any(|t| t.contains("Generate and replace")),
        "{asked:?}"
    );
    assert!(w.keygen.replace_asked);
    // Another setting changed: it asks again.
    drive(&mut w, Action::SetKeygenDays(365));
    assert!(!w.keygen.replace_asked);
    drive(&mut w, Action::Generate);
    drive(&mut w, Action::Generate);
    assert_ne!(w.cert.as_ref().unwrap().bytes, before, "replaced");
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
    let (sp, _) = common::sp_and_pair(NOW);
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

// ---- Issue 9: the wizard never shows stale state. One test per numbered item. ----

fn export_into(w: &mut Wizard, dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let out = dir.join(name);
    drive(
        w,
        Action::Export {
            out: out.clone(),
            zip: false,
        },
    );
    out
}

fn notices_on(w: &Wizard, step: Step) -> Vec<String> {
    w.notices
        .iter()
        .filter(|n| n.step == step)
        .map(|n| n.text.to_string())
        .collect()
}

#[test]
fn item1_any_input_change_after_an_export_marks_it_out_of_date() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, pair) = common::wizard::ready();
    let out = export_into(&mut w, dir.path(), "first");
    let (record, current) = w.last_export().unwrap();
    assert!(current);
    assert_eq!(record.path, out);
    let thumbprint = w
        .report()
        .unwrap()
        .pair
        .as_ref()
        .unwrap()
        .certificate
        .as_ref()
        .unwrap()
        .sha1_thumbprint
        .clone();
    assert!(
        record.holds.to_string().contains("entra.xml")
            && record.holds.to_string().contains(&thumbprint),
        "the status names what the bundle holds: {}",
        record.holds
    );
    assert_eq!(w.verdict(Step::Review).status, StepStatus::Done);

    // Every kind of input change, each on a fresh export.
    let changes: Vec<Action> = vec![
        Action::SetDisplayName("Other".into()),
        Action::SetUserAttribute(
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name".into(),
        ),
        Action::SetSection(Section::Public),
        Action::Remove(Slot::Key),
        Action::SetKeygenHost("acme.topdesk.net".into()),
    ];
    for (n, change) in changes.into_iter().enumerate() {
        let (mut w, _) = common::wizard::ready();
        export_into(&mut w, dir.path(), &format!("b{n}"));
        let generate = matches!(change, Action::SetKeygenHost(_));
        drive(&mut w, change);
        if generate {
            // Generating (or loading) another pair replaces the one that was exported (asked
            // first: the loaded pair matches).
            drive(&mut w, Action::Generate);
            drive(&mut w, Action::Generate);
        }
        let (_, current) = w.last_export().unwrap();
        assert!(!current, "change {n} leaves the export marked current");
        // What blocks a new export is the headline; else that the export is out of date.
        let v = w.verdict(Step::Review);
        let (status, start) = match w.can_export() {
            Ok(()) => (StepStatus::Warning, "Changed since the last export"),
            Err(_) if w.findings(None).any(|f| f.severity == Severity::Error) => {
                (StepStatus::Error, "Not ready to export")
            }
            Err(_) => (StepStatus::Todo, "Not ready to export"),
        };
        assert_eq!(v.status, status, "change {n}: {v:?}");
        assert!(v.text.to_string().starts_with(start), "change {n}: {v:?}");
    }
    // Loading another key is a change too (the same key under another name is not).
    load(
        &mut w,
        "key2.der",
        pair.private_key_pkcs8_der.to_vec(),
        Some(Slot::Key),
    );
    assert!(w.last_export().unwrap().1);
    let (_, other) = common::sp_and_pair(NOW);
    load(
        &mut w,
        "key3.der",
        other.private_key_pkcs8_der.to_vec(),
        Some(Slot::Key),
    );
    assert!(!w.last_export().unwrap().1);
}

/// Issue 21 §3: "changed since the last export" goes when the inputs are back to what was
/// exported.
#[test]
fn an_export_is_current_again_when_the_inputs_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, pair) = common::wizard::ready();
    export_into(&mut w, dir.path(), "first");
    let name = w.display_name.clone();
    drive(&mut w, Action::SetDisplayName("Other".into()));
    assert!(!w.last_export().unwrap().1);
    drive(&mut w, Action::SetDisplayName(name));
    assert!(w.last_export().unwrap().1, "the same inputs again");
    assert_eq!(w.verdict(Step::Review).status, StepStatus::Done);
    // A file taken out and given again.
    drive(&mut w, Action::Remove(Slot::Key));
    assert!(!w.last_export().unwrap().1);
    load(
        &mut w,
        "key.der",
        pair.private_key_pkcs8_der.to_vec(),
        Some(Slot::Key),
    );
    assert!(w.last_export().unwrap().1, "the same key again");
}

/// Issue 21 §3: after an export that holds the reminders, "Add reminders to calendar…" says
/// where they are instead of writing a second copy; a file chosen in the save dialog is written.
#[test]
fn reminders_are_not_written_twice_beside_a_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _) = common::wizard::ready();
    let bundle = export_into(&mut w, dir.path(), "bundle");
    assert!(bundle.join("reminders.ics").is_file());
    let out = dir.path().join("again.ics");
    let save = |replace| Action::SaveReminders {
        out: out.clone(),
        replace,
    };
    assert!(common::wizard::started(&mut w, save(false), NOW).is_empty());
    let said = notices_on(&w, Step::Review);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("reminders.ics") && said[0].contains(&bundle.display().to_string()),
        "{said:?}"
    );
    assert_eq!(common::wizard::started(&mut w, save(true), NOW).len(), 1);
}

/// Issue 21 §1: an error outranks "changed since the last export", and the headline names it.
#[test]
fn an_error_after_an_export_is_the_review_headline() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _) = common::wizard::ready();
    export_into(&mut w, dir.path(), "first");
    // Another pair's key: the certificate and the key no longer belong together.
    let (_, other) = common::sp_and_pair(NOW);
    load(
        &mut w,
        "other.key",
        other.private_key_pkcs8_der.to_vec(),
        Some(Slot::Key),
    );
    assert_eq!(w.verdict(Step::KeyPair).status, StepStatus::Error);
    assert!(!w.last_export().unwrap().1, "the export is out of date too");
    let v = w.verdict(Step::Review);
    assert_eq!(v.status, StepStatus::Error, "{v:?}");
    let text = v.text.to_string();
    assert!(!text.contains("Changed since"), "{text}");
    assert!(
        text.contains("The key does not belong to the certificate"),
        "{text}"
    );
}

/// Issue 21 §1: a file changed after Entra signed it says so first, in words, and its dot is red.
#[test]
fn a_manipulated_entra_file_says_so_first() {
    let mut w = Wizard::default();
    let real = String::from_utf8(common::read(common::ENTRA_SINGLE)).unwrap();
    load(&mut w, "entra.xml", real.clone(), Some(Slot::Idp));
    assert_eq!(w.file_status(Slot::Idp), StepStatus::Done);
    // The sign-in address sent elsewhere after signing.
    let evil = real.replacen(
        "https://login.microsoftonline.com/",
        "https://login.evil.example/",
        1,
    );
    assert_ne!(evil, real);
    load(&mut w, "entra.xml", evil, Some(Slot::Idp));
    let v = w.verdict(Step::Entra);
    assert_eq!(v.status, StepStatus::Error, "{v:?}");
    let text = v.text.to_string();
    assert!(
        text.starts_with("This file was manipulated: do not use it."),
        "{text}"
    );
    assert!(
        !text.contains("digest"),
        "no jargon in the headline: {text}"
    );
    assert_eq!(w.file_status(Slot::Idp), StepStatus::Error);
    // The findings behind it are listed, the tampering first among the errors.
    let mut errors: Vec<_> = w
        .findings(None)
        .filter(|f| f.severity == Severity::Error)
        .collect();
    errors.sort_by_key(|f| f.rank());
    assert!(errors[0].code.is_tampering(), "{errors:?}");
}

/// Issue 21 §1: among the errors that stand, Review names a manipulated file first.
#[test]
fn review_names_a_manipulated_file_before_other_errors() {
    let (mut w, _) = common::wizard::ready();
    drive(&mut w, Action::SetSection(Section::Public)); // an error about the TOPdesk file
    let real = String::from_utf8(common::read(common::ENTRA_SINGLE)).unwrap();
    let evil = real.replacen(
        "https://login.microsoftonline.com/",
        "https://login.evil.example/",
        1,
    );
    load(&mut w, "entra.xml", evil, Some(Slot::Idp));
    let tampering = w
        .findings(None)
        .find(|f| f.code.is_tampering())
        .expect("the signature no longer holds")
        .message
        .to_string();
    let text = w.verdict(Step::Review).text.to_string();
    assert!(text.contains(&tampering), "{text}");
}

/// Issue 21 §1: Review names every step that is missing something, and errors by what they say.
#[test]
fn review_names_every_missing_item_and_no_code() {
    let w = Wizard::default();
    let text = w.verdict(Step::Review).text.to_string();
    for step in [Step::Entra, Step::Topdesk, Step::KeyPair] {
        let title = step.title().to_string();
        assert!(text.contains(&title), "{title} not named in: {text}");
    }
    // An error stands: said in words, never as its code.
    let (mut w, _) = common::wizard::ready();
    drive(&mut w, Action::SetSection(Section::Public));
    let v = w.verdict(Step::Review);
    assert_eq!(v.status, StepStatus::Error);
    let text = v.text.to_string();
    assert!(!text.contains("section-mismatch"), "{text}");
    let mismatch = w
        .findings(None)
        .find(|f| f.code == Code::SectionMismatch)
        .unwrap()
        .message
        .to_string();
    assert!(text.contains(&mismatch), "{text}");
}

#[test]
fn item2_notices_go_when_their_slot_changes_or_the_next_action_starts() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, pair) = common::wizard::ready();
    // A platform message about the export goes with the next export (which works).
    drive(
        &mut w,
        Action::Notify(wizard::Notice {
            step: Step::Review,
            topic: Topic::Export,
            severity: topdesk_sso::core::findings::Severity::Warning,
            text: Msg::verbatim("No file dialog is available"),
        }),
    );
    assert_eq!(notices_on(&w, Step::Review).len(), 1);
    export_into(&mut w, dir.path(), "ok");
    assert!(w.last_export().is_some());
    assert!(notices_on(&w, Step::Review).is_empty(), "{:?}", w.notices);

    // A routing note shows where the file was meant to go, and goes with the next action.
    let (sp, _) = common::sp_and_pair(NOW);
    drive(&mut w, Action::GoTo(Step::KeyPair));
    load(&mut w, "pasted text", sp, Some(Slot::Key));
    assert_eq!(notices_on(&w, Step::KeyPair).len(), 1, "{:?}", w.notices);
    drive(&mut w, Action::GoTo(Step::LoginPage));
    assert!(w.notices.is_empty(), "{:?}", w.notices);

    // "Generated" goes when the pair is replaced (the loaded pair matched: asked, then replaced).
    drive(&mut w, Action::SetKeygenHost("acme.topdesk.net".into()));
    drive(&mut w, Action::Generate);
    drive(&mut w, Action::Generate);
    assert_eq!(w.keygen_progress, Progress::Done(()));
    load(
        &mut w,
        "cert.cer",
        pair.certificate_der.clone(),
        Some(Slot::Cert),
    );
    assert_eq!(w.keygen_progress, Progress::Idle);

    // A host error goes when the host is changed.
    drive(&mut w, Action::SetKeygenHost(String::new()));
    drive(&mut w, Action::Generate);
    assert_eq!(notices_on(&w, Step::KeyPair).len(), 1);
    drive(&mut w, Action::SetKeygenHost("acme".into()));
    assert!(notices_on(&w, Step::KeyPair).is_empty());

    // A rejected file's notice goes when its slot gets a good file.
    load(&mut w, "notes.txt", "just text", Some(Slot::Idp));
    assert_eq!(notices_on(&w, Step::Entra).len(), 1);
    load(
        &mut w,
        "entra.xml",
        common::read(common::ENTRA_SINGLE),
        Some(Slot::Idp),
    );
    assert!(notices_on(&w, Step::Entra).is_empty());
}

/// An openssl lab with a certificate, its key encrypted under `s3cret`, and a PFX of both under
/// another password.
fn password_lab() -> Option<common::Lab> {
    let lab = common::Lab::new()?;
    lab.pair("a");
    lab.ssl("pkcs8 -topk8 -v2 aes-256-cbc -in a.key -passout pass:s3cret -out a-enc.key");
    lab.ssl("pkcs12 -export -in a.crt -inkey a.key -passout PASS -out a.pfx");
    lab.ssl("pkcs12 -export -in a.crt -inkey a.key -passout pass:s3cret -out same.pfx");
    lab.ssl("pkcs12 -export -nokeys -in a.crt -passout PASS -out cert-only.pfx");
    Some(lab)
}

#[test]
fn item3_a_password_opens_only_the_file_it_was_typed_for() {
    let Some(lab) = password_lab() else {
        return;
    };
    let mut w = Wizard::default();
    load(&mut w, "a.crt", lab.read("a.crt"), None);
    load(&mut w, "a-enc.key", lab.read("a-enc.key"), Some(Slot::Key));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Key,
            wrong: false
        }),
        "asked, and not called wrong before anything was typed"
    );
    drive(&mut w, Action::SetPassword("s3cret".to_owned().into()));
    assert_eq!(w.pair_block, None);
    // A PFX with the very same password still asks: the key's password is the key's alone.
    load(&mut w, "same.pfx", lab.read("same.pfx"), Some(Slot::Cert));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Cert,
            wrong: false
        })
    );
    // A PFX opened next asks for its own password.
    load(&mut w, "a.pfx", lab.read("a.pfx"), Some(Slot::Cert));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Cert,
            wrong: false
        })
    );
    drive(&mut w, Action::SetPassword("nope".to_owned().into()));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Cert,
            wrong: true
        })
    );
    // The wrong password was forgotten: re-checking (a section change) does not call it wrong again.
    drive(&mut w, Action::SetSection(Section::Public));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Cert,
            wrong: false
        })
    );
    drive(
        &mut w,
        Action::SetPassword(common::PASSWORD.to_owned().into()),
    );
    assert_eq!(w.pair_block, None);
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
    // Opened: the password is forgotten, and a re-check needs none.
    assert!(!w.keeps_password());
    drive(&mut w, Action::SetSection(Section::Secure));
    assert_eq!(w.pair_block, None);
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
    assert!(!format!("{w:?}").contains(common::PASSWORD));
    // Another PFX in its place: the password went with the old one.
    load(&mut w, "b.pfx", lab.read("a.pfx"), Some(Slot::Cert));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Cert,
            wrong: false
        })
    );
    // A password nobody asked for is dropped.
    drive(&mut w, Action::Remove(Slot::Cert));
    drive(&mut w, Action::SetPassword("stray".to_owned().into()));
    assert_eq!(w.pair_block, None);
}

/// Two locked files (a PFX holding only the certificate, an encrypted key): each asks for its
/// own password, both stay open after their passwords are forgotten.
#[test]
fn item3_two_locked_files_each_open_with_their_own_password_then_forget_it() {
    let Some(lab) = password_lab() else {
        return;
    };
    let mut w = Wizard::default();
    load(
        &mut w,
        "cert-only.pfx",
        lab.read("cert-only.pfx"),
        Some(Slot::Cert),
    );
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Cert,
            wrong: false
        })
    );
    drive(
        &mut w,
        Action::SetPassword(common::PASSWORD.to_owned().into()),
    );
    load(&mut w, "a-enc.key", lab.read("a-enc.key"), Some(Slot::Key));
    assert_eq!(
        w.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Key,
            wrong: false
        })
    );
    drive(&mut w, Action::SetPassword("s3cret".to_owned().into()));
    assert_eq!(w.pair_block, None);
    assert!(!w.keeps_password());
    drive(&mut w, Action::SetSection(Section::Public));
    assert_eq!(w.pair_block, None, "re-checked without asking again");
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
}

#[test]
fn item4_a_certificate_file_with_its_own_key_wins_over_a_left_over_key() {
    let Some(lab) = password_lab() else {
        return;
    };
    lab.pair("other");
    let mut w = Wizard::default();
    load(&mut w, "other.key", lab.read("other.key"), Some(Slot::Key));
    load(&mut w, "a.pfx", lab.read("a.pfx"), Some(Slot::Cert));
    assert!(w.key.is_none(), "the left-over key was taken out");
    let note = notices_on(&w, Step::KeyPair).join(" ");
    assert!(
        note.contains("a.pfx holds its own private key") && note.contains("other.key"),
        "{note}"
    );
    drive(
        &mut w,
        Action::SetPassword(common::PASSWORD.to_owned().into()),
    );
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
}

#[test]
fn item5_content_routed_elsewhere_says_where_it_went() {
    let mut w = Wizard::default();
    let (sp, _) = common::sp_and_pair(NOW);
    // Pasted (no zone) on the Start step: routed by content, with a visible note there.
    load(&mut w, "pasted text", sp, None);
    assert!(w.sp.is_some());
    assert_eq!(
        notices_on(&w, Step::Start),
        ["pasted text is TOPdesk SP metadata: it was put in step 3, TOPdesk metadata."]
    );
    // On its own step, no note is needed.
    drive(&mut w, Action::GoTo(Step::Entra));
    load(
        &mut w,
        "pasted text",
        common::read(common::ENTRA_SINGLE),
        None,
    );
    assert!(w.notices.is_empty(), "{:?}", w.notices);
}

#[test]
fn item6_the_state_shown_is_the_state_that_counts() {
    let mut w = Wizard::default();
    // Nothing loaded: neutral, never green.
    for step in [Step::Entra, Step::Topdesk, Step::KeyPair, Step::Review] {
        assert_eq!(w.verdict(step).status, StepStatus::Todo, "{step:?}");
    }
    // A rejected replacement leaves the good file's verdict alone.
    let (sp, _) = common::sp_and_pair(NOW);
    load(&mut w, "sp.xml", sp, None);
    assert_eq!(w.verdict(Step::Topdesk).status, StepStatus::Done);
    load(&mut w, "bad.xml", "<x/>", Some(Slot::Sp));
    assert_eq!(w.verdict(Step::Topdesk).status, StepStatus::Done);
    // An expired pair is red, and its headline says why — not "belong together".
    let expired = common::cert(
        keygen::KeyAlgorithm::Rsa { bits: 2048 },
        keygen::SignatureHash::Sha256,
        "acme.topdesk.net",
        NOW - time::Duration::days(400),
        NOW - time::Duration::days(5),
    );
    load(&mut w, "c.cer", expired.certificate_der.clone(), None);
    load(
        &mut w,
        "k.der",
        expired.private_key_pkcs8_der.to_vec(),
        None,
    );
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
    let v = w.verdict(Step::KeyPair);
    assert_eq!(v.status, StepStatus::Error, "{v:?}");
    assert!(!v.text.to_string().contains("belong together"), "{v:?}");
    assert_eq!(
        w.step_status(Step::KeyPair),
        StepStatus::Error,
        "the list uses the same rule"
    );
    // Entra's /common file: the verdict is the finding, first thing on the step.
    let common_file = common::idp_xml(
        "https://sts.windows.net/{tenantid}/",
        &[&common::topdesk_cert().certificate_der],
        true,
    );
    load(&mut w, "common.xml", common_file, Some(Slot::Idp));
    let v = w.verdict(Step::Entra);
    assert_eq!(v.status, StepStatus::Error);
    assert!(v.text.to_string().contains("common"), "{v:?}");
}

#[test]
fn wording_for_files_on_the_wrong_zone() {
    let mut w = Wizard::default();
    // Not XML at all, on a metadata zone: say what this zone takes.
    load(
        &mut w,
        "photo.bin",
        vec![0u8, 159, 146, 150, 1, 2, 3],
        Some(Slot::Idp),
    );
    let text = notices_on(&w, Step::Entra).join(" ");
    assert!(
        text.starts_with(
            "photo.bin cannot be used: it is not XML. This zone takes the Federation Metadata XML"
        ),
        "{text}"
    );
    // A certificate on the Entra zone: where it went, with an article that fits.
    let pem = keygen::to_pem("CERTIFICATE", &common::topdesk_cert().certificate_der);
    load(&mut w, "c.pem", pem, Some(Slot::Idp));
    assert_eq!(
        notices_on(&w, Step::Entra),
        [
            "c.pem is not the Entra federation metadata but a certificate: it was put in step 4, Certificate and key."
        ]
    );
}

#[test]
fn several_files_dropped_at_once_each_say_where_they_went() {
    let mut w = Wizard::default();
    let (sp, pair) = common::sp_and_pair(NOW);
    // As the GUI does for a drop of several files: every load starts before any result.
    let mut jobs = Vec::new();
    for (name, bytes) in [
        ("sp.xml", sp.into_bytes()),
        ("c.cer", pair.certificate_der.clone()),
    ] {
        jobs.extend(w.apply(
            Action::Load {
                name: name.into(),
                path: None,
                bytes,
                target: None,
            },
            NOW,
        ));
    }
    while let Some(job) = jobs.pop() {
        let result = wizard::run(job);
        jobs.extend(w.apply(result, NOW));
    }
    assert_eq!(notices_on(&w, Step::Start).len(), 2, "{:?}", w.notices);
}

/// The app keeps `signers.json`: a file of a known Entra app signed by a certificate never seen
/// for it gets signer-new on the Entra step, the warning stays through later re-checks (judging
/// changes nothing), and the signer is remembered only once the bundle was exported.
#[test]
fn the_signer_history_warns_until_the_file_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("signers.json");
    let app =
        "76db22f8-ca3e-4d0a-b5c1-795947fc8943 https://acme.topdesk.net/saml-metadata/4f1c2b9a";
    let known = "0000000000000000000000000000000000000000";
    let seeded = format!(
        r#"{{"apps":{{"{app}":{{"signers":["{known}"],"listed":["{known}"]}}}},"order":["{app}"]}}"#
    );
    std::fs::write(&path, &seeded).unwrap();
    let mut w = Wizard::new(Section::Secure);
    w.signers = Some(path.clone());
    let signer_new = |w: &Wizard| {
        w.report()
            .unwrap()
            .findings
            .iter()
            .find(|f| f.code == Code::SignerNew)
            .cloned()
    };
    load(
        &mut w,
        "idp.xml",
        common::read(common::ENTRA_SINGLE),
        Some(Slot::Idp),
    );
    assert!(
        signer_new(&w).is_none(),
        "no app known until the TOPdesk file names it"
    );
    let (sp, pair) = common::sp_and_pair(NOW);
    load(&mut w, "sp.xml", sp, Some(Slot::Sp));
    let f = signer_new(&w).expect("signer-new");
    assert_eq!(f.about, About::Idp);
    assert!(f.message.to_string().contains(known), "{}", f.message);
    load(
        &mut w,
        "cert.cer",
        pair.certificate_der.clone(),
        Some(Slot::Cert),
    );
    load(
        &mut w,
        "key.der",
        pair.private_key_pkcs8_der.to_vec(),
        Some(Slot::Key),
    );
    assert!(signer_new(&w).is_some(), "the warning stays on re-checks");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        seeded,
        "judging changes nothing"
    );
    drive(
        &mut w,
        Action::SetDisplayName("Log in with Microsoft".into()),
    );
    let out = dir.path().join("bundle");
    drive(&mut w, Action::Export { out, zip: false });
    assert!(w.last_export().is_some_and(|(_, current)| current));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("769F611FAA5B9005734B57506B841E33143EA055"),
        "{saved}"
    );
}

/// The calendar reminders are written by a job, as the export is (the UI thread writes nothing),
/// and the job's result is shown on the Review step.
#[test]
fn reminders_are_written_by_a_job_whose_result_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reminders.ics");
    let save = |replace| Action::SaveReminders {
        out: out.clone(),
        replace,
    };
    let review = |w: &Wizard| -> Vec<_> {
        w.notices
            .iter()
            .filter(|n| n.step == Step::Review && n.topic == Topic::Export)
            .map(|n| (n.severity, n.text.to_string()))
            .collect()
    };

    // Nothing checked yet: no job, and the step says why.
    let mut w = Wizard::default();
    assert!(common::wizard::started(&mut w, save(false), NOW).is_empty());
    assert_eq!(
        review(&w),
        [(
            Severity::Warning,
            "No certificate to remind of yet: load the Entra or TOPdesk metadata, or the TOPdesk certificate.".to_owned()
        )]
    );

    let (mut w, _) = common::wizard::ready();
    let mut jobs = common::wizard::started(&mut w, save(false), NOW);
    assert_eq!(jobs.len(), 1);
    let (_, job) = jobs.pop().unwrap();
    assert!(matches!(job, wizard::Job::Reminders(_)));
    assert!(!out.exists(), "the action itself writes nothing");
    let result = wizard::run(job);
    assert_eq!(
        std::fs::read_to_string(&out).ok(),
        topdesk_sso::core::reminders::calendar(w.report().unwrap(), NOW),
        "the job wrote the calendar"
    );
    assert!(review(&w).is_empty(), "{:?}", w.notices);
    drive(&mut w, result);
    let shown = review(&w);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0].0, Severity::Info);
    assert!(
        shown[0].1.starts_with("Reminders") && shown[0].1.ends_with(&out.display().to_string()),
        "{shown:?}"
    );

    // Without the dialog's consent a file there is never replaced; with it, it is.
    std::fs::write(&out, "old").unwrap();
    drive(&mut w, save(false));
    let shown = review(&w);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0].0, Severity::Error);
    assert!(
        shown[0].1.starts_with("The reminders were not written: "),
        "{shown:?}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    drive(&mut w, save(true));
    assert_eq!(review(&w)[0].0, Severity::Info);
    assert_ne!(std::fs::read_to_string(&out).unwrap(), "old");
}

// Metadata by URL (issue 12, part 1): a local HTTPS server with a test root; no internet.

use common::https::{Reply, Server};
use topdesk_sso::core::fetch::{FetchOptions, Trust};
use topdesk_sso::core::findings::Severity;

fn metadata_server() -> Server {
    Server::start(|path, _| match path {
        "/single/federationmetadata.xml" => Reply::ok(common::read(common::ENTRA_SINGLE)),
        "/rollover/federationmetadata.xml" => Reply::ok(common::read(common::ENTRA_ROLLOVER)),
        "/saml-metadata/9" => Reply::status(404),
        _ => Reply::ok("<!DOCTYPE html><html>Sign in</html>"),
    })
}

/// A wizard that trusts the test server's root (and ignores any proxy set around the tests).
fn online(server: &Server) -> Wizard {
    let mut w = Wizard::new(Section::Secure);
    w.fetch_options = FetchOptions {
        trust: Trust::Roots(vec![server.root.clone()]),
        proxy_from_env: false,
        ..FetchOptions::default()
    };
    w
}

fn slot_notices(w: &Wizard, slot: Slot) -> Vec<(Severity, String)> {
    w.notices
        .iter()
        .filter(|n| n.topic == Topic::Slot(slot))
        .map(|n| (n.severity, n.text.to_string()))
        .collect()
}

fn fetch(url: &str, target: Slot) -> Action {
    Action::Fetch {
        url: url.into(),
        target,
    }
}

#[test]
fn a_fetched_file_is_analysed_as_a_file_and_says_where_it_came_from() {
    let server = metadata_server();
    let mut w = online(&server);
    let url = server.url("/single/federationmetadata.xml");
    let jobs = w.apply(fetch(&url, Slot::Idp), NOW);
    assert_eq!(jobs.len(), 1);
    assert_eq!(
        notices_on(&w, Step::Start),
        [format!("Fetching {url} for step 2, Entra metadata.")]
    );
    assert_eq!(w.fetching(Slot::Idp).unwrap().url, url);
    assert!(w.busy(), "the slot shows progress");
    for job in jobs {
        let result = wizard::run(job);
        drive(&mut w, result);
    }
    assert!(w.fetching.is_empty() && !w.busy());
    assert_eq!(
        notices_on(&w, Step::Start),
        [format!("{url} was fetched into step 2, Entra metadata.")]
    );
    let idp = w.idp.as_ref().unwrap();
    assert_eq!(idp.name, "federationmetadata.xml");
    assert_eq!(*idp.bytes.as_slice(), common::read(common::ENTRA_SINGLE));
    let origin = idp.origin.as_ref().unwrap();
    assert_eq!(origin.final_url, url);
    assert_eq!(origin.status, 200);
    assert_eq!(origin.fetched_at, NOW);
    // The same analysis a file gets.
    let mut from_file = Wizard::new(Section::Secure);
    load(
        &mut from_file,
        "f.xml",
        common::read(common::ENTRA_SINGLE),
        Some(Slot::Idp),
    );
    let codes = |w: &Wizard| w.findings(None).map(|f| f.code).collect::<Vec<_>>();
    // And where it came from: this server is not one of Microsoft's sign-in hosts.
    let mut expected = codes(&from_file);
    expected.push(Code::IdpFetchedNotMicrosoft);
    expected.sort_by_key(|c| (c.severity(), c.as_str()));
    let mut got = codes(&w);
    got.sort_by_key(|c| (c.severity(), c.as_str()));
    assert_eq!(got, expected);
    assert!(w.report().unwrap().idp.is_some());
}

#[test]
fn a_failed_fetch_says_why_on_the_slot_and_keeps_the_file_loaded_before() {
    let server = metadata_server();
    let mut w = online(&server);
    load(
        &mut w,
        "before.xml",
        common::read(common::ENTRA_SINGLE),
        None,
    );
    drive(&mut w, fetch(&server.url("/login"), Slot::Idp));
    assert_eq!(w.idp.as_ref().unwrap().name, "before.xml");
    let notes = slot_notices(&w, Slot::Idp);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, Severity::Error);
    assert!(notes[0].1.contains("returned a web page"), "{notes:?}");
    assert!(matches!(w.analysis, Analysis::Done(_)));

    drive(&mut w, fetch(&server.url("/saml-metadata/9"), Slot::Sp));
    let notes = slot_notices(&w, Slot::Sp);
    assert!(
        notes[0]
            .1
            .contains("does not host its metadata — tick Host TOPdesk metadata"),
        "{notes:?}"
    );
    assert!(w.fetching.is_empty());
}

#[test]
fn addresses_that_cannot_be_right_are_refused_before_fetching() {
    let mut w = Wizard::new(Section::Secure);
    for (url, says) in [
        (
            "http://acme.topdesk.net/saml-metadata/1",
            "plain http:// is refused",
        ),
        (
            "https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml",
            "no appid parameter",
        ),
    ] {
        let jobs = w.apply(fetch(url, Slot::Idp), NOW);
        assert!(jobs.is_empty(), "nothing is fetched for {url}");
        assert!(w.fetching.is_empty());
        let notes = slot_notices(&w, Slot::Idp);
        assert!(notes[0].1.contains(says), "{notes:?}");
    }
}

#[test]
fn a_cancelled_fetch_stops_and_its_result_never_lands() {
    let server = metadata_server();
    let mut w = online(&server);
    let mut jobs = w.apply(
        fetch(&server.url("/single/federationmetadata.xml"), Slot::Idp),
        NOW,
    );
    drive(&mut w, Action::CancelFetch(Slot::Idp));
    assert!(w.fetching.is_empty() && !w.busy());
    assert!(
        slot_notices(&w, Slot::Idp)[0].1.contains("was cancelled"),
        "{:?}",
        w.notices
    );
    // The job sees the cancel; whatever it returns is dropped.
    let result = wizard::run(jobs.pop().unwrap());
    let Action::Fetched {
        result: Err(why), ..
    } = &result
    else {
        panic!("a cancelled fetch returns no file");
    };
    assert!(why.to_string().contains("cancelled"), "{why}");
    drive(&mut w, result);
    assert!(w.idp.is_none());
    assert!(
        slot_notices(&w, Slot::Idp)
            .iter()
            .all(|(s, _)| *s == Severity::Info),
        "no error for a fetch the admin stopped"
    );
}

#[test]
fn a_superseded_fetch_never_lands_over_the_newer_one() {
    let server = metadata_server();
    let mut w = online(&server);
    let first = w.apply(
        fetch(&server.url("/single/federationmetadata.xml"), Slot::Idp),
        NOW,
    );
    let second = w.apply(
        fetch(&server.url("/rollover/federationmetadata.xml"), Slot::Idp),
        NOW,
    );
    assert_eq!(w.fetching.len(), 1, "one fetch per slot");
    // The newer answers first, the older (if it got through before the cancel) after it.
    for job in second.into_iter().chain(first) {
        let result = wizard::run(job);
        drive(&mut w, result);
    }
    assert_eq!(
        *w.idp.as_ref().unwrap().bytes.as_slice(),
        common::read(common::ENTRA_ROLLOVER)
    );
    // A result with an id the wizard never gave is ignored too.
    drive(
        &mut w,
        Action::Fetched {
            id: 999,
            result: Err(Msg::verbatim("late")),
        },
    );
    assert!(slot_notices(&w, Slot::Idp).is_empty());
}

#[test]
fn without_a_network_everything_else_works() {
    // Nothing listens on this port: a fetch fails at once, like a machine without a network.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut w = Wizard::new(Section::Secure);
    drive(
        &mut w,
        fetch(
            &format!("https://localhost:{port}/saml-metadata/1"),
            Slot::Sp,
        ),
    );
    drive(
        &mut w,
        fetch("https://no-such-host.invalid/x.xml", Slot::Idp),
    );
    assert!(
        slot_notices(&w, Slot::Sp)[0]
            .1
            .contains("cannot be reached")
    );
    assert!(slot_notices(&w, Slot::Idp)[0].1.contains("cannot be found"));
    assert!(w.fetching.is_empty() && !w.busy());
    // The files still do the whole job.
    let (sp, _) = common::sp_and_pair(NOW);
    load(&mut w, "idp.xml", common::read(common::ENTRA_SINGLE), None);
    load(&mut w, "sp.xml", sp, None);
    let report = w.report().unwrap();
    assert!(report.idp.is_some() && report.urls.is_some());
}

// Compare with another version (issue 12, part 2, wizard).

const ENTRA_ID: &str = "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/";

fn entra_cert() -> Vec<u8> {
    common::cert(
        keygen::KeyAlgorithm::Rsa { bits: 2048 },
        keygen::SignatureHash::Sha256,
        "Microsoft Azure Federated SSO Certificate",
        NOW - time::Duration::days(100),
        NOW + time::Duration::days(900),
    )
    .certificate_der
}

#[test]
fn the_loaded_file_is_compared_with_the_version_topdesk_has() {
    let (a, b) = (entra_cert(), entra_cert());
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("topdesk-has.xml");
    std::fs::write(&old, common::idp_xml(ENTRA_ID, &[&a], true)).unwrap();
    let mut w = Wizard::new(Section::Secure);
    // Nothing loaded yet: said, nothing run.
    assert!(
        w.apply(
            Action::Compare(wizard::CompareSource::Path(old.clone())),
            NOW
        )
        .is_empty()
    );
    assert!(
        matches!(&w.comparison, Progress::Failed(why) if why.to_string().contains("Load the Entra"))
    );

    load(
        &mut w,
        "new.xml",
        common::idp_xml(ENTRA_ID, &[&a, &b], true),
        None,
    );
    let jobs = w.apply(
        Action::Compare(wizard::CompareSource::Path(old.clone())),
        NOW,
    );
    assert_eq!(w.comparison, Progress::Running);
    assert!(w.busy());
    for job in jobs {
        let result = wizard::run(job);
        drive(&mut w, result);
    }
    let Progress::Done(c) = &w.comparison else {
        panic!("{:?}", w.comparison);
    };
    assert_eq!(c.other, old.display().to_string());
    assert!(c.diff.action_needed);
    assert_eq!((c.diff.added.len(), c.diff.kept.len()), (1, 1));
    assert!(
        c.diff
            .verdict
            .to_string()
            .contains("before you make certificate"),
        "{}",
        c.diff.verdict
    );

    // A bundle folder works as the other version.
    let bundle = dir.path().join("bundle");
    std::fs::create_dir(&bundle).unwrap();
    std::fs::write(
        bundle.join(topdesk_sso::core::bundle::METADATA_FILE),
        common::idp_xml(ENTRA_ID, &[&a, &b], true),
    )
    .unwrap();
    drive(&mut w, Action::Compare(wizard::CompareSource::Path(bundle)));
    let Progress::Done(c) = &w.comparison else {
        panic!("{:?}", w.comparison);
    };
    assert!(!c.diff.action_needed);
    assert_eq!(c.diff.verdict, "Nothing that matters changed.");

    // Another Entra file in the slot: the comparison no longer applies.
    load(
        &mut w,
        "newer.xml",
        common::idp_xml(ENTRA_ID, &[&b], true),
        None,
    );
    assert_eq!(w.comparison, Progress::Idle);
}

#[test]
fn a_comparison_that_cannot_be_made_says_why_and_a_stale_one_never_lands() {
    let a = entra_cert();
    let mut w = Wizard::new(Section::Secure);
    load(
        &mut w,
        "new.xml",
        common::idp_xml(ENTRA_ID, &[&a], true),
        None,
    );
    drive(
        &mut w,
        Action::Compare(wizard::CompareSource::Path(common::data("missing.xml"))),
    );
    assert!(
        matches!(&w.comparison, Progress::Failed(why) if why.to_string().contains("missing.xml"))
    );
    drive(
        &mut w,
        Action::Compare(wizard::CompareSource::Url(
            "http://example.com/x.xml".into(),
        )),
    );
    assert!(
        matches!(&w.comparison, Progress::Failed(why) if why.to_string().contains("plain http://"))
    );
    // Closed while running: the result is dropped.
    let jobs = w.apply(
        Action::Compare(wizard::CompareSource::Path(common::data(
            common::ENTRA_SINGLE,
        ))),
        NOW,
    );
    drive(&mut w, Action::CloseComparison);
    for job in jobs {
        let result = wizard::run(job);
        drive(&mut w, result);
    }
    assert_eq!(w.comparison, Progress::Idle);
}

//! The real UI, driven by role and label with `egui_kittest` (no window, no renderer).
#![cfg(feature = "gui")]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topdesk_sso::core::pair::PairStatus;
use topdesk_sso::ui::App;
use topdesk_sso::wizard::Step;

use common::gui::{copied_text, sp_and_pair};

fn now() -> time::OffsetDateTime {
    common::NOW_SINGLE_VALID
}

fn harness(app: App) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h
}

#[derive(Debug)]
struct Dropped {
    path: PathBuf,
    bytes: Vec<u8>,
}

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.path
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Ok(self.bytes.clone())
    }
}

fn drop_files(h: &mut Harness<'_, App>, files: Vec<Dropped>) {
    for f in files {
        h.input_mut().dropped_files.push(Arc::new(f));
    }
    h.run_steps(3);
}

fn drop_path(path: PathBuf) -> Dropped {
    Dropped {
        path,
        bytes: Vec::new(),
    }
}

fn drop_bytes(bytes: impl Into<Vec<u8>>) -> Dropped {
    Dropped {
        path: PathBuf::new(),
        bytes: bytes.into(),
    }
}

#[test]
fn dropped_files_land_in_their_slots_and_next_explains_itself() {
    let mut h = harness(App::for_tests(now));
    h.get_by_role_and_label(Role::Button, "Next").click();
    h.run_steps(2);
    assert_eq!(h.state().wizard.step, Step::Entra);
    // Next is disabled, and says why.
    h.get_by_label("Load the Entra federation metadata first.");
    let dir = tempfile::tempdir().unwrap();
    let (sp, cert, key) = sp_and_pair(dir.path());
    // Several files at once, in any order, onto any step.
    drop_files(
        &mut h,
        vec![
            drop_path(sp),
            drop_path(common::data(common::ENTRA_SINGLE)),
            drop_path(cert),
            drop_path(key),
        ],
    );
    let w = &h.state().wizard;
    assert!(w.idp.is_some() && w.sp.is_some() && w.cert.is_some() && w.key.is_some());
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
    h.get_by_label_contains("Tenant");
    h.get_by_label("76db22f8-ca3e-4d0a-b5c1-795947fc8943");
}

#[test]
fn copy_buttons_put_the_values_on_the_clipboard() {
    let mut h = harness(App::for_tests(now));
    let dir = tempfile::tempdir().unwrap();
    let (sp, _, _) = sp_and_pair(dir.path());
    drop_files(&mut h, vec![drop_path(sp)]);
    h.get_by_label("3. TOPdesk metadata").click();
    h.run_steps(2);
    h.get_by_role_and_label(
        Role::Button,
        "Copy Reply URL (Assertion Consumer Service URL)",
    )
    .click();
    h.step();
    assert_eq!(
        copied_text(&h),
        ["https://acme.topdesk.net/tas/secure/login/verify"]
    );
    h.run_steps(1);
    h.get_by_role_and_label(
        Role::Button,
        "Copied Reply URL (Assertion Consumer Service URL)",
    );
    h.get_by_role_and_label(Role::Button, "Copy all").click();
    h.step();
    let all = copied_text(&h).join("");
    let order: Vec<usize> = ["Identifier", "Reply URL", "Sign on URL"]
        .iter()
        .map(|k| all.find(k).unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "Entra's order: {all}"
    );
    assert!(all.contains("https://acme.topdesk.net/saml-metadata/4f1c2b9a"));
}

#[test]
fn a_wrong_file_is_explained_and_the_previous_one_kept() {
    let mut h = harness(App::for_tests(now));
    h.get_by_label("2. Entra metadata").click();
    h.run_steps(2);
    drop_files(&mut h, vec![drop_path(common::data(common::ENTRA_SINGLE))]);
    drop_files(&mut h, vec![drop_bytes("hello, this is not metadata")]);
    h.get_by_label_contains("cannot be used: it is not metadata, a certificate, a key or an image");
    assert_eq!(
        h.state().wizard.idp.as_ref().unwrap().name,
        "entra_app_single-cert_signed.xml"
    );
}

/// The key pair step with a certificate and its key encrypted under `s3cret`
/// (`encrypted-key.pem`) dropped; `None` without openssl.
fn pair_step_with_an_encrypted_key(dir: &Path) -> Option<Harness<'static, App>> {
    if !common::have_tool("openssl") {
        return None;
    }
    let (_, cert, key) = sp_and_pair(dir);
    let enc = common::openssl_encrypt_pkcs8(&std::fs::read(&key).unwrap(), "s3cret", dir);
    let mut h = harness(App::for_tests(now));
    h.get_by_label("4. Certificate and key").click();
    h.run_steps(2);
    drop_files(&mut h, vec![drop_path(cert), drop_path(enc)]);
    h.run_steps(2);
    Some(h)
}

#[test]
fn the_password_field_unlocks_an_encrypted_key() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut h) = pair_step_with_an_encrypted_key(dir.path()) else {
        return;
    };
    let field = h.get_by_role_and_label(Role::PasswordInput, "Password");
    field.focus();
    field.type_text("s3cret");
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Unlock").click();
    h.run_steps(3);
    let pair = h.state().wizard.report().unwrap().pair.clone().unwrap();
    assert_eq!(pair.status, PairStatus::Match);
    assert!(
        h.state().view.password.is_empty(),
        "the typed password is not kept in the view"
    );
    h.get_by_label_contains("The certificate and the key belong together");
}

#[test]
fn generate_a_pair_then_export_the_bundle() {
    let out = tempfile::tempdir().unwrap();
    let mut h = harness(App::for_tests(now).with_export_dir(out.path()));
    let dir = tempfile::tempdir().unwrap();
    let (sp, _, _) = sp_and_pair(dir.path());
    drop_files(
        &mut h,
        vec![drop_path(common::data(common::ENTRA_SINGLE)), drop_path(sp)],
    );
    h.get_by_label("4. Certificate and key").click();
    h.run_steps(2);
    assert_eq!(
        h.state().wizard.keygen.host,
        "acme.topdesk.net",
        "prefilled from the TOPdesk metadata"
    );
    // Folded until asked for.
    assert!(h.query_by_label("Generate").is_none());
    h.get_by_label("Generate new key pair…").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Generate").click();
    h.run_steps(3);
    assert_eq!(
        h.state()
            .wizard
            .report()
            .unwrap()
            .pair
            .as_ref()
            .unwrap()
            .status,
        PairStatus::Match
    );
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    h.get_by_label_contains("Expiry timeline, today 1 Jun 2022: Entra certificate 769F… (active)");
    h.get_by_role_and_label(Role::Button, "Export bundle")
        .click();
    h.run_steps(3);
    let written: Vec<PathBuf> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let bundle = &written[0];
    for name in [
        "1-federation-metadata.xml",
        "2-topdesk-certificate.pem",
        "3-topdesk-private-key.pk8.der",
        "reminders.ics",
        "SETTINGS.txt",
        "manifest.json",
    ] {
        assert!(bundle.join(name).is_file(), "{name} missing");
    }
    assert!(
        !h.get_all_by_label_contains("Exported to")
            .collect::<Vec<_>>()
            .is_empty()
    );
    h.get_by_label_contains("It holds: Entra metadata entra_app_single-cert_signed.xml, TOPdesk certificate acme.topdesk.net (SHA-1 ");
    h.get_by_role_and_label(Role::Button, "Open folder");

    // Issue 9, item 1: a change after the export marks it out of date, on the same screen.
    h.get_by_label("5. Login page").click();
    h.run_steps(2);
    let name = h.get_by_role_and_label(
        Role::TextInput,
        "Display name (text on TOPdesk's login button)",
    );
    name.focus();
    name.type_text(" (new)");
    h.run_steps(2);
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    assert_eq!(
        h.get_all_by_label_contains("Changed since the last export")
            .count(),
        2,
        "the step's verdict and the export's status"
    );
    assert!(h.query_by_label_contains("Exported to").is_none());
}

#[test]
fn keyboard_enter_goes_next_and_ctrl_v_pastes() {
    let mut h = harness(App::for_tests(now));
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().wizard.step, Step::Entra);
    let xml = String::from_utf8(common::read(common::ENTRA_SINGLE)).unwrap();
    h.event(egui::Event::Paste(xml));
    h.run_steps(3);
    assert_eq!(h.state().wizard.idp.as_ref().unwrap().name, "pasted text");
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().wizard.step, Step::Topdesk);
}

#[test]
fn item5_ctrl_v_pastes_into_the_current_step_or_says_where_it_went() {
    let mut h = harness(App::for_tests(now));
    let dir = tempfile::tempdir().unwrap();
    let (sp, _, _) = sp_and_pair(dir.path());
    let sp = String::from_utf8(std::fs::read(sp).unwrap()).unwrap();
    // Pressing Paste on the Entra zone, then Ctrl+V on the TOPdesk step: the current step wins.
    h.get_by_label("3. TOPdesk metadata").click();
    h.run_steps(2);
    h.event(egui::Event::Paste(sp));
    h.run_steps(3);
    assert!(h.state().wizard.sp.is_some() && h.state().wizard.idp.is_none());
    // On the Start step the content decides, and a note on screen says where it went.
    h.get_by_label("1. Start").click();
    h.run_steps(2);
    let xml = String::from_utf8(common::read(common::ENTRA_SINGLE)).unwrap();
    h.event(egui::Event::Paste(xml));
    h.run_steps(3);
    assert!(h.state().wizard.idp.is_some());
    h.get_by_label(
        "pasted text is Entra federation metadata: it was put in step 2, Entra metadata.",
    );
}

#[test]
fn item3_the_password_field_takes_the_focus_and_keeps_it_after_a_wrong_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut h) = pair_step_with_an_encrypted_key(dir.path()) else {
        return;
    };
    assert!(
        h.query_by_label_contains("does not open").is_none(),
        "not wrong before typing"
    );
    h.get_by_label("encrypted-key.pem is protected by a password: type it below.");
    let field = h.get_by_role_and_label(Role::PasswordInput, "Password");
    assert!(
        field.is_focused(),
        "the field has the focus when it appears"
    );
    field.type_text("wrong");
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    h.get_by_label("That password does not open encrypted-key.pem. Try again.");
    assert!(
        h.get_by_role_and_label(Role::PasswordInput, "Password")
            .is_focused()
    );
}

#[test]
fn item6_verdict_first_and_neutral_when_empty() {
    let mut h = harness(App::for_tests(now));
    h.get_by_label("3. TOPdesk metadata").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("No problems found").is_none());
    // The verdict line, and Next still works while saying what the export will miss.
    h.get_by_label("Load the TOPdesk SP metadata first.");
    h.get_by_label("Still missing for the export: Load the TOPdesk SP metadata first.");
    h.get_by_role_and_label(Role::Button, "Next").click();
    h.run_steps(2);
    assert_eq!(h.state().wizard.step, Step::KeyPair);
}

#[test]
fn the_other_sections_file_offers_to_switch_instead_of_its_values() {
    let mut h = harness(App::for_tests(now));
    h.state_mut().wizard.section = topdesk_sso::core::topdesk::Section::Public;
    let dir = tempfile::tempdir().unwrap();
    let (sp, _, _) = sp_and_pair(dir.path());
    drop_files(&mut h, vec![drop_path(sp)]);
    h.get_by_label("3. TOPdesk metadata").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Copy Reply URL (Assertion Consumer Service URL)")
            .is_none()
    );
    h.get_by_label("You can go on; the export waits until the error above is fixed.");
    h.get_by_role_and_label(Role::Button, "Switch to Secure")
        .click();
    h.run_steps(3);
    assert_eq!(
        h.state().wizard.section,
        topdesk_sso::core::topdesk::Section::Secure
    );
    h.get_by_role_and_label(
        Role::Button,
        "Copy Reply URL (Assertion Consumer Service URL)",
    );
}

#[test]
fn the_signer_thumbprint_is_shown_with_a_copy_button() {
    let mut h = harness(App::for_tests(now));
    drop_files(&mut h, vec![drop_path(common::data(common::ENTRA_SINGLE))]);
    h.get_by_label("2. Entra metadata").click();
    h.run_steps(2);
    let signer = h
        .state()
        .wizard
        .report()
        .unwrap()
        .signature
        .as_ref()
        .unwrap()
        .signed_by
        .clone()
        .unwrap();
    h.get_by_label_contains(
        "compare this thumbprint with the one on the Entra app's SAML Certificates page",
    );
    h.get_by_role_and_label(Role::Button, "Copy thumbprint")
        .click();
    h.step();
    assert_eq!(copied_text(&h), [signer]);
}

#[test]
fn without_a_file_dialog_open_and_export_use_path_fields() {
    let mut h = harness(App::for_tests(now));
    h.get_by_label("2. Entra metadata").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Open file…").is_none(),
        "no dialog, no dialog button"
    );
    let path = common::data(common::ENTRA_SINGLE);
    let field = h.get_by_role_and_label(Role::TextInput, "Entra federation metadata path");
    field.focus();
    field.type_text(path.to_str().unwrap());
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Open (Entra federation metadata)")
        .click();
    h.run_steps(3);
    assert!(h.state().wizard.idp.is_some());
    // The export folder is a field (prefilled with Downloads outside tests; item 2's test
    // exports through it).
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "Export folder");
    assert!(
        h.query_by_label("Choose…").is_none(),
        "no dialog, no dialog button"
    );
}

#[test]
fn keyboard_content_first_rows_clickable_days_typed() {
    let mut h = harness(App::for_tests(now));
    // Tab from nothing focused reaches the content, not the step list.
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    let focused_row = Step::ALL.iter().any(|s| {
        h.get_by_label(&format!("{}. {}", s.number(), s.title()))
            .is_focused()
    });
    assert!(!focused_row, "the first Tab stop is in the content");
    assert!(
        h.get_by_label("Secure: operators log in at /tas/secure")
            .is_focused(),
        "the first control of the step"
    );
    // A step-list row is as wide as the list.
    let row = h.get_by_label("4. Certificate and key").rect();
    assert!(row.width() > 180.0, "{row:?}");
    h.get_by_label("4. Certificate and key").click();
    h.run_steps(2);
    h.get_by_label("Generate new key pair…").click();
    h.run_steps(2);
    // A normal text input: emptied while typing (the value in force stays), then a new number.
    let days = h.get_by_role_and_label(Role::TextInput, "Valid for (days)");
    days.focus();
    for _ in 0..3 {
        h.key_press(egui::Key::Backspace);
    }
    h.run_steps(1);
    assert_eq!(
        h.state().wizard.keygen.days,
        7,
        "the last number typed stays in force while the field is empty"
    );
    h.get_by_label("1 to 3650");
    h.get_by_role_and_label(Role::TextInput, "Valid for (days)")
        .type_text("365");
    h.run_steps(2);
    assert_eq!(h.state().wizard.keygen.days, 365);
}

#[test]
fn the_theme_is_chosen_in_the_app_and_remembered() {
    let mut h = harness(App::for_tests(now));
    h.get_by_label("Dark").click();
    h.run_steps(2);
    assert_eq!(
        h.state().settings.theme,
        topdesk_sso::ui::theme::ThemeChoice::Dark
    );
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    h.get_by_label("Light").click();
    h.run_steps(2);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
}

#[test]
fn the_layout_holds_at_the_smallest_window() {
    let mut h = harness(App::for_tests(now));
    h.set_size(egui::vec2(900.0, 600.0));
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    // The navigation bar stays reachable at 900×600.
    let back = h.get_by_role_and_label(Role::Button, "Back").rect();
    assert!(back.max.y <= 600.0 && back.max.x <= 900.0, "{back:?}");
}

#[test]
fn only_metadata_files_are_remembered_as_recent() {
    let mut h = harness(App::for_tests(now));
    let dir = tempfile::tempdir().unwrap();
    let (sp, cert, key) = sp_and_pair(dir.path());
    drop_files(
        &mut h,
        vec![drop_path(sp.clone()), drop_path(cert), drop_path(key)],
    );
    assert_eq!(
        h.state().settings.recent_metadata,
        std::slice::from_ref(&sp)
    );
    // The Start step offers it again, with its folder.
    h.get_by_label("1. Start").click();
    h.run_steps(2);
    h.get_by_label("sp.xml");
    h.get_by_label(&dir.path().display().to_string());
}

/// Issue 21 §3: the URL field shows the address of what is loaded (none for a file), and a
/// metadata file judged manipulated leaves the recent list.
#[test]
fn the_url_field_and_the_recent_list_follow_what_is_loaded() {
    let mut h = harness(App::for_tests(now));
    let dir = tempfile::tempdir().unwrap();
    // An address that failed, then a file: the field no longer shows the address.
    h.state_mut().view.urls[0] = "https://login.microsoftonline.com/x/failed".into();
    let real = String::from_utf8(common::read(common::ENTRA_SINGLE)).unwrap();
    let good = dir.path().join("entra.xml");
    std::fs::write(&good, &real).unwrap();
    drop_files(&mut h, vec![drop_path(good.clone())]);
    assert_eq!(h.state().view.urls[0], "");
    assert_eq!(
        h.state().settings.recent_metadata,
        std::slice::from_ref(&good)
    );
    // Changed after signing: out of the recent list.
    let evil = dir.path().join("evil.xml");
    std::fs::write(
        &evil,
        real.replacen(
            "https://login.microsoftonline.com/",
            "https://login.evil.example/",
            1,
        ),
    )
    .unwrap();
    drop_files(&mut h, vec![drop_path(evil)]);
    assert_eq!(h.state().settings.recent_metadata, [good]);
}

/// The demo files are valid from 2026-11-28.
fn demo_now() -> time::OffsetDateTime {
    time::macros::datetime!(2027-01-01 00:00 UTC)
}

#[test]
fn item2_an_export_message_goes_with_the_next_export_and_stays_off_other_steps() {
    let out = tempfile::tempdir().unwrap();
    let mut app = App::for_tests(demo_now).with_export_dir(&out.path().join("missing"));
    app.load_demo();
    let mut h = harness(app);
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Export bundle")
        .click();
    h.run_steps(3);
    h.get_by_label_contains("The export folder does not exist");
    h.get_by_label("1. Start").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("does not exist").is_none(),
        "only where it arose"
    );
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    h.state_mut().view.export_folder = out.path().display().to_string();
    h.get_by_role_and_label(Role::Button, "Export bundle")
        .click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("does not exist").is_none());
    h.get_by_label_contains("It holds: Entra metadata sample-entra-federation-metadata.xml");
}

#[test]
fn item4_a_pfx_with_its_own_key_says_what_happened_to_the_other_key() {
    let Some(lab) = common::Lab::new() else {
        return;
    };
    lab.pair("a");
    lab.pair("other");
    lab.ssl("pkcs12 -export -in a.crt -inkey a.key -passout PASS -out a.pfx");
    let mut h = harness(App::for_tests(now));
    h.get_by_label("4. Certificate and key").click();
    h.run_steps(2);
    drop_files(&mut h, vec![drop_path(lab.path("other.key"))]);
    drop_files(&mut h, vec![drop_path(lab.path("a.pfx"))]);
    h.run_steps(2);
    h.get_by_label_contains("a.pfx holds its own private key, so that one is used; other.key was taken out of the key slot");
    h.get_by_label("a.pfx is protected by a password: type it below.");
}

#[test]
fn every_tab_stop_is_a_labelled_control() {
    let mut app = App::for_tests(demo_now);
    app.load_demo();
    let mut h = harness(app);
    for step in [
        "2. Entra metadata",
        "4. Certificate and key",
        "6. Review and export",
    ] {
        h.get_by_label(step).click();
        h.run_steps(2);
        for n in 0..25 {
            h.key_press(egui::Key::Tab);
            h.run_steps(1);
            // The method path clippy suggests is not general enough over the node's lifetime.
            #[allow(clippy::redundant_closure_for_method_calls)]
            let focused = h
                .query_by(|n| n.is_focused())
                .unwrap_or_else(|| panic!("{step}: Tab stop {n} is invisible to accessibility"));
            let node = egui_kittest::kittest::NodeT::accesskit_node(&focused);
            // A drop zone used to be a focus stop with nothing to show or press.
            assert_ne!(
                node.role(),
                Role::Group,
                "{step}: Tab stop {n} is a whole zone"
            );
            let label = node.label().unwrap_or_default();
            assert!(
                !label.trim().is_empty(),
                "{step}: Tab stop {n} has no label: {focused:?}"
            );
        }
    }
}

/// Without a file dialog (tests have none) the reminders go into the export folder field's
/// folder, under a new name each time, and the step says where.
#[test]
fn add_reminders_writes_the_calendar_beside_the_exports() {
    let out = tempfile::tempdir().unwrap();
    let mut h = harness(App::for_tests(now).with_export_dir(out.path()));
    let dir = tempfile::tempdir().unwrap();
    let (sp, _, _) = sp_and_pair(dir.path());
    drop_files(
        &mut h,
        vec![drop_path(common::data(common::ENTRA_SINGLE)), drop_path(sp)],
    );
    h.get_by_label("6. Review and export").click();
    h.run_steps(2);
    for name in [
        "topdesk-sso-reminders-2022-06-01.ics",
        "topdesk-sso-reminders-2022-06-01-2.ics",
    ] {
        h.get_by_role_and_label(Role::Button, "Add reminders to calendar…")
            .click();
        h.run_steps(2);
        let path = out.path().join(name);
        let ics = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let report = h.state().wizard.report().unwrap().clone();
        assert_eq!(
            Some(ics),
            topdesk_sso::core::reminders::calendar(&report, now()),
            "the Entra and the TOPdesk certificate, stamped with the app's clock"
        );
        h.get_by_label_contains(&format!("written to {}", path.display()));
    }
}

/// Runs frames until `done` holds (jobs on worker threads), at most 10 s.
fn run_until(h: &mut Harness<'_, App>, done: impl Fn(&App) -> bool) {
    let start = std::time::Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "timed out"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.run_steps(2);
}

#[test]
fn a_metadata_url_is_fetched_with_progress_cancel_and_errors_on_the_zone() {
    use common::https::{Reply, Server};
    let server = Server::start(|path, _| match path {
        "/slow/federationmetadata.xml" => Reply {
            trickle: Some((512, std::time::Duration::from_millis(100))),
            ..Reply::ok(common::read(common::ENTRA_SINGLE))
        },
        "/app/federationmetadata.xml" => Reply::ok(common::read(common::ENTRA_SINGLE)),
        _ => Reply::status(404),
    });
    let mut app = App::for_tests(now);
    app.wizard.fetch_options = topdesk_sso::core::fetch::FetchOptions {
        trust: topdesk_sso::core::fetch::Trust::Roots(vec![server.root.clone()]),
        proxy_from_env: false,
        ..Default::default()
    };
    let mut h = harness(app);
    let ctx = h.ctx.clone();
    h.state_mut().run_jobs_on_threads(&ctx);
    h.get_by_label("2. Entra metadata").click();
    h.run_steps(2);

    // Typed, then Fetch: progress and Cancel on the zone; Cancel stops it, nothing changes.
    let slow = server.url("/slow/federationmetadata.xml");
    let field = h.get_by_role_and_label(Role::TextInput, "Metadata URL");
    field.focus();
    field.type_text(&slow);
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Fetch").click();
    h.run_steps(2);
    h.get_by_label(&format!("Fetching {slow}…"));
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run_steps(2);
    assert!(h.state().wizard.fetching.is_empty());
    h.get_by_label_contains("was cancelled; nothing was changed");
    assert!(h.state().wizard.idp.is_none());

    // Pasted (Ctrl+V outside a field): fetched into this step's zone, and says where from.
    let good = server.url("/app/federationmetadata.xml");
    h.event(egui::Event::Paste(format!("  {good}\n")));
    h.run_steps(1);
    run_until(&mut h, |app| app.wizard.report().is_some());
    assert_eq!(
        h.state().wizard.idp.as_ref().unwrap().name,
        "federationmetadata.xml"
    );
    h.get_by_label_contains(&format!("Fetched from {good} at "));
    assert_eq!(h.state().settings.recent_urls, std::slice::from_ref(&good));

    // An error lands on the zone; the fetched file stays.
    h.state_mut().view.urls[0].clear();
    h.run_steps(1);
    let field = h.get_by_role_and_label(Role::TextInput, "Metadata URL");
    field.focus();
    field.type_text(&server.url("/missing.xml"));
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Fetch").click();
    // A 404 may come back within the frame that started it (progress is proven above).
    h.run_steps(1);
    run_until(&mut h, |app| app.wizard.fetching.is_empty());
    h.get_by_label_contains("cannot be fetched: the server answered 404");
    assert!(h.state().wizard.idp.is_some());
}

#[test]
fn the_entra_step_compares_with_another_version_side_by_side() {
    // Tall enough for the comparison below the certificates to be on screen.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 2400.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), App::for_tests(now));
    h.run_steps(2);
    h.get_by_label("2. Entra metadata").click();
    h.run_steps(2);
    drop_files(
        &mut h,
        vec![drop_path(common::data(common::ENTRA_ROLLOVER))],
    );
    // The version TOPdesk has: the single-certificate file, typed into the field.
    let other = common::data(common::ENTRA_SINGLE);
    let field = h.get_by_role_and_label(Role::TextInput, "Other version");
    field.focus();
    field.type_text(other.to_str().unwrap());
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Compare").click();
    h.run_steps(3);
    let topdesk_sso::wizard::Progress::Done(c) = &h.state().wizard.comparison else {
        panic!("{:?}", h.state().wizard.comparison);
    };
    let verdict = c.diff.verdict.to_string();
    let kept = c.diff.kept.len();
    h.get_by_label(&verdict);
    h.get_by_label("Signing certificate");
    assert_eq!(
        h.query_all_by_label("listed").count(),
        kept * 2 + c.diff.removed.len()
    );
    h.get_by_label_contains(&format!("Other version: {}", other.display()));
    h.get_by_role_and_label(Role::Button, "Close comparison")
        .click();
    h.run_steps(2);
    assert!(h.query_by_label(&verdict).is_none());
}

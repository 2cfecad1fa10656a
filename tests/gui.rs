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

fn sp_and_pair(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let pair = common::cert(
        topdesk_sso::core::keygen::KeyAlgorithm::Rsa { bits: 2048 },
        topdesk_sso::core::keygen::SignatureHash::Sha256,
        "acme.topdesk.net",
        now() - time::Duration::days(10),
        now() + time::Duration::days(700),
    );
    let sp = common::Sp {
        cert_der: Some(pair.certificate_der.clone()),
        ..common::Sp::secure()
    };
    let paths = (dir.join("sp.xml"), dir.join("tls.cer"), dir.join("tls.key"));
    std::fs::write(&paths.0, sp.xml()).unwrap();
    std::fs::write(&paths.1, &pair.certificate_der).unwrap();
    std::fs::write(&paths.2, &*pair.private_key_pkcs8_der).unwrap();
    paths
}

fn copied_text(h: &Harness<'_, App>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
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
    h.get_by_role_and_label(Role::Button, "Copy Reply URL (ACS URL)")
        .click();
    h.step();
    assert_eq!(
        copied_text(&h),
        ["https://acme.topdesk.net/tas/secure/login/verify"]
    );
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Copied Reply URL (ACS URL)");
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

#[test]
fn the_password_field_unlocks_an_encrypted_key() {
    if !common::have_tool("openssl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (_, cert, key) = sp_and_pair(dir.path());
    let enc = common::openssl_encrypt_pkcs8(&std::fs::read(&key).unwrap(), "s3cret", dir.path());
    let mut h = harness(App::for_tests(now));
    h.get_by_label("4. Certificate and key").click();
    h.run_steps(2);
    drop_files(&mut h, vec![drop_path(cert), drop_path(enc)]);
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
    let mut h = harness(App::for_tests(now).with_export_dir(out.path().to_path_buf()));
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
    h.get_by_label_contains("Expiry timeline, today 2022-06-01: Entra certificate 769F… (active)");
    h.get_by_role_and_label(Role::Button, "Export bundle…")
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
        "SETTINGS.txt",
        "manifest.json",
    ] {
        assert!(bundle.join(name).is_file(), "{name} missing");
    }
    h.get_by_label_contains("Exported to");
    h.get_by_role_and_label(Role::Button, "Open folder");
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
    assert_eq!(h.state().settings.recent_metadata, [sp]);
    // The Start step offers it again.
    h.get_by_label("1. Start").click();
    h.run_steps(2);
    h.get_by_label("sp.xml");
}

//! Step 7, Test login, in the real UI (`egui_kittest`, no window): a capture dropped on the step,
//! the verdict, the check rows with their Copy buttons, the message list and the decoded XML.
#![cfg(feature = "gui")]

mod common;

use std::path::Path;
use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topdesk_sso::ui::App;
use topdesk_sso::wizard::{Step, StepStatus};

use common::gui::copied_text;

fn now() -> time::OffsetDateTime {
    common::NOW
}

#[derive(Debug)]
struct Dropped(Vec<u8>);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        Path::new("")
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Ok(self.0.clone())
    }
}

/// The demo with the sample capture of a refused sign-in (the Public section's request to an
/// app configured for Secure) in place of its signed-in one.
fn demo() -> Harness<'static, App> {
    let mut app = App::for_tests(now);
    app.load_demo();
    app.dispatch(common::gui::refused_sample());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 1600.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h
}

/// Issue 21 §3: the demo's own capture is a sign-in that worked, judged at the moment it was
/// captured (this computer's clock is long past its hour of validity), so a first start has
/// no red step and Test login says TOPdesk would accept it.
#[test]
fn the_demo_starts_green_its_sign_in_judged_at_its_own_time() {
    let mut app = App::for_tests(|| time::macros::datetime!(2027-01-01 0:00 UTC));
    app.load_demo();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 1600.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    let w = &h.state().wizard;
    assert!(w.login_test.judge_at.is_some(), "judged at its own time");
    for step in Step::ALL {
        assert_ne!(w.step_status(step), StepStatus::Error, "{step:?}");
    }
    assert_eq!(w.step_status(Step::TestLogin), StepStatus::Done);
    // Nothing blocks: it opens on the response (the assertion), not on the request before it.
    assert_eq!(w.login_test.selected, 1);
    h.get_by_label("7. Test login").click();
    h.run_steps(3);
    assert!(
        h.query_all_by_label_contains("TOPdesk would accept this login")
            .count()
            >= 1
    );
}

#[test]
fn the_demo_capture_is_explained_with_rows_and_copy_buttons() {
    let mut h = demo();
    h.get_by_label("7. Test login").click();
    h.run_steps(3);
    assert_eq!(h.state().wizard.step, Step::TestLogin);
    // The verdict in large type, and the messages to pick from.
    h.get_by_label("Entra refused");
    h.get_by_label_contains("2 messages in this capture");
    // It opens on the Entra error (the message that fails), explained.
    assert_eq!(h.state().wizard.login_test.selected, 1);
    assert!(
        h.query_all_by_label_contains("Entra refused with AADSTS50011")
            .count()
            >= 1
    );
    // The request, picked from the list: its rows, the ACS URL sent (Public) and the Reply URL
    // expected (Secure).
    h.get_by_label_contains("1. Request").click();
    h.run_steps(4);
    assert_eq!(h.state().wizard.login_test.selected, 0);
    h.get_by_label("https://demo.topdesk.example/tas/public/login/verify");
    h.get_by_role_and_label(Role::Button, "Copy expected ACS URL")
        .click();
    h.step();
    assert_eq!(
        copied_text(&h),
        ["https://demo.topdesk.example/tas/secure/login/verify"]
    );
    // Back to the Entra error.
    h.get_by_label_contains("2. Entra error AADSTS50011")
        .click();
    h.run_steps(2);
    assert_eq!(h.state().wizard.login_test.selected, 1);
}

#[test]
fn a_capture_dropped_on_the_step_is_judged_and_its_xml_shown() {
    let mut h = demo();
    h.get_by_label("7. Test login").click();
    h.run_steps(2);
    let xml = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_r9\"><samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"/><samlp:StatusMessage>AADSTS50105: not assigned</samlp:StatusMessage></samlp:Status></samlp:Response>";
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(xml.as_bytes().to_vec())));
    h.run_steps(3);
    // The metadata stays; the capture is the new one.
    assert!(h.state().wizard.idp.is_some());
    assert_eq!(h.state().wizard.diagnosis().unwrap().messages.len(), 1);
    assert!(
        h.query_all_by_label_contains("not assigned to the Entra app")
            .count()
            >= 1
    );
    // Its Status is not signed: said, muted, under the value.
    assert!(h.query_all_by_label("not signed").count() >= 1);
    h.get_by_label("Decoded XML").click();
    h.run_steps(10); // the header opens with an animation
    h.get_by_role_and_label(Role::Button, "Copy decoded XML")
        .click();
    h.step();
    assert_eq!(copied_text(&h), [xml]);
}

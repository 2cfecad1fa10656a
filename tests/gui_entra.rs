//! *Check in Entra* in the real UI (`egui_kittest`, no window) against the local stand-in
//! (tests/common/graph.rs), the test playing the browser: the client id typed, the button, the
//! sign-in, the verdict and the table, *Apply N changes…* with the list of writes, the
//! read-back; and the token nowhere on screen, in notices or in the settings.
#![cfg(feature = "gui")]

mod common;

use std::sync::{Arc, Mutex};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use serde_json::json;
use topdesk_sso::ui::App;
use topdesk_sso::wizard::{Action, Step};

use common::graph::{
    CLIENT_ID, IDENTIFIER, OLD_IDENTIFIER, Play, SECRET, Standin, Tenant, good_app, point_at,
};

fn now() -> time::OffsetDateTime {
    common::NOW_SINGLE_VALID
}

/// The token, or any part of it a screen could show.
fn assert_no_token(h: &Harness<'_, App>) {
    assert_eq!(h.query_all_by_label_contains(SECRET).count(), 0);
    assert_eq!(h.query_all_by_value(SECRET).count(), 0);
    let app = h.state();
    let settings = serde_json::to_string(&app.settings).unwrap();
    assert!(!settings.contains(SECRET), "{settings}");
    for n in &app.wizard.notices {
        assert!(!n.text.english().contains(SECRET));
    }
}

fn harness(step: Step, play: Play) -> (Harness<'static, App>, Standin, Arc<Mutex<Vec<String>>>) {
    let mut app = App::for_tests(now);
    let (wizard, _) = common::wizard::ready();
    app.wizard = wizard;
    let signer = app
        .wizard
        .report()
        .unwrap()
        .idp
        .as_ref()
        .unwrap()
        .certificates[0]
        .info
        .sha1_thumbprint
        .clone();
    let (mut sp, mut entra_app) = good_app(&signer);
    sp["preferredSingleSignOnMode"] = json!("password");
    entra_app["identifierUris"] = json!([OLD_IDENTIFIER]);
    let s = Standin::start(Tenant {
        sps: vec![sp],
        apps: vec![entra_app],
        assignments: 1,
        page_size: 100,
        ..Tenant::default()
    });
    let opened = Arc::new(Mutex::new(Vec::new()));
    point_at(&mut app.wizard, &s, play, &opened);
    app.dispatch(Action::GoTo(step));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 2200.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    (h, s, opened)
}

#[test]
fn check_in_entra_signs_in_shows_the_table_and_applies_after_confirmation() {
    let (mut h, s, opened) = harness(Step::Topdesk, Play::SignIn);
    // The client id first: without it the button says what is missing.
    h.get_by_role_and_label(Role::Button, "Check in Entra")
        .click();
    h.run_steps(2);
    h.get_by_label_contains("Type the Application (client) ID");
    assert!(opened.lock().unwrap().is_empty());
    let field = h.get_by_role_and_label(Role::TextInput, "Application (client) ID");
    field.focus();
    field.type_text(CLIENT_ID);
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Check in Entra")
        .click();
    h.run_steps(3);
    assert_eq!(opened.lock().unwrap().len(), 1, "the browser opened once");
    assert_eq!(
        h.state().settings.entra_client_id.as_deref(),
        Some(CLIENT_ID),
        "remembered"
    );
    // The verdict first, then the table.
    h.get_by_label(
        "2 settings in Entra are not what TOPdesk expects: logins fail until they are set right.",
    );
    h.get_by_label("TOPdesk - Secure · Application ID 11111111-2222-4333-8444-555555555555");
    for header in ["Field", "In Entra now", "Should be", "Status"] {
        h.get_by_label(header);
    }
    h.get_by_label("Single sign-on mode");
    h.get_by_label("password");
    h.get_by_label("saml");
    assert_eq!(h.query_all_by_label("differs").count(), 1);
    assert_eq!(h.query_all_by_label("missing").count(), 1);
    assert_no_token(&h);

    // Apply opens the list; nothing is written until it is confirmed.
    h.get_by_role_and_label(Role::Button, "Apply 2 changes…")
        .click();
    h.run_steps(2);
    h.get_by_label("These writes go to Microsoft Graph, in this order:");
    h.get_by_label("1. PATCH /servicePrincipals/sp-0001");
    h.get_by_label("2. PATCH /applications/app-0001");
    assert!(s.writes().is_empty());
    h.get_by_role_and_label(Role::Button, "Apply 2 changes")
        .click();
    h.run_steps(3);
    assert_eq!(s.writes().len(), 2);
    assert_eq!(s.app()["identifierUris"], json!([IDENTIFIER]));
    h.get_by_label("2 changes written. The app as read back:");
    h.get_by_label("Entra is set up as TOPdesk expects.");
    h.get_by_label("Nothing to change.");
    assert_eq!(h.query_all_by_label("differs").count(), 0);
    assert_no_token(&h);
}

#[test]
fn on_review_the_sign_in_waits_with_cancel_and_cancel_stops_it() {
    let (mut h, _s, opened) = harness(Step::Review, Play::Away);
    let ctx = h.ctx.clone();
    h.state_mut().run_jobs_on_threads(&ctx);
    h.state_mut().wizard.entra.client_id = CLIENT_ID.into();
    h.get_by_role_and_label(Role::Button, "Check in Entra")
        .click();
    h.run_steps(2);
    // The browser was asked to open, and nobody signs in: the window waits, with Cancel.
    let start = std::time::Instant::now();
    while opened.lock().unwrap().is_empty() && start.elapsed().as_secs() < 5 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(opened.lock().unwrap().len(), 1);
    h.get_by_label("Waiting for you to sign in in the browser…");
    assert!(h.state().wizard.busy());
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run_steps(2);
    assert!(h.state().wizard.entra.running.is_none());
    assert!(!h.state().wizard.entra.signed_in());
    h.get_by_role_and_label(Role::Button, "Check in Entra");
    assert_no_token(&h);
}

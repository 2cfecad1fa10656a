//! Start-up: what the first frame shows is ready before the window exists ([`App::prepare`] runs
//! while eframe opens the window), the window's context is handed over before the first frame
//! ([`App::start`]), and nothing is written to the settings on the way.
#![cfg(feature = "gui")]

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use topdesk_sso::ui::App;
use topdesk_sso::ui::platform::Settings;
use topdesk_sso::wizard::{Action, Slot};

/// Jobs started after [`App::start`] run on worker threads; the longest one here is a file's
/// analysis, far below this.
const JOB_DEADLINE: Duration = Duration::from_secs(20);

/// The demo files are valid from 2026-11-28.
fn demo_now() -> time::OffsetDateTime {
    time::macros::datetime!(2027-01-01 00:00 UTC)
}

#[test]
fn with_the_demo_the_first_frame_shows_the_whole_run() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.json");
    let app = App::prepare(Settings::default(), Some(settings.clone()), true);
    // Analysed before the window exists: nothing left for the first frames to wait for.
    assert!(!app.wizard.busy(), "still working when the window opens");
    for slot in [Slot::Idp, Slot::Sp, Slot::Cert, Slot::Key] {
        assert!(app.wizard.file(slot).is_some(), "{slot:?} not loaded");
    }
    assert!(app.wizard.report().is_some() && app.wizard.diagnosis().is_some());
    let h = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.get_by_label_contains("Sample files: made-up files");
    assert!(h.query_by_label("Working…").is_none());
    assert!(!settings.exists(), "the demo wrote the settings");
}

#[test]
fn the_window_gets_our_colours_before_its_first_frame_and_jobs_go_to_threads() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = egui::Context::default();
    let settings = Some(dir.path().join("settings.json"));
    let mut app = App::prepare(Settings::default(), settings, false).start(&ctx);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let heading = ctx.style_of(theme).text_styles[&egui::TextStyle::Heading].size;
        assert!(
            (heading - 22.0).abs() < f32::EPSILON,
            "{theme:?}: {heading}"
        );
    }
    app.dispatch(Action::Load {
        name: "cert.pem".into(),
        path: None,
        bytes: include_bytes!("../assets/samples/sample-topdesk-certificate.pem").to_vec(),
        target: Some(Slot::Cert),
    });
    assert!(app.wizard.busy(), "the job ran inline, on the UI thread");
    let mut h = Harness::builder().build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    let deadline = Instant::now() + JOB_DEADLINE;
    while h.state().wizard.busy() {
        assert!(Instant::now() < deadline, "the job did not finish");
        std::thread::sleep(Duration::from_millis(5));
        h.run_steps(1);
    }
    assert!(h.state().wizard.file(Slot::Cert).is_some());
}

#[test]
fn content_without_a_path_leaves_the_settings_alone() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.json");
    let mut app = App::for_tests(demo_now).with_settings_file(&settings);
    app.load_demo();
    assert!(!settings.exists(), "the demo wrote the settings");
    // A metadata file opened from disk joins the recent files, and they are saved.
    let mut app = App::for_tests(demo_now).with_settings_file(&settings);
    let entra = dir.path().join("entra.xml");
    std::fs::write(
        &entra,
        include_bytes!("../assets/samples/sample-entra-federation-metadata.xml"),
    )
    .unwrap();
    app.open_path(entra.clone(), Some(Slot::Idp));
    let mut h = Harness::builder().build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    assert_eq!(Settings::load_from(&settings).recent_metadata, vec![entra]);
}

//! The verdict and the main action stay in view: a step opens at its top with its first control
//! the first Tab stop, Enter on a focused choice goes on, and the step list never moves under
//! the pointer.
#![cfg(feature = "gui")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use topdesk_sso::core::i18n::Lang;
use topdesk_sso::core::topdesk::Section;
use topdesk_sso::ui::App;
use topdesk_sso::wizard::{Action, Step};

/// The demo files are valid from 2026-11-28.
fn demo_now() -> time::OffsetDateTime {
    time::macros::datetime!(2027-01-01 00:00 UTC)
}

fn window(app: App, size: egui::Vec2) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h
}

fn row(step: Step) -> String {
    format!("{}. {}", step.number(), step.title())
}

#[test]
fn a_step_opens_at_its_top() {
    let mut app = App::for_tests(demo_now);
    app.load_demo();
    let mut h = window(app, egui::vec2(900.0, 600.0));
    h.get_by_label(&row(Step::Review)).click();
    h.run_steps(3);
    // Far down the Review step (the wheel over the content).
    let centre = h
        .get_by_role_and_label(Role::Button, "Next")
        .rect()
        .center();
    let over_content = egui::pos2(centre.x, 200.0);
    h.input_mut()
        .events
        .push(egui::Event::PointerMoved(over_content));
    h.run_steps(1);
    for _ in 0..10 {
        h.input_mut().events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            modifiers: egui::Modifiers::default(),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.run_steps(1);
    }
    h.run_steps(4);
    let title = |h: &Harness<'_, App>, text: &str| h.query_by_label(text).map(|n| n.rect().top());
    assert!(
        title(&h, "Review and export").is_none_or(|top| top < 0.0),
        "the page is scrolled down"
    );
    h.get_by_label(&row(Step::Entra)).click();
    h.run_steps(3);
    let top = title(&h, "Entra metadata").expect("the heading is drawn");
    assert!(
        (0.0..80.0).contains(&top),
        "opened scrolled: heading at {top}"
    );
}

#[test]
fn after_next_the_first_tab_reaches_the_steps_first_control() {
    let mut h = window(App::for_tests(demo_now), egui::vec2(1100.0, 760.0));
    // Next from the keyboard: Tab to the button, Enter.
    let next = h.get_by_role_and_label(Role::Button, "Next");
    next.focus();
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().wizard.step, Step::Entra);
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    let focused: Vec<String> = h
        .query_all(egui_kittest::kittest::By::new())
        .filter(egui_kittest::Node::is_focused)
        .map(|n| {
            let node = n.accesskit_node();
            format!("{:?} {:?}", node.role(), node.label())
        })
        .collect();
    assert_eq!(focused.len(), 1, "{focused:?}");
    let on = &focused[0];
    assert!(
        !on.contains("Next") && !on.contains("Back") && !on.contains(". "),
        "the focus is in the step's content, not on {on}"
    );
}

#[test]
fn enter_on_a_focused_choice_goes_on() {
    let mut h = window(App::for_tests(demo_now), egui::vec2(1100.0, 760.0));
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    let secure = h.get_by_label("Secure: operators log in at /tas/secure");
    assert!(secure.is_focused());
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().wizard.step, Step::Entra);
    assert_eq!(h.state().wizard.section, Section::Secure);
}

#[test]
fn the_step_list_does_not_move_when_the_section_changes() {
    for lang in Lang::ALL {
        let mut app = App::for_tests(demo_now);
        app.dispatch(Action::SetLanguage(lang));
        let mut h = window(app, egui::vec2(900.0, 600.0));
        let rows = |h: &Harness<'_, App>| {
            Step::ALL
                .map(|s| h.get_by_label(&row(s)).rect().top())
                .to_vec()
        };
        let secure = rows(&h);
        h.state_mut().dispatch(Action::SetSection(Section::Public));
        h.run_steps(3);
        assert_eq!(rows(&h), secure, "{lang:?}");
    }
}

#[test]
fn the_export_button_is_in_view_at_900_by_600() {
    let mut app = App::for_tests(demo_now);
    app.load_demo();
    let mut h = window(app, egui::vec2(900.0, 600.0));
    h.get_by_label(&row(Step::Review)).click();
    h.run_steps(3);
    let next = h.get_by_role_and_label(Role::Button, "Next").rect();
    let export = h
        .get_by_role_and_label(Role::Button, "Export bundle")
        .rect();
    assert!(
        export.bottom() < next.top() - 8.0,
        "the export button at {export:?}, above the Back/Next bar at {next:?}"
    );
}

#[test]
fn the_capture_help_folds_away_when_a_capture_arrives() {
    let mut h = window(App::for_tests(demo_now), egui::vec2(1100.0, 760.0));
    h.get_by_label(&row(Step::TestLogin)).click();
    h.run_steps(3);
    assert!(
        h.query_by_label("Browser DevTools").is_some(),
        "open without a capture"
    );
    h.state_mut().dispatch(Action::LoadCapture {
        name: "sample-login.har".into(),
        bytes: include_bytes!("../assets/samples/sample-login.har").to_vec(),
    });
    h.run_steps(4);
    assert!(h.query_by_label("Browser DevTools").is_none(), "folded");
}

#[test]
fn the_sample_files_say_they_are_samples() {
    let banner = "Sample files: made-up files that show a whole run";
    let mut h = window(App::for_tests(demo_now), egui::vec2(1100.0, 760.0));
    assert!(h.query_by_label_contains(banner).is_none());
    let mut app = App::for_tests(demo_now);
    app.load_demo();
    h = window(app, egui::vec2(1100.0, 760.0));
    for step in [Step::Start, Step::KeyPair, Step::TestLogin] {
        h.get_by_label(&row(step)).click();
        h.run_steps(3);
        h.get_by_label_contains(banner);
    }
}

//! What a screen reader gets from the window: the AccessKit tree (the one AT-SPI, UI Automation
//! and macOS read), on every step of the demo in every language, reached by activating the step's
//! tab as an assistive technology does. `packaging/linux/atspi-check.py` asserts the same through
//! AT-SPI on the real window.
#![cfg(feature = "gui")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use topdesk_sso::core::i18n::Lang;
use topdesk_sso::ui::{App, TITLE};
use topdesk_sso::wizard::{Action, Step};

/// The demo files are valid from 2026-11-28.
fn demo_now() -> time::OffsetDateTime {
    time::macros::datetime!(2027-01-01 00:00 UTC)
}

fn demo(lang: Lang) -> Harness<'static, App> {
    let mut app = App::for_tests(demo_now);
    app.dispatch(Action::SetLanguage(lang));
    app.load_demo();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h
}

/// One node as a screen reader reads it.
#[derive(Debug)]
struct Read {
    role: Role,
    name: String,
    description: String,
    selected: bool,
}

/// The whole tree in document order (the order a screen reader reads it), the window first.
/// Names as AT-SPI gives them: a label's is its text (its value), others' their label.
fn read(h: &Harness<'_, App>) -> Vec<Read> {
    let root = h.root();
    std::iter::once(root)
        .chain(root.children_recursive())
        .map(|n| n.accesskit_node())
        .filter(|n| n.role() != Role::TextRun)
        .map(|n| {
            let name = if n.label_comes_from_value() {
                n.value()
            } else {
                n.label()
            };
            Read {
                role: n.role(),
                name: name.unwrap_or_default().trim().to_owned(),
                description: n.description().unwrap_or_default().trim().to_owned(),
                selected: n.is_selected() == Some(true),
            }
        })
        .collect()
}

fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::Tab
            | Role::TextInput
            | Role::PasswordInput
            | Role::MultilineTextInput
            | Role::CheckBox
            | Role::RadioButton
            | Role::ComboBox
            | Role::Link
            | Role::SpinButton
            | Role::Slider
            | Role::MenuItem
            | Role::ListBoxOption
            | Role::TreeItem
    )
}

fn text(role: Role) -> bool {
    matches!(role, Role::Label | Role::Heading | Role::Status)
}

/// What a screen reader would get wrong on the step whose tab is `tab` (titled `title`).
fn problems(nodes: &[Read], tab: &str, title: &str) -> Vec<String> {
    let mut out = Vec::new();
    if nodes[0].role != Role::Window || nodes[0].name != TITLE {
        out.push(format!(
            "the window ({:?}) is named {:?}, not {TITLE:?}",
            nodes[0].role, nodes[0].name
        ));
    }
    let mut names: Vec<(&str, &str)> = Vec::new();
    for n in nodes {
        if interactive(n.role) {
            if n.name.is_empty() {
                out.push(format!("a {:?} has no name", n.role));
            } else if names.contains(&(&n.name, &n.description)) {
                out.push(format!(
                    "two controls are named {:?} ({:?})",
                    n.name, n.description
                ));
            } else {
                names.push((&n.name, &n.description));
            }
        }
        if text(n.role) && !n.name.is_empty() && !n.name.chars().any(char::is_alphanumeric) {
            out.push(format!("a {:?} reads only {:?}", n.role, n.name));
        }
    }
    let selected: Vec<&str> = nodes
        .iter()
        .filter(|n| n.role == Role::Tab && n.selected)
        .map(|n| n.name.as_str())
        .collect();
    if selected != [tab] {
        out.push(format!(
            "the selected tabs are {selected:?}, not only {tab:?}"
        ));
    }
    // The title, a heading, then the verdict: what a screen reader reads first on a new step.
    let texts: Vec<&Read> = nodes
        .iter()
        .filter(|n| text(n.role) && !n.name.is_empty())
        .collect();
    match texts
        .iter()
        .position(|n| n.role == Role::Heading && n.name == title)
    {
        None => out.push(format!("no heading {title:?}")),
        Some(i) => match texts.get(i + 1) {
            Some(next) if next.role == Role::Status => {}
            next => out.push(format!(
                "after the heading comes {next:?}, not the verdict (a status)"
            )),
        },
    }
    out
}

#[test]
fn every_step_in_every_language_reads_right_to_a_screen_reader() {
    let mut report = Vec::new();
    for lang in Lang::ALL {
        let mut h = demo(lang);
        for step in Step::ALL {
            let title = step.title().to_string();
            let tab = format!("{}. {title}", step.number());
            h.get_by_role_and_label(Role::Tab, &tab).click();
            h.run_steps(2);
            assert_eq!(
                h.state().wizard.step,
                step,
                "{tab}: its tab did not open it"
            );
            for p in problems(&read(&h), &tab, &title) {
                report.push(format!("  {} {tab}: {p}", lang.code()));
            }
        }
    }
    assert!(report.is_empty(), "screen readers:\n{}", report.join("\n"));
}

/// The two zones of the key pair step have the same buttons; each says which file it is for.
#[test]
fn the_key_pair_zones_buttons_say_which_file() {
    let mut h = demo(Lang::En);
    h.get_by_role_and_label(Role::Tab, "4. Certificate and key")
        .click();
    h.run_steps(2);
    // Tests have no file dialog: a path field and its `Open` stand for `Open file…`.
    for zone in ["Certificate", "Private key"] {
        for button in ["Open", "Paste", "Remove"] {
            h.get_by_role_and_label(Role::Button, &format!("{button} ({zone})"));
        }
    }
}

/// Every rectangle painted in `shapes` (fill, stroke).
fn rects(shapes: &[egui::epaint::ClippedShape]) -> Vec<(egui::Color32, egui::Stroke)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(egui::Color32, egui::Stroke)>) {
        match shape {
            egui::Shape::Rect(r) => out.push((r.fill, r.stroke)),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in shapes {
        walk(&s.shape, &mut out);
    }
    out
}

/// A text field as painted in each theme: its edge is 3:1 against the panel (WCAG 1.4.11). The
/// light theme painted it white on the panel with no edge (1.06:1).
#[test]
fn a_text_field_is_painted_with_a_visible_edge_in_both_themes() {
    use topdesk_sso::ui::theme::{self, ThemeChoice};
    for (choice, dark) in [(ThemeChoice::Light, false), (ThemeChoice::Dark, true)] {
        let mut h = Harness::builder()
            .with_size(egui::vec2(400.0, 100.0))
            .build_ui_state(
                |ui, text: &mut String| {
                    let label = ui.label("Name");
                    ui.text_edit_singleline(text).labelled_by(label.id);
                },
                String::new(),
            );
        theme::apply(&h.ctx, choice, None);
        h.run_steps(2);
        let v = theme::visuals(dark);
        let (fill, stroke) = rects(&h.output().shapes)
            .into_iter()
            .find(|(fill, _)| *fill == v.text_edit_bg_color())
            .expect("a field is painted in the field colour");
        // Without a stroke, the field's edge is where its fill meets the panel.
        let edge = if stroke.width >= 1.0 {
            stroke.color
        } else {
            fill
        };
        let ratio = theme::contrast(edge, v.panel_fill);
        assert!(
            ratio >= 3.0,
            "{choice:?}: the field's edge ({edge:?}) is {ratio:.2}:1 on the panel, below 3:1"
        );
    }
}

/// An address wrapped after a '/' on screen is read (and found) whole, without the line break.
#[test]
fn a_wrapped_address_is_read_whole() {
    let mut app = App::for_tests(demo_now);
    app.load_demo();
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 600.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h.get_by_role_and_label(Role::Tab, "3. TOPdesk metadata")
        .click();
    h.run_steps(3);
    // At 900 wide the Identifier wraps after ".../saml-metadata/" (gui_layout_lang checks where).
    h.get_by_label("https://demo.topdesk.example/saml-metadata/5f0c1e2d");
}

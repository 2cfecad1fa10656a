//! One file per wizard step, plus the step list and the Back/Next bar. Steps only read the
//! wizard and say what should happen (`Out`); the app applies it.

mod entra;
mod entra_live;
mod keypair;
mod login;
mod review;
mod start;
mod test_login;
mod topdesk;

use egui::{RichText, Ui};
use time::OffsetDateTime;

use super::theme::ThemeChoice;
use super::widgets::{self, Opener};
use super::{Request, View, slot_id};
use crate::core::i18n::Lang;
use crate::core::topdesk::Section;
use crate::tr;
use crate::wizard::{Action, Slot, Step, StepStatus, Topic, Wizard};

/// What the step asked for this frame.
#[derive(Default)]
pub struct Out {
    pub actions: Vec<Action>,
    pub requests: Vec<Request>,
}

/// What a step gets to draw with.
pub struct Cx<'a> {
    pub wizard: &'a Wizard,
    pub view: &'a mut View,
    pub out: &'a mut Out,
    pub now: OffsetDateTime,
    pub files_hovering: bool,
    /// Metadata files opened before, newest first (from the remembered settings).
    pub recent: &'a [std::path::PathBuf],
    /// Metadata URLs fetched before, newest first.
    pub recent_urls: &'a [String],
    /// The sample files of `--demo` are loaded (a banner says so on every step).
    pub demo: bool,
}

impl Cx<'_> {
    fn act(&mut self, action: Action) {
        self.out.actions.push(action);
    }

    fn request(&mut self, request: Request) {
        self.out.requests.push(request);
    }

    /// A drop zone for `slot`, wired to dialogs (or a path field without one), paste and remove.
    fn zone(&mut self, ui: &mut Ui, slot: Slot, title: &str, hint: &str) {
        let opener = if self.view.dialogs_available {
            Opener::Dialog
        } else {
            Opener::PathField(&mut self.view.open_paths[slot_id(slot) as usize])
        };
        let wizard = self.wizard;
        let url = match slot {
            Slot::Idp => Some(&mut self.view.urls[0]),
            Slot::Sp => Some(&mut self.view.urls[1]),
            _ => None,
        }
        .map(|text| widgets::UrlField {
            text,
            fetching: wizard.fetching(slot).map(|f| f.url.as_str()),
        });
        let clicks = widgets::drop_zone(
            ui,
            title,
            hint,
            wizard.file(slot).map(|f| (f, wizard.file_status(slot))),
            self.files_hovering,
            opener,
            url,
        );
        widgets::notices(
            ui,
            self.wizard
                .notices
                .iter()
                .filter(|n| n.topic == Topic::Slot(slot)),
        );
        if let Some(path) = clicks.open_path {
            self.act(Action::Open {
                path: path.trim().into(),
                target: Some(slot),
            });
        }
        if clicks.open {
            self.request(Request::OpenDialog(slot));
        }
        if clicks.paste {
            self.request(Request::PasteInto(slot));
        }
        if clicks.remove {
            self.act(Action::Remove(slot));
        }
        if let Some(url) = clicks.fetch {
            self.act(Action::Fetch { url, target: slot });
        }
        if clicks.cancel {
            self.act(Action::CancelFetch(slot));
        }
    }

    /// Copy button state for `what`.
    fn copied(&self, what: &str) -> bool {
        self.view.copied.as_ref().is_some_and(|(w, _)| w == what)
    }

    /// A searchable list to choose one entity of an aggregate.
    fn entity_chooser(&mut self, ui: &mut Ui, slot: Slot) {
        let Some(file) = self.wizard.file(slot) else {
            return;
        };
        if file.entities.len() < 2 {
            return;
        }
        let chosen = match slot {
            Slot::Sp => self.wizard.sp_entity.as_deref(),
            _ => self.wizard.idp_entity.as_deref(),
        };
        ui.add_space(6.0);
        ui.strong(tr!("steps-entities-choose", count = file.entities.len()));
        let label = ui.label(tr!("steps-entities-search"));
        ui.add(
            egui::TextEdit::singleline(&mut self.view.entity_filter)
                .hint_text(tr!("steps-entities-search-hint"))
                .desired_width(320.0),
        )
        .labelled_by(label.id);
        let filter = self.view.entity_filter.to_lowercase();
        let wanted_idp = slot != Slot::Sp;
        let matches: Vec<_> = file
            .entities
            .iter()
            .filter(|e| if wanted_idp { e.idp } else { e.sp })
            .filter(|e| filter.is_empty() || e.entity_id.to_lowercase().contains(&filter))
            .collect();
        egui::ScrollArea::vertical()
            .max_height(180.0)
            .id_salt(("entities", slot_name(slot)))
            .show(ui, |ui| {
                for e in matches.iter().take(200) {
                    let selected = chosen == Some(e.entity_id.as_str());
                    if ui.selectable_label(selected, &e.entity_id).clicked() {
                        self.act(Action::ChooseEntity {
                            slot,
                            entity_id: e.entity_id.clone(),
                        });
                    }
                }
                if matches.len() > 200 {
                    ui.label(
                        RichText::new(tr!("steps-entities-more", count = matches.len() - 200))
                            .weak(),
                    );
                }
            });
    }
}

fn slot_name(slot: Slot) -> String {
    slot.label().to_string()
}

/// The current step: title, its verdict, what to do about it, notices, then the step itself.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let step = cx.wizard.step;
    widgets::heading(ui, &step.title().to_string());
    ui.add_space(6.0);
    widgets::verdict(ui, &cx.wizard.verdict(step));
    if cx.demo {
        ui.label(
            RichText::new(tr!("steps-demo-banner")).color(widgets::severity_color(
                ui,
                crate::core::findings::Severity::Info,
            )),
        );
    }
    switch_section(ui, cx);
    // Notices about a slot show at its zone, the export's at the export.
    widgets::notices(
        ui,
        cx.wizard
            .notices
            .iter()
            .filter(|n| n.step == step && matches!(n.topic, Topic::Load | Topic::Keygen)),
    );
    ui.add_space(8.0);
    match step {
        Step::Start => start::show(ui, cx),
        Step::Entra => entra::show(ui, cx),
        Step::Topdesk => topdesk::show(ui, cx),
        Step::KeyPair => keypair::show(ui, cx),
        Step::LoginPage => login::show(ui, cx),
        Step::Review => review::show(ui, cx),
        Step::TestLogin => test_login::show(ui, cx),
    }
}

/// With the other section's TOPdesk file loaded, the fix is one click away.
fn switch_section(ui: &mut Ui, cx: &mut Cx<'_>) {
    let Some(found) = cx.wizard.other_section() else {
        return;
    };
    if matches!(cx.wizard.step, Step::Start | Step::Topdesk) {
        // TOPdesk's own names of the sections, the same in every language.
        let (section, name) = match found {
            Section::Secure => ("secure", "Secure"),
            Section::Public => ("public", "Public"),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("steps-other-section", section));
            if ui.button(tr!("steps-switch-section", name)).clicked() {
                cx.act(Action::SetSection(found));
            }
        });
    }
}

/// The step list: where the admin is and how each step stands (the same rule as each step's
/// verdict); a whole row is one button. Then the theme.
pub fn step_list(ui: &mut Ui, wizard: &Wizard, theme: ThemeChoice, out: &mut Out) {
    ui.add_space(10.0);
    ui.label(RichText::new(super::TITLE).strong().size(16.0));
    // Two lines' room whatever the section's name needs, so the steps never move under the
    // pointer when the section changes.
    let top = ui.cursor().top();
    ui.label(RichText::new(tr!("steps-list-section", section = wizard.section.label())).weak());
    let two_lines =
        2.0 * ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    ui.add_space((top + two_lines - ui.cursor().top()).max(0.0) + 12.0);
    for step in Step::ALL {
        let status = wizard.step_status(step);
        let text = format!("{}. {}", step.number(), step.title());
        if widgets::step_row(ui, &text, status, wizard.step == step).clicked() {
            out.actions.push(Action::GoTo(step));
        }
    }
    if wizard.busy() {
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("steps-list-working"));
        });
    }
    ui.add_space(16.0);
    let label = ui.label(RichText::new(tr!("ui-language")).weak());
    // Each language in its own name, so an admin who cannot read the current one finds theirs.
    let menu = egui::ComboBox::from_id_salt("language")
        .selected_text(wizard.lang.native_name())
        .show_ui(ui, |ui| {
            for lang in Lang::ALL {
                if ui
                    .selectable_label(wizard.lang == lang, lang.native_name())
                    .clicked()
                    && wizard.lang != lang
                {
                    out.actions.push(Action::SetLanguage(lang));
                }
            }
        });
    menu.response.labelled_by(label.id);
    ui.add_space(8.0);
    ui.label(RichText::new(tr!("steps-list-theme")).weak());
    ui.horizontal(|ui| {
        for choice in ThemeChoice::ALL {
            if ui
                .selectable_label(theme == choice, choice.label())
                .clicked()
            {
                out.requests.push(Request::SetTheme(choice));
            }
        }
    });
}

/// Back / Next. Next always works; on a step that is not ready it says what the export will miss.
pub fn nav(ui: &mut Ui, wizard: &Wizard, out: &mut Out) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                wizard.step.prev().is_some(),
                egui::Button::new(tr!("steps-nav-back")),
            )
            .clicked()
        {
            out.actions.push(Action::Back);
        }
        if wizard.step.next().is_some() {
            if ui.button(tr!("steps-nav-next")).clicked() {
                out.actions.push(Action::Next);
            }
            let note = match wizard.can_advance() {
                Err(why) => tr!("steps-nav-missing", why),
                Ok(()) if wizard.step_status(wizard.step) == StepStatus::Error => {
                    tr!("steps-nav-error-above")
                }
                Ok(()) => tr!("steps-nav-enter"),
            };
            ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
        }
    });
    ui.add_space(6.0);
}

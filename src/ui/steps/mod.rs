//! One file per wizard step, plus the step list and the Back/Next bar. Steps only read the
//! wizard and say what should happen (`Out`); the app applies it.

mod entra;
mod keypair;
mod login;
mod review;
mod start;
mod topdesk;

use egui::{RichText, Ui};
use time::OffsetDateTime;

use super::widgets;
use super::{Request, View};
use crate::wizard::{Action, Slot, Step, StepStatus, Wizard};

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
}

impl Cx<'_> {
    fn act(&mut self, action: Action) {
        self.out.actions.push(action);
    }

    fn request(&mut self, request: Request) {
        self.out.requests.push(request);
    }

    /// A drop zone for `slot`, wired to dialogs, paste and remove.
    fn zone(&mut self, ui: &mut Ui, slot: Slot, title: &str, hint: &str) {
        let clicks =
            widgets::drop_zone(ui, title, hint, self.wizard.file(slot), self.files_hovering);
        if clicks.focused {
            self.view.focused_slot = Some(slot);
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
        ui.strong(format!(
            "This file holds {} entities: choose the one to use",
            file.entities.len()
        ));
        let label = ui.label("Search");
        ui.add(
            egui::TextEdit::singleline(&mut self.view.entity_filter)
                .hint_text("part of an entityID")
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
                        RichText::new(format!("… {} more: refine the search", matches.len() - 200))
                            .weak(),
                    );
                }
            });
    }
}

fn slot_name(slot: Slot) -> &'static str {
    slot.label()
}

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let step = cx.wizard.step;
    ui.heading(step.title());
    ui.add_space(8.0);
    widgets::notices(ui, cx.wizard.notices.iter().filter(|n| n.step == step));
    match step {
        Step::Start => start::show(ui, cx),
        Step::Entra => entra::show(ui, cx),
        Step::Topdesk => topdesk::show(ui, cx),
        Step::KeyPair => keypair::show(ui, cx),
        Step::LoginPage => login::show(ui, cx),
        Step::Review => review::show(ui, cx),
    }
}

/// The step list on the left: where the admin is and how each step stands.
pub fn step_list(ui: &mut Ui, wizard: &Wizard, out: &mut Out) {
    ui.add_space(10.0);
    ui.label(RichText::new("TOPdesk SSO Assistant").strong().size(16.0));
    ui.label(RichText::new(format!("Section: {}", wizard.section.label())).weak());
    ui.add_space(12.0);
    for (n, step) in Step::ALL.into_iter().enumerate() {
        let status = wizard.step_status(step);
        ui.horizontal(|ui| {
            let color = widgets::status_color(ui, status);
            widgets::dot(ui, color, status != StepStatus::Todo);
            let text = format!("{}. {}", n + 1, step.title());
            if ui.selectable_label(wizard.step == step, text).clicked() {
                out.actions.push(Action::GoTo(step));
            }
        });
    }
    if wizard.busy() {
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Working…");
        });
    }
}

/// Back / Next, with the reason Next is disabled written next to it.
pub fn nav(ui: &mut Ui, wizard: &Wizard, message: Option<&str>, out: &mut Out) {
    ui.add_space(6.0);
    if let Some(m) = message {
        ui.label(RichText::new(m).color(widgets::severity_color(
            ui,
            crate::core::findings::Severity::Warning,
        )));
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(wizard.step.prev().is_some(), egui::Button::new("Back"))
            .clicked()
        {
            out.actions.push(Action::Back);
        }
        if wizard.step.next().is_some() {
            let ready = wizard.can_advance();
            let next = ui.add_enabled(ready.is_ok(), egui::Button::new("Next"));
            if next.clicked() {
                out.actions.push(Action::Next);
            }
            if let Err(why) = ready {
                ui.label(RichText::new(why).weak());
            } else {
                ui.label(RichText::new("Enter").weak().small());
            }
        }
    });
    ui.add_space(6.0);
}

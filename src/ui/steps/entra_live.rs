//! *Check in Entra* on the TOPdesk and Review steps: the client id, the button, the sign-in's
//! progress with Cancel, then the verdict and the table (field · in Entra now · should be ·
//! status), and *Apply N changes…* with the list of writes to confirm. The token is never shown.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::graph::Status;
use crate::core::graph::plan::Write;
use crate::tr;
use crate::ui::widgets;
use crate::wizard::{Action, LiveCheck, Work};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let e = &cx.wizard.entra;
    ui.add_space(14.0);
    ui.strong(tr!("steps-entra-live-title"));
    ui.add(egui::Label::new(RichText::new(tr!("steps-entra-live-intro")).weak()).wrap());
    let mut client_id = e.client_id.clone();
    ui.horizontal(|ui| {
        let label = ui.label(tr!("steps-entra-live-client-id"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut client_id)
                    .hint_text("00000000-0000-0000-0000-000000000000")
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
        if edit.changed() {
            cx.act(Action::SetClientId(client_id));
        }
    });
    ui.label(
        RichText::new(tr!("steps-entra-live-client-id-hint"))
            .weak()
            .small(),
    );
    let e = &cx.wizard.entra;
    if let Some(work) = e.running {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(match work {
                Work::Check if !e.signed_in() => tr!("steps-entra-live-signing-in"),
                Work::Check => tr!("steps-entra-live-reading"),
                Work::Apply => tr!("steps-entra-live-applying"),
            });
            if ui.button(tr!("steps-entra-live-cancel")).clicked() {
                cx.act(Action::EntraCancel);
            }
        });
    } else {
        let text = if e.result.is_some() {
            tr!("steps-entra-live-check-again")
        } else {
            tr!("steps-entra-live-check")
        };
        if ui.button(text).clicked() {
            cx.act(Action::EntraCheck);
        }
    }
    let e = &cx.wizard.entra;
    if let Some(why) = &e.error {
        let color = widgets::severity_color(ui, crate::core::findings::Severity::Error);
        ui.add(egui::Label::new(RichText::new(why.to_string()).color(color)).wrap());
    }
    if let Some(applied) = &e.applied {
        match &applied.error {
            None => ui.label(tr!(
                "steps-entra-live-applied",
                count = applied.writes.len()
            )),
            Some(why) => {
                let count = applied.planned;
                let color = widgets::severity_color(ui, crate::core::findings::Severity::Error);
                ui.label(
                    RichText::new(tr!(
                        "steps-entra-live-stopped",
                        done = applied.writes.len(),
                        count,
                        why
                    ))
                    .color(color),
                )
            }
        };
    }
    let Some(result) = e.result.clone() else {
        return;
    };
    let outdated = e.outdated(cx.wizard.report().and_then(|r| r.urls.as_ref()));
    if outdated {
        ui.label(RichText::new(tr!("wizard-entra-outdated")).strong());
    }
    table(ui, &result);
    // What each row that is not fine means, and how to fix it (also what Apply cannot do,
    // such as assigning users).
    widgets::findings(ui, &result.findings);
    ui.add_space(4.0);
    if result.plan.is_empty() {
        ui.label(tr!("steps-entra-live-nothing"));
        return;
    }
    if outdated {
        return;
    }
    if e.running.is_none() && !e.confirming {
        let apply = tr!("steps-entra-live-apply", count = result.plan.len());
        if ui.button(apply).clicked() {
            cx.act(Action::EntraConfirm(true));
        }
    }
    if e.confirming {
        confirm(ui, cx, &result.plan);
    }
}

/// The verdict, the app, and one row per check.
fn table(ui: &mut Ui, result: &LiveCheck) {
    ui.add_space(6.0);
    let verdict_color = if crate::core::findings::has_errors(&result.findings) {
        widgets::severity_color(ui, crate::core::findings::Severity::Error)
    } else {
        widgets::ok_color(ui)
    };
    widgets::status_line(
        ui,
        verdict_color,
        RichText::new(result.verdict().to_string()).strong(),
    );
    if let (Some(name), Some(app_id)) = (&result.entra.display_name, &result.entra.app_id) {
        ui.label(RichText::new(tr!("steps-entra-live-app", name, app_id)).weak());
    }
    // Long field names (German) wrap in their column; the values share what is left.
    let field_width = 200.0;
    let value_width = ((ui.available_width() - field_width - 160.0) / 2.0).max(140.0);
    egui::Grid::new("entra-live-checks")
        .num_columns(4)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for h in [
                tr!("steps-entra-live-col-field"),
                tr!("steps-entra-live-col-entra"),
                tr!("steps-entra-live-col-expected"),
                tr!("steps-entra-live-col-status"),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for check in &result.checks {
                let severity = result
                    .findings
                    .iter()
                    .find(|f| f.code == check.code)
                    .map(|f| f.severity);
                let color = match (check.status, severity) {
                    (Status::Ok, _) => widgets::ok_color(ui),
                    (_, Some(s)) => widgets::severity_color(ui, s),
                    (_, None) => ui.visuals().weak_text_color(),
                };
                ui.scope(|ui| {
                    ui.set_width(field_width);
                    let field = tr!("steps-entra-live-field", code = check.code.as_str());
                    ui.add(egui::Label::new(field).wrap());
                });
                for value in [&check.entra, &check.expected] {
                    ui.scope(|ui| {
                        ui.set_width(value_width);
                        let shown = if value.is_empty() { "—" } else { value };
                        ui.add(egui::Label::new(shown).wrap());
                    });
                }
                let status = match check.status {
                    Status::Ok => "ok",
                    Status::Mismatch => "mismatch",
                    Status::Missing => "missing",
                    Status::Info => "info",
                };
                widgets::status_line(ui, color, tr!("steps-entra-live-status", status));
                ui.end_row();
            }
        });
}

/// The writes, in order, with why; then the confirmation.
fn confirm(ui: &mut Ui, cx: &mut Cx<'_>, plan: &[Write]) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(tr!("steps-entra-live-confirm-title"));
        for (i, w) in plan.iter().enumerate() {
            ui.label(RichText::new(format!("{}. {} {}", i + 1, w.method, w.path)).monospace());
            ui.add(egui::Label::new(RichText::new(w.why.to_string()).weak()).wrap());
        }
        ui.label(RichText::new(tr!("steps-entra-live-confirm-note")).weak());
        ui.horizontal(|ui| {
            if ui
                .button(tr!("steps-entra-live-confirm", count = plan.len()))
                .clicked()
            {
                cx.act(Action::EntraApply);
            }
            if ui.button(tr!("steps-entra-live-cancel")).clicked() {
                cx.act(Action::EntraConfirm(false));
            }
        });
    });
}

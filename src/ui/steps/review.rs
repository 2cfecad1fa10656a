//! Step 6: the export first (in view without scrolling, even at 900×600), then every finding
//! and the expiry timeline.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::cert::EXPIRY_WARNING_DAYS;
use crate::core::findings::Severity;
use crate::tr;
use crate::ui::{Request, timeline, widgets};
use crate::wizard::{self, Progress, Topic};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let Some(report) = cx.wizard.report() else {
        ui.label(tr!("steps-review-empty"));
        return;
    };
    export(ui, cx);
    ui.add_space(14.0);
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let group: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if group.is_empty() {
            continue;
        }
        let count = group.len();
        let title = match severity {
            Severity::Error => tr!("steps-review-errors", count),
            Severity::Warning => tr!("steps-review-warnings", count),
            Severity::Info => tr!("steps-review-notes", count),
        };
        ui.label(
            RichText::new(title)
                .strong()
                .color(widgets::severity_color(ui, severity)),
        );
        widgets::findings(ui, group);
    }
    ui.add_space(10.0);
    ui.strong(tr!("steps-review-timeline"));
    timeline::expiry_timeline(ui, &wizard::timeline(report), cx.now, EXPIRY_WARNING_DAYS);
}

/// The folder to export into (typed, or chosen with a dialog where there is one), the button, and
/// what the last export holds — or that it is out of date.
fn export(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.strong(tr!("steps-review-export"));
    ui.label(tr!("steps-review-export-intro"));
    ui.horizontal(|ui| {
        let label = ui.label(tr!("steps-review-export-folder"));
        ui.add(
            egui::TextEdit::singleline(&mut cx.view.export_folder)
                .desired_width((ui.available_width() - 150.0).max(200.0)),
        )
        .labelled_by(label.id);
        if cx.view.dialogs_available && ui.button(tr!("steps-review-choose")).clicked() {
            cx.request(Request::ChooseExportFolder);
        }
    });
    let ready = cx.wizard.can_export();
    let running = cx.wizard.export_progress == Progress::Running;
    ui.horizontal(|ui| {
        ui.checkbox(&mut cx.view.zip, tr!("steps-review-zip"));
        let button = ui.add_enabled(
            ready.is_ok() && !running,
            egui::Button::new(tr!("steps-review-export-bundle")),
        );
        if button.clicked() {
            cx.request(Request::Export);
        }
        if running {
            ui.spinner();
        }
    });
    let reminders = ui
        .button(tr!("steps-review-reminders"))
        .on_hover_text(tr!("steps-review-reminders-hover"));
    if reminders.clicked() {
        cx.request(Request::SaveReminders);
    }
    if let Err(why) = &ready {
        ui.label(
            RichText::new(tr!("steps-review-not-yet", why))
                .color(widgets::severity_color(ui, Severity::Warning)),
        );
    }
    widgets::notices(
        ui,
        cx.wizard
            .notices
            .iter()
            .filter(|n| n.topic == Topic::Export),
    );
    if let Some((record, current)) = cx.wizard.last_export() {
        let (color, text) = if current {
            (
                widgets::ok_color(ui),
                tr!(
                    "steps-review-exported",
                    path = record.path.display().to_string()
                ),
            )
        } else {
            (
                widgets::severity_color(ui, Severity::Warning),
                tr!(
                    "steps-review-stale",
                    path = record.path.display().to_string()
                ),
            )
        };
        widgets::status_line(ui, color, text);
        ui.label(RichText::new(tr!("steps-review-holds", holds = &record.holds)).weak());
        if ui.button(tr!("steps-review-open-folder")).clicked() {
            cx.request(Request::OpenFolder(record.path.clone()));
        }
    }
    if let Progress::Failed(e) = &cx.wizard.export_progress {
        ui.label(
            RichText::new(tr!("steps-review-failed", error = e))
                .color(widgets::severity_color(ui, Severity::Error)),
        );
    }
}

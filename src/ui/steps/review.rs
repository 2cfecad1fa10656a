//! Step 6: every finding, the expiry timeline, and the export.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::cert::EXPIRY_WARNING_DAYS;
use crate::core::findings::Severity;
use crate::ui::{Request, timeline, widgets};
use crate::wizard::{self, Progress, Topic};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let Some(report) = cx.wizard.report() else {
        ui.label("Load the files first; their findings and dates appear here.");
        return;
    };
    for (severity, title) in [
        (Severity::Error, "Errors: fix these before exporting"),
        (Severity::Warning, "Warnings"),
        (Severity::Info, "Notes"),
    ] {
        let group: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if group.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(format!("{title} ({})", group.len()))
                .strong()
                .color(widgets::severity_color(ui, severity)),
        );
        widgets::findings(ui, group);
    }
    ui.add_space(10.0);
    ui.strong("Expiry timeline");
    timeline::expiry_timeline(ui, &wizard::timeline(report), cx.now, EXPIRY_WARNING_DAYS);
    ui.add_space(14.0);

    export(ui, cx);
}

/// The folder to export into (typed, or chosen with a dialog where there is one), the button, and
/// what the last export holds — or that it is out of date.
fn export(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.strong("Export");
    ui.label("Writes a new folder (or zip) with exactly the files and values TOPdesk's dialog asks for, and SETTINGS.txt saying what goes where.");
    ui.horizontal(|ui| {
        let label = ui.label("Export folder");
        ui.add(
            egui::TextEdit::singleline(&mut cx.view.export_folder)
                .desired_width((ui.available_width() - 150.0).max(200.0)),
        )
        .labelled_by(label.id);
        if cx.view.dialogs_available && ui.button("Choose…").clicked() {
            cx.request(Request::ChooseExportFolder);
        }
    });
    let ready = cx.wizard.can_export();
    let running = cx.wizard.export_progress == Progress::Running;
    ui.horizontal(|ui| {
        ui.checkbox(&mut cx.view.zip, "As one .zip file");
        let button = ui.add_enabled(
            ready.is_ok() && !running,
            egui::Button::new("Export bundle"),
        );
        if button.clicked() {
            cx.request(Request::Export);
        }
        if running {
            ui.spinner();
        }
    });
    let reminders = ui.button("Add reminders to calendar…").on_hover_text(
        "A calendar file with each certificate's expiry day, alarms 60, 30 and 7 days before.",
    );
    if reminders.clicked() {
        cx.request(Request::SaveReminders);
    }
    if let Err(why) = &ready {
        ui.label(
            RichText::new(format!("Export is not possible yet: {why}"))
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
                format!("Exported to {}", record.path.display()),
            )
        } else {
            (
                widgets::severity_color(ui, Severity::Warning),
                format!(
                    "Changed since the last export: {} holds the earlier files. Export again.",
                    record.path.display()
                ),
            )
        };
        widgets::status_line(ui, color, text);
        ui.label(RichText::new(format!("It holds: {}.", record.holds)).weak());
        if ui.button("Open folder").clicked() {
            cx.request(Request::OpenFolder(record.path.clone()));
        }
    }
    if let Progress::Failed(e) = &cx.wizard.export_progress {
        ui.label(
            RichText::new(format!("Export failed: {e}"))
                .color(widgets::severity_color(ui, Severity::Error)),
        );
    }
}

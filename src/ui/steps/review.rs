//! Step 6: every finding, the expiry timeline, and the export.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::cert::EXPIRY_WARNING_DAYS;
use crate::core::findings::Severity;
use crate::ui::{Request, timeline, widgets};
use crate::wizard::{self, Progress};

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

    ui.strong("Export");
    ui.label("Writes a new folder with exactly the files and values TOPdesk's dialog asks for, and SETTINGS.txt saying what goes where.");
    let ready = cx.wizard.can_export();
    ui.horizontal(|ui| {
        ui.checkbox(&mut cx.view.zip, "As one .zip file");
        let running = cx.wizard.export_progress == Progress::Running;
        let button = ui.add_enabled(
            ready.is_ok() && !running,
            egui::Button::new("Export bundle…"),
        );
        if button.clicked() {
            cx.request(Request::ExportDialog);
        }
        if running {
            ui.spinner();
        }
    });
    if let Err(why) = &ready {
        ui.label(
            RichText::new(format!("Export is not possible yet: {why}"))
                .color(widgets::severity_color(ui, Severity::Warning)),
        );
    }
    match &cx.wizard.export_progress {
        Progress::Done(path) => {
            let color = widgets::ok_color(ui);
            widgets::status_line(ui, color, format!("Exported to {}", path.display()));
            let folder = if path.is_dir() {
                path.clone()
            } else {
                path.parent()
                    .map(std::path::Path::to_path_buf)
                    .unwrap_or_default()
            };
            if ui.button("Open folder").clicked() {
                cx.request(Request::OpenFolder(folder));
            }
        }
        Progress::Failed(e) => {
            ui.label(
                RichText::new(format!("Export failed: {e}"))
                    .color(widgets::severity_color(ui, Severity::Error)),
            );
        }
        Progress::Idle | Progress::Running => {}
    }
}

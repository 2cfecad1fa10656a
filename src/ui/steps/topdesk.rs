//! Step 3: the TOPdesk SP metadata, and the three values for Entra.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::findings::About;
use crate::tr;
use crate::ui::{Request, widgets};
use crate::wizard::Slot;

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    cx.zone(
        ui,
        Slot::Sp,
        &tr!("term-topdesk-metadata"),
        &tr!("steps-topdesk-zone-hint"),
    );
    cx.entity_chooser(ui, Slot::Sp);
    ui.add_space(8.0);
    widgets::findings(ui, cx.wizard.findings(Some(About::Sp)));
    let Some(report) = cx.wizard.report() else {
        return;
    };
    // The other section's values would be the wrong ones to copy: "Switch to …" above fixes it.
    let other_section = cx.wizard.other_section().is_some();
    let Some(urls) = report.urls.as_ref().filter(|_| !other_section) else {
        return;
    };
    ui.add_space(12.0);
    ui.strong(tr!("steps-topdesk-where"));
    if let Some(found) = report.section {
        ui.label(
            RichText::new(tr!(
                "steps-topdesk-section-in-file",
                section = found.label()
            ))
            .weak(),
        );
    }
    ui.add_space(4.0);
    // Entra's own field names in the admin's language; the values are copied as they are.
    let rows = [
        (tr!("term-identifier"), urls.identifier.as_str()),
        (tr!("term-reply-url"), urls.reply.as_str()),
        (tr!("term-sign-on-url"), urls.sign_on.as_str()),
    ];
    for (label, value) in &rows {
        if widgets::copy_row(ui, label, value, cx.copied(label)) {
            cx.request(Request::Copy {
                what: label.clone(),
                text: (*value).into(),
            });
        }
    }
    ui.horizontal(|ui| {
        let all = rows
            .iter()
            .map(|(l, v)| format!("{l}: {v}"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = if cx.copied("all") {
            tr!("ui-copied")
        } else {
            tr!("steps-topdesk-copy-all")
        };
        if ui.button(text).clicked() {
            cx.request(Request::Copy {
                what: "all".into(),
                text: all,
            });
        }
        ui.add(egui::Label::new(RichText::new(tr!("steps-topdesk-leave-empty")).weak()).wrap());
    });
    super::entra_live::show(ui, cx);
}

//! Step 3: the TOPdesk SP metadata, and the three values for Entra.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::findings::About;
use crate::ui::{Request, widgets};
use crate::wizard::Slot;

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    cx.zone(
        ui,
        Slot::Sp,
        "TOPdesk SP metadata",
        "Drop TOPdesk's SP metadata XML here, open it, or paste its text.",
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
    ui.strong("Entra > your TOPdesk app > Single sign-on > Basic SAML Configuration");
    if let Some(found) = report.section {
        ui.label(RichText::new(format!("TOPdesk section in this file: {}", found.label())).weak());
    }
    ui.add_space(4.0);
    let rows = [
        ("Identifier (Entity ID)", urls.identifier.as_str()),
        ("Reply URL (ACS URL)", urls.reply.as_str()),
        ("Sign on URL", urls.sign_on.as_str()),
    ];
    for (label, value) in rows {
        if widgets::copy_row(ui, label, value, cx.copied(label)) {
            cx.request(Request::Copy {
                what: label.into(),
                text: value.into(),
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
            "Copied"
        } else {
            "Copy all"
        };
        if ui.button(text).clicked() {
            cx.request(Request::Copy {
                what: "all".into(),
                text: all,
            });
        }
        ui.label(RichText::new("Relay State and Logout Url: leave empty.").weak());
    });
}

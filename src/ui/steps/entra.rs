//! Step 2: the Entra federation metadata.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::findings::About;
use crate::core::signature::SignatureStatus;
use crate::ui::widgets;
use crate::wizard::{Analysis, Slot};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    cx.zone(
        ui,
        Slot::Idp,
        "Entra federation metadata",
        "Drop the Federation Metadata XML here, open it, or paste its text.",
    );
    cx.entity_chooser(ui, Slot::Idp);
    if let Analysis::Failed(why) = &cx.wizard.analysis {
        ui.label(RichText::new(why).color(widgets::severity_color(
            ui,
            crate::core::findings::Severity::Error,
        )));
    }
    let Some(report) = cx.wizard.report() else {
        return;
    };
    let Some(idp) = &report.idp else {
        widgets::findings(ui, cx.wizard.findings(Some(About::Idp)));
        return;
    };
    ui.add_space(10.0);
    egui::Grid::new("idp-facts")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            let mut row = |k: &str, v: &str| {
                ui.label(RichText::new(k).weak());
                ui.label(RichText::new(v).monospace());
                ui.end_row();
            };
            row("Tenant", idp.tenant_id.as_deref().unwrap_or("—"));
            row("Entra identifier", &idp.entity_id);
            row("Login URL", idp.sso_url.as_deref().unwrap_or("—"));
            let sig = match report.signature.as_ref().map(|s| s.status) {
                Some(SignatureStatus::Valid) => "valid",
                Some(SignatureStatus::Invalid) => "INVALID",
                _ => "absent",
            };
            row("Signature", sig);
        });
    ui.add_space(8.0);
    ui.strong("Signing certificates");
    for c in idp.certificates.iter().filter(|c| c.listed_in.saml_role) {
        widgets::cert_card(ui, &c.info, if c.active { "active" } else { "" }, cx.now);
    }
    ui.add_space(8.0);
    ui.strong("Checks");
    widgets::findings(
        ui,
        cx.wizard
            .findings(Some(About::Idp))
            .chain(cx.wizard.findings(Some(About::Files))),
    );
}

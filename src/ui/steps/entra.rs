//! Step 2: the Entra federation metadata.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::findings::{About, Code};
use crate::core::signature::SignatureStatus;
use crate::ui::{Request, widgets};
use crate::wizard::Slot;

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    cx.zone(
        ui,
        Slot::Idp,
        "Entra federation metadata",
        "Drop the Federation Metadata XML here, open it, or paste its text.",
    );
    cx.entity_chooser(ui, Slot::Idp);
    ui.add_space(8.0);
    // The valid signature's sentence stands below, beside the thumbprint to copy.
    widgets::findings(
        ui,
        cx.wizard
            .findings(Some(About::Idp))
            .chain(cx.wizard.findings(Some(About::Files)))
            .filter(|f| f.code != Code::SignatureValid),
    );
    let Some(report) = cx.wizard.report() else {
        return;
    };
    let Some(idp) = &report.idp else {
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
        });
    ui.add_space(6.0);
    let signature = report.signature.as_ref();
    match (
        signature.map(|s| s.status),
        signature.and_then(|s| s.signed_by.as_deref()),
    ) {
        (Some(SignatureStatus::Valid), Some(thumbprint)) => signed_by(ui, cx, thumbprint),
        (Some(SignatureStatus::Invalid), _) => {
            ui.label("Signature: invalid (see above).");
        }
        (Some(SignatureStatus::Valid), None) => {
            ui.label("Signature: valid.");
        }
        _ => {
            ui.label("Signature: the file is not signed.");
        }
    }
    ui.add_space(8.0);
    ui.strong("Signing certificates");
    for c in idp.certificates.iter().filter(|c| c.listed_in.saml_role) {
        widgets::cert_card(
            ui,
            &c.info,
            if c.active { "active" } else { "" },
            c.active,
            cx.now,
        );
    }
}

/// The sentence that tells the admin what to compare, with the signer's thumbprint to copy.
fn signed_by(ui: &mut Ui, cx: &mut Cx<'_>, thumbprint: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.label(
            "Signature valid: the file has not been changed since it was signed by certificate ",
        );
        ui.label(RichText::new(thumbprint).monospace().strong());
        ui.label(
            "; compare this thumbprint with the one on the Entra app's SAML Certificates page.",
        );
        ui.add_space(8.0);
        let what = "thumbprint";
        if widgets::copy_button(ui, what, cx.copied(what)) {
            cx.request(Request::Copy {
                what: what.into(),
                text: thumbprint.into(),
            });
        }
    });
}

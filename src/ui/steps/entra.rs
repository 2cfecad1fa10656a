//! Step 2: the Entra federation metadata.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::findings::{About, Code, Severity};
use crate::core::signature::SignatureStatus;
use crate::ui::{Request, widgets};
use crate::wizard::{Action, CompareSource, Comparison, Progress, Slot};

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
    ui.add_space(12.0);
    compare(ui, cx);
}

/// "Compare with another version…": the federation metadata TOPdesk has (a file, a bundle
/// folder or an address) against the one loaded here, side by side.
fn compare(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.strong("Compare with another version");
    ui.label(
        RichText::new("Before a certificate rollover: the file TOPdesk has now (or an exported bundle folder, or an https:// address) against the one loaded here.")
            .weak(),
    );
    ui.horizontal(|ui| {
        if cx.view.dialogs_available && ui.button("Compare with another version…").clicked() {
            cx.request(Request::CompareDialog);
        }
        let label = ui.label("Other version");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut cx.view.compare_with)
                    .hint_text("file path or https://…")
                    .desired_width(ui.available_width() - 90.0),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let text = cx.view.compare_with.trim().to_owned();
        if (ui.button("Compare").clicked() || enter) && !text.is_empty() {
            let source = match crate::core::fetch::as_url(&text) {
                Some(url) => CompareSource::Url(url.to_owned()),
                None => CompareSource::Path(text.into()),
            };
            cx.act(Action::Compare(source));
        }
    });
    match &cx.wizard.comparison {
        Progress::Idle => {}
        Progress::Running => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Comparing…");
                if ui.button("Cancel").clicked() {
                    cx.act(Action::CloseComparison);
                }
            });
        }
        Progress::Failed(why) => {
            let color = widgets::severity_color(ui, Severity::Error);
            widgets::status_line(ui, color, why.as_str());
        }
        Progress::Done(c) => {
            comparison(ui, c);
            if ui.button("Close comparison").clicked() {
                cx.act(Action::CloseComparison);
            }
        }
    }
}

/// The verdict, then the certificates and changed values side by side.
fn comparison(ui: &mut Ui, c: &Comparison) {
    let d = &c.diff;
    let color = if d.action_needed {
        widgets::severity_color(ui, Severity::Warning)
    } else {
        widgets::ok_color(ui)
    };
    ui.add_space(6.0);
    widgets::status_line(ui, color, RichText::new(&d.verdict).strong());
    let from = c
        .origin
        .as_ref()
        .map_or_else(|| c.other.clone(), crate::core::fetch::Origin::line);
    ui.label(RichText::new(format!("Other version: {from}")).weak());
    ui.add_space(6.0);
    let headers = [
        "Signing certificate",
        "Other version",
        "Loaded here",
        "Signs",
        "Valid until",
    ];
    table(ui, "compare-certs", &headers, |ui| {
        for (list, old, new) in [
            (&d.kept, "listed", "listed"),
            (&d.added, "—", "added"),
            (&d.removed, "listed", "removed"),
        ] {
            for cert in list {
                // The thumbprint, as Entra's SAML Certificates page shows it; the name on hover.
                ui.label(RichText::new(&cert.sha1_thumbprint).monospace())
                    .on_hover_text(&cert.label);
                ui.label(old);
                ui.label(new);
                ui.label(if cert.signs { "signs" } else { "" });
                ui.label(cert.not_after.date().to_string());
                ui.end_row();
            }
        }
    });
    if d.changes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    let headers = ["Changed", "Other version", "Loaded here"];
    table(ui, "compare-values", &headers, |ui| {
        for change in &d.changes {
            ui.label(change.what);
            ui.label(RichText::new(&change.old).monospace());
            ui.label(RichText::new(&change.new).monospace());
            ui.end_row();
        }
    });
}

/// A striped table with a header row; `rows` adds the rest.
fn table(ui: &mut Ui, id: &str, headers: &[&str], rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(headers.len())
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for h in headers {
                ui.label(RichText::new(*h).weak());
            }
            ui.end_row();
            rows(ui);
        });
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

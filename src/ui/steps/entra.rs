//! Step 2: the Entra federation metadata.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::findings::{About, Code, Severity};
use crate::core::i18n;
use crate::core::signature::SignatureStatus;
use crate::tr;
use crate::ui::{Request, widgets};
use crate::wizard::{Action, CompareSource, Comparison, Progress, Slot};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    cx.zone(
        ui,
        Slot::Idp,
        &tr!("term-entra-metadata"),
        &tr!("steps-entra-zone-hint"),
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
    let facts = [
        (tr!("term-tenant"), idp.tenant_id.as_deref().unwrap_or("—")),
        (tr!("steps-entra-identifier"), idp.entity_id.as_str()),
        (
            tr!("steps-entra-login-url"),
            idp.sso_url.as_deref().unwrap_or("—"),
        ),
    ];
    // The names in a column as wide as the longest in this language; a value too long for the
    // rest of the line wraps instead of running off the window.
    let names: Vec<_> = facts.iter().map(|(k, _)| RichText::new(k).weak()).collect();
    let name_width = names
        .iter()
        .map(|k| {
            egui::WidgetText::from(k.clone())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    for (name, (_, value)) in names.into_iter().zip(facts) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 16.0;
            ui.scope(|ui| {
                ui.set_min_width(name_width);
                ui.label(name);
            });
            widgets::value_label(ui, RichText::new(value).monospace());
        });
    }
    ui.add_space(6.0);
    let signature = report.signature.as_ref();
    match (
        signature.map(|s| s.status),
        signature.and_then(|s| s.signed_by.as_deref()),
    ) {
        (Some(SignatureStatus::Valid), Some(thumbprint)) => {
            signed_by(ui, cx, thumbprint, idp.kind.signer_page());
        }
        (Some(SignatureStatus::Invalid), _) => {
            ui.label(tr!("steps-entra-signature-invalid"));
        }
        (Some(SignatureStatus::Valid), None) => {
            ui.label(tr!("steps-entra-signature-valid"));
        }
        _ => {
            ui.label(tr!("steps-entra-signature-none"));
        }
    }
    ui.add_space(8.0);
    ui.strong(tr!("term-signing-certs"));
    for c in idp.saml_certs() {
        widgets::cert_card(
            ui,
            &c.info,
            &if c.active {
                tr!("steps-entra-active")
            } else {
                String::new()
            },
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
    ui.strong(tr!("steps-entra-compare-heading"));
    ui.label(RichText::new(tr!("steps-entra-compare-hint")).weak());
    ui.horizontal(|ui| {
        if cx.view.dialogs_available && ui.button(tr!("steps-entra-compare-dialog")).clicked() {
            cx.request(Request::CompareDialog);
        }
        let label = ui.label(tr!("steps-entra-other-version"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut cx.view.compare_with)
                    .hint_text(tr!("steps-entra-compare-field-hint"))
                    .desired_width(ui.available_width() - 90.0),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let text = cx.view.compare_with.trim().to_owned();
        if (ui.button(tr!("steps-entra-compare")).clicked() || enter) && !text.is_empty() {
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
                ui.label(tr!("steps-entra-comparing"));
                if ui.button(tr!("ui-cancel")).clicked() {
                    cx.act(Action::CloseComparison);
                }
            });
        }
        Progress::Failed(why) => {
            let color = widgets::severity_color(ui, Severity::Error);
            widgets::status_line(ui, color, why.to_string());
        }
        Progress::Done(c) => {
            comparison(ui, c);
            if ui.button(tr!("steps-entra-close-comparison")).clicked() {
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
    widgets::status_line(ui, color, RichText::new(d.verdict.to_string()).strong());
    let from = c
        .origin
        .as_ref()
        .map_or_else(|| c.other.clone(), |o| o.line().to_string());
    ui.label(RichText::new(tr!("steps-entra-other-version-from", from)).weak());
    ui.add_space(6.0);
    let other = tr!("steps-entra-other-version");
    let here = tr!("steps-entra-col-here");
    let headers = [
        tr!("steps-entra-col-certificate"),
        other.clone(),
        here.clone(),
        tr!("steps-entra-col-signs"),
        tr!("steps-entra-col-until"),
    ];
    let (listed, signs) = (tr!("steps-entra-listed"), tr!("steps-entra-signs"));
    table(ui, "compare-certs", &headers, |ui| {
        for (list, old, new) in [
            (&d.kept, listed.clone(), listed.clone()),
            (&d.added, "—".to_owned(), tr!("steps-entra-added")),
            (&d.removed, listed.clone(), tr!("steps-entra-removed")),
        ] {
            for cert in list {
                // The thumbprint, as Entra's SAML Certificates page shows it; the name on hover.
                ui.label(RichText::new(&cert.sha1_thumbprint).monospace())
                    .on_hover_text(&cert.label);
                ui.label(&old);
                ui.label(&new);
                ui.label(if cert.signs { signs.as_str() } else { "" });
                ui.label(i18n::date(cert.not_after.date()));
                ui.end_row();
            }
        }
    });
    if d.changes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    let headers = [tr!("steps-entra-col-changed"), other, here];
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
fn table(ui: &mut Ui, id: &str, headers: &[String], rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(headers.len())
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for h in headers {
                ui.label(RichText::new(h).weak());
            }
            ui.end_row();
            rows(ui);
        });
}

/// The sentence that tells the admin what to compare, with the signer's thumbprint to copy.
fn signed_by(ui: &mut Ui, cx: &mut Cx<'_>, thumbprint: &str, kind: &str) {
    // One sentence per language; the thumbprint inside it stands out, wherever the language
    // puts it.
    let sentence = tr!("steps-entra-signed-by", thumbprint, kind);
    let (before, after) = sentence
        .split_once(thumbprint)
        .unwrap_or((sentence.as_str(), ""));
    // One label, so the sentence wraps as a whole in any language.
    let mut job = egui::text::LayoutJob::default();
    for part in [
        RichText::new(before),
        RichText::new(thumbprint).monospace().strong(),
        RichText::new(after),
    ] {
        part.append_to(
            &mut job,
            ui.style(),
            egui::FontSelection::Default,
            egui::Align::Center,
        );
    }
    // The copy button below it: inside the sentence's rectangle the text would take its clicks.
    ui.add(egui::Label::new(job).wrap());
    let what = tr!("steps-entra-thumbprint");
    if widgets::copy_button(ui, &what, cx.copied(&what)) {
        cx.request(Request::Copy {
            what,
            text: thumbprint.into(),
        });
    }
}

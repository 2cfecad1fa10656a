//! Step 4: the TOPdesk server's certificate and private key — loaded, unlocked, or generated.

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Cx;
use crate::core::findings::{About, Code, Severity};
use crate::ui::widgets;
use crate::wizard::{Action, KeygenSettings, PairBlock, Progress, Slot};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.label("TOPdesk's \"Certificate (RSA)\" and \"Private key\" are the TOPdesk server's own pair, not Entra's certificate. One PFX or PEM file holding both is fine.");
    ui.add_space(6.0);
    ui.columns(2, |cols| {
        cx.zone(
            &mut cols[0],
            Slot::Cert,
            "Certificate",
            "Drop the TOPdesk certificate (PEM, CER, DER, PFX).",
        );
        cx.zone(
            &mut cols[1],
            Slot::Key,
            "Private key",
            "Drop the private key (PEM, DER, PKCS#8, PKCS#1, PFX).",
        );
    });
    if matches!(cx.wizard.pair_block, Some(PairBlock::Password { .. })) {
        password(ui, cx);
    }
    generate(ui, cx);

    ui.add_space(8.0);
    widgets::findings(ui, cx.wizard.findings(Some(About::Pair)));
    if cx
        .wizard
        .findings(Some(About::Pair))
        .any(|f| f.code == Code::CertIsEntra)
    {
        ui.label(RichText::new("This is Entra's certificate. Microsoft's tutorial says to put it here, but Entra keeps its private key: no key you have will ever match it. Use TOPdesk's own certificate and key, or click \"Generate new key pair…\" above.").color(widgets::severity_color(ui, Severity::Error)));
    }
    let Some(pair) = cx.wizard.report().and_then(|r| r.pair.as_ref()) else {
        return;
    };
    if let Some(c) = &pair.certificate {
        widgets::cert_card(ui, c, "", true, cx.now);
    }
}

/// The masked field for the one file that asked for a password. It takes the focus when it
/// appears and keeps it after a wrong attempt.
fn password(ui: &mut Ui, cx: &mut Cx<'_>) {
    // What to type, or that the last try was wrong, is the step's verdict just above.
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = ui.label("Password");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut *cx.view.password)
                    .password(true)
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let unlock = ui.button("Unlock").clicked() || enter;
        // Focus on first sight, and back after each attempt (a wrong one keeps the field ready).
        let id = field.id;
        let first = ui.memory(|m| m.data.get_temp::<bool>(id).is_none());
        if first || unlock {
            field.request_focus();
            ui.memory_mut(|m| m.data.insert_temp(id, true));
        }
        if unlock {
            let typed = std::mem::replace(&mut cx.view.password, Zeroizing::new(String::new()));
            cx.act(Action::SetPassword(typed));
        }
    });
    ui.label(
        RichText::new("The password opens this one file and is forgotten when the file is removed or replaced; it is never stored.")
            .weak(),
    );
}

fn generate(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.add_space(8.0);
    egui::CollapsingHeader::new("Generate new key pair…")
        .default_open(cx.wizard.cert.is_none() && cx.wizard.key.is_none())
        .show(ui, |ui| {
            ui.label("Makes a new RSA key and a self-signed certificate for the TOPdesk server. Upload both in TOPdesk (replacing its current pair), then give Entra TOPdesk's new SP metadata if assertions are encrypted.");
            let mut host = cx.wizard.keygen.host.clone();
            if widgets::labelled_text(ui, "TOPdesk host name", &mut host, "acme.topdesk.net").changed() {
                cx.act(Action::SetKeygenHost(host));
            }
            ui.horizontal(|ui| {
                let label = ui.label("Key size");
                let mut bits = cx.wizard.keygen.bits;
                egui::ComboBox::from_id_salt("bits")
                    .selected_text(format!("{bits} bits"))
                    .show_ui(ui, |ui| {
                        for b in [2048, 3072, 4096] {
                            ui.selectable_value(&mut bits, b, format!("{b} bits"));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if bits != cx.wizard.keygen.bits {
                    cx.act(Action::SetKeygenBits(bits));
                }
                days(ui, cx);
            });
            ui.horizontal(|ui| {
                let running = cx.wizard.keygen_progress == Progress::Running;
                if ui.add_enabled(!running, egui::Button::new("Generate")).clicked() {
                    cx.act(Action::Generate);
                }
                match &cx.wizard.keygen_progress {
                    Progress::Running => {
                        ui.spinner();
                        ui.label("Generating…");
                    }
                    Progress::Failed(e) => {
                        ui.label(RichText::new(e).color(widgets::severity_color(ui, Severity::Error)));
                    }
                    Progress::Done(()) => {
                        let color = widgets::ok_color(ui);
                        widgets::status_line(ui, color, "Generated and loaded above");
                    }
                    Progress::Idle => {}
                }
            });
        });
}

/// Validity in days: a plain text field (1 to 3650), taken while typing when it is a number.
fn days(ui: &mut Ui, cx: &mut Cx<'_>) {
    let label = ui.label("Valid for (days)");
    let days = cx.wizard.keygen.days;
    let text = cx.view.days_text.get_or_insert_with(|| days.to_string());
    let field = ui
        .add(egui::TextEdit::singleline(text).desired_width(70.0))
        .labelled_by(label.id);
    let typed = text.trim().parse::<u32>().ok();
    if field.changed()
        && let Some(d) = typed.filter(|d| KeygenSettings::DAYS.contains(d))
    {
        cx.act(Action::SetKeygenDays(d));
    }
    if field.lost_focus() {
        cx.view.days_text = None; // shows the value in force again
    }
    if typed.is_none_or(|d| !KeygenSettings::DAYS.contains(&d)) {
        ui.label(RichText::new("1 to 3650").color(widgets::severity_color(ui, Severity::Warning)));
    }
}

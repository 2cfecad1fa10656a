//! Step 4: the TOPdesk server's certificate and private key — loaded, unlocked, or generated.

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Cx;
use crate::core::findings::{About, Code, Severity};
use crate::core::pair::PairStatus;
use crate::ui::widgets;
use crate::wizard::{Action, Progress, Slot};

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
    if let Some(slot) = cx.wizard.password_needed {
        password(ui, cx, slot);
    }
    generate(ui, cx);

    let Some(pair) = cx.wizard.report().and_then(|r| r.pair.as_ref()) else {
        return;
    };
    ui.add_space(10.0);
    let (text, color) = match pair.status {
        PairStatus::Match => (
            "The certificate and the key belong together",
            widgets::ok_color(ui),
        ),
        PairStatus::Mismatch => (
            "The key does not belong to this certificate",
            widgets::severity_color(ui, Severity::Error),
        ),
        PairStatus::Incomplete if pair.key.is_some() && pair.certificate.is_some() => (
            "This key type cannot be used; TOPdesk needs RSA",
            widgets::severity_color(ui, Severity::Error),
        ),
        PairStatus::Incomplete => (
            "Give both the certificate and its key",
            ui.visuals().weak_text_color(),
        ),
    };
    widgets::status_line(ui, color, RichText::new(text).size(20.0).strong());
    if cx
        .wizard
        .findings(Some(About::Pair))
        .any(|f| f.code == Code::CertIsEntra)
    {
        ui.label(RichText::new("This is Entra's certificate. Microsoft's tutorial says to put it here, but Entra keeps its private key: no key you have will ever match it. Use TOPdesk's own certificate and key, or click \"Generate new key pair…\" below.").color(widgets::severity_color(ui, Severity::Error)));
    }
    if let Some(k) = &pair.key {
        ui.label(format!(
            "Private key: {} {}, {}{}",
            k.algorithm,
            k.bits.map_or_else(String::new, |b| format!("{b} bits")),
            k.format.label(),
            if k.encrypted {
                ", password-protected (the export writes it unencrypted, as TOPdesk asks)"
            } else {
                ""
            }
        ));
    }
    if let Some(c) = &pair.certificate {
        widgets::cert_card(ui, c, "", cx.now);
    }
    ui.add_space(8.0);
    ui.strong("Checks");
    widgets::findings(ui, cx.wizard.findings(Some(About::Pair)));
}

fn password(ui: &mut Ui, cx: &mut Cx<'_>, slot: Slot) {
    ui.add_space(8.0);
    let wrong = !cx.wizard.password.is_empty();
    let what = if slot == Slot::Cert {
        "certificate file"
    } else {
        "key file"
    };
    let msg = if wrong {
        format!("That password does not open the {what}. Try again.")
    } else {
        format!("The {what} is protected by a password.")
    };
    ui.label(RichText::new(msg).color(widgets::severity_color(
        ui,
        if wrong {
            Severity::Error
        } else {
            Severity::Warning
        },
    )));
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
        if ui.button("Unlock").clicked() || enter {
            let typed = std::mem::replace(&mut cx.view.password, Zeroizing::new(String::new()));
            cx.act(Action::SetPassword(typed));
        }
    });
    ui.label(
        RichText::new("The password is used once to open the file and is never stored.")
            .weak()
            .small(),
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
                let label = ui.label("Valid for (days)");
                let mut days = cx.wizard.keygen.days;
                if ui.add(egui::DragValue::new(&mut days).range(1..=3650)).labelled_by(label.id).changed() {
                    cx.act(Action::SetKeygenDays(days));
                }
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
                        widgets::status_line(ui, color, "Generated and loaded below");
                    }
                    Progress::Idle => {}
                }
            });
        });
}

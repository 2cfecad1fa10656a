//! Step 4: the TOPdesk server's certificate and private key — loaded, unlocked, or generated.

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Cx;
use crate::core::findings::{About, Code, Severity};
use crate::tr;
use crate::ui::widgets;
use crate::wizard::{Action, KeygenSettings, PairBlock, Progress, Slot};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.label(tr!("steps-keypair-intro"));
    ui.add_space(6.0);
    let zones = [
        (
            Slot::Cert,
            tr!("steps-keypair-cert-zone"),
            tr!("steps-keypair-cert-hint"),
        ),
        (
            Slot::Key,
            tr!("term-private-key"),
            tr!("steps-keypair-key-hint"),
        ),
    ];
    // Side by side where both fit (a zone's path row is as long as its title makes it, and German
    // titles are long); one above the other in a narrow window.
    if ui.available_width() >= 760.0 {
        ui.columns(2, |cols| {
            for (col, (slot, title, hint)) in cols.iter_mut().zip(&zones) {
                cx.zone(col, *slot, title, hint);
            }
        });
    } else {
        for (slot, title, hint) in &zones {
            cx.zone(ui, *slot, title, hint);
        }
    }
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
        ui.label(
            RichText::new(tr!("steps-keypair-cert-is-entra"))
                .color(widgets::severity_color(ui, Severity::Error)),
        );
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
        let label = ui.label(tr!("steps-keypair-password"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut *cx.view.password)
                    .password(true)
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let unlock = ui.button(tr!("steps-keypair-unlock")).clicked() || enter;
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
    ui.label(RichText::new(tr!("steps-keypair-password-note")).weak());
}

fn generate(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.add_space(8.0);
    // The id stays when the language changes, and with it whether the section is open.
    egui::CollapsingHeader::new(tr!("steps-keypair-generate-header"))
        .id_salt("generate-key-pair")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(tr!("steps-keypair-generate-intro"));
            let mut host = cx.wizard.keygen.host.clone();
            if widgets::labelled_text(
                ui,
                &tr!("steps-keypair-host"),
                &mut host,
                "acme.topdesk.net",
            )
            .changed()
            {
                cx.act(Action::SetKeygenHost(host));
            }
            ui.horizontal(|ui| {
                let label = ui.label(tr!("steps-keypair-key-size"));
                let mut bits = cx.wizard.keygen.bits;
                egui::ComboBox::from_id_salt("bits")
                    .selected_text(tr!("steps-keypair-bits", bits))
                    .show_ui(ui, |ui| {
                        for b in [2048, 3072, 4096] {
                            ui.selectable_value(&mut bits, b, tr!("steps-keypair-bits", bits = b));
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
                let label = if cx.wizard.keygen.replace_asked {
                    tr!("steps-keypair-generate-replace")
                } else {
                    tr!("steps-keypair-generate")
                };
                if ui.add_enabled(!running, egui::Button::new(label)).clicked() {
                    cx.act(Action::Generate);
                }
                match &cx.wizard.keygen_progress {
                    Progress::Running => {
                        ui.spinner();
                        ui.label(tr!("steps-keypair-generating"));
                    }
                    Progress::Failed(e) => {
                        ui.label(
                            RichText::new(e.to_string())
                                .color(widgets::severity_color(ui, Severity::Error)),
                        );
                    }
                    Progress::Done(()) => {
                        let color = widgets::ok_color(ui);
                        widgets::status_line(ui, color, tr!("steps-keypair-generated"));
                    }
                    Progress::Idle => {}
                }
            });
        });
}

/// Validity in days: a plain text field (1 to 3650), taken while typing when it is a number.
fn days(ui: &mut Ui, cx: &mut Cx<'_>) {
    let label = ui.label(tr!("steps-keypair-valid-days"));
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
        ui.label(
            RichText::new(tr!("steps-keypair-days-range"))
                .color(widgets::severity_color(ui, Severity::Warning)),
        );
    }
}

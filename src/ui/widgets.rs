//! Building blocks shared by the steps: drop zones, findings, copy rows, certificate cards.

use egui::{Color32, RichText, Ui};

use crate::core::cert::{CertInfo, Validity};
use crate::core::findings::{Finding, Severity};
use crate::wizard::{LoadedFile, Notice, StepStatus};

/// Colours that read in light and dark mode.
#[must_use]
pub fn severity_color(ui: &Ui, severity: Severity) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match (severity, dark) {
        (Severity::Error, true) => Color32::from_rgb(0xff, 0x6b, 0x6b),
        (Severity::Error, false) => Color32::from_rgb(0xb0, 0x1c, 0x1c),
        (Severity::Warning, true) => Color32::from_rgb(0xff, 0xc1, 0x4d),
        (Severity::Warning, false) => Color32::from_rgb(0x9a, 0x5b, 0x00),
        (Severity::Info, _) => ui.visuals().weak_text_color(),
    }
}

#[must_use]
pub fn ok_color(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0x6b, 0xd9, 0x8a)
    } else {
        Color32::from_rgb(0x1b, 0x7a, 0x3a)
    }
}

#[must_use]
pub fn status_color(ui: &Ui, status: StepStatus) -> Color32 {
    match status {
        StepStatus::Todo => ui.visuals().weak_text_color(),
        StepStatus::Done => ok_color(ui),
        StepStatus::Warning => severity_color(ui, Severity::Warning),
        StepStatus::Error => severity_color(ui, Severity::Error),
    }
}

/// A small coloured dot (hollow: nothing yet), painted so no icon font is needed.
pub fn dot(ui: &mut Ui, color: Color32, filled: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 14.0), egui::Sense::hover());
    if filled {
        ui.painter().circle_filled(rect.center(), 4.5, color);
    } else {
        ui.painter()
            .circle_stroke(rect.center(), 4.0, egui::Stroke::new(1.5, color));
    }
}

/// A dot and a line of text in the same colour.
pub fn status_line(ui: &mut Ui, color: Color32, text: impl Into<RichText>) {
    ui.horizontal_wrapped(|ui| {
        dot(ui, color, true);
        ui.label(text.into().color(color));
    });
}

/// What the admin did with a drop zone.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // independent facts of one frame, not a state machine
pub struct ZoneClicks {
    pub open: bool,
    pub paste: bool,
    pub remove: bool,
    /// The zone has keyboard focus (Ctrl+V pastes into it).
    pub focused: bool,
}

/// A large drop zone with `Open file…` and `Paste`, showing what is loaded.
pub fn drop_zone(
    ui: &mut Ui,
    title: &str,
    hint: &str,
    file: Option<&LoadedFile>,
    files_hovering: bool,
) -> ZoneClicks {
    let mut clicks = ZoneClicks::default();
    let stroke_color = if files_hovering {
        ui.visuals().selection.stroke.color
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke.color
    };
    let frame = egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(
            if files_hovering { 2.0 } else { 1.0 },
            stroke_color,
        ))
        .inner_margin(egui::Margin::same(14));
    let inner = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.strong(title);
            if let Some(f) = file {
                let color = ok_color(ui);
                dot(ui, color, true);
                ui.label(RichText::new(&f.name).color(color));
            }
        });
        match file {
            Some(f) => {
                ui.label(&f.description);
                if let Some(p) = &f.path {
                    ui.label(RichText::new(p.display().to_string()).small().weak());
                }
            }
            None => {
                ui.label(
                    RichText::new(if files_hovering {
                        "Drop the file here"
                    } else {
                        hint
                    })
                    .weak(),
                );
            }
        }
        ui.horizontal(|ui| {
            clicks.open = ui.button("Open file…").clicked();
            clicks.paste = ui
                .button("Paste")
                .on_hover_text("Paste XML or PEM text from the clipboard (Ctrl+V)")
                .clicked();
            if file.is_some() {
                clicks.remove = ui.button("Remove").clicked();
            }
        });
    });
    let zone = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("zone", title)),
        egui::Sense::focusable_noninteractive(),
    );
    zone.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, title));
    clicks.focused = zone.has_focus() || inner.response.contains_pointer();
    clicks
}

/// Messages raised where they arose (a file that could not be used, a moved file).
pub fn notices<'a>(ui: &mut Ui, notices: impl IntoIterator<Item = &'a Notice>) {
    for n in notices {
        let color = severity_color(ui, n.severity);
        status_line(ui, color, &n.text);
    }
}

/// Findings grouped by severity, each with its fix.
pub fn findings<'a>(ui: &mut Ui, findings: impl IntoIterator<Item = &'a Finding>) {
    let mut any = false;
    for f in findings {
        any = true;
        let color = severity_color(ui, f.severity);
        ui.horizontal_wrapped(|ui| {
            dot(ui, color, true);
            ui.label(
                RichText::new(&f.message).color(if f.severity == Severity::Info {
                    ui.visuals().text_color()
                } else {
                    color
                }),
            );
        });
        ui.indent(("fix", f.code.as_str(), &f.message), |ui| {
            ui.label(RichText::new(format!("Fix: {}", f.fix)).weak());
            ui.label(RichText::new(f.code.as_str()).small().weak());
        });
        ui.add_space(4.0);
    }
    if !any {
        let color = ok_color(ui);
        status_line(ui, color, "No problems found.");
    }
}

/// One value to copy into Entra, with a `Copy` button that says "Copied" for a moment.
/// Returns true when clicked.
pub fn copy_row(ui: &mut Ui, label: &str, value: &str, copied: bool) -> bool {
    let mut clicked = false;
    ui.horizontal(|ui| {
        ui.add_sized(
            [190.0, 20.0],
            egui::Label::new(RichText::new(label).strong()),
        );
        let button = ui.add_sized(
            [80.0, 20.0],
            egui::Button::new(if copied { "Copied" } else { "Copy" }),
        );
        let name = format!("{} {label}", if copied { "Copied" } else { "Copy" });
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        clicked = button.clicked();
        ui.add(egui::Label::new(RichText::new(value).monospace()).wrap());
    });
    clicked
}

/// Subject, validity, key size and fingerprints of one certificate.
pub fn cert_card(ui: &mut Ui, c: &CertInfo, tag: &str, now: time::OffsetDateTime) {
    let (state, color) = match c.validity(now) {
        Validity::Valid => ("valid".to_owned(), ok_color(ui)),
        Validity::ExpiringSoon { days_left } => (
            format!("expires in {days_left} days"),
            severity_color(ui, Severity::Warning),
        ),
        Validity::Expired => ("expired".to_owned(), severity_color(ui, Severity::Error)),
        Validity::NotYetValid => (
            "not yet valid".to_owned(),
            severity_color(ui, Severity::Warning),
        ),
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.strong(c.label());
            if !tag.is_empty() {
                ui.label(RichText::new(tag).strong().color(ok_color(ui)));
            }
            ui.label(RichText::new(state).color(color));
        });
        // Rows rather than a grid, so the long fingerprint wraps instead of widening the page.
        let row = |ui: &mut Ui, k: &str, v: String| {
            ui.horizontal(|ui| {
                ui.add_sized([150.0, 16.0], egui::Label::new(RichText::new(k).weak()));
                ui.add(egui::Label::new(RichText::new(v).monospace()).wrap());
            });
        };
        row(
            ui,
            "Valid",
            format!("{} to {}", c.not_before.date(), c.not_after.date()),
        );
        row(
            ui,
            "Key",
            format!(
                "{} {}",
                c.key_algorithm,
                c.key_bits.map_or_else(String::new, |b| format!("{b} bits"))
            ),
        );
        row(ui, "Thumbprint (SHA-1)", c.sha1_thumbprint.clone());
        row(ui, "SHA-256", c.sha256_fingerprint.clone());
    });
}

/// A label above an input, wired for screen readers (and tests) with `labelled_by`.
pub fn labelled_text(ui: &mut Ui, label: &str, value: &mut String, hint: &str) -> egui::Response {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(value)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id)
}

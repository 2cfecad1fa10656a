//! Step 7: a captured login judged against the setup: how to capture, the verdict in large
//! type, each check (received, expected, `Copy`), the findings and the decoded XML.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::diagnose::Message;
use crate::core::i18n;
use crate::tr;
use crate::ui::{Request, widgets};
use crate::wizard::{Action, StepStatus};

/// The ways to capture a login: the messages naming each and saying how.
const HOW_TO: [(&str, &str); 3] = [
    ("steps-test-how-devtools-name", "steps-test-how-devtools"),
    ("steps-test-how-tracer-name", "steps-test-how-tracer"),
    ("steps-test-how-entra-name", "steps-test-how-entra"),
];

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let loaded = cx.wizard.login_test.capture.is_some();
    // The id stays when the language changes, and with it whether the section is open; it
    // folds away when a capture arrives (and opens when it goes).
    let mut how = egui::CollapsingHeader::new(tr!("steps-test-how-heading"))
        .id_salt("how-to-capture")
        .default_open(!loaded);
    if cx.view.capture_shown != loaded {
        cx.view.capture_shown = loaded;
        how = how.open(Some(!loaded));
    }
    how.show(ui, |ui| {
        for (way, how) in HOW_TO {
            ui.horizontal_wrapped(|ui| {
                ui.strong(i18n::tr(way, &[]));
                ui.label(i18n::tr(how, &[]));
            });
        }
        ui.label(RichText::new(tr!("steps-test-privacy")).weak());
    });
    ui.add_space(6.0);
    zone(ui, cx);
    let Some(d) = cx.wizard.diagnosis() else {
        return;
    };
    judge_at(ui, cx);
    ui.add_space(10.0);
    let color = widgets::status_color(ui, cx.wizard.verdict(cx.wizard.step).status);
    let headline = cx.wizard.test_login_headline().unwrap_or_default();
    ui.label(
        RichText::new(headline.to_string())
            .size(24.0)
            .strong()
            .color(color),
    );
    if d.messages.len() > 1 {
        ui.add_space(6.0);
        ui.strong(tr!("steps-test-messages", count = d.messages.len()));
        for (i, m) in d.messages.iter().enumerate() {
            let number = i + 1;
            let label = match m {
                Message::Response(r) => {
                    tr!(
                        "steps-test-response",
                        number,
                        id = r.id.as_deref().unwrap_or("")
                    )
                }
                Message::Request(r) => {
                    tr!(
                        "steps-test-request",
                        number,
                        id = r.id.as_deref().unwrap_or("")
                    )
                }
                Message::Error(e) => tr!("steps-test-entra-error", number, code = &e.code),
            };
            if ui
                .selectable_label(cx.wizard.login_test.selected == i, label)
                .clicked()
            {
                cx.act(Action::SelectMessage(i));
            }
        }
    }
    ui.add_space(8.0);
    checks(ui, cx);
    ui.add_space(8.0);
    widgets::findings(ui, cx.wizard.message_findings());
    xml(ui, cx);
}

/// An assertion out of its window by this computer's clock can be judged as of the capture's
/// time (what `--now` does on the command line), and back.
fn judge_at(ui: &mut Ui, cx: &mut Cx<'_>) {
    if let Some(at) = cx.wizard.login_test.judge_at {
        let (date, time) = i18n::date_and_time(at);
        let moment = crate::msg!("moment-utc", date, time);
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("steps-test-judged-at", moment));
            if ui.button(tr!("steps-test-judge-by-clock")).clicked() {
                cx.act(Action::JudgeAtCaptureTime(false));
            }
        });
    } else if cx.wizard.offers_capture_time()
        && ui.button(tr!("steps-test-judge-at-capture")).clicked()
    {
        cx.act(Action::JudgeAtCaptureTime(true));
    }
}

fn zone(ui: &mut Ui, cx: &mut Cx<'_>) {
    let opener = if cx.view.dialogs_available {
        widgets::Opener::Dialog
    } else {
        widgets::Opener::PathField(&mut cx.view.capture_path)
    };
    let clicks = widgets::drop_zone(
        ui,
        &tr!("steps-test-zone"),
        &tr!("steps-test-zone-hint"),
        cx.wizard
            .login_test
            .capture
            .as_ref()
            .map(|c| (c, cx.wizard.capture_status())),
        cx.files_hovering,
        opener,
        None,
    );
    if let Some(path) = clicks.open_path {
        cx.act(Action::Open {
            path: path.trim().into(),
            target: None,
        });
    }
    if clicks.open {
        cx.request(Request::OpenCaptureDialog);
    }
    if clicks.paste {
        cx.request(Request::PasteCapture);
    }
    if clicks.remove {
        cx.act(Action::ClearCapture);
    }
}

fn checks(ui: &mut Ui, cx: &mut Cx<'_>) {
    let rows = cx.wizard.check_rows();
    // Check names and the Copy column are narrow; the two values share the rest.
    let value_width = ((ui.available_width() - 130.0 - 90.0 - 36.0) / 2.0).max(160.0);
    let cell = |ui: &mut Ui, text: RichText| {
        ui.scope(|ui| {
            ui.set_width(value_width);
            widgets::value_label(ui, text);
        });
    };
    egui::Grid::new("login-checks")
        .num_columns(4)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for h in [
                tr!("steps-test-col-check"),
                tr!("steps-test-col-received"),
                tr!("steps-test-col-expected"),
                String::new(),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for row in rows {
                let color = match row.ok {
                    Some(true) => widgets::ok_color(ui),
                    Some(false) => widgets::status_color(ui, StepStatus::Error),
                    None => ui.visuals().text_color(),
                };
                ui.horizontal(|ui| {
                    if let Some(ok) = row.ok {
                        widgets::dot(ui, color, ok);
                    }
                    ui.label(row.check.to_string());
                });
                // The value, then (muted) how far a signature vouches for it.
                ui.scope(|ui| {
                    ui.set_width(value_width);
                    ui.vertical(|ui| {
                        widgets::value_label(
                            ui,
                            RichText::new(row.received.to_string()).color(color),
                        );
                        if let Some(note) = &row.note {
                            ui.add(
                                egui::Label::new(RichText::new(note.to_string()).weak().small())
                                    .wrap(),
                            );
                        }
                    });
                });
                let expected = RichText::new(row.expected.to_string());
                // Nothing to compare with: said in words (muted), never a bare dash.
                cell(
                    ui,
                    if row.copyable {
                        expected
                    } else {
                        expected.weak()
                    },
                );
                if row.copyable {
                    let what = tr!("steps-test-copy-expected", check = &row.check);
                    if widgets::copy_button(ui, &what, cx.copied(&what)) {
                        cx.request(Request::Copy {
                            what,
                            text: row.expected.to_string(),
                        });
                    }
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}

/// The decoded (or decrypted) XML, highlighted, for the admin who wants to see it.
fn xml(ui: &mut Ui, cx: &mut Cx<'_>) {
    let text = match cx.wizard.selected_message() {
        Some(Message::Response(r)) => r.xml.as_str(),
        Some(Message::Request(r)) => r.xml.as_str(),
        _ => return,
    };
    ui.add_space(8.0);
    egui::CollapsingHeader::new(tr!("steps-test-xml"))
        .id_salt("decoded-xml")
        .show(ui, |ui| {
            let what = tr!("steps-test-copy-xml");
            if widgets::copy_button(ui, &what, cx.copied(&what)) {
                cx.request(Request::Copy {
                    what,
                    text: text.to_owned(),
                });
            }
            let pretty = indent(text);
            let mut layouter = |ui: &Ui, s: &dyn egui::TextBuffer, wrap: f32| {
                let mut job = highlight(ui, s.as_str());
                job.wrap.max_width = wrap;
                ui.fonts_mut(|f| f.layout_job(job))
            };
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut pretty.as_str())
                            .code_editor()
                            .desired_width(f32::INFINITY)
                            .layouter(&mut layouter),
                    );
                });
        });
}

/// One element per line, indented (for reading only: the signature was checked on the bytes).
fn indent(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() * 2);
    let mut depth = 0usize;
    let mut rest = xml.trim();
    while let Some(start) = rest.find('<') {
        let text = rest[..start].trim();
        out.push_str(text);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        let closing = tag.starts_with("</");
        let empty = tag.ends_with("/>") || tag.starts_with("<?") || tag.starts_with("<!");
        if closing {
            depth = depth.saturating_sub(1);
        }
        // A closing tag right after its text stays on that line.
        if !out.is_empty() && (!closing || text.is_empty()) {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        }
        out.push_str(tag);
        if !closing && !empty {
            depth += 1;
        }
        rest = &rest[end..];
    }
    out.push_str(rest.trim());
    out
}

/// Tags, attribute names, attribute values and text in their own colours.
fn highlight(ui: &Ui, text: &str) -> egui::text::LayoutJob {
    let mono = egui::TextStyle::Monospace.resolve(ui.style());
    let dark = ui.visuals().dark_mode;
    let (tag, name, value, plain) = if dark {
        (
            egui::Color32::from_rgb(0x7d, 0xb8, 0xff),
            egui::Color32::from_rgb(0xe0, 0xb0, 0x70),
            egui::Color32::from_rgb(0x9c, 0xd6, 0x8a),
            ui.visuals().text_color(),
        )
    } else {
        (
            egui::Color32::from_rgb(0x1a, 0x4f, 0x9c),
            egui::Color32::from_rgb(0x8a, 0x4b, 0x00),
            egui::Color32::from_rgb(0x2b, 0x6e, 0x1e),
            ui.visuals().text_color(),
        )
    };
    let mut job = egui::text::LayoutJob::default();
    let mut push = |s: &str, c: egui::Color32| {
        job.append(s, 0.0, egui::TextFormat::simple(mono.clone(), c));
    };
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        push(&rest[..start], plain);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let inside = &rest[start..end];
        // `<name` then attributes `a="v"`.
        let name_end = inside.find(char::is_whitespace).unwrap_or(inside.len());
        push(&inside[..name_end], tag);
        let mut attrs = &inside[name_end..];
        while let Some(q) = attrs.find('"') {
            let close = attrs[q + 1..].find('"').map_or(attrs.len(), |c| q + 2 + c);
            push(&attrs[..q], name);
            push(&attrs[q..close], value);
            attrs = &attrs[close..];
        }
        push(attrs, tag);
        rest = &rest[end..];
    }
    push(rest, plain);
    job
}

//! Building blocks shared by the steps: drop zones, findings, copy rows, certificate cards.

use egui::{Color32, RichText, Ui};

use super::theme;
use crate::core::cert::{CertInfo, Validity};
use crate::core::findings::{Finding, Severity};
use crate::core::i18n;
use crate::tr;
use crate::wizard::{LoadedFile, Notice, StepStatus, Verdict};

/// The palette of the theme `ui` is drawn in.
fn palette(ui: &Ui) -> &'static theme::Palette {
    theme::palette(ui.visuals().dark_mode)
}

/// Colours that read in light and dark mode (see [`theme`]).
#[must_use]
pub fn severity_color(ui: &Ui, severity: Severity) -> Color32 {
    match severity {
        Severity::Error => palette(ui).error,
        Severity::Warning => palette(ui).warning,
        Severity::Info => ui.visuals().weak_text_color(),
    }
}

#[must_use]
pub fn ok_color(ui: &Ui) -> Color32 {
    palette(ui).ok
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

/// One row of the step list: the status dot and the title, the whole row one click target. A
/// title too long for the row wraps (the row grows) rather than running past its highlight.
pub fn step_row(ui: &mut Ui, text: &str, status: StepStatus, current: bool) -> egui::Response {
    const TEXT_LEFT: f32 = 26.0;
    const PADDING: f32 = 6.0;
    let visuals = ui.visuals().clone();
    let text_color = if current {
        visuals.strong_text_color()
    } else {
        visuals.text_color()
    };
    let width = ui.available_width();
    let galley = ui.painter().layout(
        text.to_owned(),
        egui::TextStyle::Button.resolve(ui.style()),
        text_color,
        width - TEXT_LEFT - PADDING,
    );
    let height = (galley.size().y + 2.0 * PADDING).max(28.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    // A tab is selected, not checked (egui's `WidgetInfo::selected` would say "checked").
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Tab, true, text));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_selected(current));
    let fill = if current {
        Some(visuals.selection.bg_fill)
    } else if response.hovered() {
        Some(visuals.widgets.hovered.weak_bg_fill)
    } else {
        None
    };
    let painter = ui.painter();
    if let Some(fill) = fill {
        painter.rect_filled(rect, 4.0, fill);
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect,
            4.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let color = status_color(ui, status);
    let center = egui::pos2(rect.left() + 14.0, rect.center().y);
    if status == StepStatus::Todo {
        painter.circle_stroke(center, 4.0, egui::Stroke::new(1.5, color));
    } else {
        painter.circle_filled(center, 4.5, color);
    }
    let at = egui::pos2(
        rect.left() + TEXT_LEFT,
        rect.center().y - galley.size().y / 2.0,
    );
    painter.galley(at, galley, text_color);
    response
}

/// A list bullet, painted: a screen reader reads the item, not a "-" before it.
pub fn bullet(ui: &mut Ui) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 14.0), egui::Sense::hover());
    let color = ui.visuals().text_color();
    ui.painter().circle_filled(rect.center(), 2.5, color);
}

/// The step's title, a heading to screen readers (they list and jump to headings).
pub fn heading(ui: &mut Ui, text: &str) -> egui::Response {
    let response = ui.heading(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, text));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_level(1));
    response
}

/// A dot and a line of text in the same colour.
pub fn status_line(ui: &mut Ui, color: Color32, text: impl Into<RichText>) {
    ui.horizontal_wrapped(|ui| {
        dot(ui, color, true);
        ui.label(text.into().color(color));
    });
}

/// What the admin did with a drop zone.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // one flag per button of the zone
pub struct ZoneClicks {
    pub open: bool,
    pub paste: bool,
    pub remove: bool,
    /// A path typed into the fallback field (no file dialog on this system), to open.
    pub open_path: Option<String>,
    /// A URL to fetch (typed into the URL field, then Fetch or Enter).
    pub fetch: Option<String>,
    /// Cancel the running fetch.
    pub cancel: bool,
}

/// The URL row of a metadata zone: the field, or the fetch in progress.
pub struct UrlField<'a> {
    pub text: &'a mut String,
    /// The address being fetched, if a fetch runs.
    pub fetching: Option<&'a str>,
}

/// "Fetched from …" as a sentence.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The metadata URL field with Fetch, or (while fetching) a spinner and Cancel.
fn url_row(ui: &mut Ui, url: &mut UrlField<'_>, clicks: &mut ZoneClicks) {
    ui.horizontal(|ui| {
        if let Some(address) = url.fetching {
            ui.spinner();
            ui.label(tr!("ui-fetching", address));
            clicks.cancel = ui.button(tr!("ui-cancel")).clicked();
            return;
        }
        let label = ui.label(tr!("ui-metadata-url"));
        let fetch = tr!("ui-fetch");
        let field = ui
            .add(
                egui::TextEdit::singleline(url.text)
                    .hint_text("https://…")
                    .desired_width(width_before_button(ui, &fetch)),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(fetch).clicked() || enter) && !url.text.trim().is_empty() {
            clicks.fetch = Some(url.text.trim().to_owned());
        }
    });
}

/// The width left for a text field in a row that ends with a button saying `button` (whose
/// width depends on the language).
fn width_before_button(ui: &Ui, button: &str) -> f32 {
    let text = egui::WidgetText::from(button).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    let spacing = ui.spacing();
    let button_width = text.size().x + 2.0 * spacing.button_padding.x;
    (ui.available_width() - button_width - 2.0 * spacing.item_spacing.x).max(40.0)
}

/// Where a drop zone opens files: a native dialog, or (without one) a typed path.
pub enum Opener<'a> {
    Dialog,
    PathField(&'a mut String),
}

/// A large drop zone with `Open file…` and `Paste`, showing what is loaded.
pub fn drop_zone(
    ui: &mut Ui,
    title: &str,
    hint: &str,
    file: Option<(&LoadedFile, StepStatus)>,
    files_hovering: bool,
    opener: Opener<'_>,
    url: Option<UrlField<'_>>,
) -> ZoneClicks {
    let mut clicks = ZoneClicks::default();
    let opener_is_dialog = matches!(opener, Opener::Dialog);
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
            if let Some((f, status)) = file {
                let color = status_color(ui, status);
                dot(ui, color, status != StepStatus::Todo);
                ui.label(RichText::new(&f.name).color(color));
            }
        });
        match file.map(|(f, _)| f) {
            Some(f) => {
                value_label(ui, f.description.to_string());
                if let Some(p) = &f.path {
                    ui.label(RichText::new(p.display().to_string()).weak());
                }
                if let Some(origin) = &f.origin {
                    value_label(
                        ui,
                        RichText::new(capitalised(&origin.line().to_string())).weak(),
                    );
                }
            }
            None => {
                ui.label(
                    RichText::new(if files_hovering {
                        tr!("ui-drop-here")
                    } else {
                        hint.to_owned()
                    })
                    .weak(),
                );
            }
        }
        if let Opener::PathField(path) = opener {
            ui.horizontal(|ui| {
                let label = ui.label(tr!("ui-zone-path", title));
                let open = tr!("ui-open");
                let field = ui
                    .add(
                        egui::TextEdit::singleline(path)
                            .desired_width(width_before_button(ui, &open)),
                    )
                    .labelled_by(label.id);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let open = zone_button(ui, &open, title);
                if (open.clicked() || enter) && !path.trim().is_empty() {
                    clicks.open_path = Some(std::mem::take(path));
                }
            });
        }
        if let Some(mut url) = url {
            url_row(ui, &mut url, &mut clicks);
        }
        ui.horizontal(|ui| {
            clicks.open =
                opener_is_dialog && zone_button(ui, &tr!("ui-open-file"), title).clicked();
            clicks.paste = zone_button(ui, &tr!("ui-paste"), title)
                .on_hover_text(tr!("ui-paste-hover"))
                .clicked();
            if file.is_some() {
                clicks.remove = zone_button(ui, &tr!("ui-remove"), title).clicked();
            }
        });
    });
    inner
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, title));
    clicks
}

/// A button of the drop zone `zone`: it shows `text`, and a screen reader hears which file it
/// is for ("Open file… (Private key)"), as two zones on one step have the same buttons.
fn zone_button(ui: &mut Ui, text: &str, zone: &str) -> egui::Response {
    let response = ui.button(text);
    let name = tr!("ui-zone-button", button = text, zone);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response
}

/// Messages raised where they arose (a file that could not be used, a moved file).
pub fn notices<'a>(ui: &mut Ui, notices: impl IntoIterator<Item = &'a Notice>) {
    for n in notices {
        let color = severity_color(ui, n.severity);
        status_line(ui, color, n.text.to_string());
    }
}

/// The step's state in one line, in its colour: the first thing under the title.
pub fn verdict(ui: &mut Ui, verdict: &Verdict) {
    let status = status_color(ui, verdict.status);
    let todo = verdict.status == StepStatus::Todo;
    let color = if todo {
        ui.visuals().text_color()
    } else {
        status
    };
    let text = verdict.text.to_string();
    ui.horizontal_wrapped(|ui| {
        dot(ui, status, !todo);
        // A status to screen readers: what they read right after the step's title.
        ui.label(RichText::new(&text).size(17.0).strong().color(color))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Status, true, &text));
    });
}

/// Findings grouped by severity, each with its fix (nothing when there are none: the verdict
/// above already says so).
pub fn findings<'a>(ui: &mut Ui, findings: impl IntoIterator<Item = &'a Finding>) {
    let mut findings: Vec<&Finding> = findings.into_iter().collect();
    findings.sort_by_key(|f| f.rank());
    for f in findings {
        let color = severity_color(ui, f.severity);
        ui.horizontal_wrapped(|ui| {
            dot(ui, color, true);
            ui.label(
                RichText::new(f.message.to_string()).color(if f.severity == Severity::Info {
                    ui.visuals().text_color()
                } else {
                    color
                }),
            );
        });
        ui.indent(("fix", f.code.as_str(), &f.message), |ui| {
            ui.label(RichText::new(tr!("finding-fix", fix = &f.fix)).weak());
            ui.label(RichText::new(f.code.as_str()).small().weak());
        });
        ui.add_space(4.0);
    }
}

/// A value that may hold an address, wrapped to the width left: lines break at a space or after
/// a '/', never inside a host name or an ID (egui alone breaks a long URL at its last '-' or
/// '.' that fits). A piece still too long for a line then wraps as egui wraps it.
pub fn value_label(ui: &mut Ui, text: impl Into<RichText>) -> egui::Response {
    let text: RichText = text.into();
    if !text.text().contains("://") || text.text().contains('\n') {
        return ui.add(egui::Label::new(text).wrap());
    }
    let mut job = std::sync::Arc::unwrap_or_clone(egui::WidgetText::from(text).into_layout_job(
        ui.style(),
        egui::FontSelection::Default,
        egui::Align::Min,
    ));
    job.wrap = egui::text::TextWrapping::no_max_width();
    let galley = ui.fonts_mut(|f| f.layout_job(job.clone()));
    let glyphs = galley.rows.first().map_or(&[][..], |r| &r.glyphs[..]);
    let breaks = line_breaks(&job.text, glyphs, ui.available_width());
    // A space becomes the line break; after a '/' one is added.
    let mut out = String::with_capacity(job.text.len() + breaks.len());
    let mut shift = Vec::new();
    for (i, c) in job.text.char_indices() {
        if breaks.contains(&i) && c == ' ' {
            out.push('\n');
            continue;
        }
        out.push(c);
        if breaks.contains(&i) {
            out.push('\n');
            shift.push(i + c.len_utf8());
        }
    }
    let moved = |at: egui::epaint::text::ByteIndex| {
        egui::epaint::text::ByteIndex(at.0 + shift.iter().filter(|s| **s <= at.0).count())
    };
    for section in &mut job.sections {
        section.byte_range = moved(section.byte_range.start)..moved(section.byte_range.end);
    }
    let said = std::mem::replace(&mut job.text, out);
    job.wrap = egui::text::TextWrapping::default();
    let response = ui.add(egui::Label::new(job).wrap());
    // Screen readers (and searches) get the value as it is, without the line breaks.
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_value(said));
    response
}

/// Where `text` (laid out in one row as `glyphs`) breaks to fit `width`: the byte offsets of
/// the spaces and of the '/' (not the first of "//") after which a new line starts.
fn line_breaks(text: &str, glyphs: &[egui::epaint::text::Glyph], width: f32) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut breaks = Vec::new();
    let mut line_start = 0.0;
    // The last place a line may end, and the x where the next line would start.
    let mut candidate: Option<(usize, f32)> = None;
    for (k, (glyph, &(at, c))) in glyphs.iter().zip(&chars).enumerate() {
        let right = glyph.pos.x + glyph.advance_width;
        if right - line_start > width
            && let Some((at, x)) = candidate.take()
        {
            breaks.push(at);
            line_start = x;
        }
        let next = chars.get(k + 1).map(|(_, c)| *c);
        if c == ' ' || (c == '/' && next != Some('/')) {
            candidate = Some((at, right));
        }
    }
    breaks
}

/// One value to copy into Entra, with a `Copy` button that says "Copied" for a moment.
/// Returns true when clicked.
pub fn copy_row(ui: &mut Ui, label: &str, value: &str, copied: bool) -> bool {
    let mut clicked = false;
    ui.horizontal(|ui| {
        // A fixed column that wraps: Entra's Dutch and German field names are long.
        ui.allocate_ui_with_layout(
            egui::vec2(190.0, 20.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(190.0);
                ui.add(egui::Label::new(RichText::new(label).strong()).wrap());
            },
        );
        clicked = copy_button(ui, label, copied);
        value_label(ui, RichText::new(value).monospace());
    });
    clicked
}

/// A "Copy" button that says "Copied" for a moment; its accessible name is "Copy <what>".
pub fn copy_button(ui: &mut Ui, what: &str, copied: bool) -> bool {
    let text = if copied {
        tr!("ui-copied")
    } else {
        tr!("ui-copy")
    };
    let button = ui.add_sized([90.0, 20.0], egui::Button::new(&text));
    let name = if copied {
        tr!("ui-copied-what", what)
    } else {
        tr!("ui-copy-what", what)
    };
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    button.clicked()
}

/// Subject, validity, key size and fingerprints of one certificate, collapsible under a header
/// that says whose it is and whether it is valid.
pub fn cert_card(ui: &mut Ui, c: &CertInfo, tag: &str, open: bool, now: time::OffsetDateTime) {
    let (state, color) = match c.validity(now) {
        Validity::Valid => (tr!("ui-cert-valid"), ok_color(ui)),
        Validity::ExpiringSoon { days_left } => (
            tr!("ui-cert-expires-in", days = days_left),
            severity_color(ui, Severity::Warning),
        ),
        Validity::Expired => (tr!("ui-cert-expired"), severity_color(ui, Severity::Error)),
        Validity::NotYetValid => (
            tr!("ui-cert-not-yet-valid"),
            severity_color(ui, Severity::Warning),
        ),
    };
    let mut header = egui::text::LayoutJob::default();
    for part in [
        RichText::new(format!("{}  ", c.label())).strong(),
        RichText::new(if tag.is_empty() {
            String::new()
        } else {
            format!("{tag}  ")
        })
        .strong()
        .color(ok_color(ui)),
        RichText::new(state).color(color),
    ] {
        part.append_to(
            &mut header,
            ui.style(),
            egui::FontSelection::Default,
            egui::Align::Center,
        );
    }
    egui::CollapsingHeader::new(header)
        .id_salt(("cert", &c.sha1_thumbprint, tag))
        .default_open(open)
        .show(ui, |ui| {
            // Rows rather than a grid, so the long fingerprint wraps instead of widening the page.
            let row = |ui: &mut Ui, k: &str, v: String| {
                ui.horizontal(|ui| {
                    ui.add_sized([150.0, 16.0], egui::Label::new(RichText::new(k).weak()));
                    ui.add(egui::Label::new(RichText::new(v).monospace()).wrap());
                });
            };
            row(
                ui,
                &tr!("ui-cert-row-valid"),
                tr!(
                    "ui-cert-valid-range",
                    from = i18n::date(c.not_before.date()),
                    to = i18n::date(c.not_after.date())
                ),
            );
            row(
                ui,
                &tr!("ui-cert-row-key"),
                match c.key_bits {
                    Some(bits) => tr!("ui-cert-key-bits", algorithm = &c.key_algorithm, bits),
                    None => c.key_algorithm.clone(),
                },
            );
            row(ui, &tr!("ui-cert-row-sha1"), c.sha1_thumbprint.clone());
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

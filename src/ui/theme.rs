//! Light and dark colours that meet WCAG AA (4.5:1) for every text colour we use, text sizes,
//! and the "follow the system" choice (the XDG portal's colour scheme on Linux, else winit's).

use std::sync::{Arc, Mutex, PoisonError};

pub use super::platform::ThemeChoice;
use egui::{Color32, FontFamily, FontId, TextStyle, Theme, ThemePreference, Visuals};

/// Every colour text is drawn in, and the backgrounds it is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Panels and windows.
    pub background: Color32,
    /// Text fields and code-like backgrounds.
    pub field: Color32,
    /// The edge of text fields, buttons, check boxes and radio buttons at rest: 3:1 against the
    /// panel and the field (WCAG 1.4.11), so a field is seen as one before it is hovered.
    pub edge: Color32,
    pub text: Color32,
    /// Labels, fixes, secondary text.
    pub weak: Color32,
    pub error: Color32,
    pub warning: Color32,
    pub ok: Color32,
}

pub const LIGHT: Palette = Palette {
    background: Color32::from_gray(248),
    field: Color32::from_gray(255),
    edge: Color32::from_gray(128),
    text: Color32::from_gray(30),
    weak: Color32::from_gray(88),
    error: Color32::from_rgb(0xa8, 0x1a, 0x1a),
    warning: Color32::from_rgb(0x85, 0x4d, 0x00),
    ok: Color32::from_rgb(0x17, 0x6b, 0x33),
};

pub const DARK: Palette = Palette {
    background: Color32::from_gray(27),
    field: Color32::from_gray(10),
    edge: Color32::from_gray(120),
    text: Color32::from_gray(225),
    weak: Color32::from_gray(165),
    error: Color32::from_rgb(0xff, 0x80, 0x80),
    warning: Color32::from_rgb(0xff, 0xc1, 0x4d),
    ok: Color32::from_rgb(0x6b, 0xd9, 0x8a),
};

#[must_use]
pub const fn palette(dark: bool) -> &'static Palette {
    if dark { &DARK } else { &LIGHT }
}

/// egui's visuals with our text colours.
#[must_use]
pub fn visuals(dark: bool) -> Visuals {
    let p = palette(dark);
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    v.panel_fill = p.background;
    v.window_fill = p.background;
    v.extreme_bg_color = p.field;
    // egui draws fields and buttons at rest without an edge: white on the light panel was 1.06:1.
    v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, p.edge);
    v.widgets.noninteractive.fg_stroke.color = p.text;
    v.widgets.inactive.fg_stroke.color = p.text;
    v.weak_text_color = Some(p.weak);
    v.hyperlink_color = if dark {
        Color32::from_rgb(0x8c, 0xc8, 0xff)
    } else {
        Color32::from_rgb(0x0b, 0x55, 0xb0)
    };
    v
}

/// Our colours and sizes on `ctx`, and the theme `choice` (`system_dark`: what the desktop's
/// portal said, if it answered).
pub fn apply(ctx: &egui::Context, choice: ThemeChoice, system_dark: Option<bool>) {
    ctx.set_visuals_of(Theme::Light, visuals(false));
    ctx.set_visuals_of(Theme::Dark, visuals(true));
    for theme in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(22.0, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(14.0, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(14.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(13.0, FontFamily::Monospace),
                ),
                // Captions only (finding codes, key hints).
                (
                    TextStyle::Small,
                    FontId::new(11.5, FontFamily::Proportional),
                ),
            ]
            .into();
        });
    }
    ctx.set_theme(match (choice, system_dark) {
        (ThemeChoice::Light, _) | (ThemeChoice::System, Some(false)) => ThemePreference::Light,
        (ThemeChoice::Dark, _) | (ThemeChoice::System, Some(true)) => ThemePreference::Dark,
        (ThemeChoice::System, None) => ThemePreference::System,
    });
}

/// The desktop's colour scheme, asked off the UI thread as the app starts (the portal can take a
/// second), so that the answer is usually there before the first frame is drawn.
pub struct SystemScheme(Arc<Mutex<Asked>>);

/// What the desktop said (see [`system_prefers_dark`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    /// `None`: no portal, or no preference.
    pub dark: Option<bool>,
}

#[derive(Default)]
struct Asked {
    answer: Option<Answer>,
    /// The window to wake when the answer comes after it is up.
    window: Option<egui::Context>,
}

impl SystemScheme {
    /// Starts asking (see [`system_prefers_dark`]).
    #[must_use]
    pub fn ask() -> Self {
        let asked = Arc::new(Mutex::new(Asked::default()));
        let shared = Arc::clone(&asked);
        std::thread::spawn(move || {
            let dark = system_prefers_dark();
            let window = {
                let mut asked = shared.lock().unwrap_or_else(PoisonError::into_inner);
                asked.answer = Some(Answer { dark });
                asked.window.clone()
            };
            if let Some(ctx) = window {
                ctx.request_repaint();
            }
        });
        Self(asked)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Asked> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The window to wake when the answer comes.
    pub fn wake(&self, ctx: &egui::Context) {
        self.lock().window = Some(ctx.clone());
    }

    /// The answer, once, when it is there.
    #[must_use]
    pub fn answer(&self) -> Option<Answer> {
        self.lock().answer.take()
    }
}

/// The desktop's colour scheme from the XDG desktop portal (`Some(true)`: prefers dark), asked
/// with `gdbus` (one second at most). `None` where there is no portal or no preference; winit's
/// own answer (Windows registry, macOS) is used then. Without a session bus there is no portal
/// to ask (and gdbus would try to start a bus), so nothing is run.
#[must_use]
pub fn system_prefers_dark() -> Option<bool> {
    if cfg!(any(target_os = "windows", target_os = "macos"))
        || !super::platform::session_bus_available()
    {
        return None;
    }
    let out = std::process::Command::new("gdbus")
        .args([
            "call",
            "--session",
            "--timeout",
            "1",
            "--dest",
            "org.freedesktop.portal.Desktop",
            "--object-path",
            "/org/freedesktop/portal/desktop",
            "--method",
            "org.freedesktop.portal.Settings.ReadOne",
            "org.freedesktop.appearance",
            "color-scheme",
        ])
        .output()
        .ok()?;
    parse_portal_color_scheme(&String::from_utf8_lossy(&out.stdout))
}

/// `(<uint32 1>,)` → dark, `(<uint32 2>,)` → light, 0 (no preference) or anything else → `None`.
fn parse_portal_color_scheme(reply: &str) -> Option<bool> {
    let digits: String = reply
        .split("uint32")
        .nth(1)?
        .chars()
        .skip_while(|c| c.is_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    match digits.as_str() {
        "1" => Some(true),
        "2" => Some(false),
        _ => None,
    }
}

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
#[must_use]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_meets_wcag_aa_on_every_background_in_both_themes() {
        for (name, p) in [("light", LIGHT), ("dark", DARK)] {
            let v = visuals(name == "dark");
            for (what, fg) in [
                ("text", p.text),
                ("secondary text", v.weak_text_color()),
                ("error", p.error),
                ("warning", p.warning),
                ("ok", p.ok),
                ("link", v.hyperlink_color),
            ] {
                for (on, bg) in [("panel", v.panel_fill), ("field", v.extreme_bg_color)] {
                    let ratio = contrast(fg, bg);
                    assert!(
                        ratio >= 4.5,
                        "{name}: {what} on {on} is {ratio:.2}:1, below 4.5:1"
                    );
                }
            }
        }
    }

    /// Text on the fills it is drawn on besides the panel: the current and the hovered step
    /// row, buttons, and the faint rows of grids and the timeline.
    #[test]
    fn text_on_rows_and_buttons_meets_wcag_aa_in_both_themes() {
        for dark in [false, true] {
            let v = visuals(dark);
            for (what, fg, bg) in [
                (
                    "current step row",
                    v.strong_text_color(),
                    v.selection.bg_fill,
                ),
                (
                    "hovered step row",
                    v.text_color(),
                    v.widgets.hovered.weak_bg_fill,
                ),
                (
                    "button",
                    v.widgets.inactive.text_color(),
                    v.widgets.inactive.weak_bg_fill,
                ),
                (
                    "hovered button",
                    v.widgets.hovered.text_color(),
                    v.widgets.hovered.weak_bg_fill,
                ),
                ("faint row", v.text_color(), v.faint_bg_color),
                (
                    "secondary on faint row",
                    v.weak_text_color(),
                    v.faint_bg_color,
                ),
            ] {
                // Fills may be translucent (premultiplied): as seen on the panel.
                let over = |c: Color32| {
                    let keep = u16::from(255 - c.a());
                    let mix = |top: u8, base: u8| {
                        u8::try_from(u16::from(top) + u16::from(base) * keep / 255)
                            .unwrap_or(u8::MAX)
                    };
                    Color32::from_rgb(
                        mix(c.r(), v.panel_fill.r()),
                        mix(c.g(), v.panel_fill.g()),
                        mix(c.b(), v.panel_fill.b()),
                    )
                };
                let ratio = contrast(fg, over(bg));
                assert!(
                    ratio >= 4.5,
                    "{}: {what} is {ratio:.2}:1, below 4.5:1",
                    if dark { "dark" } else { "light" }
                );
            }
        }
    }

    /// WCAG 1.4.11 (non-text contrast): a text field's edge, in each state it is drawn in, is
    /// at least 3:1 against the panel around it and the field's own fill.
    #[test]
    fn text_field_edges_meet_wcag_non_text_contrast_in_both_themes() {
        for dark in [false, true] {
            let v = visuals(dark);
            for (state, stroke) in [
                ("at rest", v.widgets.inactive.bg_stroke),
                ("hovered", v.widgets.hovered.bg_stroke),
                ("focused", v.selection.stroke),
            ] {
                let theme = if dark { "dark" } else { "light" };
                assert!(stroke.width >= 1.0, "{theme}: no edge {state}");
                for (on, bg) in [("panel", v.panel_fill), ("field", v.text_edit_bg_color())] {
                    let ratio = contrast(stroke.color, bg);
                    assert!(
                        ratio >= 3.0,
                        "{theme}: the field's edge {state} on the {on} is {ratio:.2}:1, below 3:1"
                    );
                }
            }
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #777 on white is the classic "just fails AA" grey.
        assert!(contrast(Color32::from_gray(0x77), Color32::WHITE) < 4.5);
    }

    #[test]
    fn portal_colour_scheme_replies() {
        assert_eq!(parse_portal_color_scheme("(<uint32 1>,)\n"), Some(true));
        assert_eq!(parse_portal_color_scheme("(<<uint32 2>>,)"), Some(false));
        assert_eq!(parse_portal_color_scheme("(<uint32 0>,)"), None);
        assert_eq!(parse_portal_color_scheme(""), None);
    }

    /// The portal is asked off the UI thread (gdbus waits one second at most); its answer is
    /// taken once.
    #[test]
    fn the_system_scheme_is_answered_once() {
        let scheme = SystemScheme::ask();
        scheme.wake(&egui::Context::default());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while scheme.answer().is_none() {
            assert!(std::time::Instant::now() < deadline, "no answer");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(scheme.answer(), None);
    }

    #[test]
    fn theme_choice_is_stored_in_lower_case() {
        assert_eq!(
            serde_json::to_string(&ThemeChoice::Dark).unwrap(),
            "\"dark\""
        );
        assert_eq!(
            serde_json::from_str::<ThemeChoice>("\"system\"").unwrap(),
            ThemeChoice::System
        );
    }
}

//! Every step in Dutch and German (and English) at the smallest window, 900×600: no text is cut
//! off. German words are long; a label that no longer fits must wrap, never be elided ("…") or
//! clipped by the panel it is in.
#![cfg(feature = "gui")]

use egui::epaint::{ClippedShape, Shape};
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use topdesk_sso::core::i18n::Lang;
use topdesk_sso::ui::App;
use topdesk_sso::wizard::{Action, Analysis, CompareSource, Slot, Step};

mod common;

/// The demo files are valid from 2026-11-28.
fn demo_now() -> time::OffsetDateTime {
    time::macros::datetime!(2027-01-01 00:00 UTC)
}

const SIZE: egui::Vec2 = egui::vec2(900.0, 600.0);

/// One piece of text that does not show whole: what it says and why.
#[derive(Debug)]
struct Cut {
    text: String,
    why: &'static str,
}

fn texts(shape: &Shape, clip: Rect, out: &mut Vec<(Rect, Rect, std::sync::Arc<egui::Galley>)>) {
    match shape {
        Shape::Text(t) => out.push((t.visual_bounding_rect(), clip, t.galley.clone())),
        Shape::Vec(shapes) => {
            for s in shapes {
                texts(s, clip, out);
            }
        }
        _ => {}
    }
}

/// The filled boxes (a row's highlight, a button) and the texts, in drawing order.
enum Drawn {
    Box(Rect),
    Text(Rect, Rect, std::sync::Arc<egui::Galley>),
}

fn drawn(shape: &Shape, clip: Rect, out: &mut Vec<Drawn>) {
    match shape {
        Shape::Rect(r) if r.fill.a() > 0 => out.push(Drawn::Box(r.rect)),
        Shape::Text(t) => out.push(Drawn::Text(
            t.visual_bounding_rect(),
            clip,
            t.galley.clone(),
        )),
        Shape::Vec(shapes) => {
            for s in shapes {
                drawn(s, clip, out);
            }
        }
        _ => {}
    }
}

/// Text that is elided, sticks out of the window or of the box it is drawn on, or is cut
/// sideways by the area it is drawn in. (Text scrolled out of view vertically is not cut off:
/// the step scrolls.)
fn cut_off(shapes: &[ClippedShape]) -> Vec<Cut> {
    let window = Rect::from_min_size(Pos2::ZERO, SIZE);
    let mut all = Vec::new();
    for s in shapes {
        drawn(&s.shape, s.clip_rect, &mut all);
    }
    let mut cuts = Vec::new();
    for (i, item) in all.iter().enumerate() {
        let Drawn::Text(rect, clip, galley) = item else {
            continue;
        };
        let (rect, clip) = (*rect, *clip);
        // The last box drawn under the text's start.
        let under = all[..i].iter().rev().find_map(|d| match d {
            Drawn::Box(b) if b.contains(rect.left_center()) => Some(*b),
            _ => None,
        });
        let text = galley.text().to_owned();
        if text.trim().is_empty() {
            continue;
        }
        let visible = rect.intersect(clip);
        if visible.height() <= 0.0 || visible.width() <= 0.0 {
            continue; // scrolled away
        }
        let why = if galley.elided {
            Some("elided")
        } else if url_broken_mid_word(galley) {
            Some("a URL broken inside a word (not at a '/')")
        } else if rect.left() < clip.left() - 1.0 || rect.right() > clip.right() + 1.0 {
            Some("cut sideways by its area")
        } else if rect.right() > window.right() + 1.0 || rect.left() < window.left() - 1.0 {
            Some("outside the window")
        } else if under.is_some_and(|b| rect.right() > b.right() + 1.0) {
            Some("sticks out of the box it is drawn on")
        } else {
            None
        };
        if let Some(why) = why {
            cuts.push(Cut { text, why });
        }
    }
    cuts
}

/// A text with an address that wraps inside it (in a host name or an ID) rather than after a
/// '/'. (Other words too long for their line may break anywhere.)
fn url_broken_mid_word(galley: &egui::Galley) -> bool {
    // The characters as laid out, a newline where a row ends with one, and where rows wrapped.
    let mut chars = Vec::new();
    let mut wraps = Vec::new();
    for (i, row) in galley.rows.iter().enumerate() {
        chars.extend(row.glyphs.iter().map(|g| g.chr));
        if row.ends_with_newline {
            chars.push('\n');
        } else if i + 1 < galley.rows.len() {
            wraps.push(chars.len());
        }
    }
    wraps.into_iter().any(|at| {
        let before = chars[..at].last().copied().unwrap_or(' ');
        let start = chars[..at]
            .iter()
            .rposition(|c| c.is_whitespace())
            .map_or(0, |p| p + 1);
        let end = chars[at..]
            .iter()
            .position(|c| c.is_whitespace())
            .map_or(chars.len(), |p| at + p);
        let word: String = chars[start..end].iter().collect();
        before != '/' && !before.is_whitespace() && word.contains("://")
    })
}

/// The window at 900×600 with the demo (all four files and a captured login) in `lang`.
fn demo(lang: Lang) -> Harness<'static, App> {
    let mut app = App::for_tests(demo_now);
    app.dispatch(Action::SetLanguage(lang));
    app.load_demo();
    let mut h = Harness::builder()
        .with_size(SIZE)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h
}

/// The demo, on each step in turn.
fn walk(lang: Lang) -> Vec<(Step, Cut)> {
    let mut h = demo(lang);
    let mut found = Vec::new();
    for step in Step::ALL {
        h.state_mut().dispatch(Action::GoTo(step));
        h.run_steps(3);
        found.extend(cut_off(&h.output().shapes).into_iter().map(|c| (step, c)));
    }
    found
}

#[test]
fn every_step_in_every_language_fits_900_by_600() {
    let mut report = Vec::new();
    for lang in Lang::ALL {
        for (step, c) in walk(lang) {
            report.push(format!(
                "  {} step {}: {:?} ({})",
                lang.code(),
                step.number(),
                c.text,
                c.why
            ));
        }
    }
    assert!(
        report.is_empty(),
        "cut off at 900×600:\n{}",
        report.join("\n")
    );
}

/// The check itself finds what it is for: a label that does not fit its fixed width and is
/// truncated, and text pushed out of a narrow clipped area.
#[test]
fn the_check_finds_cut_off_text() {
    let mut h = Harness::builder().with_size(SIZE).build_ui(|ui| {
        ui.add_sized(
            [60.0, 20.0],
            egui::Label::new("Zertifikatsverwaltungsassistent").truncate(),
        );
        ui.allocate_ui(egui::vec2(50.0, 20.0), |ui| {
            ui.set_clip_rect(Rect::from_min_size(
                ui.min_rect().min,
                egui::vec2(50.0, 20.0),
            ));
            ui.add(egui::Label::new("Antwort-URL (Assertionsverbraucherdienst-URL)").extend());
        });
        ui.allocate_ui(egui::vec2(200.0, 60.0), |ui| {
            ui.add(
                egui::Label::new(
                    "https://login.microsoftonline.com/00000000-0000-4000-8000-0000000000aa/saml2",
                )
                .wrap(),
            );
        });
    });
    h.run();
    let cuts = cut_off(&h.output().shapes);
    assert!(
        cuts.iter().any(|c| c.why == "elided"),
        "the truncated label: {cuts:?}"
    );
    assert!(
        cuts.iter()
            .any(|c| c.why == "cut sideways by its area" && c.text.starts_with("Antwort-URL")),
        "the clipped label: {cuts:?}"
    );
    assert!(
        cuts.iter()
            .any(|c| c.why.starts_with("a URL broken") && c.text.starts_with("https://login")),
        "the URL wrapped by egui inside its tenant ID: {cuts:?}"
    );
}

/// Every character of every message, in every language, has a glyph in the fonts the window
/// uses (egui's bundled ones): a missing one shows as ▯ (the timeline's tooltip said
/// "1 Jan 2024 ▯ 20 Feb 2026").
#[test]
fn every_character_of_the_catalogues_has_a_glyph() {
    let h = Harness::builder().build_ui(|ui| {
        ui.label("x");
    });
    let mut missing = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        for (file, text) in topdesk_sso::core::i18n::catalogue(lang) {
            // Comments are not shown.
            let shown = text.lines().filter(|l| !l.trim_start().starts_with('#'));
            for c in shown.flat_map(str::chars).filter(|c| !c.is_control()) {
                for font in [
                    egui::FontId::proportional(14.0),
                    egui::FontId::monospace(13.0),
                ] {
                    if !h.ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                        missing.insert(format!(
                            "{} {file}: {c:?} (U+{:04X}) in {:?}",
                            lang.code(),
                            c as u32,
                            font.family
                        ));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no glyph:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// Every text the window shows on each step, in drawing order.
fn shown(h: &mut Harness<'_, App>) -> Vec<(Step, Vec<String>)> {
    Step::ALL
        .into_iter()
        .map(|step| {
            h.state_mut().dispatch(Action::GoTo(step));
            h.run_steps(3);
            let mut all = Vec::new();
            for s in &h.output().shapes {
                texts(&s.shape, s.clip_rect, &mut all);
            }
            let said = all.iter().map(|(.., g)| g.text().to_owned());
            (step, said.filter(|t| !t.trim().is_empty()).collect())
        })
        .collect()
}

/// The demo in `lang` with everything that says something: all files and a captured login, an
/// encrypted key given a wrong password, and a comparison open on the Entra step.
fn everything_loaded(lang: Lang, encrypted_key: &[u8]) -> Harness<'static, App> {
    let mut h = demo(lang);
    let other = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples/sample-entra-federation-metadata.xml");
    for action in [
        Action::Load {
            name: "key-enc.pem".into(),
            path: None,
            bytes: encrypted_key.to_vec(),
            target: Some(Slot::Key),
        },
        Action::SetPassword("not-it".to_owned().into()),
        Action::Compare(CompareSource::Path(other)),
    ] {
        h.state_mut().dispatch(action);
        h.run_steps(3);
    }
    h
}

fn demo_key_encrypted(dir: &std::path::Path) -> Vec<u8> {
    use base64::Engine as _;
    let pem = include_str!("../assets/samples/sample-topdesk-private-key.pem");
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap();
    std::fs::read(common::openssl_encrypt_pkcs8(&der, common::PASSWORD, dir)).unwrap()
}

/// After a switch the window shows exactly what it shows when it was in the new language from
/// the start, on all seven steps; and nothing was analysed again.
#[test]
fn a_language_switch_says_everything_again_and_judges_nothing_again() {
    if !common::have_tool("openssl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = demo_key_encrypted(dir.path());
    let fresh: Vec<_> = Lang::ALL
        .into_iter()
        .map(|lang| shown(&mut everything_loaded(lang, &key)))
        .collect();
    for from in Lang::ALL {
        for to in Lang::ALL.into_iter().filter(|l| *l != from) {
            let mut h = everything_loaded(from, &key);
            let analysis = |h: &Harness<'_, App>| match &h.state().wizard.analysis {
                Analysis::Done(r) => std::sync::Arc::clone(r),
                other => panic!("not analysed: {other:?}"),
            };
            let before = analysis(&h);
            let diagnosis = h.state().wizard.diagnosis().cloned();
            assert!(diagnosis.is_some(), "the demo's capture is diagnosed");
            h.state_mut().dispatch(Action::SetLanguage(to));
            h.run_steps(2);
            assert!(
                std::sync::Arc::ptr_eq(&before, &analysis(&h)),
                "{from:?} → {to:?}: analysed again"
            );
            assert_eq!(h.state().wizard.diagnosis().cloned(), diagnosis);
            let now = shown(&mut h);
            for ((step, switched), (_, expected)) in now.iter().zip(&fresh[to as usize]) {
                let stale: Vec<_> = switched.iter().filter(|t| !expected.contains(t)).collect();
                assert!(
                    stale.is_empty() && switched.len() == expected.len(),
                    "{from:?} → {to:?}, step {}: not as in {to:?} from the start: {stale:?}",
                    step.number()
                );
            }
        }
    }
}

//! Step 1: which TOPdesk section, and what to have at hand.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::topdesk::Section;
use crate::tr;
use crate::ui::widgets;
use crate::wizard::{self, Action};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.label(tr!("steps-start-intro"));
    ui.add_space(12.0);
    ui.strong(tr!("steps-start-which-section"));
    for (section, text) in [
        (Section::Secure, tr!("steps-start-secure")),
        (Section::Public, tr!("steps-start-public")),
    ] {
        let radio = ui.radio(cx.wizard.section == section, text);
        // Enter on a focused choice chooses it and does what "or press Enter" says: Next.
        let enter = radio.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (enter || radio.clicked()) && cx.wizard.section != section {
            cx.act(Action::SetSection(section));
        }
        if enter {
            cx.act(Action::Next);
        }
    }
    ui.label(RichText::new(tr!("steps-start-sections-apart")).weak());
    ui.add_space(16.0);
    ui.strong(tr!("steps-start-at-hand"));
    for line in [
        tr!("steps-start-need-entra"),
        tr!("steps-start-need-sp"),
        tr!("steps-start-need-pair"),
    ] {
        ui.horizontal_wrapped(|ui| {
            widgets::bullet(ui);
            ui.label(line);
        });
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr!("steps-start-tip")).weak());
    let recent: Vec<_> = cx
        .recent
        .iter()
        .filter(|p| p.is_file())
        .take(8)
        .cloned()
        .collect();
    if !recent.is_empty() || !cx.recent_urls.is_empty() {
        ui.add_space(16.0);
        ui.strong(tr!("steps-start-recent"));
        for url in cx.recent_urls.iter().take(8) {
            if ui
                .link(url)
                .on_hover_text(tr!("steps-start-fetch-again"))
                .clicked()
            {
                // To the step whose zone shows the fetch.
                let target = wizard::url_slot(url);
                cx.act(Action::GoTo(target.step()));
                cx.act(Action::Fetch {
                    url: url.clone(),
                    target,
                });
            }
        }
        for path in recent {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            // The folder too: two files of the same name (a download and its copy) differ there.
            let folder = path
                .parent()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            let clicked = ui
                .horizontal_wrapped(|ui| {
                    let link = ui.link(name).on_hover_text(path.display().to_string());
                    ui.label(RichText::new(folder).weak());
                    link.clicked()
                })
                .inner;
            if clicked {
                cx.act(Action::Open { path, target: None });
            }
        }
    }
}

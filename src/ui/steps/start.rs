//! Step 1: which TOPdesk section, and what to have at hand.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::topdesk::Section;
use crate::wizard::{self, Action};

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    ui.label("This assistant fills in TOPdesk's SAML configuration assistant and Entra's Basic SAML Configuration from two files, checks them, and exports what to upload. Everything stays on this computer.");
    ui.add_space(12.0);
    ui.strong("Which TOPdesk section are you connecting?");
    for (section, text) in [
        (Section::Secure, "Secure: operators log in at /tas/secure"),
        (
            Section::Public,
            "Public: the self-service portal at /tas/public",
        ),
    ] {
        if ui.radio(cx.wizard.section == section, text).clicked() {
            cx.act(Action::SetSection(section));
        }
    }
    ui.label(RichText::new("Each section has its own SAML configuration, its own SP metadata and its own Entra app.").weak());
    ui.add_space(16.0);
    ui.strong("Have these at hand");
    for line in [
        "Entra federation metadata: Entra admin center > Enterprise applications > your TOPdesk app > Single sign-on > SAML Certificates > Federation Metadata XML (Download).",
        "TOPdesk SP metadata: TOPdesk > Settings > Login settings > SAML login > your configuration > download the SP metadata (or open its metadata URL).",
        "TOPdesk's certificate and private key, in any format (PEM, DER, PFX…), or let this assistant generate a new pair.",
    ] {
        ui.horizontal_wrapped(|ui| {
            ui.label("-");
            ui.label(line);
        });
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Tip: drop any file anywhere on this window; the assistant recognises it and puts it in the right place.").weak());
    let recent: Vec<_> = cx
        .recent
        .iter()
        .filter(|p| p.is_file())
        .take(8)
        .cloned()
        .collect();
    if !recent.is_empty() || !cx.recent_urls.is_empty() {
        ui.add_space(16.0);
        ui.strong("Recent metadata files");
        for url in cx.recent_urls.iter().take(8) {
            if ui
                .link(url)
                .on_hover_text("Fetch this address again")
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
            if ui
                .link(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                cx.act(Action::Open { path, target: None });
            }
        }
    }
}

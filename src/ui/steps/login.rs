//! Step 5: what TOPdesk's login page shows, and which claim carries the user name.

use egui::{RichText, Ui};

use super::Cx;
use crate::core::i18n;
use crate::tr;
use crate::ui::widgets;
use crate::wizard::{Action, Slot};

/// Common user name claims (never translated) and the message saying what each needs in Entra
/// (Attributes & Claims).
const ATTRIBUTES: [(&str, &str); 4] = [
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "steps-login-attr-email",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
        "steps-login-attr-upn",
    ),
    (
        "http://schemas.microsoft.com/identity/claims/objectidentifier",
        "steps-login-attr-oid",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
        "steps-login-attr-nameid",
    ),
];

pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let mut name = cx.wizard.display_name.clone();
    if widgets::labelled_text(
        ui,
        &tr!("steps-login-display-name"),
        &mut name,
        "Microsoft Entra ID",
    )
    .changed()
    {
        cx.act(Action::SetDisplayName(name));
    }
    ui.add_space(10.0);
    let label = ui.label(tr!("term-user-attribute"));
    let mut attribute = cx.wizard.user_attribute.clone();
    egui::ComboBox::from_id_salt("user-attribute")
        .width(ui.available_width().min(620.0))
        .selected_text(&attribute)
        .show_ui(ui, |ui| {
            for (uri, _) in ATTRIBUTES {
                ui.selectable_value(&mut attribute, uri.to_owned(), uri);
            }
        })
        .response
        .labelled_by(label.id);
    if attribute != cx.wizard.user_attribute {
        cx.act(Action::SetUserAttribute(attribute.clone()));
    }
    if let Some((_, help)) = ATTRIBUTES.iter().find(|(uri, _)| *uri == attribute) {
        ui.label(RichText::new(i18n::tr(help, &[])).weak());
    }
    ui.add_space(12.0);
    cx.zone(
        ui,
        Slot::Logo,
        &tr!("steps-login-logo-zone"),
        &tr!("steps-login-logo-hint"),
    );
    if let Some(logo) = cx.wizard.file(Slot::Logo) {
        let uri = format!("bytes://logo/{}/{}", logo.name, logo.bytes.len());
        ui.add(
            egui::Image::from_bytes(uri, logo.bytes.to_vec())
                .max_size(egui::vec2(160.0, 80.0))
                .alt_text(tr!("steps-login-logo-preview")),
        );
    }
}

//! Shared by the `egui_kittest` tests: what the app copied, and TOPdesk's files for the wizard.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use topdesk_sso::ui::App;

/// The sample capture of a refused sign-in (`assets/samples/sample-login.har`: the Public
/// section's request to an app configured for Secure, AADSTS50011), as dropped on the window.
pub fn refused_sample() -> topdesk_sso::wizard::Action {
    topdesk_sso::wizard::Action::LoadCapture {
        name: "sample-login.har".into(),
        bytes: include_bytes!("../../assets/samples/sample-login.har").to_vec(),
    }
}

/// The texts the last frame put on the clipboard.
pub fn copied_text(h: &Harness<'_, App>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

/// TOPdesk SP metadata for acme.topdesk.net (Secure) and the TOPdesk pair it names (valid at
/// [`super::NOW_SINGLE_VALID`], when the real Entra fixture is too), written into `dir` as
/// (SP metadata, certificate, key).
pub fn sp_and_pair(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let now = super::NOW_SINGLE_VALID;
    let pair = super::cert(
        topdesk_sso::core::keygen::KeyAlgorithm::Rsa { bits: 2048 },
        topdesk_sso::core::keygen::SignatureHash::Sha256,
        "acme.topdesk.net",
        now - time::Duration::days(10),
        now + time::Duration::days(700),
    );
    let sp = super::Sp {
        cert_der: Some(pair.certificate_der.clone()),
        ..super::Sp::secure()
    };
    let paths = (dir.join("sp.xml"), dir.join("tls.cer"), dir.join("tls.key"));
    std::fs::write(&paths.0, sp.xml()).unwrap();
    std::fs::write(&paths.1, &pair.certificate_der).unwrap();
    std::fs::write(&paths.2, &*pair.private_key_pkcs8_der).unwrap();
    paths
}

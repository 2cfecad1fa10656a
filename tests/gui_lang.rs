//! The wizard's steps speak Dutch and German (`egui_kittest`, no window): each step's own labels,
//! buttons and hints in the chosen language, Entra's field names as its Dutch and German portal
//! prints them, and the copy buttons still copying the values untranslated.
#![cfg(feature = "gui")]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};
use topdesk_sso::core::i18n::{self, Lang};
use topdesk_sso::ui::App;
use topdesk_sso::wizard::{Action, Progress, Step};

use common::gui::{copied_text, sp_and_pair};

fn now() -> time::OffsetDateTime {
    common::NOW_SINGLE_VALID
}

/// A tall window, so every widget of a step is on screen and clickable.
fn harness(app: App, height: f32) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, height))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run_steps(2);
    h
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Ok(Vec::new())
    }
}

fn drop_paths(h: &mut Harness<'_, App>, paths: Vec<PathBuf>) {
    for p in paths {
        h.input_mut().dropped_files.push(Arc::new(Dropped(p)));
    }
    h.run_steps(3);
}

/// The real Entra fixture, TOPdesk SP metadata for acme.topdesk.net (Secure) and the TOPdesk pair
/// it names, written into `dir`.
fn real_files(dir: &Path) -> Vec<PathBuf> {
    let (sp, cert, key) = sp_and_pair(dir);
    vec![common::data(common::ENTRA_SINGLE), sp, cert, key]
}

/// At least one widget reads exactly `text` (a zone title may also name its file's card).
fn seen(h: &Harness<'_, App>, text: &str) {
    assert!(
        h.query_all_by_label(text).count() >= 1,
        "not on screen: {text:?}"
    );
}

/// The one button whose name contains `part` (copy buttons are named "<Copy> <what>").
fn button_containing<'a>(h: &'a Harness<'_, App>, part: &'a str) -> egui_kittest::Node<'a> {
    h.get(By::new().role(Role::Button).label_contains(part))
}

/// What each step must show in one language.
struct Texts {
    lang: Lang,
    next: &'static str,
    back: &'static str,
    /// Step 1.
    which_section: &'static str,
    secure: &'static str,
    /// Step 2.
    entra_zone: &'static str,
    signed_by: &'static str,
    thumbprint: &'static str,
    signing_certs: &'static str,
    /// Step 3: Entra's three field names, in its portal's words.
    identifier: &'static str,
    reply: &'static str,
    sign_on: &'static str,
    copy_all: &'static str,
    /// Step 4.
    cert_zone: &'static str,
    key_zone: &'static str,
    generate_header: &'static str,
    key_size: &'static str,
    bits: &'static str,
    /// Step 5.
    display_name: &'static str,
    user_attribute: &'static str,
    email_help: &'static str,
    /// Step 6.
    timeline: &'static str,
    export_bundle: &'static str,
    reminders: &'static str,
    zip: &'static str,
    /// Step 7.
    how_to: &'static str,
    capture_zone: &'static str,
}

const NL: Texts = Texts {
    lang: Lang::Nl,
    next: "Volgende",
    back: "Vorige",
    which_section: "Welk TOPdesk-gedeelte wordt gekoppeld?",
    secure: "Secure: behandelaars melden zich aan via /tas/secure",
    entra_zone: "Federatieve metagegevens van Entra",
    signed_by: "Handtekening geldig: het bestand is niet gewijzigd sinds het is ondertekend met certificaat ",
    thumbprint: "vingerafdruk",
    signing_certs: "Handtekeningcertificaten",
    identifier: "Id (Entiteits-id)",
    reply: "Antwoord-URL (URL voor Assertion Consumer Service)",
    sign_on: "Aanmeldings-URL",
    copy_all: "Alles kopiëren",
    cert_zone: "Certificaat",
    key_zone: "Persoonlijke sleutel",
    generate_header: "Nieuw sleutelpaar genereren…",
    key_size: "Sleutellengte",
    bits: "2048 bits",
    display_name: "Weergavenaam (Display name): tekst op de inlogknop van TOPdesk",
    user_attribute: "Gebruikersnaamkenmerk (User name attribute)",
    email_help: "E-mailadres (standaard): Entra stuurt user.mail;",
    timeline: "Tijdlijn van vervaldatums",
    export_bundle: "Bundel exporteren",
    reminders: "Herinneringen aan agenda toevoegen…",
    zip: "Als één .zip-bestand",
    how_to: "Een aanmelding vastleggen",
    capture_zone: "Vastgelegde aanmelding",
};

const DE: Texts = Texts {
    lang: Lang::De,
    next: "Weiter",
    back: "Zurück",
    which_section: "Welchen TOPdesk-Bereich verbinden Sie?",
    secure: "Secure: Bearbeiter melden sich unter /tas/secure an",
    entra_zone: "Entra-Verbundmetadaten",
    signed_by: "Signatur gültig: Die Datei wurde nicht geändert, seit sie mit dem Zertifikat ",
    thumbprint: "Fingerabdruck",
    signing_certs: "Signaturzertifikate",
    identifier: "Bezeichner (Entitäts-ID)",
    reply: "Antwort-URL (Assertionsverbraucherdienst-URL)",
    sign_on: "Anmelde-URL",
    copy_all: "Alle kopieren",
    cert_zone: "Zertifikat",
    key_zone: "Privater Schlüssel",
    generate_header: "Neues Schlüsselpaar erzeugen…",
    key_size: "Schlüssellänge",
    bits: "2048 Bit",
    display_name: "Anzeigename (Display name): Text auf der Anmeldeschaltfläche von TOPdesk",
    user_attribute: "Benutzernamenattribut (User name attribute)",
    email_help: "E-Mail-Adresse (Standard): Entra sendet user.mail;",
    timeline: "Ablauf-Zeitleiste",
    export_bundle: "Paket exportieren",
    reminders: "Erinnerungen zum Kalender hinzufügen…",
    zip: "Als eine .zip-Datei",
    how_to: "Eine Anmeldung aufzeichnen",
    capture_zone: "Aufgezeichnete Anmeldung",
};

/// Every step in `t.lang`, moving on with the translated Next button.
fn walk(t: &Texts) {
    let mut app = App::for_tests(now);
    app.wizard.lang = t.lang;
    let mut h = harness(app, 2000.0);
    let dir = tempfile::tempdir().unwrap();
    drop_paths(&mut h, real_files(dir.path()));
    let next = |h: &mut Harness<'_, App>, to: Step| {
        h.get_by_role_and_label(Role::Button, t.next).click();
        h.run_steps(2);
        assert_eq!(h.state().wizard.step, to);
    };

    // 1. Start
    h.get_by_role_and_label(Role::Button, t.back);
    seen(&h, t.which_section);
    h.get_by_role_and_label(Role::RadioButton, t.secure);
    assert!(h.query_by_label("Next").is_none(), "English left on step 1");

    // 2. Entra: the sentence around the signer's thumbprint, and its copy button copies it as is.
    next(&mut h, Step::Entra);
    seen(&h, t.entra_zone);
    seen(&h, t.signing_certs);
    h.get_by_label_contains(t.signed_by);
    let report = h.state().wizard.report().unwrap();
    let signer = report.signature.as_ref().and_then(|s| s.signed_by.clone());
    let signer = signer.unwrap();
    button_containing(&h, t.thumbprint).click();
    h.step();
    assert_eq!(copied_text(&h), [signer]);
    h.run_steps(1);

    // 3. TOPdesk: Entra's field names in the portal's language, the URLs untouched.
    next(&mut h, Step::Topdesk);
    for label in [t.identifier, t.reply, t.sign_on] {
        seen(&h, label);
    }
    button_containing(&h, t.reply).click();
    h.step();
    assert_eq!(
        copied_text(&h),
        ["https://acme.topdesk.net/tas/secure/login/verify"]
    );
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, t.copy_all).click();
    h.step();
    let all = copied_text(&h).join("");
    assert!(
        all.contains(&format!(
            "{}: https://acme.topdesk.net/tas/secure/login/verify",
            t.reply
        )),
        "{all}"
    );
    assert!(
        all.starts_with(&format!("{}: https://", t.identifier)),
        "{all}"
    );
    h.run_steps(1);

    // 4. Certificate and key
    next(&mut h, Step::KeyPair);
    seen(&h, t.cert_zone);
    seen(&h, t.key_zone);
    h.get_by_label(t.generate_header).click();
    h.run_steps(10); // the header opens with an animation
    // The key sizes, in the language's unit.
    h.get(By::new().role(Role::ComboBox).label(t.key_size))
        .click();
    h.run_steps(2);
    seen(&h, t.bits);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    // 5. Login page: the claim URI stays as it is, its help is translated.
    next(&mut h, Step::LoginPage);
    h.get_by_role_and_label(Role::TextInput, t.display_name);
    h.get_by_label_contains(t.email_help);
    h.get(By::new().role(Role::ComboBox).label(t.user_attribute))
        .click();
    h.run_steps(2);
    seen(
        &h,
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    // 6. Review and export
    next(&mut h, Step::Review);
    seen(&h, t.timeline);
    h.get_by_role_and_label(Role::Button, t.export_bundle);
    h.get_by_role_and_label(Role::Button, t.reminders);
    h.get_by_role_and_label(Role::CheckBox, t.zip);

    // 7. Test login
    next(&mut h, Step::TestLogin);
    seen(&h, t.how_to);
    seen(&h, t.capture_zone);
    assert!(
        h.query_by_role_and_label(Role::Button, t.next).is_none(),
        "no Next on the last step"
    );
}

#[test]
fn every_step_speaks_dutch() {
    walk(&NL);
}

#[test]
fn every_step_speaks_german() {
    walk(&DE);
}

#[test]
fn the_language_changes_in_place_and_the_files_stay() {
    let mut h = harness(App::for_tests(now), 1600.0);
    let dir = tempfile::tempdir().unwrap();
    drop_paths(&mut h, real_files(dir.path()));
    h.state_mut().dispatch(Action::GoTo(Step::Topdesk));
    h.run_steps(2);
    seen(&h, "Identifier (Entity ID)");
    h.state_mut().dispatch(Action::SetLanguage(Lang::Nl));
    h.run_steps(2);
    seen(&h, NL.identifier);
    assert!(h.query_by_label("Identifier (Entity ID)").is_none());
    h.state_mut().dispatch(Action::SetLanguage(Lang::De));
    h.run_steps(2);
    seen(&h, DE.identifier);
    assert!(h.query_by_label(NL.identifier).is_none());
    let w = &h.state().wizard;
    assert_eq!(w.step, Step::Topdesk);
    assert!(w.idp.is_some() && w.sp.is_some() && w.cert.is_some() && w.key.is_some());
}

#[test]
fn the_comparison_table_in_german_with_dates_as_germans_write_them() {
    let mut app = App::for_tests(now);
    app.wizard.lang = Lang::De;
    let mut h = harness(app, 2400.0);
    h.state_mut().dispatch(Action::GoTo(Step::Entra));
    h.run_steps(2);
    drop_paths(&mut h, vec![common::data(common::ENTRA_ROLLOVER)]);
    let other = common::data(common::ENTRA_SINGLE);
    let field = h.get_by_role_and_label(Role::TextInput, "Andere Version");
    field.focus();
    field.type_text(other.to_str().unwrap());
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Vergleichen").click();
    h.run_steps(3);
    let Progress::Done(c) = &h.state().wizard.comparison else {
        panic!("{:?}", h.state().wizard.comparison);
    };
    let diff = c.diff.clone();
    seen(&h, "Signaturzertifikat");
    assert_eq!(
        h.query_all_by_label("aufgeführt").count(),
        diff.kept.len() * 2 + diff.removed.len()
    );
    h.get_by_label_contains(&format!("Andere Version: {}", other.display()));
    // "5. März 2026", not "2026-03-05"; the thumbprint as Entra shows it.
    let cert = diff.kept.iter().chain(&diff.added).next().unwrap();
    let until = cert.not_after.date();
    let german = i18n::with(Lang::De, || i18n::date(until));
    assert!(german.contains(". ") && !german.contains('-'), "{german}");
    seen(&h, &german);
    assert!(h.query_by_label(&until.to_string()).is_none());
    seen(&h, &cert.sha1_thumbprint);
    h.get_by_role_and_label(Role::Button, "Vergleich schließen");
}

#[test]
fn the_test_login_step_in_dutch_copies_the_expected_value_untranslated() {
    let mut app = App::for_tests(|| common::NOW);
    app.wizard.lang = Lang::Nl;
    app.load_demo();
    // The sample of a refused sign-in, in place of the demo's signed-in one.
    app.dispatch(common::gui::refused_sample());
    let mut h = harness(app, 1600.0);
    h.state_mut().dispatch(Action::GoTo(Step::TestLogin));
    h.run_steps(3);
    h.get_by_label_contains("2 berichten in deze opname");
    h.get_by_label_contains("2. Entra-fout AADSTS50011");
    // It opened on the message that fails; the request is one click away.
    assert_eq!(h.state().wizard.login_test.selected, 1);
    h.get_by_label_contains("1. Aanvraag").click();
    // The checks' grid settles its columns over a few frames (7 at the window's text sizes).
    h.run_steps(8);
    for header in ["Controle", "Ontvangen", "Verwacht"] {
        seen(&h, header);
    }
    // Each row's copy button is named "<row> (verwacht) kopiëren"; what it copies is the expected
    // value itself.
    let expected: Vec<String> = h
        .state()
        .wizard
        .check_rows()
        .into_iter()
        .filter(|r| r.copyable)
        .map(|r| r.expected.to_string())
        .collect();
    let buttons = h
        .query_all(By::new().role(Role::Button).label_contains(" (verwacht)"))
        .count();
    assert_eq!(buttons, expected.len());
    h.query_all(By::new().role(Role::Button).label_contains(" (verwacht)"))
        .next()
        .unwrap()
        .click();
    h.step();
    assert_eq!(copied_text(&h), [expected[0].clone()]);
    assert!(expected[0].starts_with("https://"), "{}", expected[0]);
}

#[test]
fn the_language_menu_switches_and_is_remembered() {
    let mut h = harness(App::for_tests(now), 800.0);
    h.get_by_role_and_label(Role::ComboBox, "Language").click();
    h.run_steps(2);
    // Each language is offered in its own name.
    h.get_by_label("Deutsch");
    h.get_by_label("Nederlands").click();
    h.run_steps(3);
    assert_eq!(h.state().wizard.lang, Lang::Nl);
    assert_eq!(h.state().settings.language, Some(Lang::Nl));
    // The window speaks Dutch at once, the menu included.
    h.get_by_role_and_label(Role::ComboBox, "Taal");
    assert!(h.query_by_label("Language").is_none());
}

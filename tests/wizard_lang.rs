//! The wizard in Dutch and German: switching the language shows everything again in it and
//! changes nothing else (step, files, entity choice, password, export, and no job: what was
//! judged is data, its words are chosen when shown).

mod common;

use std::sync::Arc;

use topdesk_sso::core::i18n::{self, Lang};
use topdesk_sso::core::pair::PairStatus;
use topdesk_sso::core::topdesk::Section;
use topdesk_sso::wizard::{
    self, Action, Analysis, Job, PairBlock, Progress, Slot, Step, StepStatus, Wizard,
};

const NOW: time::OffsetDateTime = common::NOW_SINGLE_VALID;

/// A captured login that stopped at the request (TOPdesk's, to the fixture's Entra).
const REQUEST: &str = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_req1\" Version=\"2.0\" IssueInstant=\"2022-06-01T00:00:00Z\" Destination=\"https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2\" AssertionConsumerServiceURL=\"https://acme.topdesk.net/tas/secure/login/verify\"><saml:Issuer>https://acme.topdesk.net/saml-metadata/4f1c2b9a</saml:Issuer></samlp:AuthnRequest>";

fn drive(w: &mut Wizard, action: Action) {
    common::wizard::drive(w, action, NOW);
}

fn load(w: &mut Wizard, name: &str, bytes: impl Into<Vec<u8>>, target: Option<Slot>) {
    common::wizard::load(w, name, bytes, target, NOW);
}

/// What the window would show for `step`, in the wizard's language.
fn verdict(w: &Wizard, step: Step) -> (StepStatus, String) {
    let v = w.verdict(step);
    (v.status, v.text.render_in(w.lang))
}

fn title(w: &Wizard, step: Step) -> String {
    step.title().render_in(w.lang)
}

/// Everything the admin chose or loaded, and whether the last export still matches it.
#[derive(Debug, PartialEq)]
struct State {
    step: Step,
    section: Section,
    files: Vec<(Slot, String, usize)>,
    idp_entity: Option<String>,
    sp_entity: Option<String>,
    pair_block: Option<PairBlock>,
    keeps_password: bool,
    display_name: String,
    user_attribute: String,
    export: Option<(std::path::PathBuf, bool)>,
    capture: Option<(String, usize)>,
    selected: usize,
    codes: Vec<&'static str>,
    pair: Option<PairStatus>,
    can_export: bool,
}

fn state(w: &Wizard) -> State {
    State {
        step: w.step,
        section: w.section,
        files: [Slot::Idp, Slot::Sp, Slot::Cert, Slot::Key, Slot::Logo]
            .into_iter()
            .filter_map(|s| w.file(s).map(|f| (s, f.name.clone(), f.bytes.len())))
            .collect(),
        idp_entity: w.idp_entity.clone(),
        sp_entity: w.sp_entity.clone(),
        pair_block: w.pair_block.clone(),
        keeps_password: w.keeps_password(),
        display_name: w.display_name.clone(),
        user_attribute: w.user_attribute.clone(),
        export: w
            .last_export()
            .map(|(r, current)| (r.path.clone(), current)),
        capture: w
            .login_test
            .capture
            .as_ref()
            .map(|c| (c.name.clone(), c.bytes.len())),
        selected: w.login_test.selected,
        codes: w.findings(None).map(|f| f.code.as_str()).collect(),
        pair: w.report().and_then(|r| r.pair.as_ref()).map(|p| p.status),
        can_export: w.can_export().is_ok(),
    }
}

/// The same bytes, not a copy: nothing was read or loaded again.
fn same_files(a: &Wizard, b_bytes: &[Option<Arc<zeroize::Zeroizing<Vec<u8>>>>]) -> bool {
    [Slot::Idp, Slot::Sp, Slot::Cert, Slot::Key, Slot::Logo]
        .iter()
        .zip(b_bytes)
        .all(|(s, before)| match (a.file(*s), before) {
            (Some(f), Some(b)) => Arc::ptr_eq(&f.bytes, b),
            (None, None) => true,
            _ => false,
        })
}

fn bytes_of(w: &Wizard) -> Vec<Option<Arc<zeroize::Zeroizing<Vec<u8>>>>> {
    [Slot::Idp, Slot::Sp, Slot::Cert, Slot::Key, Slot::Logo]
        .iter()
        .map(|s| w.file(*s).map(|f| Arc::clone(&f.bytes)))
        .collect()
}

#[test]
fn a_language_switch_after_an_export_keeps_it_current_and_says_it_in_dutch_then_german() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _) = common::wizard::ready();
    drive(&mut w, Action::SetDisplayName("Log in met Entra".into()));
    let out = dir.path().join("bundle");
    drive(
        &mut w,
        Action::Export {
            out: out.clone(),
            zip: false,
        },
    );
    drive(&mut w, Action::GoTo(Step::Review));
    let before = state(&w);
    let bytes = bytes_of(&w);
    assert_eq!(before.export, Some((out.clone(), true)), "{before:?}");
    assert_eq!(
        verdict(&w, Step::Review),
        (StepStatus::Done, format!("Exported to {}.", out.display()))
    );
    assert_eq!(title(&w, Step::Review), "Review and export");

    drive(&mut w, Action::SetLanguage(Lang::Nl));
    assert_eq!(w.lang, Lang::Nl);
    assert_eq!(state(&w), before, "only the language changed");
    assert!(same_files(&w, &bytes));
    assert_eq!(
        verdict(&w, Step::Review),
        (
            StepStatus::Done,
            format!("Geëxporteerd naar {}.", out.display())
        )
    );
    assert_eq!(title(&w, Step::Review), "Controleren en exporteren");
    assert_eq!(title(&w, Step::Entra), "Entra-metagegevens");
    assert_eq!(
        verdict(&w, Step::KeyPair),
        (
            StepStatus::Done,
            "Het certificaat en de sleutel horen bij elkaar.".into()
        )
    );
    assert_eq!(
        verdict(&w, Step::LoginPage).1,
        "De inlogknop van TOPdesk krijgt de tekst \"Log in met Entra\"."
    );

    drive(&mut w, Action::SetLanguage(Lang::De));
    assert_eq!(state(&w), before, "only the language changed");
    assert!(same_files(&w, &bytes));
    assert_eq!(
        verdict(&w, Step::Review),
        (
            StepStatus::Done,
            format!("Exportiert nach {}.", out.display())
        )
    );
    assert_eq!(title(&w, Step::KeyPair), "Zertifikat und Schlüssel");
    assert_eq!(
        verdict(&w, Step::Start).1,
        "TOPdesk-Bereich: Secure (Bearbeiter)."
    );
    assert_eq!(
        verdict(&w, Step::LoginPage).1,
        "Die Anmeldeschaltfläche von TOPdesk wird „Log in met Entra“ anzeigen."
    );

    // What the bundle holds is said in the language of the export; the export itself is
    // untouched, and exporting again still works (the key was proven again).
    drive(
        &mut w,
        Action::Export {
            out: dir.path().join("again"),
            zip: false,
        },
    );
    let (record, current) = w.last_export().expect("exported again");
    assert!(current);
    let holds = record.holds.render_in(w.lang);
    assert!(
        holds.starts_with("Entra-Metadaten entra.xml, TOPdesk-Zertifikat ")
            && holds.contains("Anzeigename „Log in met Entra“, kein Logo"),
        "{holds}"
    );
}

/// One real Entra file per entity, in one aggregate: the admin has to choose.
fn aggregate_of_real_fixtures() -> (String, String) {
    let entity = |name: &str| {
        let xml = String::from_utf8(common::read(name)).unwrap();
        let xml = xml.trim_start_matches('\u{feff}');
        let start = xml.find("<EntityDescriptor").unwrap();
        let body = &xml[start..];
        let id_at = body.find("entityID=\"").unwrap() + "entityID=\"".len();
        let id = body[id_at..][..body[id_at..].find('"').unwrap()].to_owned();
        (body.to_owned(), id)
    };
    let (single, single_id) = entity(common::ENTRA_SINGLE);
    let (unsigned, _) = entity(common::ENTRA_UNSIGNED);
    (
        format!(
            "<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">{unsigned}{single}</EntitiesDescriptor>"
        ),
        single_id,
    )
}

/// An entity chosen in an aggregate, an encrypted key with a wrong password typed, and a
/// captured login on the Test login step. `None` without openssl (it encrypts the key).
fn chosen_locked_and_captured() -> Option<(Wizard, String)> {
    if !common::have_tool("openssl") {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let (sp, pair) = common::sp_and_pair(NOW);
    let enc =
        common::openssl_encrypt_pkcs8(&pair.private_key_pkcs8_der, common::PASSWORD, dir.path());
    let mut w = Wizard::default();
    let (aggregate, entity) = aggregate_of_real_fixtures();
    load(&mut w, "entra-aggregate.xml", aggregate, Some(Slot::Idp));
    assert_eq!(w.idp.as_ref().unwrap().entities.len(), 2);
    drive(
        &mut w,
        Action::ChooseEntity {
            slot: Slot::Idp,
            entity_id: entity.clone(),
        },
    );
    load(&mut w, "sp.xml", sp, None);
    load(&mut w, "cert.cer", pair.certificate_der.clone(), None);
    load(&mut w, "key-enc.pem", std::fs::read(&enc).unwrap(), None);
    drive(&mut w, Action::SetPassword("not-it".to_owned().into()));
    drive(&mut w, Action::GoTo(Step::TestLogin));
    drive(
        &mut w,
        Action::LoadCapture {
            name: "request.txt".into(),
            bytes: REQUEST.as_bytes().to_vec(),
        },
    );
    Some((w, entity))
}

#[test]
fn a_language_switch_keeps_the_entity_the_wrong_password_the_step_and_the_capture() {
    let Some((mut w, entity)) = chosen_locked_and_captured() else {
        return;
    };
    let before = state(&w);
    let bytes = bytes_of(&w);
    assert_eq!(before.idp_entity.as_deref(), Some(entity.as_str()));
    assert_eq!(
        before.pair_block,
        Some(PairBlock::Password {
            slot: Slot::Key,
            wrong: true
        })
    );
    assert_eq!(
        verdict(&w, Step::KeyPair),
        (
            StepStatus::Error,
            "That password does not open key-enc.pem. Try again.".into()
        )
    );
    assert!(matches!(w.login_test.progress, Progress::Done(_)));
    let capture_verdict = verdict(&w, Step::TestLogin);
    let check_names = |w: &Wizard| {
        w.check_rows()
            .into_iter()
            .map(|r| r.check.render_in(w.lang))
            .collect::<Vec<_>>()
    };
    let rows_en = check_names(&w);

    assert_eq!(
        capture_verdict,
        (
            StepStatus::Warning,
            "No response in this capture: capture the whole login, up to TOPdesk's page.".into()
        )
    );
    assert!(rows_en.contains(&"Signed".to_owned()), "{rows_en:?}");

    for (lang, wrong, step, signed) in [
        (
            Lang::Nl,
            "Met dat wachtwoord kan key-enc.pem niet worden geopend. Probeer het opnieuw.",
            "Aanmelding testen",
            "Ondertekend",
        ),
        (
            Lang::De,
            "Mit diesem Kennwort lässt sich key-enc.pem nicht öffnen. Versuchen Sie es erneut.",
            "Anmeldung testen",
            "Signiert",
        ),
    ] {
        drive(&mut w, Action::SetLanguage(lang));
        assert_eq!(state(&w), before, "{lang:?}: only the language changed");
        assert!(same_files(&w, &bytes), "{lang:?}");
        // The wrong password is still called wrong (said again, not judged again).
        assert_eq!(
            verdict(&w, Step::KeyPair),
            (StepStatus::Error, wrong.into())
        );
        assert_eq!(title(&w, Step::TestLogin), step);
        // The capture was judged again: the same verdict, said in the new language.
        assert!(matches!(w.login_test.progress, Progress::Done(_)));
        let now = verdict(&w, Step::TestLogin);
        assert_eq!(now.0, capture_verdict.0);
        assert_ne!(now.1, capture_verdict.1, "{lang:?}: {}", now.1);
        let rows = check_names(&w);
        assert_eq!(rows.len(), rows_en.len());
        assert!(rows.contains(&signed.to_owned()), "{lang:?}: {rows:?}");
        // SAML's own names are not translated.
        assert!(rows.contains(&"ACS URL".to_owned()), "{rows:?}");
    }

    // The right password still opens the key after the switches, and is forgotten.
    drive(
        &mut w,
        Action::SetPassword(common::PASSWORD.to_owned().into()),
    );
    assert_eq!(w.pair_block, None);
    assert_eq!(
        verdict(&w, Step::KeyPair),
        (
            StepStatus::Done,
            "Zertifikat und Schlüssel gehören zusammen.".into()
        )
    );
    assert!(!w.keeps_password());
    // A language switch now keeps the opened key: the export is possible in every language.
    drive(&mut w, Action::SetLanguage(Lang::Nl));
    assert_eq!(w.pair_block, None);
    assert!(!w.keeps_password());
    assert_eq!(
        w.report().unwrap().pair.as_ref().unwrap().status,
        PairStatus::Match
    );
    assert_eq!(w.idp_entity.as_deref(), Some(entity.as_str()));
}

#[test]
fn a_switch_runs_nothing_and_a_running_analysis_still_lands() {
    let mut w = Wizard::default();
    let routed = w.apply(
        Action::Load {
            name: "entra.xml".into(),
            path: None,
            bytes: common::read(common::ENTRA_SINGLE),
            target: None,
        },
        NOW,
    );
    let routed = wizard::run(routed.into_iter().next().unwrap());
    let job = w.apply(routed, NOW).into_iter().next().unwrap();
    assert!(matches!(job, Job::Analyse(_)));
    // The admin switches to Dutch while the analysis runs: nothing new starts.
    assert!(w.apply(Action::SetLanguage(Lang::Nl), NOW).is_empty());
    assert_eq!(verdict(&w, Step::Entra).1, "De bestanden worden gelezen…");
    // The analysis started before the switch lands, and is shown in Dutch.
    let result = wizard::run(job);
    assert!(w.apply(result, NOW).is_empty());
    let Analysis::Done(report) = &w.analysis else {
        panic!("the analysis did not land: {:?}", w.analysis);
    };
    let report = Arc::clone(report);
    let dutch = verdict(&w, Step::Entra);
    // Back to English: the same analysis (not made again), its words in English.
    assert!(w.apply(Action::SetLanguage(Lang::En), NOW).is_empty());
    let Analysis::Done(again) = &w.analysis else {
        panic!("{:?}", w.analysis);
    };
    assert!(Arc::ptr_eq(again, &report), "nothing was analysed again");
    let english = verdict(&w, Step::Entra);
    assert_eq!(english.0, dutch.0);
    assert_ne!(english.1, dutch.1, "{english:?} / {dutch:?}");
    assert_eq!(w.idp.as_ref().unwrap().name, "entra.xml");
}

#[test]
fn messages_with_numbers_use_each_languages_plural() {
    let described = |lang, size: usize| {
        let mut w = Wizard::default();
        drive(&mut w, Action::SetLanguage(lang));
        drive(
            &mut w,
            Action::LoadCapture {
                name: "c.txt".into(),
                bytes: vec![b'x'; size],
            },
        );
        w.login_test.capture.unwrap().description.render_in(lang)
    };
    assert_eq!(described(Lang::En, 1), "Captured login, 1 byte");
    assert_eq!(described(Lang::En, 2), "Captured login, 2 bytes");
    assert_eq!(described(Lang::Nl, 1), "Vastgelegde aanmelding, 1 byte");
    assert_eq!(described(Lang::Nl, 2), "Vastgelegde aanmelding, 2 bytes");
    assert_eq!(described(Lang::De, 1), "Aufgezeichnete Anmeldung, 1 Byte");
    assert_eq!(described(Lang::De, 2), "Aufgezeichnete Anmeldung, 2 Bytes");
}

#[test]
fn a_file_on_the_wrong_zone_is_told_where_it_went_in_the_readers_words() {
    let (sp, _) = common::sp_and_pair(NOW);
    for (lang, expected) in [
        (
            Lang::En,
            "sp.xml is not the Entra federation metadata but TOPdesk SP metadata: it was put in step 3, TOPdesk metadata.",
        ),
        (
            Lang::Nl,
            "sp.xml bevat niet de federatieve metagegevens van Entra maar SP-metagegevens van TOPdesk: het bestand is in stap 3, TOPdesk-metagegevens, geplaatst.",
        ),
        (
            Lang::De,
            "sp.xml ist nicht die Datei mit den Entra-Verbundmetadaten, sondern die Datei mit den TOPdesk-SP-Metadaten: Die Datei wurde in Schritt 3, TOPdesk-Metadaten, abgelegt.",
        ),
    ] {
        let mut w = Wizard::default();
        drive(&mut w, Action::SetLanguage(lang));
        load(&mut w, "sp.xml", sp.clone(), Some(Slot::Idp));
        let notes: Vec<_> = w.notices.iter().map(|n| n.text.render_in(lang)).collect();
        assert_eq!(notes, [expected], "{lang:?}");
    }
}

#[test]
fn the_signature_received_keeps_its_english_words_and_its_thumbprint() {
    let said = |lang, status: &str, signed: &str, signed_by: &str| {
        i18n::with(lang, || {
            topdesk_sso::tr!("wizard-login-signature", status, signed, signed_by)
        })
    };
    // As before the catalogues: the status, what it covers, who signed.
    assert_eq!(
        said(Lang::En, "valid", "assertion", "AB12CD"),
        "valid: assertion, by AB12CD"
    );
    assert_eq!(said(Lang::En, "absent", "none", "none"), "absent");
    assert_eq!(said(Lang::En, "invalid", "both", "none"), "invalid: both");
    assert_eq!(
        said(Lang::Nl, "valid", "both", "AB12CD"),
        "geldig: antwoord en assertie, door AB12CD"
    );
    assert_eq!(
        said(Lang::De, "valid", "response", "AB12CD"),
        "gültig: Antwort, von AB12CD"
    );
}

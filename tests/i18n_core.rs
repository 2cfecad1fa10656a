//! The engine speaks Dutch and German: real findings from real fixtures in each language, with
//! the values pasted elsewhere (thumbprints, URLs, entity IDs, command-line values) untouched,
//! plurals right for 1 and 2, and errors made in the language of the thread that shows them.

mod common;

use common::{NOW, Sp};
use topdesk_sso::core::check::{CheckInput, Report, check};
use topdesk_sso::core::fetch::FetchError;
use topdesk_sso::core::findings::{Code, Finding, Severity};
use topdesk_sso::core::i18n::{Lang, with};
use topdesk_sso::core::inspect::inspect;
use topdesk_sso::core::keygen;
use topdesk_sso::core::metadata::Metadata;
use topdesk_sso::core::topdesk::Section;

fn report(input: &CheckInput<'_>) -> Report {
    check(input).unwrap()
}

fn finding(report: &Report, code: Code) -> &Finding {
    report
        .findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", report.findings))
}

#[test]
fn a_rollover_is_told_in_dutch_and_german_with_the_thumbprint_and_a_local_date() {
    let bytes = common::read(common::ENTRA_ROLLOVER);
    let input = CheckInput {
        idp: Some(&bytes),
        ..CheckInput::new(NOW)
    };
    let in_lang = |lang| {
        let mut r = report(&input);
        common::said_in(lang, &mut r.findings);
        r
    };
    let (en, nl, de) = (in_lang(Lang::En), in_lang(Lang::Nl), in_lang(Lang::De));
    let active = en
        .idp
        .as_ref()
        .unwrap()
        .certificates
        .iter()
        .find(|c| c.active)
        .unwrap();
    let thumbprint = active.info.sha1_thumbprint.as_str();
    let expires = active.info.not_after.date();
    let month = u8::from(expires.month());

    let en_f = finding(&en, Code::IdpRollover);
    assert!(
        en_f.message
            .to_string()
            .starts_with("Entra lists 2 signing certificates"),
        "{}",
        en_f.message
    );
    assert!(
        en_f.message.to_string().contains(thumbprint),
        "{}",
        en_f.message
    );

    let nl_f = finding(&nl, Code::IdpRollover);
    assert!(
        nl_f.message
            .to_string()
            .starts_with("Entra vermeldt 2 handtekeningcertificaten"),
        "{}",
        nl_f.message
    );
    assert!(
        nl_f.message.to_string().contains(thumbprint),
        "{}",
        nl_f.message
    );
    assert!(
        nl_f.message
            .to_string()
            .contains(&format!("verlopen op {} ", expires.day())),
        "{}",
        nl_f.message
    );
    assert!(
        nl_f.fix
            .to_string()
            .contains("App-URL voor federatieve metagegevens"),
        "{}",
        nl_f.fix
    );

    let de_f = finding(&de, Code::IdpRollover);
    assert!(
        de_f.message
            .to_string()
            .starts_with("Entra führt 2 Signaturzertifikate auf"),
        "{}",
        de_f.message
    );
    assert!(
        de_f.message.to_string().contains(thumbprint),
        "{}",
        de_f.message
    );
    assert!(
        de_f.message
            .to_string()
            .contains(&format!("abgelaufen am {}. ", expires.day())),
        "{}",
        de_f.message
    );
    assert!(
        de_f.fix.to_string().contains("App-Verbundmetadaten-URL"),
        "{}",
        de_f.fix
    );
    // The date is written for reading, never as the ISO date.
    let iso = format!("{}-{month:02}-{:02}", expires.year(), expires.day());
    for f in [en_f, nl_f, de_f] {
        assert!(!f.message.to_string().contains(&iso), "{}", f.message);
    }
    // Codes, severities and everything else the JSON keys on stay the same in every language.
    let codes = |r: &Report| {
        r.findings
            .iter()
            .map(|f| (f.code, f.severity))
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&en), codes(&nl));
    assert_eq!(codes(&en), codes(&de));
}

#[test]
fn the_tenant_wide_file_names_entras_own_menu_in_each_language_and_keeps_the_url_part() {
    let bytes = common::read(common::ENTRA_TENANT);
    let input = CheckInput {
        idp: Some(&bytes),
        ..CheckInput::new(NOW)
    };
    let fix = |lang| {
        with(lang, || {
            finding(&report(&input), Code::IdpTenantWide)
                .fix
                .to_string()
        })
    };
    let (nl, de) = (fix(Lang::Nl), fix(Lang::De));
    assert!(
        nl.contains("Bedrijfstoepassingen") && nl.contains("Eenmalige aanmelding"),
        "{nl}"
    );
    assert!(
        de.contains("Unternehmensanwendungen") && de.contains("Einmaliges Anmelden"),
        "{de}"
    );
    for text in [&nl, &de] {
        assert!(text.contains("?appid=…"), "{text}");
    }
}

#[test]
fn a_section_mismatch_uses_translated_section_names_and_the_literal_cli_value() {
    let sp = Sp::secure().xml();
    let input = CheckInput {
        sp: Some(sp.as_bytes()),
        section: Some(Section::Public),
        ..CheckInput::new(NOW)
    };
    let get = |lang| {
        let mut f = finding(&report(&input), Code::SectionMismatch).clone();
        common::said_in(lang, std::slice::from_mut(&mut f));
        f
    };
    let nl = get(Lang::Nl);
    assert_eq!(
        nl.message,
        "De configuratie is voor het gedeelte Public (selfserviceportal), maar deze TOPdesk-metagegevens horen bij het gedeelte Secure (behandelaars)."
    );
    assert!(
        nl.fix.to_string().ends_with("of kies het gedeelte secure."),
        "{}",
        nl.fix
    );
    let de = get(Lang::De);
    assert!(
        de.message
            .to_string()
            .starts_with("Sie konfigurieren den Bereich Public (Self-Service-Portal)"),
        "{}",
        de.message
    );
    // The label follows the thread's language wherever it is shown.
    assert_eq!(
        with(Lang::De, || Section::Secure.label().to_string()),
        "Secure (Bearbeiter)"
    );
    assert_eq!(
        Section::Secure.label().render_in(Lang::En),
        "Secure (operators)"
    );
}

#[test]
fn certificate_counts_are_fluent_plurals_for_one_and_two() {
    let der = &common::topdesk_cert().certificate_der;
    let one = keygen::to_pem("CERTIFICATE", der);
    let two = format!("{one}{one}");
    let summary = |lang, pem: &str| inspect(pem.as_bytes(), NOW, None).summary().render_in(lang);
    assert_eq!(summary(Lang::En, &one), "1 X.509 certificate (PEM)");
    assert_eq!(summary(Lang::En, &two), "2 X.509 certificates (PEM)");
    assert_eq!(summary(Lang::Nl, &one), "1 X.509-certificaat (PEM)");
    assert_eq!(summary(Lang::Nl, &two), "2 X.509-certificaten (PEM)");
    assert_eq!(summary(Lang::De, &one), "1 X.509-Zertifikat (PEM)");
    assert_eq!(summary(Lang::De, &two), "2 X.509-Zertifikate (PEM)");
}

#[test]
fn errors_are_made_in_the_language_of_the_thread_that_shows_them() {
    // One error value, displayed in three languages.
    let err = FetchError::Status(403);
    assert_eq!(
        with(Lang::En, || err.to_string()),
        "the server answered 403 (access refused: this address needs a sign-in; download the file instead)"
    );
    assert!(
        with(Lang::Nl, || err.to_string())
            .starts_with("de server antwoordde 403 (toegang geweigerd")
    );
    assert!(
        with(Lang::De, || err.to_string())
            .starts_with("der Server antwortete 403 (Zugriff verweigert")
    );

    let doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<x/>";
    let err = Metadata::read(doctype.as_bytes(), None).unwrap_err();
    assert!(
        with(Lang::Nl, || err.to_string())
            .starts_with("het bestand declareert een DOCTYPE (regel 2)")
    );
    assert!(
        with(Lang::De, || err.to_string())
            .starts_with("die Datei deklariert einen DOCTYPE (Zeile 2)")
    );

    // Severity words for people; Display (and JSON) stay English.
    assert_eq!(Severity::Warning.label().render_in(Lang::De), "Warnung");
    assert_eq!(with(Lang::De, || Severity::Warning.to_string()), "warning");
}

/// A date in a finding is said in the reader's language when shown, not in the language of the
/// analysis (issue 19: the expired-metadata date was made when the file was checked).
#[test]
fn the_expired_metadata_date_is_said_when_shown() {
    let sp = Sp {
        valid_until: Some("2026-05-01T00:00:00Z".into()),
        ..Sp::secure()
    }
    .xml();
    let input = CheckInput {
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(NOW)
    };
    let r = with(Lang::En, || report(&input));
    let f = finding(&r, Code::MetadataExpired);
    assert!(
        f.message.render_in(Lang::De).contains("1. Mai 2026"),
        "{}",
        f.message.render_in(Lang::De)
    );
    assert!(
        f.message.render_in(Lang::Nl).contains("1 mei 2026"),
        "{}",
        f.message.render_in(Lang::Nl)
    );
}

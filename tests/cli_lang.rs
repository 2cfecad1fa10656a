//! The `topdesk-sso` binary speaks the admin's language: `--lang`, then `LC_ALL` > `LC_MESSAGES` >
//! `LANG`; an unknown language is English; `--lang xx` is a one-line usage error; JSON is the
//! same in every language; URLs and thumbprints are never translated.

mod common;

use tempfile::TempDir;

/// Inside the validity of the single-cert Entra fixture.
const VALID_AT: &str = "2022-06-01T00:00:00Z";
const THUMBPRINT: &str = "769F611FAA5B9005734B57506B841E33143EA055";
const REPLY: &str = "https://acme.topdesk.net/tas/secure/login/verify";

/// Runs the binary with exactly these locale variables (the others removed).
fn run(env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_topdesk-sso"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    // Where no locale variable decides, the OS setting would: pin it to English first.
    let out = cmd
        .env("LANG", "C")
        .envs(env.iter().copied())
        .args(args)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap(),
        text(out.stdout),
        text(out.stderr),
    )
}

struct Files {
    _dir: TempDir,
    idp: String,
    sp: String,
}

fn files() -> Files {
    let dir = TempDir::new().unwrap();
    let sp = dir.path().join("sp-secure.xml");
    std::fs::write(&sp, common::Sp::secure().xml()).unwrap();
    Files {
        idp: common::data(common::ENTRA_SINGLE)
            .to_str()
            .unwrap()
            .to_owned(),
        sp: sp.to_str().unwrap().to_owned(),
        _dir: dir,
    }
}

fn check(f: &Files, env: &[(&str, &str)], extra: &[&str]) -> (i32, String, String) {
    let args = [
        &["check", "--idp", &f.idp, "--sp", &f.sp, "--now", VALID_AT][..],
        extra,
    ]
    .concat();
    run(env, &args)
}

/// The values pasted into Entra and compared with its portal, exactly as in English.
fn assert_values_untouched(out: &str) {
    for value in [
        THUMBPRINT,
        REPLY,
        "https://acme.topdesk.net/saml-metadata/4f1c2b9a",
        "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/",
    ] {
        assert!(out.contains(value), "{value} missing:\n{out}");
    }
}

#[test]
fn lang_option_gives_dutch() {
    let f = files();
    let (code, out, err) = check(&f, &[], &["--lang", "nl"]);
    assert_eq!(code, 0, "{out}{err}");
    // Entra's Dutch portal names, aligned under the longest Dutch label.
    assert!(
        out.starts_with("Entra Standaard SAML-configuratie"),
        "{out}"
    );
    assert!(
        out.contains(&format!("  Antwoord-URL       {REPLY}\n")),
        "{out}"
    );
    assert!(
        out.contains(&format!("SHA-1-vingerafdruk {THUMBPRINT}")),
        "{out}"
    );
    assert!(
        out.contains("geldig van 22 dec 2020 tot 22 dec 2023"),
        "{out}"
    );
    assert!(
        !out.contains("Reply URL") && !out.contains("Signing certificates"),
        "{out}"
    );
    assert_values_untouched(&out);
    // --lang=nl after the subcommand's options works the same.
    assert_eq!(check(&f, &[], &["--lang=nl"]).1, out);
}

#[test]
fn lang_variable_gives_german() {
    let f = files();
    let (code, out, err) = check(&f, &[("LANG", "de_DE.UTF-8")], &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.starts_with("Entra Grundlegende SAML-Konfiguration"),
        "{out}"
    );
    assert!(out.contains("Bezeichner (Entitäts-ID)"), "{out}");
    assert!(
        out.contains(&format!("SHA-1-Fingerabdruck {THUMBPRINT}")),
        "{out}"
    );
    assert!(
        out.contains("gültig vom 22. Dez. 2020 bis 22. Dez. 2023"),
        "{out}"
    );
    assert_values_untouched(&out);
    // LC_ALL beats LANG; --lang beats both.
    let (_, nl, _) = check(
        &f,
        &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")],
        &[],
    );
    assert!(nl.starts_with("Entra Standaard SAML-configuratie"), "{nl}");
    let (_, en, _) = check(&f, &[("LC_ALL", "de_DE.UTF-8")], &["--lang", "en"]);
    assert!(en.starts_with("Entra Basic SAML Configuration"), "{en}");
}

#[test]
fn unknown_language_is_english() {
    let f = files();
    let (code, out, err) = check(
        &f,
        &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")],
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("Entra Basic SAML Configuration"), "{out}");
    assert!(
        out.contains(&format!("  Reply URL               {REPLY}\n")),
        "{out}"
    );
    assert_values_untouched(&out);
}

#[test]
fn unknown_lang_option_is_a_one_line_usage_error() {
    let f = files();
    for bad in [&["--lang", "xx"][..], &["--lang=fr"], &["--lang", ""]] {
        let (code, out, err) = check(&f, &[], bad);
        assert_eq!(code, 2, "{bad:?}: {out}{err}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("en, nl or de"), "{err}");
    }
    // Said in the system's language (it is the only one known).
    let (code, _, err) = check(&f, &[("LANG", "nl_NL.UTF-8")], &["--lang", "xx"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("onbekende taal 'xx'") && err.contains("en, nl of de"),
        "{err}"
    );
}

#[test]
fn json_is_the_same_in_every_language() {
    let f = files();
    let (code, en, _) = check(&f, &[], &["--json", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(en.contains("\"message\""), "{en}");
    for (env, lang) in [(&[][..], "nl"), (&[("LANG", "de_DE.UTF-8")][..], "de")] {
        let (_, other, _) = check(&f, env, &["--json", "--lang", lang]);
        assert_eq!(other, en, "{lang}");
    }
    let (_, from_env, _) = check(&f, &[("LC_ALL", "de_DE.UTF-8")], &["--json"]);
    assert_eq!(from_env, en);
}

#[test]
fn errors_on_stderr_speak_the_language() {
    let (code, _, err) = run(&[("LANG", "de_DE.UTF-8")], &["check"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim_end(),
        "topdesk-sso: Fehler: nichts zu prüfen: Geben Sie --idp FILE, --sp FILE, --cert FILE und/oder --key FILE an"
    );
}

#[test]
fn help_in_german() {
    let (code, out, _) = run(&[("LANG", "de_DE.UTF-8")], &["check", "--help"]);
    assert_eq!(code, 0);
    for german in [
        "Aufruf:",
        "Optionen:",
        "Exitcodes:",
        "Hilfe anzeigen",
        "TOPdesk-Schlüsselpaar",
    ] {
        assert!(out.contains(german), "{german}:\n{out}");
    }
    assert!(
        !out.contains("Usage:") && !out.contains("Print help"),
        "{out}"
    );
    // Options and their value names are never translated.
    assert!(
        out.contains("--idp <FILE|URL>") && out.contains("--lang <LANG>"),
        "{out}"
    );
    let (_, top, _) = run(&[], &["--lang", "de", "--help"]);
    assert!(
        top.contains("Befehle:") && top.contains("diagnose"),
        "{top}"
    );
}

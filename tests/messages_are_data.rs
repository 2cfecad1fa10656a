//! Findings, notices, verdicts and errors hold messages (a catalogue id and its arguments, said
//! when shown), never text already said in one language. Kept so by reading the source of the
//! engine (`src/core`) and the wizard (`src/wizard`):
//!
//! - no `tr!` (the renderer) there, except where a file for a person is written (the bundle's
//!   sheets, the calendar reminders) and in the catalogue code itself;
//! - no field named for a text a person reads (`message`, `fix`, `text`, `reason`, `verdict`…)
//!   that holds a `String`;
//! - no `Result<_, String>`: an error is a message or an error type.

use std::path::{Path, PathBuf};

/// Files that write a text for a person to read, in the language of the moment (and the
/// renderer's own module).
const MAY_RENDER: [&str; 4] = [
    "src/core/i18n/mod.rs",
    "src/core/i18n/msg.rs",
    "src/core/bundle/sheets.rs",
    "src/core/reminders.rs",
];

/// Field names that hold what a person reads.
const TEXT_FIELDS: [&str; 16] = [
    "message",
    "fix",
    "text",
    "reason",
    "verdict",
    "description",
    "problem",
    "problems",
    "why",
    "holds",
    "note",
    "check",
    "expected",
    "received",
    "summary",
    "title",
];

/// Fields that hold someone else's words, quoted as they are, or values (never ours to translate).
const QUOTED: [(&str, &str); 5] = [
    // Entra's own error text, as the captured page or response says it.
    ("src/core/diagnose/mod.rs", "pub message: String,"),
    // Microsoft Graph's own error message (its `error.message`).
    ("src/core/graph/mod.rs", "message: String,"),
    // The sign-in service's own sentence for a device code, as it sends it.
    ("src/core/graph/token.rs", "pub message: String,"),
    ("src/core/graph/token.rs", "message: String,"),
    // The value an Entra check expects (a URL, `saml`, thumbprints), pasted or compared as is.
    ("src/core/graph/checks.rs", "pub expected: String,"),
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// (file relative to the crate, line number, line) of every line of the engine and the wizard.
fn lines() -> Vec<(String, usize, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/core", "src/wizard"] {
        sources(&root.join(dir), &mut files);
    }
    let mut out = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            out.push((name.clone(), i + 1, line.to_owned()));
        }
    }
    assert!(
        out.len() > 10_000,
        "the sources were not found: {}",
        out.len()
    );
    out
}

/// A text field (public or not) of type `String`, or a list or option of them, on this line.
fn string_text_field(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let line = match line.strip_prefix("pub") {
        Some(rest) if rest.starts_with('(') => rest.split_once(") ")?.1,
        Some(rest) => rest.strip_prefix(' ')?,
        None => line,
    };
    let (name, ty) = line.split_once(": ")?;
    let ty = ty.trim_end_matches(',');
    let stringy = ["String", "Option<String>", "Vec<String>", "Box<str>"].contains(&ty);
    (stringy && TEXT_FIELDS.contains(&name)).then_some(name)
}

#[test]
fn the_engine_and_the_wizard_keep_words_as_messages() {
    let mut found = Vec::new();
    let mut tested = Vec::new();
    for (file, n, line) in lines() {
        if line.trim() == "mod tests {" {
            tested.push(file.clone());
        }
        if tested.contains(&file) {
            continue; // a file's unit tests (at its end) may read words as text
        }
        let code = line.split("//").next().unwrap_or_default();
        if code.contains("tr!(") && !MAY_RENDER.contains(&file.as_str()) {
            found.push(format!(
                "{file}:{n}: renders words where it should keep a message: {line}"
            ));
        }
        if let Some(name) = string_text_field(&line)
            && !QUOTED.contains(&(file.as_str(), line.trim()))
        {
            found.push(format!("{file}:{n}: `{name}` holds a String: {line}"));
        }
        if code.contains(", String>") && code.contains("Result<") {
            found.push(format!("{file}:{n}: an error as a String: {line}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The checks above find what they are for.
#[test]
fn the_checks_find_words_kept_as_strings() {
    assert_eq!(
        string_text_field("    pub message: String,"),
        Some("message")
    );
    assert_eq!(
        string_text_field("    pub(crate) fix: Option<String>,"),
        Some("fix")
    );
    assert_eq!(string_text_field("pub text: Vec<String>,"), Some("text"));
    assert_eq!(string_text_field("    pub message: Msg,"), None);
    assert_eq!(string_text_field("        reason: String,"), Some("reason"));
    assert_eq!(string_text_field("    pub name: String,"), None);
}

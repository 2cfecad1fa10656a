//! The catalogues (i18n/<lang>/*.ftl) against each other and against the source: every message
//! in every language, the same placeholders everywhere, every `tr!` call naming a message that
//! exists with exactly the placeholders it uses, and no message nobody uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use topdesk_sso::core::i18n::{Lang, catalogue};

/// message id (or `id.attribute`) → the placeholders it uses, per language.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
        }
        _ => {}
    }
}

fn messages(lang: Lang) -> Messages {
    let mut all = Messages::new();
    for (file, source) in catalogue(lang) {
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("i18n/{}/{file}: {errors:?}", lang.code()));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables_in_pattern(value, &mut vars);
                }
                let id = m.id.name.to_owned();
                assert!(
                    all.insert(id.clone(), vars).is_none(),
                    "i18n/{}/{file}: `{id}` is defined twice",
                    lang.code()
                );
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    variables_in_pattern(&a.value, &mut vars);
                    all.insert(format!("{id}.{}", a.id.name), vars);
                }
            }
        }
    }
    all
}

#[test]
fn every_message_in_every_language_with_the_same_placeholders() {
    let english = messages(Lang::En);
    assert!(
        english.contains_key("language-name"),
        "the English catalogue is read"
    );
    let mut problems = Vec::new();
    for lang in [Lang::Nl, Lang::De] {
        let other = messages(lang);
        for (id, vars) in &english {
            match other.get(id) {
                None => problems.push(format!("{}: `{id}` is missing", lang.code())),
                Some(v) if v != vars => problems.push(format!(
                    "{}: `{id}` uses {v:?}, English uses {vars:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: `{id}` is not in English", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every Rust file in `src/`: (path, text).
fn source_files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut files = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    out
}

/// Every `tr!("id", a = …, b)` call in `src/`: (file, id, placeholder names).
fn tr_calls() -> Vec<(String, String, BTreeSet<String>)> {
    let mut calls = Vec::new();
    for (name, source) in source_files() {
        // Comments (documentation examples) are not calls.
        let text: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("tr!(") {
            rest = &rest[at + 4..];
            let args = split_args(rest);
            let Some(id) = args.first().and_then(|a| a.trim().strip_prefix('"')) else {
                continue; // the macro's own definition
            };
            let id = id.trim_end_matches('"').to_owned();
            let names = args[1..]
                .iter()
                .map(|a| a.split('=').next().unwrap().trim().to_owned())
                .filter(|n| !n.is_empty())
                .collect();
            calls.push((name.clone(), id, names));
        }
    }
    calls
}

/// The top-level comma-separated arguments up to the closing parenthesis (strings, chars and
/// nested brackets skipped).
fn split_args(s: &str) -> Vec<String> {
    let (mut depth, mut args, mut current) = (0usize, Vec::new(), String::new());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                current.push(c);
                while let Some(c) = chars.next() {
                    current.push(c);
                    if c == '\\' {
                        current.extend(chars.next());
                    } else if c == '"' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => {
                depth -= 1;
                current.push(c);
            }
            ',' if depth == 0 => args.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    if !current.trim().is_empty() {
        args.push(current);
    }
    args
}

#[test]
fn every_tr_call_names_an_english_message_with_its_placeholders() {
    let english = messages(Lang::En);
    let calls = tr_calls();
    assert!(calls.len() > 3, "the source is scanned");
    let problems: Vec<String> = calls
        .iter()
        // The unit test of the fallback asks for a message that does not exist on purpose.
        .filter(|(_, id, _)| id != "no-such-message")
        .filter_map(|(file, id, names)| match english.get(id) {
            None => Some(format!("{file}: tr!(\"{id}\") has no English message")),
            Some(vars) if vars != names => Some(format!(
                "{file}: tr!(\"{id}\") passes {names:?}, the message uses {vars:?}"
            )),
            Some(_) => None,
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_is_used_somewhere() {
    // A message is used when its id appears as a string literal in src/ (through tr!, or a
    // table of ids); attributes belong to their message.
    let source: String = source_files().into_iter().map(|(_, text)| text).collect();
    let unused: Vec<String> = messages(Lang::En)
        .into_keys()
        .filter(|id| !id.contains('.') && !source.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

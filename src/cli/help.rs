//! clap's help in the thread's language: the derive in `mod.rs` declares the options; every text
//! shown by `--help` (about, option help, exit codes, clap's own headings and flags) is set here
//! from the catalogue, walking the built [`clap::Command`]. clap's error messages stay clap's
//! (English): they cannot be translated from outside.

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command, CommandFactory as _};

use super::Cli;
use crate::tr;

/// The whole command line with its help in the current language.
pub(super) fn command() -> Command {
    let headings = Headings {
        commands: leak(tr!("cli-help-commands")),
        options: leak(tr!("cli-help-options")),
        arguments: leak(tr!("cli-help-arguments")),
    };
    // Built first: the subcommands' options are declared only when a subcommand is built
    // (`defer`, so that a run declares only its own), and the global --lang and clap's own
    // --help, --version and `help` exist only once built, to be given their texts.
    let mut all = Cli::command();
    all.build();
    let root = texts(all, "", headings)
        .about(tr!("cli-about"))
        .after_help(tr!("cli-exit-codes"))
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_owned();
            // `entra check|apply|create`: their texts are found as `entra-check`, ….
            let sub = sub.mut_subcommands(|inner| {
                let name = format!("{name}-{}", inner.get_name());
                described(texts(inner, &name, headings), &name)
            });
            described(texts(sub, &name, headings), &name)
        });
    builtins(root, headings)
}

/// clap's headings in the current language. clap takes headings only as `&'static str`
/// (without its "string" feature): these few live as long as the program, like the command
/// line they belong to.
#[derive(Clone, Copy)]
struct Headings {
    commands: &'static str,
    options: &'static str,
    arguments: &'static str,
}

impl Headings {
    /// Positional arguments and options under their headings.
    fn put(self, arg: Arg) -> Arg {
        if arg.is_positional() {
            arg.help_heading(self.arguments)
        } else {
            arg.help_heading(self.options)
        }
    }
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Option help, headings and the usage line's heading of one command.
fn texts(cmd: Command, name: &str, headings: Headings) -> Command {
    let (usage, header) = (cmd.get_styles().get_usage(), cmd.get_styles().get_header());
    // A built subcommand lists the global --lang before its own arguments (`defer`), and clap
    // orders headings by their first argument: a command with arguments names its sections.
    let sections = if cmd.get_positionals().any(|a| !a.is_hide_set()) && !cmd.has_subcommands() {
        format!(
            "{h}{}:{r}\n{{positionals}}\n\n{h}{}:{r}\n{{options}}",
            headings.arguments,
            headings.options,
            h = header.render(),
            r = header.render_reset()
        )
    } else {
        "{all-args}".to_owned()
    };
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{sections}{{after-help}}",
        usage.render(),
        tr!("cli-help-usage"),
        usage.render_reset()
    );
    let mut positionals = 0;
    cmd.help_template(template)
        .subcommand_help_heading(headings.commands)
        .mut_args(|arg| {
            let arg = match arg_help(name, arg.get_id().as_str()) {
                Some(help) => headings.put(arg).help(help),
                None => headings.put(arg),
            };
            // Positional arguments in their order (under a heading clap sorts them by name).
            if arg.is_positional() {
                positionals += 1;
                arg.display_order(positionals)
            } else {
                arg
            }
        })
}

/// clap's own --help, --version and `help`, everywhere (they exist only once built).
fn builtins(cmd: Command, headings: Headings) -> Command {
    let cmd = cmd.mut_args(|arg| {
        let help = match arg.get_action() {
            ArgAction::Help => tr!("cli-help-help"),
            ArgAction::Version => tr!("cli-help-version"),
            _ => return arg,
        };
        headings.put(arg).help(help)
    });
    // `help` lists copies of the commands, made as the command line was built: their about
    // lines are the commands' own.
    let abouts: Vec<(String, StyledStr)> = cmd
        .get_subcommands()
        .filter_map(|s| Some((s.get_name().to_owned(), s.get_about()?.clone())))
        .collect();
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            sub.about(tr!("cli-help-subcommand"))
                .mut_subcommands(|copy| {
                    match abouts.iter().find(|(name, _)| name == copy.get_name()) {
                        Some((_, about)) => copy.about(about.clone()),
                        None => copy,
                    }
                })
        } else {
            builtins(sub, headings)
        }
    })
}

/// The about line and exit codes of `command`.
fn described(cmd: Command, command: &str) -> Command {
    let cmd = cmd.after_help(exit_codes(command));
    match about(command) {
        Some(about) => cmd.about(about),
        None => cmd,
    }
}

fn about(command: &str) -> Option<String> {
    Some(match command {
        "check" => tr!("cli-about-check"),
        "urls" => tr!("cli-about-urls"),
        "inspect" => tr!("cli-about-inspect"),
        "diff" => tr!("cli-about-diff"),
        "keygen" => tr!("cli-about-keygen"),
        "diagnose" => tr!("cli-about-diagnose"),
        "export" => tr!("cli-about-export"),
        "entra" => tr!("cli-about-entra"),
        "entra-check" => tr!("cli-about-entra-check"),
        "entra-apply" => tr!("cli-about-entra-apply"),
        "entra-create" => tr!("cli-about-entra-create"),
        _ => return None,
    })
}

fn exit_codes(command: &str) -> String {
    match command {
        "diff" => tr!("cli-exit-codes-diff"),
        "keygen" => tr!("cli-exit-codes-keygen"),
        "diagnose" => tr!("cli-exit-codes-diagnose"),
        "export" => tr!("cli-exit-codes-export"),
        "entra-check" => tr!("cli-exit-codes-entra-check"),
        "entra" | "entra-apply" | "entra-create" => tr!("cli-exit-codes-entra-apply"),
        _ => tr!("cli-exit-codes"),
    }
}

/// The help of option `id` of `command` (clap's ids are the field names in `mod.rs`).
fn arg_help(command: &str, id: &str) -> Option<String> {
    Some(match (command, id) {
        (_, "lang") => tr!("cli-arg-lang"),
        ("diagnose", "idp") => tr!("cli-arg-diagnose-idp"),
        (_, "idp") => tr!("cli-arg-idp"),
        ("diagnose", "sp") => tr!("cli-arg-diagnose-sp"),
        (_, "sp") => tr!("cli-arg-sp"),
        ("diagnose", "section") => tr!("cli-arg-diagnose-section"),
        (_, "section") => tr!("cli-arg-section"),
        (_, "idp_entity") => tr!("cli-arg-idp-entity"),
        (_, "sp_entity") => tr!("cli-arg-sp-entity"),
        (_, "signers") => tr!("cli-arg-signers"),
        (_, "cert") => tr!("cli-arg-cert"),
        ("diagnose", "key") => tr!("cli-arg-diagnose-key"),
        (_, "key") => tr!("cli-arg-key"),
        (_, "password_env") => tr!("cli-arg-password-env"),
        (_, "password_file") => tr!("cli-arg-password-file"),
        ("export", "ics") => tr!("cli-arg-export-ics"),
        (_, "ics") => tr!("cli-arg-ics"),
        (_, "now") => tr!("cli-arg-now"),
        (_, "json") => tr!("cli-arg-json"),
        ("inspect", "file") => tr!("cli-arg-file"),
        ("diff", "old") => tr!("cli-arg-diff-old"),
        ("diff", "new") => tr!("cli-arg-diff-new"),
        ("keygen", "host") => tr!("cli-arg-host"),
        ("keygen", "bits") => tr!("cli-arg-bits"),
        ("keygen", "days") => tr!("cli-arg-days"),
        ("keygen", "out") => tr!("cli-arg-keygen-out"),
        ("diagnose", "user_attribute") => tr!("cli-arg-diagnose-user-attribute"),
        ("diagnose", "input") => tr!("cli-arg-diagnose-input"),
        ("export", "logo") => tr!("cli-arg-logo"),
        ("export", "display_name") => tr!("cli-arg-display-name"),
        ("export", "user_attribute") => tr!("cli-arg-export-user-attribute"),
        ("export", "out") => tr!("cli-arg-export-out"),
        ("export", "zip") => tr!("cli-arg-zip"),
        (_, "tenant") => tr!("cli-arg-tenant"),
        (_, "app") => tr!("cli-arg-app"),
        (_, "token_env") => tr!("cli-arg-token-env"),
        (_, "client_id") => tr!("cli-arg-client-id"),
        (_, "cloud") => tr!("cli-arg-cloud"),
        (_, "graph_url") => tr!("cli-arg-graph-url"),
        (_, "login_url") => tr!("cli-arg-login-url"),
        (_, "encrypt") => tr!("cli-arg-encrypt"),
        (_, "yes") => tr!("cli-arg-yes"),
        (_, "name") => tr!("cli-arg-name"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::{Lang, with};

    /// Every option, command and flag has its text in every language: a new option without a
    /// catalogue message fails here.
    #[test]
    fn every_option_has_help_in_every_language() {
        for lang in Lang::ALL {
            let root = with(lang, command);
            let mut missing = Vec::new();
            let nested = root.get_subcommands().flat_map(Command::get_subcommands);
            for cmd in std::iter::once(&root)
                .chain(root.get_subcommands())
                .chain(nested)
            {
                if cmd.get_about().is_none() && cmd.get_name() != "topdesk-sso" {
                    missing.push(format!("{}: about", cmd.get_name()));
                }
                for arg in cmd.get_arguments() {
                    if arg.get_help().is_none_or(|h| h.to_string().is_empty()) {
                        missing.push(format!("{} {}", cmd.get_name(), arg.get_id()));
                    }
                }
            }
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
            assert!(root.get_about().is_some());
        }
    }

    #[test]
    fn help_speaks_the_language() {
        let help = |lang| {
            with(lang, || {
                let mut root = command();
                let check = root.find_subcommand_mut("check").unwrap();
                check.render_help().to_string()
            })
        };
        let (en, de) = (help(Lang::En), help(Lang::De));
        assert!(en.contains("Usage:") && en.contains("Options:"), "{en}");
        assert!(!de.contains("Usage:") && !de.contains("Options:"), "{de}");
        // Options themselves are never translated.
        assert!(
            de.contains("--idp <FILE|URL>") && de.contains("--password-env"),
            "{de}"
        );
    }

    /// A command with arguments lists them first, then its options with --lang (the global one)
    /// and --help last, as before `defer` declared the global --lang first.
    #[test]
    fn arguments_come_before_options_and_lang_before_help() {
        for lang in Lang::ALL {
            for name in ["inspect", "diff", "diagnose"] {
                let help = with(lang, || {
                    let mut root = command();
                    let cmd = root.find_subcommand_mut(name).unwrap();
                    cmd.render_help().to_string()
                });
                let at = |text: &str| help.find(text).unwrap_or_else(|| panic!("{text}: {help}"));
                let (arguments, options) = with(lang, || {
                    (tr!("cli-help-arguments"), tr!("cli-help-options"))
                });
                let arguments = at(&format!("\n{arguments}:\n  <"));
                let options = at(&format!("\n{options}:\n"));
                assert!(arguments < options, "{name}, {}: {help}", lang.code());
                assert!(options < at("--lang <LANG>"), "{name}: {help}");
                assert!(at("--lang <LANG>") < at("-h, --help"), "{name}: {help}");
                assert!(!help.contains("\n\n\n"), "{name}: {help}");
            }
        }
    }
}

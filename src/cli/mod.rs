//! `topdesk-sso`, the command-line front end. The contract scripts rely on:
//! exit 0 = no error-level findings, 1 = error-level findings, 2 = usage error or an input that
//! cannot be read at all (one line on stderr: the reason, then the file).

mod commands;
mod entra;
mod help;
mod inputs;
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches as _, Parser, Subcommand};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::core::i18n::{self, Lang};
use crate::core::topdesk::Section;
use inputs::{PasswordArgs, Source};

/// Version of the `--json` output format; bumped only on incompatible changes.
pub const JSON_FORMAT_VERSION: u32 = 1;

/// The command line. Every help text (about, options, exit codes) comes from the catalogue in
/// the chosen language: see [`help`].
#[derive(Debug, Parser)]
#[command(name = "topdesk-sso", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    // Read by `lang_option` before parsing (the help must be in that language); declared here
    // so that clap accepts it on every subcommand.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
}

#[derive(Debug, clap::Args)]
struct Metadata {
    #[arg(long, value_name = "FILE|URL")]
    idp: Option<Source>,
    #[arg(long, value_name = "FILE|URL")]
    sp: Option<Source>,
    #[arg(long, value_parser = parse_section)]
    section: Option<Section>,
    #[arg(long, value_name = "ENTITYID")]
    idp_entity: Option<String>,
    #[arg(long, value_name = "ENTITYID")]
    sp_entity: Option<String>,
    #[arg(long, value_name = "FILE")]
    signers: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct Pair {
    #[arg(long, value_name = "FILE")]
    cert: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    #[command(flatten)]
    password: PasswordArgs,
}

#[derive(Debug, Subcommand)]
// A run declares only the options of the command it runs (the help builds them all: help.rs).
#[command(defer = true)]
enum Command {
    Check {
        #[command(flatten)]
        metadata: Metadata,
        #[command(flatten)]
        pair: Pair,
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    Urls {
        #[arg(long, value_name = "FILE|URL")]
        sp: Source,
        #[arg(long, value_name = "ENTITYID")]
        sp_entity: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    Inspect {
        file: PathBuf,
        #[command(flatten)]
        password: PasswordArgs,
        #[command(flatten)]
        common: Common,
    },
    Diff {
        old: Source,
        new: Source,
        #[command(flatten)]
        common: Common,
    },
    Keygen {
        #[arg(long)]
        host: String,
        #[arg(long, default_value_t = 2048, value_parser = parse_bits)]
        bits: usize,
        #[arg(long, default_value_t = 730, value_parser = clap::value_parser!(u32).range(1..=3650))]
        days: u32,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    Diagnose {
        // First, so that it is listed first under its heading in the help.
        input: PathBuf,
        #[arg(long, value_name = "FILE|URL")]
        idp: Source,
        #[arg(long, value_name = "FILE|URL")]
        sp: Source,
        #[arg(long, value_name = "FILE")]
        key: Option<PathBuf>,
        #[command(flatten)]
        password: PasswordArgs,
        #[arg(long, value_name = "URI", default_value = crate::core::bundle::DEFAULT_USER_ATTRIBUTE)]
        user_attribute: String,
        #[arg(long, value_parser = parse_section)]
        section: Option<Section>,
        #[command(flatten)]
        common: Common,
    },
    Entra {
        #[command(subcommand)]
        action: entra::EntraAction,
    },
    Export {
        #[command(flatten)]
        metadata: Metadata,
        #[command(flatten)]
        pair: Pair,
        #[arg(long, value_name = "FILE")]
        logo: Option<PathBuf>,
        #[arg(long, default_value = "Microsoft Entra ID")]
        display_name: String,
        #[arg(long, value_name = "URI", default_value = crate::core::bundle::DEFAULT_USER_ATTRIBUTE)]
        user_attribute: String,
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        #[arg(long)]
        zip: bool,
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
        #[arg(long, value_parser = parse_now)]
        now: Option<OffsetDateTime>,
    },
}

#[derive(Debug, clap::Args)]
struct Common {
    #[arg(long, value_parser = parse_now)]
    now: Option<OffsetDateTime>,
    #[arg(long)]
    json: bool,
}

fn parse_bits(s: &str) -> Result<usize, String> {
    match s {
        "2048" | "3072" | "4096" => s.parse().map_err(|e| format!("{e}")),
        _ => Err(crate::tr!("cli-bits-invalid")),
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == s)
        .ok_or_else(|| crate::tr!("cli-lang-unknown", value = s))
}

/// The `--lang` value, found before clap parses (so that clap's help is built in it): `Ok(None)`
/// when absent, `Err` with the one-line refusal when it names no language we have. Scanning
/// stops at `--`; the last `--lang` wins, as with clap.
fn lang_option(args: &[std::ffi::OsString]) -> Result<Option<Lang>, String> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.as_ref() {
            "--" => break,
            "--lang" => args.next(),
            other => match other.strip_prefix("--lang=") {
                Some(v) => Some(v.to_owned().into()),
                None => continue,
            },
        };
        // A --lang with no value is clap's to refuse (it says what is missing).
        if let Some(value) = value {
            found = Some(parse_lang(&value)?);
        }
    }
    Ok(found)
}

fn parse_section(s: &str) -> Result<Section, String> {
    s.parse().map_err(|e: crate::core::i18n::Msg| e.to_string())
}

fn parse_now(s: &str) -> Result<OffsetDateTime, String> {
    OffsetDateTime::parse(s, &Rfc3339)
        .map_err(|e| crate::tr!("cli-now-invalid", reason = e.to_string()))
}

fn now_or(now: Option<OffsetDateTime>) -> OffsetDateTime {
    // The one place the clock is read: the edge of the program.
    now.unwrap_or_else(OffsetDateTime::now_utc)
}

/// What `topdesk-sso --version` prints.
const VERSION_LINE: &str = concat!("topdesk-sso ", env!("CARGO_PKG_VERSION"), "\n");

/// Runs the CLI with `args` (including the program name) and returns the exit code.
#[must_use]
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // `--version` alone is answered before anything is built: what clap says (a test compares).
    if let [_, flag] = args.as_slice()
        && (flag == "--version" || flag == "-V")
    {
        // As clap's print does: a closed output is no error of ours.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), VERSION_LINE.as_bytes());
        return ExitCode::SUCCESS;
    }
    // The language: --lang, else the system's (LC_ALL > LC_MESSAGES > LANG, then the OS),
    // which also says that a --lang value names no language we have.
    i18n::set_default(Lang::from_system());
    match lang_option(&args) {
        Ok(Some(lang)) => i18n::set_default(lang),
        Ok(None) => {}
        Err(line) => {
            eprintln!("{line}");
            return ExitCode::from(2);
        }
    }
    // Parsing needs no words: the command line with its texts in the language (help::command,
    // which says every text of the catalogue) is built only when clap has something to say.
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let e = if e.kind() == clap::error::ErrorKind::DisplayVersion {
                e
            } else {
                let mut command = help::command();
                let said = command
                    .try_get_matches_from_mut(args)
                    .and_then(|mut m| Cli::from_arg_matches_mut(&mut m))
                    .err()
                    .unwrap_or(e);
                said.format(&mut command)
            };
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // JSON is for scripts: its messages are written in English whatever the language (a
    // message is data until it is written), so nothing here depends on --lang.
    // A panic anywhere in the engine is a bug; it becomes one line and exit 2, never a trace.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dispatch(cli)))
        .unwrap_or_else(|panic| Err(anyhow::anyhow!(crate::core::panic_message(&*panic))));
    let _ = std::panic::take_hook();
    match result {
        Ok(errors) => ExitCode::from(u8::from(errors)),
        Err(e) => {
            let line = format!("{e:#}");
            let message = crate::core::text::escape_untrusted(&line);
            eprintln!("{}", crate::tr!("cli-error-line", message));
            ExitCode::from(2)
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<bool> {
    match cli.command {
        Command::Check {
            metadata,
            pair,
            ics,
            common,
        } => commands::check(&metadata, &pair, ics.as_deref(), &common),
        Command::Urls {
            sp,
            sp_entity,
            common,
        } => commands::urls(&sp, sp_entity.as_deref(), &common),
        Command::Diff { old, new, common } => commands::diff(&old, &new, &common),
        Command::Inspect {
            file,
            password,
            common,
        } => commands::inspect(&file, &password, &common),
        Command::Diagnose {
            idp,
            sp,
            key,
            password,
            user_attribute,
            section,
            common,
            input,
        } => commands::diagnose(&commands::DiagnoseArgs {
            idp: &idp,
            sp: &sp,
            key: key.as_ref(),
            password: &password,
            user_attribute: &user_attribute,
            section,
            common: &common,
            input: &input,
        }),
        Command::Entra { action } => entra::run(&action),
        Command::Keygen {
            host,
            bits,
            days,
            out,
        } => commands::keygen(&host, bits, days, &out),
        Command::Export {
            metadata,
            pair,
            logo,
            display_name,
            user_attribute,
            out,
            zip,
            ics,
            now,
        } => commands::export(&commands::ExportArgs {
            metadata: &metadata,
            pair: &pair,
            logo: logo.as_deref(),
            display_name: &display_name,
            user_attribute: &user_attribute,
            out: &out,
            zip,
            ics: ics.as_deref(),
            now: now_or(now),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn the_early_version_line_is_clap_s() {
        assert_eq!(VERSION_LINE, Cli::command().render_version());
    }
}

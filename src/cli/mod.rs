//! `topdesk-sso`, the command-line front end. The contract scripts rely on:
//! exit 0 = no error-level findings, 1 = error-level findings, 2 = usage error or an input that
//! cannot be read at all (one line on stderr: the reason, then the file).

mod commands;
mod inputs;
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::core::topdesk::Section;
use inputs::{PasswordArgs, Source};

const EXIT_CODES: &str = "Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage error or unreadable input.\n\nAn https:// address given for --idp or --sp is fetched (the only network use; nothing is sent). Proxies: HTTPS_PROXY/ALL_PROXY/NO_PROXY; extra roots: SSL_CERT_FILE/SSL_CERT_DIR.";

/// Version of the `--json` output format; bumped only on incompatible changes.
pub const JSON_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "topdesk-sso",
    version,
    about = "Connect TOPdesk to Microsoft Entra ID single sign-on: derive the Entra values, check the metadata and the key pair, export the bundle TOPdesk asks for.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Args)]
struct Metadata {
    /// Entra federation metadata XML (Federation Metadata XML of the enterprise app), a file or
    /// its https:// address (the App Federation Metadata Url).
    #[arg(long, value_name = "FILE|URL")]
    idp: Option<Source>,
    /// TOPdesk SP metadata XML, a file or its https:// address.
    #[arg(long, value_name = "FILE|URL")]
    sp: Option<Source>,
    /// The TOPdesk section you are configuring.
    #[arg(long, value_parser = parse_section)]
    section: Option<Section>,
    /// entityID to use when the Entra file is an aggregate.
    #[arg(long, value_name = "ENTITYID")]
    idp_entity: Option<String>,
    /// entityID to use when the TOPdesk file is an aggregate.
    #[arg(long, value_name = "ENTITYID")]
    sp_entity: Option<String>,
    /// Signer history (JSON, public data): warn when the Entra file is signed by a certificate
    /// never seen or announced for this app before; `export` remembers the signer it used.
    #[arg(long, value_name = "FILE")]
    signers: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct Pair {
    /// The TOPdesk server certificate (PEM, DER, base64, a combined PEM or a PKCS#12 file).
    #[arg(long, value_name = "FILE")]
    cert: Option<PathBuf>,
    /// Its private key (PKCS#8/PKCS#1, PEM/DER, encrypted or not, or a PKCS#12 file).
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    #[command(flatten)]
    password: PasswordArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the Entra metadata, the TOPdesk metadata and the TOPdesk key pair together.
    #[command(after_help = EXIT_CODES)]
    Check {
        #[command(flatten)]
        metadata: Metadata,
        #[command(flatten)]
        pair: Pair,
        /// Also write calendar reminders (.ics) of the certificates' expiry dates to this new file.
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Print Identifier, Reply URL and Sign on URL for Entra, in Entra's order.
    #[command(after_help = EXIT_CODES)]
    Urls {
        /// TOPdesk SP metadata XML, a file or its https:// address.
        #[arg(long, value_name = "FILE|URL")]
        sp: Source,
        #[arg(long, value_name = "ENTITYID")]
        sp_entity: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Say what any file is (metadata, aggregate, certificate, key, PKCS#12, image) and its details.
    #[command(after_help = EXIT_CODES)]
    Inspect {
        file: PathBuf,
        #[command(flatten)]
        password: PasswordArgs,
        #[command(flatten)]
        common: Common,
    },
    /// Compare two versions of the Entra federation metadata (the one TOPdesk has, and the one
    /// Entra serves now): certificates added, removed and kept, which one signs, changed URLs,
    /// and what to do. Either may be an exported bundle folder.
    #[command(
        after_help = "Exit codes: 0 nothing needs doing, 1 action needed, 2 usage error or unreadable input."
    )]
    Diff {
        /// The federation metadata TOPdesk has now (a file, an exported bundle folder, or an
        /// https:// address).
        old: Source,
        /// The federation metadata Entra serves now (a file or its https:// address).
        new: Source,
        #[command(flatten)]
        common: Common,
    },
    /// Generate a new RSA key pair and self-signed certificate for the TOPdesk server.
    #[command(after_help = "Exit codes: 0 written, 2 usage error or the output exists.")]
    Keygen {
        /// The TOPdesk host name, e.g. acme.topdesk.net (the certificate's CN and DNS name).
        #[arg(long)]
        host: String,
        /// RSA key size.
        #[arg(long, default_value_t = 2048, value_parser = parse_bits)]
        bits: usize,
        /// Validity in days (TOPdesk's own button makes 1-year certificates).
        #[arg(long, default_value_t = 730, value_parser = clap::value_parser!(u32).range(1..=3650))]
        days: u32,
        /// Folder to create (must not exist yet).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Diagnose a failed login: read what the browser captured (a `SAMLResponse`, the address-bar
    /// URL of Entra's sign-in or error page, a HAR file, or the text of Entra's error page) and
    /// judge every message against the Entra and TOPdesk metadata (and the TOPdesk key, to read an
    /// encrypted assertion). Nothing is written; the key never leaves this computer.
    #[command(
        after_help = "Exit codes: 0 nothing found would stop the login, 1 an error-level finding stands, 2 usage error or the input cannot be read."
    )]
    Diagnose {
        /// Entra federation metadata XML, a file or its https:// address (its signing
        /// certificates are the only ones trusted).
        #[arg(long, value_name = "FILE|URL")]
        idp: Source,
        /// TOPdesk SP metadata XML, a file or its https:// address (Identifier and Reply URL).
        #[arg(long, value_name = "FILE|URL")]
        sp: Source,
        /// The TOPdesk private key (any format `check` reads), to decrypt an encrypted assertion.
        #[arg(long, value_name = "FILE")]
        key: Option<PathBuf>,
        #[command(flatten)]
        password: PasswordArgs,
        /// Claim TOPdesk reads the user name from.
        #[arg(long, value_name = "URI", default_value = crate::core::bundle::DEFAULT_USER_ATTRIBUTE)]
        user_attribute: String,
        /// The TOPdesk section you log in to.
        #[arg(long, value_parser = parse_section)]
        section: Option<Section>,
        #[command(flatten)]
        common: Common,
        /// The capture: a file, or - for standard input.
        input: PathBuf,
    },
    /// Write the folder (or zip) to upload: exactly the files and values TOPdesk's dialog asks for.
    #[command(
        after_help = "Exit codes: 0 written, 1 refused because error-level findings stand, 2 usage error, unreadable input or the output exists."
    )]
    Export {
        #[command(flatten)]
        metadata: Metadata,
        #[command(flatten)]
        pair: Pair,
        /// An image for TOPdesk's login page (PNG, JPEG, GIF or ICO).
        #[arg(long, value_name = "FILE")]
        logo: Option<PathBuf>,
        /// Text on TOPdesk's login button.
        #[arg(long, default_value = "Microsoft Entra ID")]
        display_name: String,
        /// Claim that carries the TOPdesk user name.
        #[arg(long, value_name = "URI", default_value = crate::core::bundle::DEFAULT_USER_ATTRIBUTE)]
        user_attribute: String,
        /// Folder (or, with --zip, file) to create; it must not exist yet.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Write one .zip file instead of a folder.
        #[arg(long)]
        zip: bool,
        /// Also write calendar reminders (.ics) of the certificates' expiry dates to this new
        /// file (the bundle holds them too, as reminders.ics).
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
        #[arg(long, value_parser = parse_now)]
        now: Option<OffsetDateTime>,
    },
}

#[derive(Debug, clap::Args)]
struct Common {
    /// Judge expiry as of this moment (RFC 3339, e.g. 2026-01-31T12:00:00Z) instead of now.
    #[arg(long, value_parser = parse_now)]
    now: Option<OffsetDateTime>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
}

fn parse_bits(s: &str) -> Result<usize, String> {
    match s {
        "2048" | "3072" | "4096" => s.parse().map_err(|e| format!("{e}")),
        _ => Err("use 2048, 3072 or 4096".into()),
    }
}

fn parse_section(s: &str) -> Result<Section, String> {
    s.parse()
}

fn parse_now(s: &str) -> Result<OffsetDateTime, String> {
    OffsetDateTime::parse(s, &Rfc3339).map_err(|e| format!("not an RFC 3339 date-time ({e})"))
}

fn now_or(now: Option<OffsetDateTime>) -> OffsetDateTime {
    // The one place the clock is read: the edge of the program.
    now.unwrap_or_else(OffsetDateTime::now_utc)
}

/// Runs the CLI with `args` (including the program name) and returns the exit code.
#[must_use]
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // A panic anywhere in the engine is a bug; it becomes one line and exit 2, never a trace.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dispatch(cli)))
        .unwrap_or_else(|panic| Err(anyhow::anyhow!(crate::core::panic_message(&*panic))));
    let _ = std::panic::take_hook();
    match result {
        Ok(errors) => ExitCode::from(u8::from(errors)),
        Err(e) => {
            let line = format!("{e:#}");
            eprintln!(
                "topdesk-sso: error: {}",
                crate::core::text::escape_untrusted(&line)
            );
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

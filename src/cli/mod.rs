//! `topdesk-sso`, the command-line front end. The contract scripts rely on:
//! exit 0 = no error-level findings, 1 = error-level findings, 2 = usage error or an input that
//! cannot be read at all (one line on stderr naming the reason and the file).

mod text;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::io::Write as _;

use anyhow::{anyhow, bail};
use clap::{Parser, Subcommand};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::core::check::{self, CheckInput, Report};
use crate::core::findings::has_errors;
use crate::core::inspect::{self, Inspection};
use crate::core::text::MAX_INPUT_BYTES;
use crate::core::topdesk::Section;

const EXIT_CODES: &str = "Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage error or unreadable input.";

/// Version of the `--json` output format; bumped only on incompatible changes.
pub const JSON_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "topdesk-sso",
    version,
    about = "Connect TOPdesk to Microsoft Entra ID single sign-on: derive the Entra values and check both metadata files.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the Entra federation metadata and the TOPdesk SP metadata together.
    #[command(after_help = EXIT_CODES)]
    Check {
        /// Entra federation metadata XML (Federation Metadata XML of the enterprise app).
        #[arg(long, value_name = "FILE")]
        idp: Option<PathBuf>,
        /// TOPdesk SP metadata XML.
        #[arg(long, value_name = "FILE")]
        sp: Option<PathBuf>,
        /// The TOPdesk section you are configuring.
        #[arg(long, value_parser = parse_section)]
        section: Option<Section>,
        /// entityID to use when the Entra file is an aggregate.
        #[arg(long, value_name = "ENTITYID")]
        idp_entity: Option<String>,
        /// entityID to use when the TOPdesk file is an aggregate.
        #[arg(long, value_name = "ENTITYID")]
        sp_entity: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Print Identifier, Reply URL and Sign on URL for Entra, in Entra's order.
    #[command(after_help = EXIT_CODES)]
    Urls {
        /// TOPdesk SP metadata XML.
        #[arg(long, value_name = "FILE")]
        sp: PathBuf,
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
        common: Common,
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

fn parse_section(s: &str) -> Result<Section, String> {
    s.parse()
}

fn parse_now(s: &str) -> Result<OffsetDateTime, String> {
    OffsetDateTime::parse(s, &Rfc3339).map_err(|e| format!("not an RFC 3339 date-time ({e})"))
}

/// Reads a file the user named, refusing sizes the engine would refuse anyway before reading.
fn read_input(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)
        .map_err(|e| anyhow!("cannot open the {what} ({e}): {}", path.display()))?;
    if meta.is_dir() {
        bail!("the {what} is a folder, not a file: {}", path.display());
    }
    if meta.len() > MAX_INPUT_BYTES as u64 {
        bail!(
            "the {what} is {} MiB, above the {} MiB limit: {}",
            meta.len() / (1024 * 1024),
            MAX_INPUT_BYTES / (1024 * 1024),
            path.display()
        );
    }
    std::fs::read(path).map_err(|e| anyhow!("cannot read the {what} ({e}): {}", path.display()))
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
    match execute(cli) {
        Ok(errors) => ExitCode::from(u8::from(errors)),
        Err(e) => {
            eprintln!("topdesk-sso: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Returns whether error-level findings stand.
fn execute(cli: Cli) -> anyhow::Result<bool> {
    match cli.command {
        Command::Check {
            idp,
            sp,
            section,
            idp_entity,
            sp_entity,
            common,
        } => {
            if idp.is_none() && sp.is_none() {
                bail!("nothing to check: give --idp FILE, --sp FILE or both");
            }
            let idp_bytes = idp
                .as_deref()
                .map(|p| read_input(p, "Entra metadata"))
                .transpose()?;
            let sp_bytes = sp
                .as_deref()
                .map(|p| read_input(p, "TOPdesk metadata"))
                .transpose()?;
            let report = check_files(
                &CheckInput {
                    idp: idp_bytes.as_deref(),
                    sp: sp_bytes.as_deref(),
                    section,
                    idp_entity: idp_entity.as_deref(),
                    sp_entity: sp_entity.as_deref(),
                    now: now_or(common.now),
                },
                idp.as_deref(),
                sp.as_deref(),
            )?;
            if common.json {
                print_json(&report)?;
            } else {
                emit(&text::report(&report))?;
            }
            Ok(has_errors(&report.findings))
        }
        Command::Urls {
            sp,
            sp_entity,
            common,
        } => {
            let bytes = read_input(&sp, "TOPdesk metadata")?;
            let report = check_files(
                &CheckInput {
                    idp: None,
                    sp: Some(&bytes),
                    section: None,
                    idp_entity: None,
                    sp_entity: sp_entity.as_deref(),
                    now: now_or(common.now),
                },
                None,
                Some(&sp),
            )?;
            if common.json {
                print_json(&serde_json::json!({
                    "format_version": JSON_FORMAT_VERSION,
                    "urls": report.urls,
                    "section": report.section,
                    "findings": report.findings,
                }))?;
            } else {
                emit(&text::urls(&report))?;
            }
            Ok(report.urls.is_none() || has_errors(&report.findings))
        }
        Command::Inspect { file, common } => {
            let bytes = read_input(&file, "file")?;
            let inspection = inspect::inspect(&bytes, now_or(common.now));
            if let Inspection::Unreadable { reason } = &inspection {
                bail!("{reason}: {}", file.display());
            }
            if common.json {
                print_json(&serde_json::json!({
                    "format_version": JSON_FORMAT_VERSION,
                    "summary": inspection.summary(),
                    "file": inspection,
                }))?;
            } else {
                emit(&text::inspection(&inspection))?;
            }
            Ok(match &inspection {
                Inspection::IdpMetadata { report } | Inspection::SpMetadata { report } => {
                    has_errors(&report.findings)
                }
                _ => false,
            })
        }
    }
}

fn now_or(now: Option<OffsetDateTime>) -> OffsetDateTime {
    // The one place the clock is read: the edge of the program.
    now.unwrap_or_else(OffsetDateTime::now_utc)
}

fn check_files(
    input: &CheckInput<'_>,
    idp: Option<&Path>,
    sp: Option<&Path>,
) -> anyhow::Result<Report> {
    check::check(input).map_err(|e| {
        let (path, bytes, what) = match e {
            check::InputError::Idp(_) => (idp, input.idp, "Entra metadata"),
            check::InputError::Sp(_) => (sp, input.sp, "TOPdesk metadata"),
        };
        let path = path.map_or_else(String::new, |p| p.display().to_string());
        // A certificate or key dropped in a metadata slot deserves its name, not an XML error.
        match bytes.map(|b| inspect::inspect(b, input.now)) {
            Some(
                i @ (Inspection::Certificate { .. }
                | Inspection::PrivateKey { .. }
                | Inspection::Pkcs12
                | Inspection::Image { .. }),
            ) => anyhow!(
                "the {what} file is not SAML metadata (it is: {}): {path}",
                i.summary()
            ),
            _ => anyhow!("{e}: {path}"),
        }
    })
}

fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    let mut v = serde_json::to_value(value)?;
    if let Some(obj) = v.as_object_mut() {
        obj.entry("format_version")
            .or_insert(JSON_FORMAT_VERSION.into());
    }
    emit(&format!("{}\n", serde_json::to_string_pretty(&v)?))
}

/// Writes to stdout; a reader that went away (`| head`) is a normal end, not a crash.
fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

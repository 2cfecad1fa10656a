//! One function per subcommand. Each returns whether error-level findings stand (exit 1);
//! `Err` is exit 2.

use std::io::Write as _;
use std::path::Path;

use anyhow::{anyhow, bail};
use time::Duration;

use super::inputs::{self, Inputs, PasswordArgs, Source, What};
use super::{Common, JSON_FORMAT_VERSION, Metadata, Pair, now_or, text};
use crate::core::bundle::{self, Bundle, BundleError, BundleFile, BundleInput};
use crate::core::check::{CheckInput, PairMaterial, Report};
use crate::core::findings::has_errors;
use crate::core::history::SignerHistory;
use crate::core::i18n::date;
use crate::core::inspect::{self, Inspection};
use crate::core::keygen::{self, CertParams, KeyAlgorithm, SignatureHash};
use crate::core::pair::PairStatus;
use crate::core::private_file;
use crate::core::reminders;
use crate::core::text::{escape_untrusted, escape_untrusted_json};
use crate::tr;

/// What the written key file's permissions are said to be: what its file system kept, read back.
fn key_file_access(path: &Path) -> String {
    if private_file::is_owner_only(path) {
        tr!("cli-key-owner-only")
    } else {
        tr!("cli-key-not-protected")
    }
}

/// Writes text to stdout. Every line goes through [`escape_untrusted`], so nothing taken from a
/// file can drive the terminal.
pub(super) fn emit(text: &str) -> anyhow::Result<()> {
    let safe: Vec<_> = text.split('\n').map(escape_untrusted).collect();
    write_stdout(&safe.join("\n"))
}

/// A reader that went away (`| head`) is a normal end, not a crash.
fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

pub(super) fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    let mut v = serde_json::to_value(value)?;
    if let Some(obj) = v.as_object_mut() {
        obj.entry("format_version")
            .or_insert(JSON_FORMAT_VERSION.into());
    }
    // Valid JSON whatever a file held: the same characters escaped the JSON way.
    let json = format!("{}\n", serde_json::to_string_pretty(&v)?);
    write_stdout(&escape_untrusted_json(&json))
}

fn check_input<'a>(
    m: &'a Metadata,
    inputs: &'a Inputs,
    now: time::OffsetDateTime,
) -> CheckInput<'a> {
    CheckInput {
        idp: inputs.idp_bytes(),
        sp: inputs.sp_bytes(),
        section: m.section,
        idp_entity: m.idp_entity.as_deref(),
        sp_entity: m.sp_entity.as_deref(),
        now,
    }
}

/// The whole check, then where fetched Entra metadata came from, then (`--signers FILE`) what
/// the signer history says.
fn analyse(
    m: &Metadata,
    inputs: &Inputs,
    now: time::OffsetDateTime,
    password: &PasswordArgs,
) -> anyhow::Result<(Report, PairMaterial)> {
    let (mut report, material) = inputs.analyse(&check_input(m, inputs, now), password)?;
    if let Some(origin) = inputs.idp.as_ref().and_then(|l| l.origin.as_ref()) {
        crate::core::fetch::judge_origin(origin, &mut report);
    }
    if let Some(path) = &m.signers {
        SignerHistory::judge_at(path, &mut report);
    }
    Ok((report, material))
}

/// Refuses an output path that exists, before any work is done.
fn refuse_existing(out: &Path) -> anyhow::Result<()> {
    if out.exists() {
        let path = out.display().to_string();
        bail!("{}", tr!("cli-output-exists", path));
    }
    Ok(())
}

/// `--ics FILE`: the calendar reminders of the report's certificates, as a new file; returns
/// the line that says where they went.
fn write_reminders(
    out: &Path,
    report: &Report,
    now: time::OffsetDateTime,
) -> anyhow::Result<String> {
    let ics = reminders::calendar(report, now)
        .ok_or_else(|| anyhow!("{}", tr!("cli-reminders-nothing")))?;
    bundle::write_new_file(out, ics.as_bytes()).map_err(|e| anyhow!("{e}"))?;
    let path = out.display().to_string();
    Ok(format!("{}\n", tr!("cli-reminders-written", path)))
}

pub fn check(
    m: &Metadata,
    pair: &Pair,
    ics: Option<&Path>,
    common: &Common,
) -> anyhow::Result<bool> {
    if m.idp.is_none() && m.sp.is_none() && pair.cert.is_none() && pair.key.is_none() {
        bail!("{}", tr!("cli-check-nothing"));
    }
    if let Some(out) = ics {
        refuse_existing(out)?;
    }
    let inputs = Inputs::read(
        m.idp.as_ref(),
        m.sp.as_ref(),
        pair.cert.as_ref(),
        pair.key.as_ref(),
    )?;
    let now = now_or(common.now);
    let (report, _) = analyse(m, &inputs, now, &pair.password)?;
    let written = (ics.map(|out| write_reminders(out, &report, now))).transpose()?;
    if common.json {
        let mut json = serde_json::to_value(&report)?;
        if let Some(out) = ics {
            json["reminders_file"] = out.display().to_string().into();
        }
        json["sources"] = inputs.sources();
        print_json(&json)?;
    } else {
        emit(
            &(inputs.fetched_lines()
                + &text::report(&report)
                + written.as_deref().unwrap_or_default()),
        )?;
    }
    Ok(has_errors(&report.findings))
}

pub fn urls(sp: &Source, sp_entity: Option<&str>, common: &Common) -> anyhow::Result<bool> {
    let inputs = Inputs::read(None, Some(sp), None, None)?;
    let input = CheckInput {
        sp: inputs.sp_bytes(),
        sp_entity,
        ..CheckInput::new(now_or(common.now))
    };
    let (report, _) = inputs.analyse(&input, &PasswordArgs::default())?;
    if common.json {
        print_json(&serde_json::json!({
            "format_version": JSON_FORMAT_VERSION,
            "urls": report.urls,
            "section": report.section,
            "findings": report.findings,
            "sources": inputs.sources(),
        }))?;
    } else {
        emit(&(inputs.fetched_lines() + &text::urls(&report)))?;
    }
    Ok(report.urls.is_none() || has_errors(&report.findings))
}

pub fn inspect(file: &Path, password: &PasswordArgs, common: &Common) -> anyhow::Result<bool> {
    let bytes = inputs::read(file, What::File)?;
    let password = password.resolve()?;
    let inspection = inspect::inspect(
        &bytes,
        now_or(common.now),
        password.as_ref().map(|p| p.as_str()),
    );
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
        Inspection::IdpMetadata { report, .. } | Inspection::SpMetadata { report, .. } => {
            report.as_ref().is_some_and(|r| has_errors(&r.findings))
        }
        _ => false,
    })
}

pub const KEYGEN_CERT_PEM: &str = "topdesk-certificate.pem";
pub const KEYGEN_CERT_DER: &str = "topdesk-certificate.cer";
pub const KEYGEN_KEY: &str = "topdesk-private-key.pk8.der";

pub fn keygen(host: &str, bits: usize, days: u32, out: &Path) -> anyhow::Result<bool> {
    let host = host.trim();
    if host.is_empty() || host.contains(['/', ':', ' ']) {
        bail!("{}", tr!("cli-keygen-bad-host", host));
    }
    refuse_existing(out)?;
    let now = time::OffsetDateTime::now_utc();
    let started = std::time::Instant::now();
    let pair = keygen::generate(&CertParams {
        common_name: host.to_owned(),
        algorithm: KeyAlgorithm::Rsa { bits },
        hash: SignatureHash::Sha256,
        not_before: now - Duration::minutes(5),
        not_after: now + Duration::days(i64::from(days)),
        dns_names: vec![host.to_owned()],
    })
    .map_err(|e| anyhow!("{}", tr!("cli-keygen-failed", reason = e.to_string())))?;
    let elapsed = started.elapsed();
    let info = crate::core::cert::CertInfo::from_der(&pair.certificate_der)?;
    let file = |name: &str, bytes: Vec<u8>, secret| BundleFile {
        name: name.to_owned(),
        bytes: zeroize::Zeroizing::new(bytes),
        secret,
    };
    let bundle = Bundle {
        files: vec![
            file(
                KEYGEN_CERT_PEM,
                crate::core::pem::to_pem("CERTIFICATE", &pair.certificate_der).into_bytes(),
                false,
            ),
            file(KEYGEN_CERT_DER, pair.certificate_der.clone(), false),
            file(KEYGEN_KEY, pair.private_key_pkcs8_der.to_vec(), true),
        ],
        created: now,
    };
    bundle::write_dir(&bundle, out).map_err(|e| anyhow!("{e}"))?;
    let next = format!(
        "topdesk-sso export --idp ENTRA.xml --sp TOPDESK.xml --cert {} --key {} --out BUNDLE",
        out.join(KEYGEN_CERT_PEM).display(),
        out.join(KEYGEN_KEY).display(),
    );
    let lines = [
        tr!(
            "cli-keygen-generated",
            bits,
            seconds = format!("{:.1}", elapsed.as_secs_f64())
        ),
        format!(
            "  {}",
            tr!(
                "cli-keygen-certificate",
                host,
                from = date(info.not_before.date()),
                to = date(info.not_after.date())
            )
        ),
        format!(
            "  {}",
            tr!("cli-cert-sha1", thumbprint = info.sha1_thumbprint.as_str())
        ),
        tr!("cli-written-to", path = out.display().to_string()),
        format!(
            "  {KEYGEN_CERT_PEM}, {KEYGEN_CERT_DER}   {}",
            tr!("cli-keygen-cert-files")
        ),
        format!(
            "  {KEYGEN_KEY}   {}",
            tr!(
                "cli-keygen-key-file",
                access = key_file_access(&out.join(KEYGEN_KEY))
            )
        ),
        tr!("cli-keygen-next", command = next),
    ];
    emit(&format!("{}\n", lines.join("\n")))?;
    Ok(false)
}

pub struct ExportArgs<'a> {
    pub metadata: &'a Metadata,
    pub pair: &'a Pair,
    pub logo: Option<&'a Path>,
    pub display_name: &'a str,
    pub user_attribute: &'a str,
    pub out: &'a Path,
    pub zip: bool,
    pub ics: Option<&'a Path>,
    pub now: time::OffsetDateTime,
}

pub fn export(a: &ExportArgs<'_>) -> anyhow::Result<bool> {
    let m = a.metadata;
    let (Some(_), Some(_)) = (&m.idp, &m.sp) else {
        bail!("{}", tr!("cli-export-needs-metadata"));
    };
    if a.pair.cert.is_none() && a.pair.key.is_none() {
        bail!("{}", tr!("cli-export-needs-pair"));
    }
    for out in std::iter::once(a.out).chain(a.ics) {
        refuse_existing(out)?;
    }
    let inputs = Inputs::read(
        m.idp.as_ref(),
        m.sp.as_ref(),
        a.pair.cert.as_ref(),
        a.pair.key.as_ref(),
    )?;
    let logo = a
        .logo
        .map(|p| inputs::read(p, What::Logo).map(|b| (p, b)))
        .transpose()?;
    let (report, material) = analyse(m, &inputs, a.now, &a.pair.password)?;
    let refuse = |report: &Report, why: String| -> anyhow::Result<bool> {
        let refused = tr!("cli-export-refused", reason = why);
        emit(&format!("{}\n{refused}\n", text::report(report)))?;
        Ok(true)
    };
    let pair = report.pair.as_ref();
    let (Some(cert), Some(key)) = (
        pair.and_then(|p| p.certificate.as_ref()),
        material.into_private_key(),
    ) else {
        return refuse(&report, tr!("cli-export-refused-incomplete"));
    };
    if pair.map(|p| p.status) != Some(PairStatus::Match) {
        return refuse(&report, tr!("cli-export-refused-mismatch"));
    }
    let logo = logo.as_ref().map(|(p, b)| {
        let name = p
            .file_name()
            .map_or_else(|| "logo".into(), |n| n.to_string_lossy().into_owned());
        (name, b.as_slice())
    });
    let built = bundle::build(&BundleInput {
        federation_metadata: inputs.idp_bytes().unwrap_or_default(),
        report: &report,
        topdesk_cert: cert,
        private_key_pkcs8_der: key.pkcs8_der(),
        extra_findings: &[],
        logo: logo.as_ref().map(|(n, b)| (n.as_str(), *b)),
        display_name: a.display_name,
        user_attribute: a.user_attribute,
        created: a.now,
    });
    let bundle = match built {
        Ok(b) => b,
        Err(BundleError::ErrorsStand(errors)) => {
            let errors = crate::core::bundle::code_and_message(&errors);
            return refuse(&report, tr!("cli-export-refused-errors", errors));
        }
        Err(e) => bail!("{e}"),
    };
    if a.zip {
        bundle::write_zip(&bundle, a.out)
    } else {
        bundle::write_dir(&bundle, a.out)
    }
    .map_err(|e| anyhow!("{e}"))?;
    // Used: from now on, this signer is the one known for this app.
    if let Some(path) = &m.signers {
        SignerHistory::remember_at(path, &report);
    }
    let written = (a.ics.map(|out| write_reminders(out, &report, a.now))).transpose()?;
    emit(&format!(
        "{}{}\n{}\n{}{}\n{}",
        inputs.fetched_lines(),
        text::report(&report),
        tr!("cli-export-written", path = a.out.display().to_string()),
        listing(&bundle, a.out, a.zip),
        tr!("cli-export-settings"),
        written.unwrap_or_default()
    ))?;
    Ok(false)
}

/// The bundle's files, one a line, the private key marked with what protects it (the zip file
/// itself when the bundle is a zip).
fn listing(bundle: &Bundle, out: &Path, zip: bool) -> String {
    bundle
        .files
        .iter()
        .map(|f| {
            let note = if f.secret {
                let holder = if zip {
                    out.to_path_buf()
                } else {
                    out.join(&f.name)
                };
                let access = key_file_access(&holder);
                format!("   {}", tr!("cli-export-key-note", access))
            } else {
                String::new()
            };
            format!("  {}{note}\n", f.name)
        })
        .collect()
}

/// `diff OLD NEW`: each file checked on its own, then compared; `Ok(true)` when action is needed.
pub fn diff(old: &Source, new: &Source, common: &Common) -> anyhow::Result<bool> {
    let now = now_or(common.now);
    let report = |source: &Source| -> anyhow::Result<(Report, Inputs)> {
        let source = match source {
            Source::File(path) => Source::File(bundle::federation_metadata_in(path)),
            url @ Source::Url(_) => url.clone(),
        };
        let inputs = Inputs::read(Some(&source), None, None, None)?;
        let input = CheckInput {
            idp: inputs.idp_bytes(),
            ..CheckInput::new(now)
        };
        let report = inputs.analyse(&input, &PasswordArgs::default())?.0;
        Ok((report, inputs))
    };
    let ((old_report, old_inputs), (new_report, new_inputs)) = (report(old)?, report(new)?);
    let Some(d) = crate::core::diff::diff(&old_report, &new_report) else {
        let (old, new) = (old.to_string(), new.to_string());
        bail!("{}", tr!("cli-diff-not-entra", old, new));
    };
    if common.json {
        print_json(&serde_json::json!({
            "format_version": JSON_FORMAT_VERSION,
            "diff": d,
            "findings": new_report.findings,
            "sources": {
                "old": old_inputs.sources()["idp"],
                "new": new_inputs.sources()["idp"],
            },
        }))?;
    } else {
        let fetched = |inputs: &Inputs, what: What| {
            inputs
                .idp
                .as_ref()
                .and_then(|l| l.fetched_line(what))
                .unwrap_or_default()
        };
        emit(
            &(fetched(&old_inputs, What::Old) + &fetched(&new_inputs, What::New) + &text::diff(&d)),
        )?;
    }
    Ok(d.action_needed)
}

pub struct DiagnoseArgs<'a> {
    pub idp: &'a Source,
    pub sp: &'a Source,
    pub key: Option<&'a std::path::PathBuf>,
    pub password: &'a PasswordArgs,
    pub user_attribute: &'a str,
    pub section: Option<crate::core::topdesk::Section>,
    pub common: &'a Common,
    pub input: &'a Path,
}

/// Standard input, bounded like a file.
fn read_stdin() -> anyhow::Result<Vec<u8>> {
    use std::io::Read as _;
    let limit = crate::core::text::MAX_INPUT_BYTES;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(u64::try_from(limit).unwrap_or(u64::MAX) + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow!("{}", tr!("cli-stdin-unreadable", reason = e.to_string())))?;
    if bytes.len() > limit {
        bail!("{}", tr!("cli-stdin-too-large", mib = limit / 1024 / 1024));
    }
    Ok(bytes)
}

pub fn diagnose(a: &DiagnoseArgs<'_>) -> anyhow::Result<bool> {
    use crate::core::diagnose::{self, Setup};
    let capture = if a.input == Path::new("-") {
        read_stdin()?
    } else {
        inputs::read(a.input, What::Capture)?
    };
    let inputs = Inputs::read(Some(a.idp), Some(a.sp), None, a.key)?;
    let now = now_or(a.common.now);
    let check = CheckInput {
        idp: inputs.idp_bytes(),
        sp: inputs.sp_bytes(),
        section: a.section,
        idp_entity: None,
        sp_entity: None,
        now,
    };
    let (report, material) = inputs.analyse(&check, a.password)?;
    let key = material.into_private_key();
    let d = diagnose::diagnose(
        &capture,
        &Setup {
            report: &report,
            key: key.as_ref(),
            user_attribute: a.user_attribute,
            section: a.section,
            now,
            now_fixed: a.common.now.is_some(),
        },
    );
    if a.common.json {
        print_json(&d)?;
    } else {
        emit(&text::diagnosis(&d))?;
    }
    if d.unreadable {
        let why = d
            .findings
            .first()
            .map_or_else(|| tr!("cli-diagnose-unreadable"), |f| f.message.to_string());
        bail!("{why}: {}", a.input.display());
    }
    Ok(has_errors(&d.findings))
}

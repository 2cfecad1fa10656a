//! The slow work (reading, recognising, checking, generating, exporting) as plain functions of
//! their inputs. The GUI runs [`run`] on a worker thread; tests call it inline.

use std::path::PathBuf;
use std::sync::Arc;

use time::{Duration, OffsetDateTime};
use zeroize::Zeroizing;

use super::{Action, LoadedFile, PairBlock, Slot};
use crate::core::bundle::{self, BundleInput};
use crate::core::check::{self, CheckInput, InputError, PairFiles, Report};
use crate::core::fetch::{self, Cancel, FetchOptions};
use crate::core::history::SignerHistory;
use crate::core::i18n::{Arg, Msg};
use crate::core::inspect::{self, Inspection};
use crate::core::key::{KeyError, Material, PrivateKey};
use crate::core::keygen::{self, CertParams, KeyAlgorithm, SignatureHash};
use crate::core::metadata::Metadata;
use crate::core::topdesk::{self, Section};
use crate::msg;

/// Everything the engine needs for one analysis (a snapshot: the UI may change meanwhile). Not
/// `Debug`, like [`Job`]: it holds the files' bytes, a private key's among them.
pub struct AnalysisInput {
    pub generation: u64,
    pub idp: Option<Arc<Zeroizing<Vec<u8>>>>,
    pub sp: Option<Arc<Zeroizing<Vec<u8>>>>,
    pub cert: Option<Arc<Zeroizing<Vec<u8>>>>,
    pub key: Option<Arc<Zeroizing<Vec<u8>>>>,
    /// What opens each file (slot) a password was typed for; each only its own file.
    pub unlock: Vec<(Slot, Unlocked)>,
    pub section: Section,
    pub idp_entity: Option<String>,
    pub sp_entity: Option<String>,
    pub now: OffsetDateTime,
    /// The signer history (`signers.json`), when the app keeps one.
    pub signers: Option<PathBuf>,
    /// Where the Entra file was fetched from (`None`: a file).
    pub idp_origin: Option<fetch::Origin>,
}

/// What the wizard holds for the one file a password was typed for.
#[derive(Clone)]
pub enum Unlocked {
    /// The password, until the file has been opened with it.
    Password(Zeroizing<String>),
    /// What the file held, once opened: the password is then forgotten (zeroized).
    Opened(Arc<Material>),
}

impl std::fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Password(_) => "Password(<redacted>)",
            Self::Opened(_) => "Opened(<redacted>)",
        })
    }
}

#[derive(Debug)]
pub struct KeygenRequest {
    pub host: String,
    pub bits: usize,
    pub days: u32,
    pub now: OffsetDateTime,
}

#[derive(Debug)]
pub struct ExportJob {
    pub report: Arc<Report>,
    pub key: Arc<PrivateKey>,
    pub federation_metadata: Arc<Zeroizing<Vec<u8>>>,
    pub logo: Option<(String, Arc<Zeroizing<Vec<u8>>>)>,
    pub display_name: String,
    pub user_attribute: String,
    pub out: PathBuf,
    pub zip: bool,
    pub now: OffsetDateTime,
    /// The signer history: the exported Entra file's signer is remembered there.
    pub signers: Option<PathBuf>,
}

/// Write the calendar reminders (made on the UI thread: they are small) to a file.
#[derive(Debug)]
pub struct RemindersJob {
    pub ics: String,
    pub out: PathBuf,
    /// Replace a file already there (the save dialog asked); otherwise none is.
    pub replace: bool,
}

/// Fetch metadata from a URL, then recognise it as a file's bytes would be.
#[derive(Debug)]
pub struct FetchJob {
    pub id: u64,
    pub url: String,
    pub target: Slot,
    pub options: FetchOptions,
    pub cancel: Cancel,
    pub now: OffsetDateTime,
}

/// Compare the loaded Entra metadata with another version (read or fetched here).
#[derive(Debug)]
pub struct CompareJob {
    pub id: u64,
    pub source: super::CompareSource,
    /// The loaded file: the new version.
    pub current: Arc<Zeroizing<Vec<u8>>>,
    pub current_entity: Option<String>,
    pub options: FetchOptions,
    pub cancel: Cancel,
    pub now: OffsetDateTime,
}

/// Two versions of the Entra metadata side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The other version: its file name or address.
    pub other: String,
    /// When the other version was fetched.
    pub origin: Option<fetch::Origin>,
    pub diff: crate::core::diff::MetadataDiff,
}

/// Work off the UI thread. Not `Debug`: a job may hold a file's bytes (a private key, a capture
/// with session cookies), never to be printed.
pub enum Job {
    Read {
        path: PathBuf,
        target: Option<Slot>,
    },
    Route {
        name: String,
        path: Option<PathBuf>,
        bytes: Vec<u8>,
        target: Option<Slot>,
    },
    Fetch(FetchJob),
    Compare(CompareJob),
    Analyse(AnalysisInput),
    Generate(KeygenRequest),
    Export(Box<ExportJob>),
    Reminders(RemindersJob),
    Diagnose(Box<super::DiagnoseJob>),
    Entra(Box<super::EntraJob>),
}

/// Where a file went, or why it could not be used.
pub enum Routed {
    Into {
        slot: Slot,
        file: LoadedFile,
        target: Option<Slot>,
    },
    /// A captured login: it goes to the Test login step, whatever zone it was dropped on.
    Capture { name: String, bytes: Vec<u8> },
    Rejected {
        name: String,
        reason: Msg,
        target: Option<Slot>,
    },
}

/// A capture may hold session cookies and a signed assertion: its bytes are never printed (a
/// loaded file's `Debug` shows its name and size only, as here).
impl std::fmt::Debug for Routed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Into { slot, file, target } => f
                .debug_struct("Into")
                .field("slot", slot)
                .field("file", file)
                .field("target", target)
                .finish(),
            Self::Capture { name, bytes } => {
                write!(f, "Capture({name}, {} bytes)", bytes.len())
            }
            Self::Rejected {
                name,
                reason,
                target,
            } => f
                .debug_struct("Rejected")
                .field("name", name)
                .field("reason", reason)
                .field("target", target)
                .finish(),
        }
    }
}

/// Runs one job to completion and returns its result as an action.
#[must_use]
pub fn run(job: Job) -> Action {
    let failed = failure(&job);
    guarded(|| run_unguarded(job), failed)
}

/// A panic in the engine is a bug: the step gets its message (never a stuck "Checking…").
fn guarded(work: impl FnOnce() -> Action, failed: Box<dyn FnOnce(Msg) -> Action>) -> Action {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
        .unwrap_or_else(|panic| failed(crate::core::panic_message(&*panic)))
}

/// The result that reports `job` as failed with a message.
fn failure(job: &Job) -> Box<dyn FnOnce(Msg) -> Action> {
    match job {
        Job::Read { path, target } => rejected(file_name(path), *target),
        Job::Route { name, target, .. } => rejected(name.clone(), *target),
        Job::Fetch(job) => {
            let id = job.id;
            Box::new(move |reason| Action::Fetched {
                id,
                result: Err(reason),
            })
        }
        Job::Analyse(input) => {
            let generation = input.generation;
            Box::new(move |reason| Action::Analysed {
                generation,
                result: Err(reason),
                blocked: None,
                opened: Vec::new(),
            })
        }
        Job::Compare(job) => {
            let id = job.id;
            Box::new(move |reason| Action::Compared {
                id,
                result: Err(reason),
            })
        }
        Job::Generate(_) => Box::new(|reason| Action::Generated(Err(reason))),
        Job::Export(_) => Box::new(|reason| Action::Exported(Err(reason))),
        Job::Reminders(_) => Box::new(|reason| Action::RemindersSaved(Err(reason))),
        Job::Entra(job) => {
            let id = job.id;
            Box::new(move |reason| {
                Action::EntraDone(Box::new(super::EntraDone {
                    id,
                    token: None,
                    result: Err(reason),
                    applied: None,
                    token_refused: false,
                }))
            })
        }
        Job::Diagnose(job) => {
            let generation = job.generation;
            Box::new(move |reason| {
                Action::Diagnosed(Box::new(super::Diagnosed {
                    generation,
                    capture: None,
                    result: Err(reason),
                }))
            })
        }
    }
}

/// The name a file is shown by: its file name, else the whole path.
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A read or recognition that failed: the file is named on its zone with the reason.
fn rejected(name: String, target: Option<Slot>) -> Box<dyn FnOnce(Msg) -> Action> {
    Box::new(move |reason| {
        Action::Routed(Box::new(Routed::Rejected {
            name,
            reason,
            target,
        }))
    })
}

fn run_unguarded(job: Job) -> Action {
    match job {
        Job::Read { path, target } => {
            let name = file_name(&path);
            match read(&path) {
                Ok(bytes) => Action::Routed(Box::new(route(name, Some(path), bytes, target))),
                Err(reason) => Action::Routed(Box::new(Routed::Rejected {
                    name,
                    reason,
                    target,
                })),
            }
        }
        Job::Route {
            name,
            path,
            bytes,
            target,
        } => Action::Routed(Box::new(route(name, path, bytes, target))),
        Job::Fetch(job) => Action::Fetched {
            id: job.id,
            result: fetch_and_route(&job),
        },
        Job::Compare(job) => Action::Compared {
            id: job.id,
            result: compare(&job).map(Arc::new),
        },
        Job::Analyse(input) => analyse(&input),
        Job::Generate(req) => Action::Generated(generate(&req)),
        Job::Export(job) => Action::Exported(export(&job)),
        Job::Reminders(job) => Action::RemindersSaved(save_reminders(&job)),
        Job::Diagnose(job) => Action::Diagnosed(Box::new(super::test_login::run(*job))),
        Job::Entra(job) => Action::EntraDone(Box::new(super::entra_live::run(&job))),
    }
}

/// The body goes the way a file's bytes go ([`route`]), named by its address.
fn fetch_and_route(job: &FetchJob) -> Result<Box<Routed>, Msg> {
    let fetched = fetch::fetch(&job.url, &job.options, job.now, &job.cancel).map_err(Msg::shown)?;
    let mut routed = route(
        fetch::file_name(&fetched.origin.final_url),
        None,
        fetched.bytes,
        Some(job.target),
    );
    if let Routed::Into { file, .. } = &mut routed {
        file.origin = Some(fetched.origin);
    }
    Ok(Box::new(routed))
}

/// Reads or fetches the other version, checks each file alone, and compares them.
fn compare(job: &CompareJob) -> Result<Comparison, Msg> {
    let (other, origin, bytes) = match &job.source {
        super::CompareSource::Path(path) => {
            let path = bundle::federation_metadata_in(path);
            let bytes =
                read(&path).map_err(|e| msg!("named", name = file_name(&path), text = e))?;
            (path.display().to_string(), None, bytes)
        }
        super::CompareSource::Url(url) => {
            let f = fetch::fetch(url, &job.options, job.now, &job.cancel).map_err(|e| {
                msg!(
                    "wizard-compare-fetch-failed",
                    url = url.as_str(),
                    reason = Arg::shown(e)
                )
            })?;
            (url.clone(), Some(f.origin), f.bytes)
        }
    };
    let report = |bytes: &[u8], entity: Option<&str>, name: Arg| {
        check::check(&CheckInput {
            idp: Some(bytes),
            idp_entity: entity,
            ..CheckInput::new(job.now)
        })
        .map_err(|e| msg!("named", name, text = Arg::shown(e)))
    };
    let old = report(&bytes, None, Arg::from(&other))?;
    let new = report(
        &job.current,
        job.current_entity.as_deref(),
        msg!("wizard-compare-loaded-file").into(),
    )?;
    let diff = crate::core::diff::diff(&old, &new)
        .ok_or_else(|| msg!("wizard-compare-not-entra", other = other.as_str()))?;
    Ok(Comparison {
        other,
        origin,
        diff,
    })
}

fn read(path: &std::path::Path) -> Result<Vec<u8>, Msg> {
    crate::core::file::read(path).map_err(Msg::shown)
}

/// Recognises a file and picks its slot, whatever zone it was dropped on.
fn route(name: String, path: Option<PathBuf>, bytes: Vec<u8>, target: Option<Slot>) -> Routed {
    let inspection = inspect::recognise(&bytes);
    let description = inspection.summary();
    let reject = |reason: Msg| Routed::Rejected {
        name: name.clone(),
        reason,
        target,
    };
    let slot = match &inspection {
        Inspection::IdpMetadata { .. } => Slot::Idp,
        Inspection::SpMetadata { .. } => Slot::Sp,
        Inspection::Aggregate { entities, .. } => match target {
            Some(t @ (Slot::Idp | Slot::Sp)) => t,
            _ if entities.iter().filter(|e| e.idp).count()
                >= entities.iter().filter(|e| e.sp).count() =>
            {
                Slot::Idp
            }
            _ => Slot::Sp,
        },
        Inspection::Certificate { .. } => Slot::Cert,
        Inspection::PrivateKey(_) => Slot::Key,
        Inspection::Pkcs12(_) => {
            if target == Some(Slot::Key) {
                Slot::Key
            } else {
                Slot::Cert
            }
        }
        Inspection::Image { .. } => match bundle::check_logo(&name, &bytes) {
            Ok(_) => Slot::Logo,
            Err(why) => return reject(why),
        },
        Inspection::OtherXml { .. } | Inspection::Unknown
            if crate::core::diagnose::capture::is_capture(&bytes) =>
        {
            return Routed::Capture { name, bytes };
        }
        Inspection::OtherMetadata { .. } | Inspection::OtherXml { .. } => {
            return reject(msg!(
                "wizard-route-other-metadata",
                description = &description
            ));
        }
        Inspection::Unreadable { reason } => return reject(msg!("sentence", text = reason)),
        Inspection::Unknown => {
            return reject(match target {
                Some(Slot::Idp) => msg!("wizard-route-not-xml-idp"),
                Some(Slot::Sp) => msg!("wizard-route-not-xml-sp"),
                _ => msg!("wizard-route-unknown"),
            });
        }
    };
    let holds_key = matches!(
        inspection,
        Inspection::Pkcs12(_) | Inspection::PrivateKey(_)
    );
    let entities = match inspection {
        Inspection::Aggregate { entities, .. } => entities,
        _ => Vec::new(),
    };
    Routed::Into {
        slot,
        file: LoadedFile {
            name,
            path,
            bytes: Arc::new(Zeroizing::new(bytes)),
            description,
            entities,
            holds_key,
            origin: None,
        },
        target,
    }
}

fn bytes(b: Option<&Arc<Zeroizing<Vec<u8>>>>) -> Option<&[u8]> {
    b.map(|b| b.as_slice())
}

fn analyse(input: &AnalysisInput) -> Action {
    let check_input = CheckInput {
        idp: bytes(input.idp.as_ref()),
        sp: bytes(input.sp.as_ref()),
        section: Some(input.section),
        idp_entity: input.idp_entity.as_deref(),
        sp_entity: input.sp_entity.as_deref(),
        now: input.now,
    };
    let files = PairFiles {
        cert: bytes(input.cert.as_ref()),
        key: bytes(input.key.as_ref()),
        cert_password: password_for(input, Slot::Cert),
        key_password: password_for(input, Slot::Key),
        cert_opened: opened_for(input, Slot::Cert),
        key_opened: opened_for(input, Slot::Key),
    };
    let done = |result: Result<Report, Msg>, key, blocked, opened| Action::Analysed {
        generation: input.generation,
        opened,
        result: result.map(|mut report| {
            if let Some(origin) = &input.idp_origin {
                fetch::judge_origin(origin, &mut report);
            }
            if let Some(path) = &input.signers {
                SignerHistory::judge_at(path, &mut report);
            }
            (Arc::new(report), key)
        }),
        blocked,
    };
    // The metadata still gets its report; the pair waits for a password or a better file.
    let done_blocked = |slot, error: KeyError| {
        let blocked = match error {
            KeyError::PasswordNeeded(_) | KeyError::PasswordWrong(_) => {
                PairBlock::Password { slot, wrong: false }
            }
            other => PairBlock::Unreadable {
                slot,
                reason: Msg::shown(other),
            },
        };
        done(
            check::check(&check_input).map_err(Msg::shown),
            None,
            Some(blocked),
            Vec::new(),
        )
    };
    match check::check_with_material(&check_input, &files) {
        Ok((report, material)) => {
            // The file the password was typed for is open: hand back what it held, so the
            // wizard can forget the password.
            let opened = input
                .unlock
                .iter()
                .filter(|(_, u)| matches!(u, Unlocked::Password(_)))
                .filter_map(|(slot, _)| match slot {
                    Slot::Cert => material.cert.clone().map(|m| (*slot, Arc::new(m))),
                    Slot::Key => material.key.clone().map(|m| (*slot, Arc::new(m))),
                    _ => None,
                })
                .collect();
            done(
                Ok(report),
                material.into_private_key().map(Arc::new),
                None,
                opened,
            )
        }
        Err(InputError::Cert(e)) => done_blocked(Slot::Cert, e),
        Err(InputError::Key(e)) => done_blocked(Slot::Key, e),
        Err(e) => done(Err(Msg::shown(e)), None, None, Vec::new()),
    }
}

fn unlocked(input: &AnalysisInput, slot: Slot) -> Option<&Unlocked> {
    input
        .unlock
        .iter()
        .find(|(for_slot, _)| *for_slot == slot)
        .map(|(_, u)| u)
}

fn password_for(input: &AnalysisInput, slot: Slot) -> Option<&str> {
    match unlocked(input, slot)? {
        Unlocked::Password(p) => Some(p.as_str()),
        Unlocked::Opened(_) => None,
    }
}

fn opened_for(input: &AnalysisInput, slot: Slot) -> Option<&Material> {
    match unlocked(input, slot)? {
        Unlocked::Opened(m) => Some(m),
        Unlocked::Password(_) => None,
    }
}

fn generate(req: &KeygenRequest) -> Result<(Vec<u8>, Zeroizing<Vec<u8>>), Msg> {
    let pair = keygen::generate(&CertParams {
        common_name: req.host.clone(),
        algorithm: KeyAlgorithm::Rsa { bits: req.bits },
        hash: SignatureHash::Sha256,
        not_before: req.now - Duration::minutes(5),
        not_after: req.now + Duration::days(i64::from(req.days)),
        dns_names: vec![req.host.clone()],
    })
    .map_err(|e| msg!("wizard-keygen-failed", reason = Arg::shown(e)))?;
    Ok((pair.certificate_der, pair.private_key_pkcs8_der))
}

fn export(job: &ExportJob) -> Result<PathBuf, Msg> {
    let cert = job
        .report
        .pair
        .as_ref()
        .and_then(|p| p.certificate.as_ref())
        .ok_or_else(|| msg!("wizard-export-no-cert"))?;
    let bundle = bundle::build(&BundleInput {
        federation_metadata: &job.federation_metadata,
        report: &job.report,
        topdesk_cert: cert,
        private_key_pkcs8_der: job.key.pkcs8_der(),
        extra_findings: &[],
        logo: job.logo.as_ref().map(|(n, b)| (n.as_str(), b.as_slice())),
        display_name: &job.display_name,
        user_attribute: &job.user_attribute,
        created: job.now,
    })
    .map_err(Msg::shown)?;
    if job.zip {
        bundle::write_zip(&bundle, &job.out)
    } else {
        bundle::write_dir(&bundle, &job.out)
    }
    .map_err(Msg::shown)?;
    if let Some(path) = &job.signers {
        SignerHistory::remember_at(path, &job.report);
    }
    Ok(job.out.clone())
}

/// Writes the reminders; both errors end with the path.
fn save_reminders(job: &RemindersJob) -> Result<PathBuf, Msg> {
    let out = &job.out;
    if job.replace {
        std::fs::write(out, &job.ics).map_err(|e| {
            msg!(
                "ui-cannot-write",
                error = e.to_string(),
                path = out.display().to_string()
            )
        })
    } else {
        bundle::write_new_file(out, job.ics.as_bytes()).map_err(Msg::shown)
    }?;
    Ok(out.clone())
}

/// The TOPdesk host name from SP metadata bytes (for the key pair's CN).
#[must_use]
pub fn host_of_sp(bytes: &[u8]) -> Option<String> {
    let md = Metadata::read(bytes, None).ok()?;
    let sp = md.entity?.sp?;
    let acs = topdesk::reply_endpoint(&sp)?;
    crate::core::url::host(&acs.location)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_captures_bytes_are_never_printed() {
        let routed = Routed::Capture {
            name: "login.har".into(),
            bytes: b"Cookie: ESTSAUTH=s3cr3t-session".to_vec(),
        };
        let shown = format!("{routed:?}");
        assert_eq!(shown, "Capture(login.har, 31 bytes)");
    }

    #[test]
    fn a_panic_becomes_the_jobs_message() {
        let job = Job::Read {
            path: PathBuf::from("metadata.xml"),
            target: None,
        };
        let action = guarded(|| panic!("index out of bounds"), failure(&job));
        let Action::Routed(routed) = action else {
            panic!("not routed");
        };
        let Routed::Rejected { name, reason, .. } = *routed else {
            panic!("not rejected");
        };
        assert_eq!(name, "metadata.xml");
        let reason = reason.to_string();
        assert!(
            reason.starts_with("internal error") && reason.contains("index out of bounds"),
            "{reason}"
        );
    }
}

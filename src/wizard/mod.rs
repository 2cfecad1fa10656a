//! The wizard as a pure state machine: [`Wizard::apply`] takes an [`Action`] and returns the
//! [`Job`]s to run off the UI thread; each job's result comes back as another action. No egui,
//! no threads, no clock: the GUI is a thin adapter and the tests drive this directly.

mod jobs;
mod timeline;

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::core::bundle::DEFAULT_USER_ATTRIBUTE;
use crate::core::check::Report;
use crate::core::findings::{About, Finding, Severity};
use crate::core::key::PrivateKey;
use crate::core::pair::PairStatus;
use crate::core::topdesk::Section;

pub use jobs::{AnalysisInput, ExportJob, Job, KeygenRequest, Routed, run};
pub use timeline::{TimelineItem, TimelineKind, timeline};

/// The steps, in the order of TOPdesk's assistant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Start,
    Entra,
    Topdesk,
    KeyPair,
    LoginPage,
    Review,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Start,
        Step::Entra,
        Step::Topdesk,
        Step::KeyPair,
        Step::LoginPage,
        Step::Review,
    ];

    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Step::Start => "Start",
            Step::Entra => "Entra metadata",
            Step::Topdesk => "TOPdesk metadata",
            Step::KeyPair => "Certificate and key",
            Step::LoginPage => "Login page",
            Step::Review => "Review and export",
        }
    }

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    #[must_use]
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    #[must_use]
    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// The places a file can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Idp,
    Sp,
    Cert,
    Key,
    Logo,
}

impl Slot {
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Slot::Idp => "Entra federation metadata",
            Slot::Sp => "TOPdesk SP metadata",
            Slot::Cert => "TOPdesk certificate",
            Slot::Key => "TOPdesk private key",
            Slot::Logo => "logo",
        }
    }

    /// The step where this slot is shown.
    #[must_use]
    pub const fn step(self) -> Step {
        match self {
            Slot::Idp => Step::Entra,
            Slot::Sp => Step::Topdesk,
            Slot::Cert | Slot::Key => Step::KeyPair,
            Slot::Logo => Step::LoginPage,
        }
    }
}

/// A file the admin gave us. The bytes are shared, never modified, and wiped when dropped
/// (they may be a private key).
#[derive(Clone)]
pub struct LoadedFile {
    pub name: String,
    pub path: Option<PathBuf>,
    pub bytes: Arc<Zeroizing<Vec<u8>>>,
    /// One line: what the file is.
    pub description: String,
    /// For an aggregate: every entity, to choose from.
    pub entities: Vec<crate::core::metadata::EntitySummary>,
}

impl std::fmt::Debug for LoadedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LoadedFile({}, {} bytes)", self.name, self.bytes.len())
    }
}

/// A message shown where it arose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub step: Step,
    pub severity: Severity,
    pub text: String,
}

/// The engine's verdict on the current inputs.
#[derive(Debug, Clone, Default)]
pub enum Analysis {
    /// Nothing to analyse yet.
    #[default]
    Empty,
    Running,
    Done(Arc<Report>),
    /// A file could not be read at all (e.g. a wrong password).
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress<T> {
    Idle,
    Running,
    Done(T),
    Failed(String),
}

/// What the admin and the jobs can do.
#[derive(Debug)]
pub enum Action {
    SetSection(Section),
    GoTo(Step),
    Next,
    Back,
    /// A file was opened, dropped or pasted; `target` is the zone it was dropped on, if any.
    Load {
        name: String,
        path: Option<PathBuf>,
        bytes: Vec<u8>,
        target: Option<Slot>,
    },
    /// A path to read (drop with a path, recent file, `Open file…`).
    Open {
        path: PathBuf,
        target: Option<Slot>,
    },
    Remove(Slot),
    ChooseEntity {
        slot: Slot,
        entity_id: String,
    },
    SetPassword(Zeroizing<String>),
    SetDisplayName(String),
    SetUserAttribute(String),
    SetKeygenHost(String),
    SetKeygenBits(usize),
    SetKeygenDays(u32),
    Generate,
    Export {
        out: PathBuf,
        zip: bool,
    },
    // Results of jobs.
    Routed(Box<Routed>),
    Analysed {
        generation: u64,
        result: Result<(Arc<Report>, Option<Arc<PrivateKey>>), String>,
        password_needed: Option<Slot>,
    },
    Generated(Result<(Vec<u8>, Zeroizing<Vec<u8>>), String>),
    Exported(Result<PathBuf, String>),
}

/// Settings for a new key pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeygenSettings {
    pub host: String,
    pub bits: usize,
    pub days: u32,
}

#[derive(Debug)]
pub struct Wizard {
    pub step: Step,
    pub section: Section,
    pub idp: Option<LoadedFile>,
    pub sp: Option<LoadedFile>,
    pub cert: Option<LoadedFile>,
    pub key: Option<LoadedFile>,
    pub logo: Option<LoadedFile>,
    pub idp_entity: Option<String>,
    pub sp_entity: Option<String>,
    /// Typed by the admin; never stored anywhere else.
    pub password: Zeroizing<String>,
    /// The slot whose file needs a password (shown as a masked field there).
    pub password_needed: Option<Slot>,
    pub display_name: String,
    pub user_attribute: String,
    pub keygen: KeygenSettings,
    pub keygen_progress: Progress<()>,
    pub export_progress: Progress<PathBuf>,
    pub analysis: Analysis,
    /// The key the last analysis proved, for the export (never shown, never serialised).
    key_material: Option<Arc<PrivateKey>>,
    /// Bumped on every input change; stale analysis results are dropped.
    generation: u64,
    /// Files being read or recognised.
    pub loading: usize,
    pub notices: Vec<Notice>,
}

impl Default for Wizard {
    fn default() -> Self {
        Self::new(Section::Secure)
    }
}

impl Wizard {
    #[must_use]
    pub fn new(section: Section) -> Self {
        Self {
            step: Step::Start,
            section,
            idp: None,
            sp: None,
            cert: None,
            key: None,
            logo: None,
            idp_entity: None,
            sp_entity: None,
            password: Zeroizing::new(String::new()),
            password_needed: None,
            display_name: "Microsoft Entra ID".into(),
            user_attribute: DEFAULT_USER_ATTRIBUTE.into(),
            keygen: KeygenSettings {
                host: String::new(),
                bits: 2048,
                days: 730,
            },
            keygen_progress: Progress::Idle,
            export_progress: Progress::Idle,
            analysis: Analysis::Empty,
            key_material: None,
            generation: 0,
            loading: 0,
            notices: Vec::new(),
        }
    }

    #[must_use]
    pub fn file(&self, slot: Slot) -> Option<&LoadedFile> {
        match slot {
            Slot::Idp => self.idp.as_ref(),
            Slot::Sp => self.sp.as_ref(),
            Slot::Cert => self.cert.as_ref(),
            Slot::Key => self.key.as_ref(),
            Slot::Logo => self.logo.as_ref(),
        }
    }

    fn file_mut(&mut self, slot: Slot) -> &mut Option<LoadedFile> {
        match slot {
            Slot::Idp => &mut self.idp,
            Slot::Sp => &mut self.sp,
            Slot::Cert => &mut self.cert,
            Slot::Key => &mut self.key,
            Slot::Logo => &mut self.logo,
        }
    }

    #[must_use]
    pub fn report(&self) -> Option<&Report> {
        match &self.analysis {
            Analysis::Done(r) => Some(r),
            _ => None,
        }
    }

    /// Findings about one input (or all, for the review).
    pub fn findings(&self, about: Option<About>) -> impl Iterator<Item = &Finding> {
        self.report()
            .into_iter()
            .flat_map(|r| r.findings.iter())
            .filter(move |f| about.is_none_or(|a| f.about == a))
    }

    /// Whether anything runs in the background (the UI shows progress and keeps repainting).
    #[must_use]
    pub fn busy(&self) -> bool {
        self.loading > 0
            || matches!(self.analysis, Analysis::Running)
            || self.keygen_progress == Progress::Running
            || self.export_progress == Progress::Running
    }

    fn notice(&mut self, step: Step, severity: Severity, text: impl Into<String>) {
        self.notices.retain(|n| n.step != step);
        self.notices.push(Notice {
            step,
            severity,
            text: text.into(),
        });
    }

    /// Applies one action; returns the work to do off the UI thread.
    pub fn apply(&mut self, action: Action, now: OffsetDateTime) -> Vec<Job> {
        match action {
            Action::SetSection(section) => {
                self.section = section;
                return self.reanalyse(now);
            }
            Action::GoTo(step) => self.step = step,
            Action::Next => {
                if self.can_advance().is_ok()
                    && let Some(next) = self.step.next()
                {
                    self.step = next;
                }
            }
            Action::Back => {
                if let Some(prev) = self.step.prev() {
                    self.step = prev;
                }
            }
            Action::Load {
                name,
                path,
                bytes,
                target,
            } => {
                self.loading += 1;
                return vec![Job::Route {
                    name,
                    path,
                    bytes,
                    target,
                }];
            }
            Action::Open { path, target } => {
                self.loading += 1;
                return vec![Job::Read { path, target }];
            }
            Action::Routed(routed) => {
                self.loading = self.loading.saturating_sub(1);
                return self.routed(*routed, now);
            }
            Action::Remove(slot) => {
                *self.file_mut(slot) = None;
                if slot == Slot::Idp {
                    self.idp_entity = None;
                }
                if slot == Slot::Sp {
                    self.sp_entity = None;
                }
                return self.reanalyse(now);
            }
            Action::ChooseEntity { slot, entity_id } => {
                match slot {
                    Slot::Sp => self.sp_entity = Some(entity_id),
                    _ => self.idp_entity = Some(entity_id),
                }
                return self.reanalyse(now);
            }
            Action::SetPassword(password) => {
                self.password = password;
                return self.reanalyse(now);
            }
            Action::SetDisplayName(s) => self.display_name = s,
            Action::SetUserAttribute(s) => self.user_attribute = s,
            Action::SetKeygenHost(s) => self.keygen.host = s,
            Action::SetKeygenBits(b) => self.keygen.bits = b,
            Action::SetKeygenDays(d) => self.keygen.days = d.clamp(1, 3650),
            Action::Generate => {
                let host = self.keygen.host.trim().to_owned();
                if host.is_empty() || host.contains(['/', ':', ' ']) {
                    self.notice(
                        Step::KeyPair,
                        Severity::Error,
                        "Type the TOPdesk host name, such as acme.topdesk.net, to generate a key pair.",
                    );
                    return Vec::new();
                }
                self.keygen_progress = Progress::Running;
                return vec![Job::Generate(KeygenRequest {
                    host,
                    bits: self.keygen.bits,
                    days: self.keygen.days,
                    now,
                })];
            }
            Action::Generated(result) => return self.generated(result, now),
            Action::Analysed {
                generation,
                result,
                password_needed,
            } => self.analysed(generation, result, password_needed),
            Action::Export { out, zip } => return self.export(out, zip, now),
            Action::Exported(result) => {
                self.export_progress = match result {
                    Ok(path) => Progress::Done(path),
                    Err(e) => Progress::Failed(e),
                };
            }
        }
        Vec::new()
    }

    fn routed(&mut self, routed: Routed, now: OffsetDateTime) -> Vec<Job> {
        match routed {
            Routed::Into { slot, file, target } => {
                let step = slot.step();
                if let Some(t) = target.filter(|t| *t != slot) {
                    self.notice(
                        t.step(),
                        Severity::Info,
                        format!(
                            "{} is the {}, not the {}; it was put in its place.",
                            file.name,
                            slot.label(),
                            t.label()
                        ),
                    );
                } else {
                    self.notices.retain(|n| n.step != step);
                }
                if slot == Slot::Idp {
                    self.idp_entity = None;
                }
                if slot == Slot::Sp {
                    self.sp_entity = None;
                }
                if slot == Slot::Sp && self.keygen.host.is_empty() {
                    // Prefilled for "Generate new key pair…" once the TOPdesk host is known.
                    self.keygen.host = jobs::host_of_sp(&file.bytes).unwrap_or_default();
                }
                *self.file_mut(slot) = Some(file);
                self.reanalyse(now)
            }
            Routed::Rejected {
                name,
                reason,
                target,
            } => {
                // The previous file (if any) stays: a failed load never clears a slot.
                let step = target.map_or(self.step, Slot::step);
                self.notice(
                    step,
                    Severity::Error,
                    format!("{name} cannot be used: {reason}"),
                );
                Vec::new()
            }
        }
    }

    fn reanalyse(&mut self, now: OffsetDateTime) -> Vec<Job> {
        self.generation += 1;
        self.key_material = None;
        if self.idp.is_none() && self.sp.is_none() && self.cert.is_none() && self.key.is_none() {
            self.analysis = Analysis::Empty;
            return Vec::new();
        }
        self.analysis = Analysis::Running;
        let bytes = |f: &Option<LoadedFile>| f.as_ref().map(|f| Arc::clone(&f.bytes));
        vec![Job::Analyse(AnalysisInput {
            generation: self.generation,
            idp: bytes(&self.idp),
            sp: bytes(&self.sp),
            cert: bytes(&self.cert),
            key: bytes(&self.key),
            password: (!self.password.is_empty()).then(|| self.password.clone()),
            section: self.section,
            idp_entity: self.idp_entity.clone(),
            sp_entity: self.sp_entity.clone(),
            now,
        })]
    }

    fn analysed(
        &mut self,
        generation: u64,
        result: Result<(Arc<Report>, Option<Arc<PrivateKey>>), String>,
        password_needed: Option<Slot>,
    ) {
        if generation != self.generation {
            return; // the inputs changed meanwhile; a newer analysis is on its way
        }
        self.password_needed = password_needed;
        match result {
            Ok((report, key)) => {
                self.analysis = Analysis::Done(report);
                self.key_material = key;
            }
            Err(e) => {
                self.analysis = Analysis::Failed(e);
                self.key_material = None;
            }
        }
    }

    fn generated(
        &mut self,
        result: Result<(Vec<u8>, Zeroizing<Vec<u8>>), String>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        match result {
            Ok((cert, key)) => {
                self.keygen_progress = Progress::Done(());
                let host = self.keygen.host.trim().to_owned();
                self.cert = Some(LoadedFile {
                    name: format!("new certificate for {host}"),
                    path: None,
                    bytes: Arc::new(Zeroizing::new(cert)),
                    description: format!(
                        "Generated: RSA-{}, valid {} days",
                        self.keygen.bits, self.keygen.days
                    ),
                    entities: Vec::new(),
                });
                self.key = Some(LoadedFile {
                    name: "new private key".into(),
                    path: None,
                    bytes: Arc::new(key),
                    description: "Generated: unencrypted PKCS#8".into(),
                    entities: Vec::new(),
                });
                self.notices.retain(|n| n.step != Step::KeyPair);
                self.reanalyse(now)
            }
            Err(e) => {
                self.keygen_progress = Progress::Failed(e);
                Vec::new()
            }
        }
    }

    fn export(&mut self, out: PathBuf, zip: bool, now: OffsetDateTime) -> Vec<Job> {
        if let Err(why) = self.can_export() {
            self.export_progress = Progress::Failed(why);
            return Vec::new();
        }
        let (Analysis::Done(report), Some(key), Some(idp)) =
            (&self.analysis, &self.key_material, &self.idp)
        else {
            return Vec::new();
        };
        let job = Job::Export(Box::new(ExportJob {
            report: Arc::clone(report),
            key: Arc::clone(key),
            federation_metadata: Arc::clone(&idp.bytes),
            logo: self
                .logo
                .as_ref()
                .map(|l| (l.name.clone(), Arc::clone(&l.bytes))),
            display_name: self.display_name.clone(),
            user_attribute: self.user_attribute.clone(),
            out,
            zip,
            now,
        }));
        self.export_progress = Progress::Running;
        vec![job]
    }

    /// Why `Next` is disabled on the current step, if it is.
    pub fn can_advance(&self) -> Result<(), String> {
        self.step_ready(self.step)
    }

    /// Whether `step` has what the following steps need.
    pub fn step_ready(&self, step: Step) -> Result<(), String> {
        let report = self.report();
        let waiting = matches!(self.analysis, Analysis::Running) || self.loading > 0;
        match step {
            Step::Start | Step::Review => Ok(()),
            Step::Entra => file_step(
                self.idp.is_some(),
                waiting,
                report.is_some_and(|r| r.idp.is_some()),
                "Load the Entra federation metadata first.",
                "The Entra file cannot be used yet; see the messages above.",
            ),
            Step::Topdesk => file_step(
                self.sp.is_some(),
                waiting,
                report.is_some_and(|r| r.urls.is_some()),
                "Load the TOPdesk SP metadata first.",
                "The TOPdesk file gives no Reply URL yet; see the messages above.",
            ),
            Step::KeyPair => match report.and_then(|r| r.pair.as_ref()).map(|p| p.status) {
                _ if self.password_needed.is_some() => {
                    Err("Type the password of the key file first.".into())
                }
                _ if waiting => Err("Checking the key pair…".into()),
                Some(PairStatus::Match) => Ok(()),
                Some(PairStatus::Mismatch) => {
                    Err("The key does not belong to the certificate.".into())
                }
                _ => Err(
                    "Load the TOPdesk certificate and its private key, or generate a new pair."
                        .into(),
                ),
            },
            Step::LoginPage => {
                if self.display_name.trim().is_empty() {
                    Err("Type the display name for the login button.".into())
                } else if self.user_attribute.trim().is_empty() {
                    Err("Choose the user name attribute.".into())
                } else {
                    Ok(())
                }
            }
        }
    }

    /// Why the export is refused, if it is.
    pub fn can_export(&self) -> Result<(), String> {
        for step in [Step::Entra, Step::Topdesk, Step::KeyPair, Step::LoginPage] {
            self.step_ready(step)
                .map_err(|e| format!("{}: {e}", step.title()))?;
        }
        let errors: Vec<&Finding> = self
            .findings(None)
            .filter(|f| f.severity == Severity::Error)
            .collect();
        if !errors.is_empty() {
            return Err(format!(
                "{} error(s) stand: {}",
                errors.len(),
                errors
                    .iter()
                    .map(|f| f.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if self.key_material.is_none() {
            return Err("The key pair has not been proven yet.".into());
        }
        Ok(())
    }

    /// Green / amber / red for the step list: the worst finding about the step's inputs.
    #[must_use]
    pub fn step_status(&self, step: Step) -> StepStatus {
        let about = match step {
            Step::Entra => About::Idp,
            Step::Topdesk => About::Sp,
            Step::KeyPair => About::Pair,
            Step::Start | Step::LoginPage | Step::Review => {
                return if self.step_ready(step).is_ok() && step < self.step {
                    StepStatus::Done
                } else {
                    StepStatus::Todo
                };
            }
        };
        if self
            .notices
            .iter()
            .any(|n| n.step == step && n.severity == Severity::Error)
        {
            return StepStatus::Error;
        }
        if self.step_ready(step).is_err() {
            return if self
                .findings(Some(about))
                .any(|f| f.severity == Severity::Error)
            {
                StepStatus::Error
            } else {
                StepStatus::Todo
            };
        }
        let files = self.findings(Some(About::Files));
        let worst = self
            .findings(Some(about))
            .chain(
                if step == Step::Entra {
                    Some(files)
                } else {
                    None
                }
                .into_iter()
                .flatten(),
            )
            .map(|f| f.severity)
            .min();
        match worst {
            Some(Severity::Error) => StepStatus::Error,
            Some(Severity::Warning) => StepStatus::Warning,
            _ => StepStatus::Done,
        }
    }
}

/// Readiness of a step that needs one metadata file: loaded, analysed, usable.
fn file_step(
    loaded: bool,
    waiting: bool,
    usable: bool,
    missing: &str,
    unusable: &str,
) -> Result<(), String> {
    if !loaded {
        Err(missing.into())
    } else if waiting {
        Err("Reading the files…".into())
    } else if !usable {
        Err(unusable.into())
    } else {
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    Todo,
    Done,
    Warning,
    Error,
}

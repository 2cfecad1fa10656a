//! The wizard as a pure state machine: [`Wizard::apply`] takes an [`Action`] and returns the
//! [`Job`]s to run off the UI thread; each job's result comes back as another action. No egui,
//! no threads, no clock: the GUI is a thin adapter and the tests drive this directly.

mod export;
mod jobs;
mod test_login;
mod timeline;
mod verdict;

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::core::bundle::DEFAULT_USER_ATTRIBUTE;
use crate::core::check::Report;
use crate::core::fetch::{Cancel, FetchOptions, Origin};
use crate::core::findings::{About, Finding, Severity};
use crate::core::i18n::Lang;
use crate::core::key::{Material, PrivateKey};
use crate::core::topdesk::Section;

pub use export::ExportRecord;
pub use jobs::{
    AnalysisInput, CompareJob, Comparison, ExportJob, FetchJob, Job, KeygenRequest, Routed,
    Unlocked, run,
};
pub use test_login::{CaptureSource, CheckRow, DiagnoseJob, Diagnosed, LoginTest};
pub use timeline::{TimelineItem, TimelineKind, timeline};
pub use verdict::{StepStatus, Verdict};

/// The steps, in the order of TOPdesk's assistant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Start,
    Entra,
    Topdesk,
    KeyPair,
    LoginPage,
    Review,
    /// After the setup: a captured login judged against it (reachable any time).
    TestLogin,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Start,
        Step::Entra,
        Step::Topdesk,
        Step::KeyPair,
        Step::LoginPage,
        Step::Review,
        Step::TestLogin,
    ];

    /// The step's name in the step list and as its heading (short: the list is narrow).
    #[must_use]
    pub fn title(self) -> String {
        match self {
            Step::Start => crate::tr!("wizard-step-start"),
            Step::Entra => crate::tr!("wizard-step-entra"),
            Step::Topdesk => crate::tr!("wizard-step-topdesk"),
            Step::KeyPair => crate::tr!("wizard-step-key-pair"),
            Step::LoginPage => crate::tr!("wizard-step-login-page"),
            Step::Review => crate::tr!("wizard-step-review"),
            Step::TestLogin => crate::tr!("wizard-step-test-login"),
        }
    }

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// 1 to 7, as the step list numbers them.
    #[must_use]
    pub fn number(self) -> usize {
        self.index() + 1
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
    /// The zone's name: "Entra federation metadata".
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Slot::Idp => crate::tr!("wizard-slot-idp"),
            Slot::Sp => crate::tr!("term-topdesk-metadata"),
            Slot::Cert => crate::tr!("term-topdesk-cert"),
            Slot::Key => crate::tr!("wizard-slot-key"),
            Slot::Logo => crate::tr!("wizard-slot-logo"),
        }
    }

    /// What a file for this slot is, after "is": "a certificate".
    #[must_use]
    pub fn what(self) -> String {
        match self {
            Slot::Idp => crate::tr!("wizard-slot-what-idp"),
            Slot::Sp => crate::tr!("wizard-slot-what-sp"),
            Slot::Cert => crate::tr!("wizard-slot-what-cert"),
            Slot::Key => crate::tr!("wizard-slot-what-key"),
            Slot::Logo => crate::tr!("wizard-slot-what-logo"),
        }
    }

    /// The slot's name for a Fluent select in a message (`{ $slot -> [cert] … }`), never shown.
    const fn key(self) -> &'static str {
        match self {
            Slot::Idp => "idp",
            Slot::Sp => "sp",
            Slot::Cert => "cert",
            Slot::Key => "key",
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
    /// A PKCS#12 or PEM file that brings a private key along with its certificate.
    pub holds_key: bool,
    /// Fetched from a URL: where from, and when.
    pub origin: Option<Origin>,
}

impl std::fmt::Debug for LoadedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LoadedFile({}, {} bytes)", self.name, self.bytes.len())
    }
}

/// What a notice is about, which decides when it goes away (a notice never outlives its cause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// The file in (or meant for) this slot: goes when the slot changes.
    Slot(Slot),
    /// Where the last loaded file went: goes when the next action starts.
    Load,
    /// Generating a key pair: goes when its settings change or it starts again.
    Keygen,
    /// Exporting: goes when the next export starts.
    Export,
}

/// A message shown where it arose, until its [`Topic`] changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Where it is shown.
    pub step: Step,
    pub topic: Topic,
    pub severity: Severity,
    pub text: String,
}

/// Why the TOPdesk pair could not be judged yet: a password to type, or a file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairBlock {
    /// The file in this slot needs its password; `wrong`: the one typed did not open it.
    Password {
        slot: Slot,
        wrong: bool,
    },
    Unreadable {
        slot: Slot,
        reason: String,
    },
}

/// The engine's verdict on the current inputs.
#[derive(Debug, Clone, Default)]
pub enum Analysis {
    /// Nothing to analyse yet.
    #[default]
    Empty,
    Running,
    Done(Arc<Report>),
    /// A metadata file could not be read at all.
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress<T> {
    Idle,
    Running,
    Done(T),
    Failed(String),
}

/// The zone a metadata URL belongs in when none was chosen: an Entra address goes to the Entra
/// step, any other (TOPdesk's `/saml-metadata/…`) to the TOPdesk step.
#[must_use]
pub fn url_slot(url: &str) -> Slot {
    if crate::core::fetch::is_entra_url(url) {
        Slot::Idp
    } else {
        Slot::Sp
    }
}

/// A metadata URL being fetched for a slot (one per slot; a newer fetch supersedes it).
#[derive(Debug, Clone)]
pub struct Fetching {
    pub slot: Slot,
    pub url: String,
    /// Results carry it: a result whose fetch was cancelled or superseded never lands.
    id: u64,
    cancel: Cancel,
}

/// The other version of the Entra metadata to compare the loaded one with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareSource {
    Path(PathBuf),
    Url(String),
}

/// What the admin and the jobs can do.
#[derive(Debug)]
pub enum Action {
    SetSection(Section),
    /// The admin chose another language: everything already judged is said again in it.
    SetLanguage(Lang),
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
    /// Fetch metadata from an `https://` URL typed or pasted into `target`'s zone.
    Fetch {
        url: String,
        target: Slot,
    },
    /// Stop the fetch for this slot; whatever was loaded before stays.
    CancelFetch(Slot),
    /// Compare the loaded Entra metadata with another version (the one TOPdesk has).
    Compare(CompareSource),
    /// Close the comparison.
    CloseComparison,
    Remove(Slot),
    ChooseEntity {
        slot: Slot,
        entity_id: String,
    },
    /// The password for the file that asked for one (see `PairBlock::Password`).
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
    /// A message from the platform (no file dialog, empty clipboard, a folder that cannot be opened).
    Notify(Notice),
    // Results of jobs.
    Routed(Box<Routed>),
    /// A fetch ended: where the file went (as a file's would), or why it could not be fetched.
    Fetched {
        id: u64,
        result: Result<Box<Routed>, String>,
    },
    Analysed {
        generation: u64,
        result: Result<(Arc<Report>, Option<Arc<PrivateKey>>), String>,
        /// The certificate or key file needs a password (`wrong` is decided by the wizard), or
        /// cannot be read; the metadata still has its report.
        blocked: Option<PairBlock>,
        /// Files a password was typed for, opened: their passwords can be forgotten.
        opened: Vec<(Slot, Arc<Material>)>,
    },
    Generated(Result<(Vec<u8>, Zeroizing<Vec<u8>>), String>),
    Exported(Result<PathBuf, String>),
    Compared {
        id: u64,
        result: Result<Arc<Comparison>, String>,
    },
    /// Test login: a capture to judge (also what is dropped or pasted on that step).
    LoadCapture {
        name: String,
        bytes: Vec<u8>,
    },
    /// Test login: show another message of the capture.
    SelectMessage(usize),
    /// Test login: forget the capture.
    ClearCapture,
    Diagnosed(Box<Diagnosed>),
}

impl Action {
    /// Job results and platform messages; every other action is the admin starting something.
    const fn is_result(&self) -> bool {
        matches!(
            self,
            Action::Routed(_)
                | Action::Fetched { .. }
                | Action::Analysed { .. }
                | Action::Generated(_)
                | Action::Exported(_)
                | Action::Compared { .. }
                | Action::Diagnosed(_)
                | Action::Notify(_)
        )
    }
}

/// A password typed for the file in one slot. It lives only as long as that file: every change
/// of the slot goes through [`Wizard::set_file`], which drops it (zeroized).
struct Unlock {
    slot: Slot,
    /// The password until the file was opened once, then what it held.
    secret: Unlocked,
}

impl std::fmt::Debug for Unlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Unlock({:?}, password redacted)", self.slot)
    }
}

/// Settings for a new key pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeygenSettings {
    pub host: String,
    pub bits: usize,
    pub days: u32,
}

impl KeygenSettings {
    /// The validity a generated certificate may have, in days.
    pub const DAYS: std::ops::RangeInclusive<u32> = 1..=3650;
}

#[derive(Debug)]
pub struct Wizard {
    pub step: Step,
    pub section: Section,
    /// The language texts are made in (the UI thread and its jobs follow it).
    pub lang: Lang,
    pub idp: Option<LoadedFile>,
    pub sp: Option<LoadedFile>,
    pub cert: Option<LoadedFile>,
    pub key: Option<LoadedFile>,
    pub logo: Option<LoadedFile>,
    pub idp_entity: Option<String>,
    pub sp_entity: Option<String>,
    /// The password typed for one certificate or key file (see [`Unlock`]).
    /// One per certificate or key file a password was typed for.
    unlocks: Vec<Unlock>,
    /// The certificate or key file needs a password, or cannot be read.
    pub pair_block: Option<PairBlock>,
    pub display_name: String,
    pub user_attribute: String,
    pub keygen: KeygenSettings,
    pub keygen_progress: Progress<()>,
    pub export_progress: Progress<ExportRecord>,
    /// What the running export holds, and for which inputs.
    exporting: Option<(String, u64)>,
    /// Bumped on every change to an input; an export older than this is out of date.
    revision: u64,
    pub analysis: Analysis,
    /// The key the last analysis proved, for the export (never shown, never serialised).
    key_material: Option<Arc<PrivateKey>>,
    /// Bumped on every input change; stale analysis results are dropped.
    generation: u64,
    /// The analysis of this generation only says the same again in another language: what the
    /// last one concluded (a wrong password) still stands.
    said_again: u64,
    /// Files being read or recognised.
    pub loading: usize,
    pub notices: Vec<Notice>,
    /// Where the Entra signers seen before are kept (`signers.json`); `None` keeps none.
    pub signers: Option<PathBuf>,
    /// Metadata URLs being fetched.
    pub fetching: Vec<Fetching>,
    /// The last fetch's id (each fetch gets the next).
    fetch_id: u64,
    /// How URLs are fetched (trust, timeouts, limits); the app sets it from the environment.
    pub fetch_options: FetchOptions,
    /// The loaded Entra metadata compared with another version (Entra step).
    pub comparison: Progress<Arc<Comparison>>,
    /// The running comparison's id: an older one's result is dropped.
    compare_id: u64,
    /// Stops the running comparison's fetch, if it fetches.
    compare_cancel: Cancel,
    /// Step 7: the captured login and its diagnosis.
    pub login_test: LoginTest,
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
            lang: Lang::En,
            idp: None,
            sp: None,
            cert: None,
            key: None,
            logo: None,
            idp_entity: None,
            sp_entity: None,
            unlocks: Vec::new(),
            pair_block: None,
            display_name: "Microsoft Entra ID".into(),
            user_attribute: DEFAULT_USER_ATTRIBUTE.into(),
            keygen: KeygenSettings {
                host: String::new(),
                bits: 2048,
                days: 730,
            },
            keygen_progress: Progress::Idle,
            export_progress: Progress::Idle,
            exporting: None,
            revision: 0,
            analysis: Analysis::Empty,
            key_material: None,
            generation: 0,
            said_again: 0,
            loading: 0,
            notices: Vec::new(),
            signers: None,
            fetching: Vec::new(),
            fetch_id: 0,
            fetch_options: FetchOptions::default(),
            comparison: Progress::Idle,
            compare_id: 0,
            compare_cancel: Cancel::default(),
            login_test: LoginTest::default(),
        }
    }

    /// The fetch running for `slot`, if any.
    #[must_use]
    pub fn fetching(&self, slot: Slot) -> Option<&Fetching> {
        self.fetching.iter().find(|f| f.slot == slot)
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

    /// The section of the loaded TOPdesk file when it is not the one chosen (the admin is
    /// offered to switch instead of being shown the wrong section's values).
    #[must_use]
    pub fn other_section(&self) -> Option<Section> {
        let mismatch = self
            .findings(Some(About::Sp))
            .any(|f| f.code == crate::core::findings::Code::SectionMismatch);
        self.report().and_then(|r| r.section).filter(|_| mismatch)
    }

    /// Whether anything runs in the background (the UI shows progress and keeps repainting).
    #[must_use]
    pub fn busy(&self) -> bool {
        self.loading > 0
            || !self.fetching.is_empty()
            || self.comparison == Progress::Running
            || matches!(self.analysis, Analysis::Running)
            || self.keygen_progress == Progress::Running
            || self.export_progress == Progress::Running
            || self.login_test.progress == Progress::Running
    }

    /// Shows `text` on `step` until `topic` changes. It replaces an older notice on the same
    /// topic, except where several files of one drop went (one note each).
    fn notice(&mut self, step: Step, topic: Topic, severity: Severity, text: impl Into<String>) {
        if topic != Topic::Load {
            self.forget(topic);
        }
        // Notices quote file names and reasons, which may come from the file.
        self.notices.push(Notice {
            step,
            topic,
            severity,
            text: crate::core::text::escaped(&text.into()),
        });
    }

    /// Whether a typed password is still held: only until its file has been opened once (then
    /// what the file held is kept instead and the password is zeroized).
    #[must_use]
    pub fn keeps_password(&self) -> bool {
        self.unlocks
            .iter()
            .any(|u| matches!(u.secret, Unlocked::Password(_)))
    }

    fn forget(&mut self, topic: Topic) {
        self.notices.retain(|n| n.topic != topic);
    }

    /// Something the export depends on changed: an earlier export no longer matches, and an
    /// earlier export failure no longer applies.
    fn touched(&mut self) {
        self.revision += 1;
        if matches!(self.export_progress, Progress::Failed(_)) {
            self.export_progress = Progress::Idle;
        }
        self.forget(Topic::Export);
    }

    /// Puts `file` into `slot` (or empties it). The one place a slot changes: its notices, its
    /// password, its entity choice and a "generated" message all belong to the old file.
    fn set_file(&mut self, slot: Slot, file: Option<LoadedFile>) {
        *self.file_mut(slot) = file;
        self.forget(Topic::Slot(slot));
        self.unlocks.retain(|u| u.slot != slot); // zeroized on drop
        match slot {
            Slot::Idp => {
                self.idp_entity = None;
                self.stop_comparison(); // it compared the file that was there
            }
            Slot::Sp => self.sp_entity = None,
            Slot::Cert | Slot::Key => self.keygen_progress = Progress::Idle,
            Slot::Logo => {}
        }
        self.touched();
    }

    /// A new action by the admin starts: where the previous file went is old news, and so is what
    /// was said about the zone a new file is meant for.
    fn begin(&mut self, action: &Action) {
        if action.is_result() {
            return;
        }
        self.forget(Topic::Load);
        if let Action::Load {
            target: Some(t), ..
        }
        | Action::Open {
            target: Some(t), ..
        }
        | Action::Fetch { target: t, .. }
        | Action::CancelFetch(t) = action
        {
            self.forget(Topic::Slot(*t));
        }
    }

    /// Applies one action; returns the work to do off the UI thread.
    #[allow(clippy::too_many_lines)] // one arm per action; the Test login step's are delegated
    pub fn apply(&mut self, action: Action, now: OffsetDateTime) -> Vec<Job> {
        self.begin(&action);
        match action {
            Action::SetSection(section) => {
                self.section = section;
                self.touched();
                return self.reanalyse(now);
            }
            Action::SetLanguage(lang) => {
                // Not an input change: exports stay current; findings and the diagnosis are
                // made again, in the new language, from the same inputs (the diagnosis after
                // the analysis it depends on, as after any analysis).
                self.lang = lang;
                let jobs = self.reanalyse(now);
                self.said_again = self.generation;
                return if jobs.is_empty() {
                    self.rediagnose(now)
                } else {
                    jobs
                };
            }
            Action::GoTo(step) => self.step = step,
            // Always possible: the step says what is missing, and the export waits for it.
            Action::Next => self.step = self.step.next().unwrap_or(self.step),
            Action::Back => self.step = self.step.prev().unwrap_or(self.step),
            // On the Test login step, what is dropped, opened or pasted is a capture.
            action @ (Action::Load { target: None, .. } | Action::Open { target: None, .. })
                if self.step == Step::TestLogin =>
            {
                return self.login_action(action, now);
            }
            action @ (Action::LoadCapture { .. }
            | Action::SelectMessage(_)
            | Action::ClearCapture
            | Action::Diagnosed(_)) => return self.login_action(action, now),
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
            Action::Fetch { url, target } => return self.fetch(&url, target, now),
            Action::CancelFetch(slot) => self.cancel_fetch(slot),
            Action::Fetched { id, result } => return self.fetched(id, result, now),
            Action::Compare(source) => return self.compare(source, now),
            Action::CloseComparison => self.stop_comparison(),
            Action::Compared { id, result } => self.compared(id, result),
            Action::Remove(slot) => {
                self.set_file(slot, None);
                return self.reanalyse(now);
            }
            Action::ChooseEntity { slot, entity_id } => {
                match slot {
                    Slot::Sp => self.sp_entity = Some(entity_id),
                    _ => self.idp_entity = Some(entity_id),
                }
                self.touched();
                return self.reanalyse(now);
            }
            Action::SetPassword(password) => {
                let Some(PairBlock::Password { slot, .. }) = self.pair_block else {
                    return Vec::new(); // nothing asked for one: it is dropped (and zeroized)
                };
                if self.file(slot).is_none() {
                    return Vec::new();
                }
                self.unlocks.retain(|u| u.slot != slot);
                self.unlocks.push(Unlock {
                    slot,
                    secret: Unlocked::Password(password),
                });
                self.touched();
                return self.reanalyse(now);
            }
            Action::SetDisplayName(s) => {
                self.display_name = s;
                self.touched();
            }
            Action::SetUserAttribute(s) => {
                self.user_attribute = s;
                self.touched();
                return self.rediagnose(now);
            }
            Action::SetKeygenHost(s) => {
                self.keygen.host = s;
                self.forget(Topic::Keygen);
            }
            Action::SetKeygenBits(b) => self.keygen.bits = b,
            Action::SetKeygenDays(d) => {
                self.keygen.days =
                    d.clamp(*KeygenSettings::DAYS.start(), *KeygenSettings::DAYS.end());
            }
            Action::Generate => return self.generate(now),
            Action::Generated(result) => return self.generated(result, now),
            Action::Analysed {
                generation,
                result,
                blocked,
                opened,
            } => return self.analysed(generation, result, blocked, opened, now),
            Action::Export { out, zip } => return self.export(out, zip, now),
            Action::Exported(result) => self.exported(result),
            Action::Notify(notice) => {
                self.notice(notice.step, notice.topic, notice.severity, notice.text);
            }
        }
        Vec::new()
    }

    fn routed(&mut self, routed: Routed, now: OffsetDateTime) -> Vec<Job> {
        match routed {
            Routed::Into { slot, file, target } => {
                let name = file.name.clone();
                let brings_key = slot == Slot::Cert && file.holds_key;
                if slot == Slot::Sp && self.keygen.host.is_empty() {
                    // Prefilled for "Generate new key pair…" once the TOPdesk host is known.
                    self.keygen.host = jobs::host_of_sp(&file.bytes).unwrap_or_default();
                }
                self.set_file(slot, Some(file));
                if let Some(t) = target.filter(|t| *t != slot) {
                    self.notice(
                        t.step(),
                        Topic::Load,
                        Severity::Info,
                        crate::tr!(
                            "wizard-load-not-the-target",
                            name = name.as_str(),
                            target = t.key(),
                            what = slot.what(),
                            number = slot.step().number(),
                            step = slot.step().title()
                        ),
                    );
                } else if target.is_none() && slot.step() != self.step {
                    self.notice(
                        self.step,
                        Topic::Load,
                        Severity::Info,
                        crate::tr!(
                            "wizard-load-put-in-step",
                            name = name.as_str(),
                            what = slot.what(),
                            number = slot.step().number(),
                            step = slot.step().title()
                        ),
                    );
                }
                if brings_key && let Some(old) = self.key.as_ref().map(|k| k.name.clone()) {
                    // The certificate file's own key is the one made with it; a key left in the
                    // key slot would be judged instead and most likely not match.
                    self.set_file(Slot::Key, None);
                    self.notice(
                        Step::KeyPair,
                        Topic::Slot(Slot::Key),
                        Severity::Info,
                        crate::tr!("wizard-load-own-key-wins", name = name.as_str(), old),
                    );
                }
                self.reanalyse(now)
            }
            Routed::Rejected {
                name,
                reason,
                target,
            } => {
                // The previous file (if any) stays: a failed load never clears a slot.
                let text = crate::tr!("wizard-load-rejected", name, reason);
                match target {
                    Some(t) => self.notice(t.step(), Topic::Slot(t), Severity::Error, text),
                    None => self.notice(self.step, Topic::Load, Severity::Error, text),
                }
                Vec::new()
            }
        }
    }

    /// Starts fetching `url` for `target` (a running fetch for it is superseded). The address
    /// is checked first: http://, or an Entra address without its app, is refused at once.
    fn fetch(&mut self, url: &str, target: Slot, now: OffsetDateTime) -> Vec<Job> {
        let url = url.trim().to_owned();
        if let Err(why) = crate::core::fetch::check_url(&url) {
            let text = crate::tr!(
                "wizard-fetch-failed",
                url = url.as_str(),
                reason = why.to_string()
            );
            self.notice(target.step(), Topic::Slot(target), Severity::Error, text);
            return Vec::new();
        }
        self.stop_fetch(target);
        if target.step() != self.step {
            let text = crate::tr!(
                "wizard-fetch-for-step",
                url = url.as_str(),
                number = target.step().number(),
                step = target.step().title()
            );
            self.notice(self.step, Topic::Load, Severity::Info, text);
        }
        self.fetch_id += 1;
        let cancel = Cancel::default();
        self.fetching.push(Fetching {
            slot: target,
            url: url.clone(),
            id: self.fetch_id,
            cancel: cancel.clone(),
        });
        vec![Job::Fetch(FetchJob {
            id: self.fetch_id,
            url,
            target,
            options: self.fetch_options.clone(),
            cancel,
            now,
        })]
    }

    /// Compares the loaded Entra metadata (the new version) with `source` (the one TOPdesk
    /// has). An address is checked before anything is sent.
    fn compare(&mut self, source: CompareSource, now: OffsetDateTime) -> Vec<Job> {
        self.stop_comparison();
        let Some(idp) = &self.idp else {
            self.comparison = Progress::Failed(crate::tr!("wizard-ready-load-idp"));
            return Vec::new();
        };
        if let CompareSource::Url(url) = &source
            && let Err(why) = crate::core::fetch::check_url(url)
        {
            self.comparison = Progress::Failed(crate::tr!(
                "wizard-fetch-failed",
                url = url.as_str(),
                reason = why.to_string()
            ));
            return Vec::new();
        }
        self.compare_id += 1;
        self.compare_cancel = Cancel::default();
        self.comparison = Progress::Running;
        vec![Job::Compare(CompareJob {
            id: self.compare_id,
            source,
            current: Arc::clone(&idp.bytes),
            current_entity: self.idp_entity.clone(),
            options: self.fetch_options.clone(),
            cancel: self.compare_cancel.clone(),
            now,
        })]
    }

    /// Ends the comparison (a running one's result is dropped).
    fn stop_comparison(&mut self) {
        self.compare_cancel.cancel();
        self.compare_id += 1;
        self.comparison = Progress::Idle;
    }

    /// The admin's Cancel: the fetch stops, and what was loaded before stays.
    fn cancel_fetch(&mut self, slot: Slot) {
        if let Some(f) = self.stop_fetch(slot) {
            let text = crate::tr!("wizard-fetch-cancelled", url = f.url);
            self.notice(slot.step(), Topic::Slot(slot), Severity::Info, text);
        }
    }

    fn compared(&mut self, id: u64, result: Result<Arc<Comparison>, String>) {
        if id == self.compare_id && self.comparison == Progress::Running {
            self.comparison = match result {
                Ok(c) => Progress::Done(c),
                Err(e) => Progress::Failed(e),
            };
        }
    }

    /// Stops the fetch for `slot` (its result, should it still come, is dropped).
    fn stop_fetch(&mut self, slot: Slot) -> Option<Fetching> {
        let i = self.fetching.iter().position(|f| f.slot == slot)?;
        let f = self.fetching.remove(i);
        f.cancel.cancel();
        Some(f)
    }

    fn fetched(
        &mut self,
        id: u64,
        result: Result<Box<Routed>, String>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        let Some(i) = self.fetching.iter().position(|f| f.id == id) else {
            return Vec::new(); // cancelled or superseded: it never lands
        };
        let f = self.fetching.remove(i);
        // Fetched for another step than the one shown: the note there says how it ended.
        let here = (self.step != f.slot.step()).then_some(self.step);
        if here.is_some() {
            self.forget(Topic::Load);
        }
        match result {
            Ok(routed) => {
                if let Some(step) = here {
                    let to = f.slot.step();
                    let text = crate::tr!(
                        "wizard-fetch-done-into-step",
                        url = f.url.as_str(),
                        number = to.number(),
                        step = to.title()
                    );
                    self.notice(step, Topic::Load, Severity::Info, text);
                }
                self.routed(*routed, now)
            }
            Err(why) => {
                // Whatever was loaded before stays.
                let text = crate::tr!("wizard-fetch-failed", url = f.url.as_str(), reason = why);
                if let Some(step) = here {
                    self.notice(step, Topic::Load, Severity::Error, text.clone());
                }
                self.notice(f.slot.step(), Topic::Slot(f.slot), Severity::Error, text);
                Vec::new()
            }
        }
    }

    fn reanalyse(&mut self, now: OffsetDateTime) -> Vec<Job> {
        self.generation += 1;
        self.key_material = None;
        if self.idp.is_none() && self.sp.is_none() && self.cert.is_none() && self.key.is_none() {
            self.analysis = Analysis::Empty;
            self.pair_block = None;
            return Vec::new();
        }
        self.analysis = Analysis::Running;
        let bytes = |f: &Option<LoadedFile>| f.as_ref().map(|f| Arc::clone(&f.bytes));
        // The password (or what it opened) goes only with the file it was typed for.
        let unlock = self
            .unlocks
            .iter()
            .map(|u| (u.slot, u.secret.clone()))
            .collect();
        vec![Job::Analyse(AnalysisInput {
            generation: self.generation,
            idp: bytes(&self.idp),
            sp: bytes(&self.sp),
            cert: bytes(&self.cert),
            key: bytes(&self.key),
            unlock,
            section: self.section,
            idp_entity: self.idp_entity.clone(),
            sp_entity: self.sp_entity.clone(),
            now,
            signers: self.signers.clone(),
            idp_origin: self.idp.as_ref().and_then(|f| f.origin.clone()),
        })]
    }

    fn analysed(
        &mut self,
        generation: u64,
        result: Result<(Arc<Report>, Option<Arc<PrivateKey>>), String>,
        blocked: Option<PairBlock>,
        opened: Vec<(Slot, Arc<Material>)>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        if generation != self.generation {
            return Vec::new(); // the inputs changed meanwhile; a newer analysis is on its way
        }
        // The file is open: keep what it held, forget (zeroize) its password.
        for (slot, material) in opened {
            if let Some(unlock) = self.unlocks.iter_mut().find(|u| u.slot == slot) {
                unlock.secret = Unlocked::Opened(material);
            }
        }
        // Said again in another language: a password found wrong is still wrong.
        let wrong_before = match self.pair_block {
            Some(PairBlock::Password { slot, wrong: true }) if generation == self.said_again => {
                Some(slot)
            }
            _ => None,
        };
        self.pair_block = blocked.map(|b| match b {
            PairBlock::Password { slot, .. } => {
                // A password was typed for this file and did not open it: say so once, forget it.
                let tried =
                    self.unlocks.iter().any(|u| u.slot == slot) || wrong_before == Some(slot);
                self.unlocks.retain(|u| u.slot != slot);
                PairBlock::Password { slot, wrong: tried }
            }
            other @ PairBlock::Unreadable { .. } => other,
        });
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
        // A capture on the Test login step is judged against the new setup.
        self.rediagnose(now)
    }

    fn generate(&mut self, now: OffsetDateTime) -> Vec<Job> {
        self.forget(Topic::Keygen);
        let host = self.keygen.host.trim().to_owned();
        if host.is_empty() || host.contains(['/', ':', ' ']) {
            self.notice(
                Step::KeyPair,
                Topic::Keygen,
                Severity::Error,
                crate::tr!("wizard-keygen-no-host"),
            );
            return Vec::new();
        }
        self.keygen_progress = Progress::Running;
        vec![Job::Generate(KeygenRequest {
            host,
            bits: self.keygen.bits,
            days: self.keygen.days,
            now,
        })]
    }

    fn generated(
        &mut self,
        result: Result<(Vec<u8>, Zeroizing<Vec<u8>>), String>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        match result {
            Ok((cert, key)) => {
                let host = self.keygen.host.trim().to_owned();
                let generated = |name: String, bytes, description: String| LoadedFile {
                    name,
                    path: None,
                    bytes: Arc::new(bytes),
                    description,
                    entities: Vec::new(),
                    holds_key: false,
                    origin: None,
                };
                self.set_file(
                    Slot::Cert,
                    Some(generated(
                        crate::tr!("wizard-keygen-cert-name", host),
                        Zeroizing::new(cert),
                        crate::tr!(
                            "wizard-keygen-cert-description",
                            bits = self.keygen.bits,
                            days = self.keygen.days
                        ),
                    )),
                );
                self.set_file(
                    Slot::Key,
                    Some(generated(
                        crate::tr!("wizard-keygen-key-name"),
                        key,
                        crate::tr!("wizard-keygen-key-description"),
                    )),
                );
                self.keygen_progress = Progress::Done(());
                self.reanalyse(now)
            }
            Err(e) => {
                self.keygen_progress = Progress::Failed(e);
                Vec::new()
            }
        }
    }
}

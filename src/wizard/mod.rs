//! The wizard as a pure state machine: [`Wizard::apply`] takes an [`Action`] and returns the
//! [`Job`]s to run off the UI thread; each job's result comes back as another action. No egui,
//! no threads, no clock: the GUI is a thin adapter and the tests drive this directly.

mod action;
mod analysis;
mod compare;
mod export;
mod files;
mod jobs;
mod keygen;
mod model;
mod test_login;
mod timeline;
mod verdict;

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;

use crate::core::bundle::DEFAULT_USER_ATTRIBUTE;
use crate::core::fetch::{Cancel, FetchOptions};
use crate::core::findings::Severity;
use crate::core::i18n::{Lang, Msg};
use crate::core::key::PrivateKey;
use crate::core::topdesk::Section;

pub use action::Action;
use analysis::Unlock;
pub use analysis::{Analysis, PairBlock};
pub use compare::CompareSource;
pub use export::ExportRecord;
pub use files::{Fetching, url_slot};
pub use jobs::{
    AnalysisInput, CompareJob, Comparison, ExportJob, FetchJob, Job, KeygenRequest, RemindersJob,
    Routed, Unlocked, run,
};
pub use keygen::KeygenSettings;
pub use model::{LoadedFile, Notice, Progress, Slot, Step, Topic};
pub use test_login::{CaptureSource, CheckRow, DiagnoseJob, Diagnosed, LoginTest};
pub use timeline::{TimelineItem, TimelineKind, timeline};
pub use verdict::{StepStatus, Verdict};

/// What the inputs are and how often they were analysed: a result or an export made from other
/// inputs is recognised as out of date.
#[derive(Debug, Default)]
struct Versions {
    /// A fingerprint of everything the export depends on (files, section, entities, login
    /// page values), taken at each change: an export of other inputs is out of date, and one
    /// of these very inputs is current again when they come back.
    inputs: u64,
    /// Bumped on every analysis started; stale analysis results are dropped.
    generation: u64,
}

/// The id last given to each kind of job a newer one supersedes (each gets the next): an older
/// one's result is dropped.
#[derive(Debug, Default)]
struct JobIds {
    fetch: u64,
    compare: u64,
}

#[derive(Debug)]
pub struct Wizard {
    pub step: Step,
    pub section: Section,
    /// The language texts are shown in (the UI thread follows it).
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
    exporting: Option<(Msg, u64)>,
    pub analysis: Analysis,
    /// The key the last analysis proved, for the export (never shown, never serialised).
    key_material: Option<Arc<PrivateKey>>,
    /// Counts input changes and analyses.
    versions: Versions,
    /// Files being read or recognised.
    pub loading: usize,
    pub notices: Vec<Notice>,
    /// Where the Entra signers seen before are kept (`signers.json`); `None` keeps none.
    pub signers: Option<PathBuf>,
    /// Metadata URLs being fetched.
    pub fetching: Vec<Fetching>,
    /// The ids of the last fetch and the last comparison.
    ids: JobIds,
    /// How URLs are fetched (trust, timeouts, limits); the app sets it from the environment.
    pub fetch_options: FetchOptions,
    /// The loaded Entra metadata compared with another version (Entra step).
    pub comparison: Progress<Arc<Comparison>>,
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
                host_typed: false,
                bits: 2048,
                days: 730,
                replace_asked: false,
            },
            keygen_progress: Progress::Idle,
            export_progress: Progress::Idle,
            exporting: None,
            analysis: Analysis::Empty,
            key_material: None,
            versions: Versions::default(),
            loading: 0,
            notices: Vec::new(),
            signers: None,
            fetching: Vec::new(),
            ids: JobIds::default(),
            fetch_options: FetchOptions::default(),
            comparison: Progress::Idle,
            compare_cancel: Cancel::default(),
            login_test: LoginTest::default(),
        }
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
    fn notice(&mut self, step: Step, topic: Topic, severity: Severity, text: Msg) {
        if topic != Topic::Load {
            self.forget(topic);
        }
        // Notices quote file names and reasons, which may come from the file.
        self.notices.push(Notice {
            step,
            topic,
            severity,
            text: text.map_text(&crate::core::text::escaped),
        });
    }

    fn forget(&mut self, topic: Topic) {
        self.notices.retain(|n| n.topic != topic);
    }

    /// Something the export depends on changed: an earlier export no longer matches, and an
    /// earlier export failure no longer applies.
    fn touched(&mut self) {
        self.versions.inputs = self.inputs_fingerprint();
        if matches!(self.export_progress, Progress::Failed(_)) {
            self.export_progress = Progress::Idle;
        }
        self.forget(Topic::Export);
    }

    fn inputs_fingerprint(&self) -> u64 {
        use std::hash::{Hash as _, Hasher as _};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for f in [&self.idp, &self.sp, &self.cert, &self.key, &self.logo] {
            f.as_ref().map(|f| f.bytes.as_slice()).hash(&mut h);
        }
        (self.section, &self.idp_entity, &self.sp_entity).hash(&mut h);
        (self.display_name.trim(), self.user_attribute.trim()).hash(&mut h);
        h.finish()
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
            // Not an input change: everything is data and is only said again, in the new
            // language, when next shown (nothing is analysed again; exports stay current).
            Action::SetLanguage(lang) => self.lang = lang,
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
            Action::SetPassword(password) => return self.set_password(password, now),
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
                self.keygen.host_typed = !s.trim().is_empty();
                self.keygen.host = s;
                self.keygen.replace_asked = false;
                self.forget(Topic::Keygen);
            }
            Action::SetKeygenBits(b) => {
                self.keygen.bits = b;
                self.keygen.replace_asked = false;
            }
            Action::SetKeygenDays(d) => {
                self.keygen.days =
                    d.clamp(*KeygenSettings::DAYS.start(), *KeygenSettings::DAYS.end());
                self.keygen.replace_asked = false;
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
            Action::SaveReminders { out, replace } => {
                return self.save_reminders(out, replace, now);
            }
            Action::RemindersSaved(result) => self.reminders_saved(result),
            Action::Notify(notice) => {
                self.notice(notice.step, notice.topic, notice.severity, notice.text);
            }
        }
        Vec::new()
    }
}

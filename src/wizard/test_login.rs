//! Step 7, *Test login*: a captured login (dropped, opened or pasted on this step) judged against
//! the loaded setup by [`crate::core::diagnose`], off the UI thread. The capture is kept in memory
//! only, and judged again whenever the setup changes.

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{Action, Job, LoadedFile, Progress, StepStatus, Verdict, Wizard};
use crate::core::check::Report;
use crate::core::diagnose::{self, Diagnosis, Message, ResponseMessage, Setup};
use crate::core::findings::Finding;
use crate::core::key::PrivateKey;
use crate::core::topdesk::Section;

/// The capture and its diagnosis.
#[derive(Debug)]
pub struct LoginTest {
    /// The capture, shown in the drop zone (its bytes never leave memory).
    pub capture: Option<LoadedFile>,
    pub progress: Progress<Arc<Diagnosis>>,
    /// The message shown (a HAR holds several).
    pub selected: usize,
    generation: u64,
}

impl Default for LoginTest {
    fn default() -> Self {
        Self {
            capture: None,
            progress: Progress::Idle,
            selected: 0,
            generation: 0,
        }
    }
}

/// Where the capture's bytes are.
#[derive(Debug)]
pub enum CaptureSource {
    Bytes(Arc<Zeroizing<Vec<u8>>>),
    /// A path to read first (a drop, the file dialog, the path field).
    Path(PathBuf),
}

/// One diagnosis to run.
#[derive(Debug)]
pub struct DiagnoseJob {
    pub generation: u64,
    pub name: String,
    pub source: CaptureSource,
    pub report: Option<Arc<Report>>,
    pub key: Option<Arc<PrivateKey>>,
    pub user_attribute: String,
    pub section: Section,
    pub now: OffsetDateTime,
}

/// A job's result: the capture read (when it came as a path) and its diagnosis.
#[derive(Debug)]
pub struct Diagnosed {
    pub generation: u64,
    pub capture: Option<LoadedFile>,
    pub result: Result<Arc<Diagnosis>, String>,
}

/// Runs one diagnosis (reading the file first when it came as a path).
#[must_use]
pub fn run(job: DiagnoseJob) -> Diagnosed {
    let (capture, bytes) = match job.source {
        CaptureSource::Bytes(bytes) => (None, bytes),
        CaptureSource::Path(path) => match crate::core::file::read(&path) {
            Ok(b) => {
                let bytes = Arc::new(Zeroizing::new(b));
                (
                    Some(capture_file(job.name.clone(), Some(path), &bytes)),
                    bytes,
                )
            }
            Err(e) => {
                return Diagnosed {
                    generation: job.generation,
                    capture: None,
                    result: Err(format!("{} cannot be read: {e}", job.name)),
                };
            }
        },
    };
    let empty = Report::default();
    let diagnosis = diagnose::diagnose(
        &bytes,
        &Setup {
            report: job.report.as_deref().unwrap_or(&empty),
            key: job.key.as_deref(),
            user_attribute: &job.user_attribute,
            section: Some(job.section),
            now: job.now,
            now_fixed: false,
        },
    );
    Diagnosed {
        generation: job.generation,
        capture,
        result: Ok(Arc::new(diagnosis)),
    }
}

fn capture_file(
    name: String,
    path: Option<PathBuf>,
    bytes: &Arc<Zeroizing<Vec<u8>>>,
) -> LoadedFile {
    LoadedFile {
        name,
        path,
        bytes: Arc::clone(bytes),
        description: format!("Captured login, {} bytes", bytes.len()),
        entities: Vec::new(),
        holds_key: false,
        origin: None,
    }
}

/// One row of the step's table: what was received, what the setup expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRow {
    pub check: &'static str,
    pub received: String,
    pub expected: String,
    /// `Some(false)` when the two differ (or the check failed), `None` when not judged.
    pub ok: Option<bool>,
    /// The expected value is one to paste somewhere (a URL or identifier).
    pub copyable: bool,
}

fn row(check: &'static str, received: Option<&str>, expected: Option<&str>) -> CheckRow {
    let received = received.unwrap_or("(none)").to_owned();
    CheckRow {
        check,
        ok: expected.map(|e| e == received),
        expected: expected.unwrap_or("—").to_owned(),
        received,
        copyable: expected.is_some(),
    }
}

impl Wizard {
    /// The Test login step's actions (and what is dropped, opened or pasted on it).
    pub(super) fn login_action(&mut self, action: Action, now: OffsetDateTime) -> Vec<Job> {
        match action {
            Action::Load { name, bytes, .. } | Action::LoadCapture { name, bytes } => {
                let bytes = Arc::new(Zeroizing::new(bytes));
                return self.capture(name, CaptureSource::Bytes(bytes), now);
            }
            Action::Open { path, .. } => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                return self.capture(name, CaptureSource::Path(path), now);
            }
            Action::SelectMessage(i) => self.login_test.selected = i,
            Action::ClearCapture => self.clear_capture(),
            Action::Diagnosed(done) => self.diagnosed(*done),
            _ => {}
        }
        Vec::new()
    }

    /// A capture given on the Test login step: judged against the setup as it is now.
    fn capture(&mut self, name: String, source: CaptureSource, now: OffsetDateTime) -> Vec<Job> {
        if let CaptureSource::Bytes(bytes) = &source {
            self.login_test.capture = Some(capture_file(name.clone(), None, bytes));
        }
        self.login_test.selected = 0;
        self.diagnose_job(name, source, now)
    }

    fn diagnose_job(
        &mut self,
        name: String,
        source: CaptureSource,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        self.login_test.generation += 1;
        self.login_test.progress = Progress::Running;
        vec![Job::Diagnose(Box::new(DiagnoseJob {
            generation: self.login_test.generation,
            name,
            source,
            report: match &self.analysis {
                super::Analysis::Done(r) => Some(Arc::clone(r)),
                _ => None,
            },
            key: self.key_material.clone(),
            user_attribute: self.user_attribute.trim().to_owned(),
            section: self.section,
            now,
        }))]
    }

    /// The setup changed: the capture held is judged again.
    pub(super) fn rediagnose(&mut self, now: OffsetDateTime) -> Vec<Job> {
        match &self.login_test.capture {
            Some(file) => {
                let (name, bytes) = (file.name.clone(), Arc::clone(&file.bytes));
                self.diagnose_job(name, CaptureSource::Bytes(bytes), now)
            }
            None => Vec::new(),
        }
    }

    fn diagnosed(&mut self, done: Diagnosed) {
        if done.generation != self.login_test.generation {
            return;
        }
        if let Some(file) = done.capture {
            self.login_test.capture = Some(file);
        }
        self.login_test.progress = match done.result {
            Ok(d) => Progress::Done(d),
            Err(e) => Progress::Failed(e),
        };
    }

    fn clear_capture(&mut self) {
        self.login_test = LoginTest {
            generation: self.login_test.generation + 1,
            ..LoginTest::default()
        };
    }

    /// The diagnosis shown, when there is one.
    #[must_use]
    pub fn diagnosis(&self) -> Option<&Diagnosis> {
        match &self.login_test.progress {
            Progress::Done(d) => Some(d),
            _ => None,
        }
    }

    /// The message shown (the selected one, or the first).
    #[must_use]
    pub fn selected_message(&self) -> Option<&Message> {
        let d = self.diagnosis()?;
        d.messages
            .get(self.login_test.selected)
            .or_else(|| d.messages.first())
    }

    /// Findings about the message shown, and about the capture as a whole.
    pub fn message_findings(&self) -> impl Iterator<Item = &Finding> {
        let selected = self.login_test.selected;
        self.diagnosis().into_iter().flat_map(move |d| {
            d.findings
                .iter()
                .zip(&d.finding_message)
                .filter(move |(_, m)| m.is_none_or(|m| m == selected))
                .map(|(f, _)| f)
        })
    }

    /// The checks of the message shown, as rows: received, expected.
    #[must_use]
    pub fn check_rows(&self) -> Vec<CheckRow> {
        let report = self.report();
        let identifier = report
            .and_then(|r| r.urls.as_ref())
            .map(|u| u.identifier.as_str());
        let reply = report
            .and_then(|r| r.urls.as_ref())
            .map(|u| u.reply.as_str());
        let entra = report.and_then(|r| r.idp.as_ref());
        let request_id = self.diagnosis().and_then(|d| {
            d.messages.iter().rev().find_map(|m| match m {
                Message::Request(r) => r.id.as_deref(),
                _ => None,
            })
        });
        match self.selected_message() {
            Some(Message::Response(r)) => self.response_rows(r, identifier, reply, request_id),
            Some(Message::Request(r)) => vec![
                row("Issuer", r.issuer.as_deref(), identifier),
                row("ACS URL", r.acs_url.as_deref(), reply),
                row(
                    "Destination",
                    r.destination.as_deref(),
                    entra.and_then(|i| i.sso_url.as_deref()),
                ),
                CheckRow {
                    check: "Signed",
                    received: if r.signed { "yes" } else { "no" }.into(),
                    expected: "either".into(),
                    ok: None,
                    copyable: false,
                },
            ],
            Some(Message::Error(e)) => vec![CheckRow {
                check: "Entra error",
                received: format!("AADSTS{}: {}", e.code, e.message),
                expected: "no error".into(),
                ok: Some(false),
                copyable: false,
            }],
            None => Vec::new(),
        }
    }

    fn response_rows(
        &self,
        r: &ResponseMessage,
        identifier: Option<&str>,
        reply: Option<&str>,
        request_id: Option<&str>,
    ) -> Vec<CheckRow> {
        let entra = self.report().and_then(|r| r.idp.as_ref());
        let entra_id = entra.map(|i| i.entity_id.as_str());
        let status = r
            .status_code
            .as_deref()
            .map(|c| c.rsplit(':').next().unwrap_or(c));
        let sig = &r.signature;
        let signed = match sig.signed {
            Some(s) => format!(
                "{:?}: {}",
                sig.status,
                serde_json::to_value(s)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
            None => format!("{:?}", sig.status),
        }
        .to_lowercase();
        let active = entra
            .and_then(|i| i.active_cert())
            .map(|c| format!("assertion signed by {}", c.info.sha1_thumbprint));
        let user = r
            .attributes
            .iter()
            .find(|a| a.name == self.user_attribute.trim())
            .and_then(|a| a.values.first())
            .map(String::as_str);
        let mut rows = vec![
            row("Status", status, Some("Success")),
            row("Issuer", r.issuer.as_deref(), entra_id),
            CheckRow {
                check: "Signature",
                ok: Some(sig.assertion_valid && sig.problems.is_empty()),
                received: match &sig.signed_by {
                    Some(t) => format!("{signed}, by {t}"),
                    None => signed,
                },
                expected: active.unwrap_or_else(|| "a signed assertion".into()),
                copyable: false,
            },
            row("Audience", r.audience.as_deref(), identifier),
            row("Recipient", r.recipient.as_deref(), reply),
            row("Destination", r.destination.as_deref(), reply),
        ];
        if request_id.is_some() {
            rows.push(row("InResponseTo", r.in_response_to.as_deref(), request_id));
        }
        rows.push(CheckRow {
            check: "Valid",
            received: format!(
                "{} to {}",
                r.not_before.as_deref().unwrap_or("?"),
                r.not_on_or_after.as_deref().unwrap_or("?")
            ),
            expected: "includes the time of the login".into(),
            ok: None,
            copyable: false,
        });
        rows.push(row("NameID", r.name_id.as_deref(), None));
        rows.push(CheckRow {
            ok: Some(user.is_some_and(|u| !u.is_empty())),
            expected: "the person's TOPdesk login name".into(),
            copyable: false,
            ..row("User name", user, None)
        });
        rows
    }

    pub(super) fn test_login_verdict(&self) -> Verdict {
        match &self.login_test.progress {
            Progress::Idle => Verdict::new(
                StepStatus::Todo,
                "Drop, open or paste a captured login to see whether TOPdesk would accept it.",
            ),
            Progress::Running => Verdict::new(StepStatus::Todo, "Reading the capture…"),
            Progress::Failed(e) => Verdict::new(StepStatus::Error, e.clone()),
            Progress::Done(d) => match d.verdict {
                diagnose::Verdict::Accepted => {
                    Verdict::new(StepStatus::Done, "TOPdesk would accept this login.")
                }
                diagnose::Verdict::EntraRefused => {
                    Verdict::new(StepStatus::Error, format!("Entra refused: {}", d.reason()))
                }
                diagnose::Verdict::Refused => Verdict::new(
                    StepStatus::Error,
                    format!("TOPdesk would refuse: {}", d.reason()),
                ),
                diagnose::Verdict::Unreadable => Verdict::new(StepStatus::Error, d.reason()),
                diagnose::Verdict::NoResponse => Verdict::new(
                    StepStatus::Warning,
                    "No response in this capture: capture the whole login, up to TOPdesk's page.",
                ),
            },
        }
    }
}

//! Step 7, *Test login*: a captured login (dropped, opened or pasted on this step) judged against
//! the loaded setup by [`crate::core::diagnose`], off the UI thread. The capture is kept in memory
//! only, and judged again whenever the setup changes.

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{Action, Job, LoadedFile, Progress, Slot, StepStatus, Verdict, Wizard};
use crate::core::check::Report;
use crate::core::diagnose::saml::{SignatureFacts, Signed};
use crate::core::diagnose::{self, Diagnosis, Message, ResponseMessage, Setup, Trust};
use crate::core::entra::IdpSummary;
use crate::core::findings::{Code, Finding};
use crate::core::i18n::{Arg, Msg};
use crate::core::key::PrivateKey;
use crate::core::signature::SignatureStatus;
use crate::core::topdesk::Section;

/// The capture and its diagnosis.
#[derive(Debug)]
pub struct LoginTest {
    /// The capture, shown in the drop zone (its bytes never leave memory).
    pub capture: Option<LoadedFile>,
    pub progress: Progress<Arc<Diagnosis>>,
    /// The message shown (a HAR holds several).
    pub selected: usize,
    /// A new capture whose message the admin has not picked: its verdict picks it.
    fresh: bool,
    /// Judged as of this moment (the capture's time, chosen by the admin) instead of this
    /// computer's clock.
    pub judge_at: Option<OffsetDateTime>,
    /// Judging as of the capture's time was asked before the capture was judged (the demo asks
    /// as it loads its capture): done as soon as the capture's time is known.
    at_capture_time_asked: bool,
    generation: u64,
}

impl Default for LoginTest {
    fn default() -> Self {
        Self {
            capture: None,
            progress: Progress::Idle,
            selected: 0,
            fresh: false,
            judge_at: None,
            at_capture_time_asked: false,
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
    /// `now` is the time the admin chose to judge at (the capture's), not this computer's.
    pub now_fixed: bool,
}

/// A job's result: the capture read (when it came as a path) and its diagnosis.
#[derive(Debug)]
pub struct Diagnosed {
    pub generation: u64,
    pub capture: Option<LoadedFile>,
    pub result: Result<Arc<Diagnosis>, Msg>,
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
                    result: Err(crate::msg!(
                        "wizard-cannot-read",
                        name = job.name.as_str(),
                        reason = Arg::shown(e)
                    )),
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
            now_fixed: job.now_fixed,
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
        description: crate::msg!("wizard-login-capture-description", size = bytes.len()),
        entities: Vec::new(),
        holds_key: false,
        origin: None,
    }
}

/// One row of the step's table: what was received, what the setup expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRow {
    /// What is checked: a SAML name (Issuer, Audience…) or words in the reader's language.
    pub check: Msg,
    pub received: Msg,
    pub expected: Msg,
    /// `Some(false)` when the two differ (or the check failed), `None` when not judged.
    pub ok: Option<bool>,
    /// The expected value is one to paste somewhere (a URL or identifier).
    pub copyable: bool,
    /// Said (muted) after the value received: "not signed" when no valid signature covers it,
    /// "unverified" when the signature over it does not verify.
    pub note: Option<Msg>,
}

/// A row for a SAML value: what is checked (a SAML name, or words), received and expected.
fn row(check: Msg, received: Option<&str>, expected: Option<&str>) -> CheckRow {
    CheckRow {
        check,
        ok: expected.map(|e| Some(e) == received),
        expected: expected.map_or_else(|| crate::msg!("wizard-login-not-compared"), Msg::verbatim),
        received: received.map_or_else(|| crate::msg!("word-none"), Msg::verbatim),
        copyable: expected.is_some(),
        note: None,
    }
}

/// Encrypted for TOPdesk: decrypted here (the key stays on this computer), or not.
fn encryption_row(r: &ResponseMessage) -> Option<CheckRow> {
    r.encrypted.then(|| CheckRow {
        check: crate::msg!("wizard-login-check-encryption"),
        ok: Some(r.decrypted),
        received: crate::msg!(
            "wizard-login-encrypted",
            decrypted = if r.decrypted { "yes" } else { "no" }
        ),
        expected: crate::msg!("wizard-login-encryption-expected"),
        copyable: false,
        note: None,
    })
}

/// The response a message is, if it is one.
fn response(m: &Message) -> Option<&ResponseMessage> {
    match m {
        Message::Response(r) => Some(r),
        _ => None,
    }
}

/// A row compared with a value of the setup, which comes from the file in `from`: without that
/// file, the row says it was not checked and which file to load.
fn compared(check: Msg, received: Option<&str>, expected: Option<&str>, from: Slot) -> CheckRow {
    let mut r = row(check, received, expected);
    if expected.is_none() {
        r.expected = crate::msg!("wizard-login-not-checked", slot = from.key());
    }
    r
}

/// A SAML time (`2026-12-07T15:19:03.092979426Z`) as readers of the language write it, in
/// UTC; as it is when it is not one; `?` when absent.
fn moment(saml: Option<&str>) -> Arg {
    let Some(text) = saml else {
        return Arg::from("?");
    };
    match time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339) {
        Ok(t) => {
            let (date, time) = crate::core::i18n::date_and_time(t);
            crate::msg!("moment-utc", date, time).into()
        }
        Err(_) => Arg::from(text),
    }
}

/// What the Signature row says was received.
fn signature_text(sig: &SignatureFacts) -> Msg {
    crate::msg!(
        "wizard-login-signature",
        status = match sig.status {
            SignatureStatus::Valid => "valid",
            SignatureStatus::Invalid => "invalid",
            SignatureStatus::Absent => "absent",
        },
        signed = match sig.signed {
            Some(Signed::Response) => "response",
            Some(Signed::Assertion) => "assertion",
            Some(Signed::Both) => "both",
            None => "none",
        },
        signed_by = sig.signed_by.as_deref().unwrap_or("none")
    )
}

/// The note for a row showing `fields` (JSON names) of `r`: the least trusted one's.
fn trust_note(r: &ResponseMessage, fields: &[&str]) -> Option<Msg> {
    let trust = |t| fields.iter().any(|f| r.trust(f) == t);
    if trust(Trust::Unverified) {
        Some(crate::msg!("wizard-login-unverified"))
    } else if trust(Trust::NotSigned) {
        Some(crate::msg!("wizard-login-not-signed"))
    } else {
        None
    }
}

impl Wizard {
    /// The Test login step's actions (and what is dropped, opened or pasted on it).
    pub(super) fn login_action(&mut self, action: Action, now: OffsetDateTime) -> Vec<Job> {
        match action {
            Action::Load { name, bytes, .. } | Action::LoadCapture { name, bytes } => {
                return self.load_capture(name, bytes, now);
            }
            Action::Open { path, .. } => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                return self.capture(name, CaptureSource::Path(path), now);
            }
            Action::SelectMessage(i) => {
                self.login_test.selected = i;
                self.login_test.fresh = false;
            }
            Action::JudgeAtCaptureTime(on) => {
                self.login_test.judge_at = if on { self.capture_time() } else { None };
                self.login_test.at_capture_time_asked = on && self.login_test.judge_at.is_none();
                if !self.login_test.at_capture_time_asked {
                    return self.rediagnose(now);
                }
            }
            Action::ClearCapture => self.clear_capture(),
            Action::Diagnosed(done) => return self.diagnosed(*done, now),
            _ => {}
        }
        Vec::new()
    }

    /// A captured login given as bytes (dropped or pasted anywhere): judged on Test login.
    pub(super) fn load_capture(
        &mut self,
        name: String,
        bytes: Vec<u8>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        let bytes = Arc::new(Zeroizing::new(bytes));
        self.capture(name, CaptureSource::Bytes(bytes), now)
    }

    /// A capture given: judged against the setup as it is now; it opens on the message that
    /// fails, once judged.
    fn capture(&mut self, name: String, source: CaptureSource, now: OffsetDateTime) -> Vec<Job> {
        if let CaptureSource::Bytes(bytes) = &source {
            self.login_test.capture = Some(capture_file(name.clone(), None, bytes));
        }
        self.login_test.selected = 0;
        self.login_test.fresh = true;
        self.login_test.judge_at = None;
        self.login_test.at_capture_time_asked = false;
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
            now: self.login_test.judge_at.unwrap_or(now),
            now_fixed: self.login_test.judge_at.is_some(),
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

    fn diagnosed(&mut self, done: Diagnosed, now: OffsetDateTime) -> Vec<Job> {
        if done.generation != self.login_test.generation {
            return Vec::new();
        }
        if let Some(file) = done.capture {
            self.login_test.capture = Some(file);
        }
        // Until the admin picks a message, each judgement (the first may come before the
        // setup's analysis) opens on the message behind the verdict.
        if let Ok(d) = &done.result
            && self.login_test.fresh
        {
            // A new capture opens on the message behind the verdict (a HAR's first message is
            // often its all-green request); when nothing blocks, on its last response (the
            // assertion TOPdesk would accept: its signature and user name).
            let last_response = d.messages.iter().rposition(|m| response(m).is_some());
            self.login_test.selected = d
                .blocking()
                .and_then(|f| f.message_index)
                .or(last_response)
                .unwrap_or(0);
        }
        self.login_test.progress = match done.result {
            Ok(d) => Progress::Done(d),
            Err(e) => Progress::Failed(e),
        };
        if self.login_test.at_capture_time_asked && self.capture_time().is_some() {
            return self.login_action(Action::JudgeAtCaptureTime(true), now);
        }
        Vec::new()
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

    /// The time a login in the capture happened, to judge it at: the shown response's (else the
    /// first response's) assertion became valid at its `NotBefore`, which Entra sets 5 minutes before it issued
    /// it (kept inside the validity window).
    #[must_use]
    pub fn capture_time(&self) -> Option<OffsetDateTime> {
        let parse = |t: Option<&str>| {
            t.and_then(|t| {
                OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok()
            })
        };
        let r = self
            .selected_message()
            .and_then(response)
            .or_else(|| self.diagnosis()?.messages.iter().find_map(response))?;
        let (from, until) = (
            parse(r.not_before.as_deref()),
            parse(r.not_on_or_after.as_deref()),
        );
        match (from, until) {
            (Some(f), Some(u)) => {
                Some((f + time::Duration::minutes(5)).min(u - time::Duration::seconds(1)))
            }
            (Some(f), None) => Some(f + time::Duration::minutes(5)),
            (None, Some(u)) => Some(u - time::Duration::minutes(55)),
            (None, None) => None,
        }
    }

    /// The assertion was judged out of its validity window (by this computer's clock, or by
    /// the time the capture recorded): judging it as of the capture's time is offered.
    #[must_use]
    pub fn offers_capture_time(&self) -> bool {
        self.login_test.judge_at.is_none()
            && self.capture_time().is_some()
            && self.diagnosis().is_some_and(|d| {
                d.findings
                    .iter()
                    .any(|f| matches!(f.code, Code::AssertionExpired | Code::AssertionNotYetValid))
            })
    }

    /// The captured file's own verdict: read, being read, or not a capture at all (what the
    /// login it shows says is the step's verdict, not the file's).
    #[must_use]
    pub fn capture_status(&self) -> StepStatus {
        match &self.login_test.progress {
            Progress::Done(d) if d.unreadable => StepStatus::Error,
            Progress::Done(_) => StepStatus::Done,
            Progress::Failed(_) => StepStatus::Error,
            Progress::Idle | Progress::Running => StepStatus::Todo,
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
                .filter(move |f| f.message_index.is_none_or(|m| m == selected))
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
                compared(
                    Msg::verbatim("Issuer"),
                    r.issuer.as_deref(),
                    identifier,
                    Slot::Sp,
                ),
                compared(
                    Msg::verbatim("ACS URL"),
                    r.acs_url.as_deref(),
                    reply,
                    Slot::Sp,
                ),
                compared(
                    Msg::verbatim("Destination"),
                    r.destination.as_deref(),
                    entra.and_then(|i| i.sso_url.as_deref()),
                    Slot::Idp,
                ),
                CheckRow {
                    check: crate::msg!("wizard-login-check-signed"),
                    received: if r.signed {
                        crate::msg!("word-yes")
                    } else {
                        crate::msg!("word-no")
                    },
                    expected: crate::msg!("wizard-login-either"),
                    ok: None,
                    copyable: false,
                    note: None,
                },
            ],
            Some(Message::Error(e)) => vec![CheckRow {
                check: crate::msg!("wizard-login-check-entra-error"),
                received: Msg::verbatim(format!("AADSTS{}: {}", e.code, e.message)),
                expected: crate::msg!("wizard-login-no-error"),
                ok: Some(false),
                copyable: false,
                note: None,
            }],
            None => Vec::new(),
        }
    }

    /// The validity window, judged by the diagnosis (at the capture's clock or this
    /// computer's): red when it found the assertion early or expired.
    fn validity_row(&self, r: &ResponseMessage) -> CheckRow {
        let out_of_time = self
            .message_findings()
            .any(|f| matches!(f.code, Code::AssertionExpired | Code::AssertionNotYetValid));
        let judged = r.not_before.is_some() || r.not_on_or_after.is_some();
        CheckRow {
            check: crate::msg!("wizard-login-check-valid"),
            received: crate::msg!(
                "wizard-login-validity",
                not_before = moment(r.not_before.as_deref()),
                not_on_or_after = moment(r.not_on_or_after.as_deref())
            ),
            expected: crate::msg!("wizard-login-validity-expected"),
            ok: judged.then_some(!out_of_time),
            copyable: false,
            note: None,
        }
    }

    /// The TOPdesk login name: the value of the attribute the login page is set to read.
    fn user_row(&self, r: &ResponseMessage) -> CheckRow {
        let user = r
            .attributes
            .iter()
            .find(|a| a.name == self.user_attribute.trim())
            .and_then(|a| a.values.first())
            .map(String::as_str);
        CheckRow {
            ok: Some(user.is_some_and(|u| !u.is_empty())),
            expected: crate::msg!("wizard-login-user-expected"),
            copyable: false,
            ..row(crate::msg!("wizard-login-check-user"), user, None)
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
        // Only a value fit to copy is offered as the expected one.
        let entra_id = entra.and_then(IdpSummary::identifier);
        let status = r
            .status_code
            .as_deref()
            .map(|c| c.rsplit(':').next().unwrap_or(c));
        let sig = &r.signature;
        let active = entra.and_then(|i| i.active_cert()).map(|c| {
            crate::msg!(
                "wizard-login-signed-by-active",
                thumbprint = c.info.sha1_thumbprint.as_str()
            )
        });
        // A row of values of `fields`, with the note on how far a signature vouches for them.
        let noted = |row: CheckRow, fields: &[&str]| CheckRow {
            note: trust_note(r, fields),
            ..row
        };
        let mut rows = vec![
            noted(
                row(
                    crate::msg!("wizard-login-check-status"),
                    status,
                    Some("Success"),
                ),
                &["status_code"],
            ),
            noted(
                compared(
                    Msg::verbatim("Issuer"),
                    r.issuer.as_deref(),
                    entra_id,
                    Slot::Idp,
                ),
                &["issuer"],
            ),
            CheckRow {
                check: crate::msg!("wizard-login-check-signature"),
                ok: Some(sig.assertion_valid && sig.problems.is_empty()),
                received: signature_text(sig),
                expected: active.unwrap_or_else(|| crate::msg!("wizard-login-signed-assertion")),
                copyable: false,
                note: None,
            },
            noted(
                compared(
                    Msg::verbatim("Audience"),
                    r.audience.as_deref(),
                    identifier,
                    Slot::Sp,
                ),
                &["audience"],
            ),
            noted(
                compared(
                    Msg::verbatim("Recipient"),
                    r.recipient.as_deref(),
                    reply,
                    Slot::Sp,
                ),
                &["recipient"],
            ),
            noted(
                compared(
                    Msg::verbatim("Destination"),
                    r.destination.as_deref(),
                    reply,
                    Slot::Sp,
                ),
                &["destination"],
            ),
        ];
        if let Some(encryption) = encryption_row(r) {
            rows.insert(3, encryption);
        }
        if request_id.is_some() {
            rows.push(noted(
                row(
                    Msg::verbatim("InResponseTo"),
                    r.in_response_to.as_deref(),
                    request_id,
                ),
                &["in_response_to"],
            ));
        }
        rows.push(noted(
            self.validity_row(r),
            &["not_before", "not_on_or_after"],
        ));
        rows.push(noted(
            row(Msg::verbatim("NameID"), r.name_id.as_deref(), None),
            &["name_id"],
        ));
        rows.push(noted(self.user_row(r), &["attributes"]));
        rows
    }

    /// The large headline over a judged capture: the verdict in a few words (the verdict line
    /// at the top of the step names what to change).
    #[must_use]
    pub fn test_login_headline(&self) -> Option<Msg> {
        Some(match self.diagnosis()?.verdict {
            diagnose::Verdict::Accepted => crate::msg!("wizard-login-verdict-accepted"),
            diagnose::Verdict::EntraRefused => crate::msg!("wizard-login-headline-entra-refused"),
            diagnose::Verdict::Refused => crate::msg!("wizard-login-headline-refused"),
            diagnose::Verdict::Unreadable => crate::msg!("wizard-login-headline-unreadable"),
            diagnose::Verdict::NoResponse => crate::msg!("wizard-login-headline-no-response"),
        })
    }

    pub(super) fn test_login_verdict(&self) -> Verdict {
        match &self.login_test.progress {
            Progress::Idle => {
                Verdict::new(StepStatus::Todo, crate::msg!("wizard-login-verdict-idle"))
            }
            Progress::Running => Verdict::new(
                StepStatus::Todo,
                crate::msg!("wizard-login-verdict-reading"),
            ),
            Progress::Failed(e) => Verdict::new(StepStatus::Error, e.clone()),
            Progress::Done(d) => match d.verdict {
                diagnose::Verdict::Accepted => Verdict::new(
                    StepStatus::Done,
                    crate::msg!("wizard-login-verdict-accepted"),
                ),
                diagnose::Verdict::EntraRefused => Verdict::new(
                    StepStatus::Error,
                    crate::msg!(
                        "wizard-login-verdict-entra-refused",
                        fix = d.blocking().map(|f| &f.fix)
                    ),
                ),
                diagnose::Verdict::Refused => Verdict::new(
                    StepStatus::Error,
                    crate::msg!(
                        "wizard-login-verdict-refused",
                        fix = d.blocking().map(|f| &f.fix)
                    ),
                ),
                diagnose::Verdict::Unreadable => {
                    Verdict::new(StepStatus::Error, d.reason().cloned().unwrap_or_default())
                }
                diagnose::Verdict::NoResponse => Verdict::new(
                    StepStatus::Warning,
                    crate::msg!("wizard-login-verdict-no-response"),
                ),
            },
        }
    }
}

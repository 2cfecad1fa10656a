//! *Check in Entra* (TOPdesk and Review steps): the live Entra app read through Microsoft Graph
//! after a sign-in in the admin's browser, compared with TOPdesk's metadata, and — once the
//! admin confirmed the list of writes — set right and read back. The engine is
//! [`crate::core::graph::session`], the same as `topdesk-sso entra`. The token is held in memory
//! only, as an `Arc<Token>` (never shown, never stored), and goes with the window.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use time::OffsetDateTime;

use super::{Action, Job, Wizard};
use crate::core::check::{self, CheckInput};
use crate::core::fetch::{self, Cancel, FetchOptions};
use crate::core::findings::{Finding, has_errors};
use crate::core::graph::browser::{self, BROWSER_SIGN_IN_MAX_WAIT};
use crate::core::graph::client::Http;
use crate::core::graph::plan::Write;
use crate::core::graph::session::{self, Identity, Session};
use crate::core::graph::{Check, Client, Cloud, Endpoints, GraphError, Status, Token, token};
use crate::core::i18n::{Arg, Msg};
use crate::core::topdesk::EntraUrls;
use crate::msg;

/// Opens an address in the system browser (the platform's; tests play the browser).
pub type OpenBrowser = Arc<dyn Fn(&str) -> Result<(), Msg> + Send + Sync>;

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Check,
    Apply,
}

/// The app as read, compared, and what would set it right.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveCheck {
    pub entra: Identity,
    pub checks: Vec<Check>,
    pub findings: Vec<Finding>,
    /// The writes that set it right (empty: nothing to do).
    pub plan: Vec<Write>,
    /// Where the app's own federation metadata was read (when TOPdesk's was not loaded).
    pub metadata_url: Option<String>,
    /// Graph requests this run sent.
    pub requests: u32,
    /// TOPdesk's values it was compared with (the plan writes these).
    pub urls: EntraUrls,
}

impl LiveCheck {
    /// One line, said first: all fine, how many rows differ, or no app.
    #[must_use]
    pub fn verdict(&self) -> Msg {
        if self.entra.app_id.is_none() {
            return msg!("wizard-entra-verdict-no-app");
        }
        let differ = self
            .checks
            .iter()
            .filter(|c| matches!(c.status, Status::Mismatch | Status::Missing))
            .count();
        if has_errors(&self.findings) {
            msg!("wizard-entra-verdict-errors", count = differ)
        } else if differ > 0 {
            msg!("wizard-entra-verdict-warnings", count = differ)
        } else {
            msg!("wizard-entra-verdict-ok")
        }
    }
}

/// What the last apply wrote, and the error that stopped it.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveApplied {
    /// The writes confirmed.
    pub planned: usize,
    /// The writes done, in order.
    pub writes: Vec<Write>,
    pub error: Option<Msg>,
}

/// The step's state.
pub struct EntraLive {
    /// The admin's public client id (remembered in settings: it is not secret).
    pub client_id: String,
    /// Sign-in and Graph hosts (the global cloud; tests point them at a stand-in).
    pub endpoints: Endpoints,
    /// How the browser is opened; `None`: the address cannot be opened here.
    pub open_browser: Option<OpenBrowser>,
    /// The admin has this long to sign in ([`BROWSER_SIGN_IN_MAX_WAIT`]).
    pub max_wait: Duration,
    /// What runs now.
    pub running: Option<Work>,
    /// The last check (or the read-back after an apply).
    pub result: Option<Arc<LiveCheck>>,
    /// The writes list is open for confirmation.
    pub confirming: bool,
    pub applied: Option<LiveApplied>,
    pub error: Option<Msg>,
    /// In memory only; `true`: it may write.
    token: Option<(Arc<Token>, bool)>,
    id: u64,
    cancel: Cancel,
}

impl std::fmt::Debug for EntraLive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntraLive")
            .field("client_id", &self.client_id)
            .field("running", &self.running)
            .field("result", &self.result)
            .field("signed_in", &self.token.is_some())
            .finish_non_exhaustive()
    }
}

impl Default for EntraLive {
    fn default() -> Self {
        Self {
            client_id: String::new(),
            endpoints: Endpoints::new(Cloud::Global, None, None)
                .unwrap_or_else(|_| unreachable!("the global cloud's hosts are https")),
            open_browser: None,
            max_wait: BROWSER_SIGN_IN_MAX_WAIT,
            running: None,
            result: None,
            confirming: false,
            applied: None,
            error: None,
            token: None,
            id: 0,
            cancel: Cancel::default(),
        }
    }
}

impl EntraLive {
    /// Signed in (a token is held in memory).
    #[must_use]
    pub fn signed_in(&self) -> bool {
        self.token.is_some()
    }

    /// The last result was compared with other TOPdesk values than `urls` (another SP metadata
    /// or section since): it must be checked again before anything is applied.
    #[must_use]
    pub fn outdated(&self, urls: Option<&EntraUrls>) -> bool {
        self.result.as_ref().is_some_and(|r| Some(&r.urls) != urls)
    }
}

/// One check or apply to run.
pub struct EntraJob {
    pub id: u64,
    pub work: Work,
    /// The writes to send (apply).
    pub writes: Vec<Write>,
    /// A token held that may do this work; else the job signs in first.
    pub token: Option<Arc<Token>>,
    pub client_id: String,
    pub endpoints: Endpoints,
    pub options: FetchOptions,
    pub cancel: Cancel,
    pub open_browser: Option<OpenBrowser>,
    pub max_wait: Duration,
    pub urls: EntraUrls,
    /// From the loaded Entra metadata.
    pub tenant: Option<String>,
    /// Signers of the loaded Entra metadata; `None`: the app's own metadata is read.
    pub signers: Option<Vec<String>>,
    pub topdesk_cert: Option<String>,
    pub now: OffsetDateTime,
}

impl std::fmt::Debug for EntraJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntraJob")
            .field("id", &self.id)
            .field("work", &self.work)
            .finish_non_exhaustive()
    }
}

/// A job's result: the token it signed in with (held for the next), what it found, and what
/// it wrote.
#[derive(Debug)]
pub struct EntraDone {
    pub id: u64,
    /// A new token, and whether it may write.
    pub token: Option<(Arc<Token>, bool)>,
    pub result: Result<LiveCheck, Msg>,
    pub applied: Option<LiveApplied>,
    /// Graph refused the token (401: expired or revoked): it is not kept.
    pub token_refused: bool,
}

/// A Graph or sign-in error for the admin; a client that is not registered gets the steps.
fn said(e: GraphError) -> Msg {
    if e.needs_registration() {
        return msg!(
            "wizard-entra-failed-register",
            why = Arg::shown(e),
            redirect = "http://127.0.0.1"
        );
    }
    Msg::shown(e)
}

/// Signs in when needed, then checks (or applies and reads back).
#[must_use]
pub fn run(job: &EntraJob) -> EntraDone {
    let mut done = EntraDone {
        id: job.id,
        token: None,
        result: Err(msg!("fetch-cancelled")),
        applied: None,
        token_refused: false,
    };
    done.result = run_into(job, &mut done);
    done
}

fn run_into(job: &EntraJob, done: &mut EntraDone) -> Result<LiveCheck, Msg> {
    let http = Http::new(&job.options, job.cancel.clone()).map_err(said)?;
    let writes = job.work == Work::Apply;
    let token = if let Some(token) = job.token.clone() {
        token
    } else {
        let failed = Mutex::new(None);
        let scope = token::scope(&job.endpoints, writes);
        let tenant = job.tenant.as_deref().unwrap_or("organizations");
        let signed = browser::sign_in(
            &http,
            &job.endpoints,
            tenant,
            &job.client_id,
            &scope,
            job.max_wait,
            &mut |url| match &job.open_browser {
                Some(open) => {
                    if let Err(why) = open(url) {
                        *failed
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(why);
                        job.cancel.cancel();
                    }
                }
                None => job.cancel.cancel(),
            },
        );
        if let Some(why) = failed
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
        {
            return Err(msg!("wizard-entra-no-browser", why));
        }
        let token = Arc::new(signed.map_err(said)?);
        done.token = Some((Arc::clone(&token), writes));
        token
    };
    let client = Client::new(http, job.endpoints.clone(), token);
    let session = Session::new(client, job.tenant.clone(), job.urls.clone(), None);
    let app = if writes {
        let applied = session.apply(&job.writes);
        done.applied = Some(LiveApplied {
            planned: job.writes.len(),
            writes: applied.writes,
            error: applied.error.map(said),
        });
        applied.after
    } else {
        session.read()
    }
    .map_err(|e| {
        done.token_refused = matches!(e, GraphError::Refused { status: 401, .. });
        said(e)
    })?;
    let mut metadata_url = None;
    let signers = match (&job.signers, &app) {
        (Some(signers), _) => signers.clone(),
        (None, Some(app)) => match session.metadata_url(app) {
            Some(url) => {
                let signers = own_signers(&url, job)?;
                metadata_url = Some(url);
                signers
            }
            None => Vec::new(),
        },
        (None, None) => Vec::new(),
    };
    let judged = session.judge_with(app.as_ref(), &signers, job.topdesk_cert.as_deref());
    Ok(LiveCheck {
        entra: judged.entra,
        checks: judged.checks,
        findings: judged.findings,
        plan: app
            .as_ref()
            .map(|a| session.plan(a, None, ""))
            .unwrap_or_default(),
        metadata_url,
        requests: session.client.requests(),
        urls: job.urls.clone(),
    })
}

/// The signers of the app's own federation metadata at `url`.
fn own_signers(url: &str, job: &EntraJob) -> Result<Vec<String>, Msg> {
    let fetched = fetch::fetch(url, &job.options, job.now, &job.cancel).map_err(|e| {
        msg!(
            "wizard-compare-fetch-failed",
            url = url,
            reason = Arg::shown(e)
        )
    })?;
    let report = check::check(&CheckInput {
        idp: Some(&fetched.bytes),
        ..CheckInput::new(job.now)
    })
    .map_err(Msg::shown)?;
    Ok(session::signers(&report))
}

impl Wizard {
    /// The *Check in Entra* actions.
    pub(super) fn entra_action(&mut self, action: Action, now: OffsetDateTime) -> Vec<Job> {
        match action {
            Action::SetClientId(id) => {
                let id = id.trim();
                if id != self.entra.client_id {
                    // A token signed in through another client is not kept.
                    self.entra.token = None;
                    id.clone_into(&mut self.entra.client_id);
                }
            }
            Action::EntraCheck => return self.entra_job(Work::Check, now),
            Action::EntraConfirm(open) => self.entra.confirming = open,
            Action::EntraApply => {
                self.entra.confirming = false;
                return self.entra_job(Work::Apply, now);
            }
            Action::EntraCancel => {
                self.entra.cancel.cancel();
                self.entra.id += 1;
                self.entra.running = None;
            }
            Action::EntraDone(done) => self.entra_done(*done),
            _ => {}
        }
        Vec::new()
    }

    fn entra_job(&mut self, work: Work, now: OffsetDateTime) -> Vec<Job> {
        let e = &mut self.entra;
        e.error = None;
        if e.client_id.is_empty() {
            e.error = Some(msg!("wizard-entra-no-client-id"));
            return Vec::new();
        }
        let (report, urls) = match &self.analysis {
            super::Analysis::Done(r) if r.urls.is_some() => (
                Arc::clone(r),
                r.urls.clone().unwrap_or_else(|| unreachable!()),
            ),
            _ => {
                e.error = Some(msg!("wizard-entra-no-sp"));
                return Vec::new();
            }
        };
        let writes = match (work, &e.result) {
            (Work::Apply, Some(r)) if r.urls != urls => {
                e.error = Some(msg!("wizard-entra-outdated"));
                e.confirming = false;
                return Vec::new();
            }
            (Work::Apply, Some(r)) if !r.plan.is_empty() => r.plan.clone(),
            (Work::Apply, _) => return Vec::new(),
            (Work::Check, _) => Vec::new(),
        };
        e.id += 1;
        e.cancel = Cancel::default();
        e.running = Some(work);
        if work == Work::Apply {
            e.applied = None;
        }
        let token = e
            .token
            .as_ref()
            .filter(|(_, may_write)| *may_write || work == Work::Check)
            .map(|(t, _)| Arc::clone(t));
        vec![Job::Entra(Box::new(EntraJob {
            id: e.id,
            work,
            writes,
            token,
            client_id: e.client_id.clone(),
            endpoints: e.endpoints.clone(),
            options: self.fetch_options.clone(),
            cancel: e.cancel.clone(),
            open_browser: e.open_browser.clone(),
            max_wait: e.max_wait,
            urls,
            tenant: report.idp.as_ref().and_then(|i| i.tenant_id.clone()),
            signers: report.idp.as_ref().map(|_| session::signers(&report)),
            topdesk_cert: session::topdesk_cert(&report).map(|c| c.sha1_thumbprint.clone()),
            now,
        }))]
    }

    fn entra_done(&mut self, done: EntraDone) {
        let e = &mut self.entra;
        if done.id != e.id {
            return; // cancelled, or a newer run started: its token and result are dropped
        }
        e.running = None;
        if let Some(token) = done.token {
            e.token = Some(token);
        }
        if done.token_refused {
            // An expired token (about an hour) is signed in again at the next check.
            e.token = None;
        }
        if done.applied.is_some() {
            e.applied = done.applied;
        }
        match done.result {
            Ok(check) => e.result = Some(Arc::new(check)),
            Err(why) => e.error = Some(why),
        }
    }
}

//! What the admin and the jobs can do: the admin's intents start something, job results (and
//! platform messages) land.

use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use super::{
    CompareSource, Comparison, Notice, PairBlock, Routed, Slot, Step, Topic, Wizard,
    test_login::Diagnosed,
};
use crate::core::check::Report;
use crate::core::i18n::{Lang, Msg};
use crate::core::key::{Material, PrivateKey};
use crate::core::topdesk::Section;

/// What the admin and the jobs can do. Deliberately not `Debug`: an action may hold a file's
/// bytes (a private key, a capture with session cookies) or a password, never to be printed.
pub enum Action {
    SetSection(Section),
    /// The admin chose another language: everything already judged is shown again in it.
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
    /// Write the calendar reminders of the checked certificates to `out`. `replace`: the save
    /// dialog already asked before replacing a file; otherwise none is.
    SaveReminders {
        out: PathBuf,
        replace: bool,
    },
    /// A message from the platform (no file dialog, empty clipboard, a folder that cannot be opened).
    Notify(Notice),
    // Results of jobs.
    Routed(Box<Routed>),
    /// A fetch ended: where the file went (as a file's would), or why it could not be fetched.
    Fetched {
        id: u64,
        result: Result<Box<Routed>, Msg>,
    },
    Analysed {
        generation: u64,
        result: Result<(Arc<Report>, Option<Arc<PrivateKey>>), Msg>,
        /// The certificate or key file needs a password (`wrong` is decided by the wizard), or
        /// cannot be read; the metadata still has its report.
        blocked: Option<PairBlock>,
        /// Files a password was typed for, opened: their passwords can be forgotten.
        opened: Vec<(Slot, Arc<Material>)>,
    },
    Generated(Result<(Vec<u8>, Zeroizing<Vec<u8>>), Msg>),
    Exported(Result<PathBuf, Msg>),
    /// The reminders were written (where), or why not.
    RemindersSaved(Result<PathBuf, Msg>),
    Compared {
        id: u64,
        result: Result<Arc<Comparison>, Msg>,
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
    /// Test login: judge the capture as of the time it was captured (the CLI's `--now`), or
    /// (`false`) by this computer's clock again.
    JudgeAtCaptureTime(bool),
    Diagnosed(Box<Diagnosed>),
    /// The public client id the admin registered for *Check in Entra*.
    SetClientId(String),
    /// Sign in (when not yet) and read the Entra app.
    EntraCheck,
    /// Open (or close) the list of writes for confirmation.
    EntraConfirm(bool),
    /// Send the writes the admin confirmed, then read the app back.
    EntraApply,
    /// Stop the sign-in or the run.
    EntraCancel,
    EntraDone(Box<super::EntraDone>),
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
                | Action::RemindersSaved(_)
                | Action::Compared { .. }
                | Action::Diagnosed(_)
                | Action::EntraDone(_)
                | Action::Notify(_)
        )
    }
}

impl Wizard {
    /// A new action by the admin starts: where the previous file went is old news, and so is what
    /// was said about the zone a new file is meant for.
    pub(super) fn begin(&mut self, action: &Action) {
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
}

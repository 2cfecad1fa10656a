//! Files: where a loaded or fetched file goes, the one place a slot changes, and metadata
//! fetched from a URL.

use time::OffsetDateTime;

use super::{FetchJob, Job, LoadedFile, Progress, Routed, Slot, Step, Topic, Wizard, jobs};
use crate::core::fetch::Cancel;
use crate::core::findings::Severity;
use crate::core::i18n::{Arg, Msg};

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

impl Wizard {
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

    pub(super) fn file_mut(&mut self, slot: Slot) -> &mut Option<LoadedFile> {
        match slot {
            Slot::Idp => &mut self.idp,
            Slot::Sp => &mut self.sp,
            Slot::Cert => &mut self.cert,
            Slot::Key => &mut self.key,
            Slot::Logo => &mut self.logo,
        }
    }

    /// Puts `file` into `slot` (or empties it). The one place a slot changes: its notices, its
    /// password, its entity choice and a "generated" message all belong to the old file.
    pub(super) fn set_file(&mut self, slot: Slot, file: Option<LoadedFile>) {
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

    pub(super) fn routed(&mut self, routed: Routed, now: OffsetDateTime) -> Vec<Job> {
        match routed {
            Routed::Into { slot, file, target } => {
                let name = file.name.clone();
                let brings_key = slot == Slot::Cert && file.holds_key;
                if slot == Slot::Sp {
                    // Prefilled for "Generate new key pair…" from the TOPdesk file loaded.
                    self.keygen
                        .follow_topdesk_host(jobs::host_of_sp(&file.bytes));
                }
                self.set_file(slot, Some(file));
                if let Some(t) = target.filter(|t| *t != slot) {
                    self.notice(
                        t.step(),
                        Topic::Load,
                        Severity::Info,
                        crate::msg!(
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
                        crate::msg!(
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
                        crate::msg!("wizard-load-own-key-wins", name = name.as_str(), old),
                    );
                }
                self.reanalyse(now)
            }
            Routed::Capture { name, bytes } => {
                if self.step != Step::TestLogin {
                    self.notice(
                        self.step,
                        Topic::Load,
                        Severity::Info,
                        crate::msg!(
                            "wizard-load-put-in-step",
                            name = name.as_str(),
                            what = crate::msg!("wizard-what-capture"),
                            number = Step::TestLogin.number(),
                            step = Step::TestLogin.title()
                        ),
                    );
                }
                self.load_capture(name, bytes, now)
            }
            Routed::Rejected {
                name,
                reason,
                target,
            } => {
                // The previous file (if any) stays: a failed load never clears a slot.
                let text = crate::msg!("wizard-load-rejected", name, reason);
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
    pub(super) fn fetch(&mut self, url: &str, target: Slot, now: OffsetDateTime) -> Vec<Job> {
        let url = url.trim().to_owned();
        if let Err(why) = crate::core::fetch::check_url(&url) {
            let text = crate::msg!(
                "wizard-fetch-failed",
                url = url.as_str(),
                reason = Arg::shown(why)
            );
            self.notice(target.step(), Topic::Slot(target), Severity::Error, text);
            return Vec::new();
        }
        self.stop_fetch(target);
        if target.step() != self.step {
            let text = crate::msg!(
                "wizard-fetch-for-step",
                url = url.as_str(),
                number = target.step().number(),
                step = target.step().title()
            );
            self.notice(self.step, Topic::Load, Severity::Info, text);
        }
        self.ids.fetch += 1;
        let cancel = Cancel::default();
        self.fetching.push(Fetching {
            slot: target,
            url: url.clone(),
            id: self.ids.fetch,
            cancel: cancel.clone(),
        });
        vec![Job::Fetch(FetchJob {
            id: self.ids.fetch,
            url,
            target,
            options: self.fetch_options.clone(),
            cancel,
            now,
        })]
    }

    /// The admin's Cancel: the fetch stops, and what was loaded before stays.
    pub(super) fn cancel_fetch(&mut self, slot: Slot) {
        if let Some(f) = self.stop_fetch(slot) {
            let text = crate::msg!("wizard-fetch-cancelled", url = f.url);
            self.notice(slot.step(), Topic::Slot(slot), Severity::Info, text);
        }
    }

    /// Stops the fetch for `slot` (its result, should it still come, is dropped).
    pub(super) fn stop_fetch(&mut self, slot: Slot) -> Option<Fetching> {
        let i = self.fetching.iter().position(|f| f.slot == slot)?;
        let f = self.fetching.remove(i);
        f.cancel.cancel();
        Some(f)
    }

    pub(super) fn fetched(
        &mut self,
        id: u64,
        result: Result<Box<Routed>, Msg>,
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
                    let text = crate::msg!(
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
                let text = crate::msg!("wizard-fetch-failed", url = f.url.as_str(), reason = why);
                if let Some(step) = here {
                    self.notice(step, Topic::Load, Severity::Error, text.clone());
                }
                self.notice(f.slot.step(), Topic::Slot(f.slot), Severity::Error, text);
                Vec::new()
            }
        }
    }
}

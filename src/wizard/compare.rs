//! Comparing the loaded Entra metadata with another version of it (the one TOPdesk has).

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;

use super::{CompareJob, Comparison, Job, Progress, Wizard};
use crate::core::fetch::Cancel;
use crate::core::i18n::{Arg, Msg};

/// The other version of the Entra metadata to compare the loaded one with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareSource {
    Path(PathBuf),
    Url(String),
}

impl Wizard {
    /// Compares the loaded Entra metadata (the new version) with `source` (the one TOPdesk
    /// has). An address is checked before anything is sent.
    pub(super) fn compare(&mut self, source: CompareSource, now: OffsetDateTime) -> Vec<Job> {
        self.stop_comparison();
        let Some(idp) = &self.idp else {
            self.comparison = Progress::Failed(crate::msg!("wizard-ready-load-idp"));
            return Vec::new();
        };
        if let CompareSource::Url(url) = &source
            && let Err(why) = crate::core::fetch::check_url(url)
        {
            self.comparison = Progress::Failed(crate::msg!(
                "wizard-fetch-failed",
                url = url.as_str(),
                reason = Arg::shown(why)
            ));
            return Vec::new();
        }
        self.ids.compare += 1;
        self.compare_cancel = Cancel::default();
        self.comparison = Progress::Running;
        vec![Job::Compare(CompareJob {
            id: self.ids.compare,
            source,
            current: Arc::clone(&idp.bytes),
            current_entity: self.idp_entity.clone(),
            options: self.fetch_options.clone(),
            cancel: self.compare_cancel.clone(),
            now,
        })]
    }

    /// Ends the comparison (a running one's result is dropped).
    pub(super) fn stop_comparison(&mut self) {
        self.compare_cancel.cancel();
        self.ids.compare += 1;
        self.comparison = Progress::Idle;
    }

    pub(super) fn compared(&mut self, id: u64, result: Result<Arc<Comparison>, Msg>) {
        if id == self.ids.compare && self.comparison == Progress::Running {
            self.comparison = match result {
                Ok(c) => Progress::Done(c),
                Err(e) => Progress::Failed(e),
            };
        }
    }
}

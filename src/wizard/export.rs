//! Exporting: the job, what the bundle holds, and whether it still matches the inputs; and the
//! calendar reminders, written by a job of their own.

use std::path::PathBuf;
use std::sync::Arc;

use time::OffsetDateTime;

use super::{Analysis, ExportJob, Job, LoadedFile, Progress, RemindersJob, Step, Topic, Wizard};
use crate::core::findings::Severity;
use crate::core::i18n::Msg;
use crate::core::reminders;

/// A finished export: where, what it holds, and for which inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRecord {
    pub path: PathBuf,
    /// One line naming the files and values inside.
    pub holds: Msg,
    /// The fingerprint of the inputs it was made from.
    inputs: u64,
}

impl Wizard {
    pub(super) fn exported(&mut self, result: Result<PathBuf, Msg>) {
        let (holds, inputs) = self.exporting.take().unwrap_or_default();
        self.export_progress = match result {
            Ok(path) => Progress::Done(ExportRecord {
                path,
                holds,
                inputs,
            }),
            Err(e) => Progress::Failed(e),
        };
    }

    pub(super) fn export(&mut self, out: PathBuf, zip: bool, now: OffsetDateTime) -> Vec<Job> {
        self.forget(Topic::Export);
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
            signers: self.signers.clone(),
        }));
        self.exporting = Some((self.bundle_contents(), self.versions.inputs));
        self.export_progress = Progress::Running;
        vec![job]
    }

    /// What an export made now would hold, in one line.
    fn bundle_contents(&self) -> Msg {
        let name = |f: &Option<LoadedFile>| f.as_ref().map_or("—", |f| f.name.as_str()).to_owned();
        let cert = self
            .report()
            .and_then(|r| r.pair.as_ref())
            .and_then(|p| p.certificate.as_ref())
            .map_or_else(
                || name(&self.cert),
                |c| format!("{} (SHA-1 {})", c.label(), c.sha1_thumbprint),
            );
        crate::msg!(
            "wizard-export-holds",
            idp = name(&self.idp),
            cert,
            display_name = self.display_name.trim(),
            has_logo = if self.logo.is_some() { "yes" } else { "no" },
            logo = self.logo.as_ref().map_or("", |l| l.name.as_str())
        )
    }

    /// The last export, and whether anything changed since.
    #[must_use]
    pub fn last_export(&self) -> Option<(&ExportRecord, bool)> {
        match &self.export_progress {
            Progress::Done(record) => Some((record, record.inputs == self.versions.inputs)),
            _ => None,
        }
    }

    /// The reminders of the checked certificates, to be written to `out` by a job; or why there
    /// are none yet.
    pub(super) fn save_reminders(
        &mut self,
        out: PathBuf,
        replace: bool,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        let Some(ics) = self.report().and_then(|r| reminders::calendar(r, now)) else {
            self.notice(
                Step::Review,
                Topic::Export,
                Severity::Warning,
                crate::msg!("ui-reminders-nothing"),
            );
            return Vec::new();
        };
        // The current export already holds them: say where, instead of a second copy (a file
        // the admin chose in the save dialog is still written).
        if let Some((record, true)) = self.last_export()
            && !replace
        {
            let text = crate::msg!(
                "wizard-reminders-in-bundle",
                file = reminders::FILE_NAME,
                bundle = record.path.display().to_string()
            );
            self.notice(Step::Review, Topic::Export, Severity::Info, text);
            return Vec::new();
        }
        vec![Job::Reminders(RemindersJob { ics, out, replace })]
    }

    /// Says where the reminders were written, or why not.
    pub(super) fn reminders_saved(&mut self, result: Result<PathBuf, Msg>) {
        let (severity, text) = match result {
            Ok(out) => (
                Severity::Info,
                crate::msg!("ui-reminders-written", path = out.display().to_string()),
            ),
            Err(e) => (
                Severity::Error,
                crate::msg!("ui-reminders-failed", error = e),
            ),
        };
        self.notice(Step::Review, Topic::Export, severity, text);
    }
}

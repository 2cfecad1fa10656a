//! Driving the wizard state machine as the app does, for the wizard tests: each job runs in the
//! language the wizard had when the job was started (what `ui::runner` does: the bundle's sheets
//! are written in it; everything else a job returns is data).

use time::OffsetDateTime;
use topdesk_sso::core::i18n::{self, Lang};
use topdesk_sso::core::keygen::GeneratedPair;
use topdesk_sso::wizard::{self, Action, Job, Slot, Wizard};

/// Applies `action` at `now` and runs every job it leads to.
pub fn drive(w: &mut Wizard, action: Action, now: OffsetDateTime) {
    let mut jobs = started(w, action, now);
    while let Some((lang, job)) = jobs.pop() {
        let result = i18n::with(lang, || wizard::run(job));
        jobs.extend(started(w, result, now));
    }
}

/// Applies `action` only; its jobs come back with the language they would run in.
pub fn started(w: &mut Wizard, action: Action, now: OffsetDateTime) -> Vec<(Lang, Job)> {
    let jobs = i18n::with(w.lang, || w.apply(action, now));
    jobs.into_iter().map(|j| (w.lang, j)).collect()
}

/// A file dropped (on `target`'s zone, if given), read and judged.
pub fn load(
    w: &mut Wizard,
    name: &str,
    bytes: impl Into<Vec<u8>>,
    target: Option<Slot>,
    now: OffsetDateTime,
) {
    let action = Action::Load {
        name: name.into(),
        path: None,
        bytes: bytes.into(),
        target,
    };
    drive(w, action, now);
}

/// Every input loaded (the real single-certificate Entra file, TOPdesk metadata and its pair),
/// ready to export at [`super::NOW_SINGLE_VALID`].
pub fn ready() -> (Wizard, GeneratedPair) {
    let now = super::NOW_SINGLE_VALID;
    let mut w = Wizard::default();
    let (sp, pair) = super::sp_and_pair(now);
    load(
        &mut w,
        "entra.xml",
        super::read(super::ENTRA_SINGLE),
        None,
        now,
    );
    load(&mut w, "sp.xml", sp, None, now);
    load(&mut w, "cert.cer", pair.certificate_der.clone(), None, now);
    load(
        &mut w,
        "key.der",
        pair.private_key_pkcs8_der.to_vec(),
        None,
        now,
    );
    assert!(w.can_export().is_ok(), "{:?}", w.can_export());
    (w, pair)
}

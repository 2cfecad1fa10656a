//! *Check in Entra* in the wizard state machine, against the local stand-in
//! (tests/common/graph.rs), with the test playing the browser: what is asked before anything
//! runs, sign-in then check, the token held for the next check, apply (signing in again to
//! write) with the read-back, cancel, and stale results dropped.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::graph::{
    CLIENT_ID, IDENTIFIER, OLD_IDENTIFIER, Play, REPLY, SECRET, Standin, Tenant, good_app, point_at,
};
use common::wizard::{ready, started};
use serde_json::json;
use topdesk_sso::core::graph::Status;
use topdesk_sso::wizard::{self, Action, Job, Wizard, Work};

/// The error the Entra panel shows, in English.
fn entra_error(w: &Wizard) -> String {
    w.entra.error.as_ref().expect("an error is shown").english()
}

fn now() -> time::OffsetDateTime {
    common::NOW_SINGLE_VALID
}

/// The Entra fixture's signer, as the wizard's analysis read it.
fn signer(w: &Wizard) -> String {
    let report = w.report().unwrap();
    report.idp.as_ref().unwrap().certificates[0]
        .info
        .sha1_thumbprint
        .clone()
}

fn standin(w: &Wizard, bad: bool) -> Standin {
    let (mut sp, mut app) = good_app(&signer(w));
    if bad {
        sp["preferredSingleSignOnMode"] = json!("password");
        app["identifierUris"] = json!([OLD_IDENTIFIER]);
        app["web"]["redirectUris"] = json!([]);
    }
    Standin::start(Tenant {
        sps: vec![sp],
        apps: vec![app],
        assignments: 2,
        page_size: 100,
        ..Tenant::default()
    })
}

/// Applies `action`; runs its one job and feeds the result back.
fn run_one(w: &mut Wizard, action: Action) {
    let jobs = started(w, action, now());
    assert_eq!(jobs.len(), 1, "one job");
    for (_, job) in jobs {
        let done = wizard::run(job);
        assert!(started(w, done, now()).is_empty());
    }
}

#[test]
fn nothing_runs_without_a_client_id_or_topdesks_metadata() {
    let mut w = Wizard::default();
    w.entra.client_id = CLIENT_ID.into();
    assert!(started(&mut w, Action::EntraCheck, now()).is_empty());
    assert!(entra_error(&w).contains("SP metadata"));
    let (mut w, _) = ready();
    assert!(started(&mut w, Action::EntraCheck, now()).is_empty());
    let said = entra_error(&w);
    assert!(said.contains("Application (client) ID"), "{said}");
    assert!(w.entra.running.is_none());
}

#[test]
fn sign_in_check_apply_and_read_back() {
    let (mut w, _) = ready();
    let s = standin(&w, true);
    let opened = Arc::new(Mutex::new(Vec::new()));
    point_at(&mut w, &s, Play::SignIn, &opened);
    started(&mut w, Action::SetClientId(format!(" {CLIENT_ID} ")), now());
    assert_eq!(w.entra.client_id, CLIENT_ID, "trimmed");

    // Check: the browser opens once; then the table.
    let start = Instant::now();
    run_one(&mut w, Action::EntraCheck);
    let wall = start.elapsed();
    assert!(w.entra.error.is_none(), "{:?}", w.entra.error);
    assert!(w.entra.signed_in());
    assert_eq!(opened.lock().unwrap().len(), 1);
    let result = w.entra.result.clone().unwrap();
    let status = |r: &wizard::LiveCheck, code: &str| {
        r.checks
            .iter()
            .find(|c| c.code.as_str() == code)
            .unwrap()
            .status
    };
    assert_eq!(status(&result, "entra-sso-mode"), Status::Mismatch);
    assert_eq!(status(&result, "entra-identifier"), Status::Missing);
    assert_eq!(status(&result, "entra-signing-cert"), Status::Ok);
    assert_eq!(result.plan.len(), 3);
    assert!(
        result
            .verdict()
            .english()
            .starts_with("3 settings in Entra")
    );
    assert_eq!(
        result.requests, 3,
        "the loaded Entra metadata is used: 3 reads"
    );
    assert!(result.metadata_url.is_none());
    assert!(wall < Duration::from_secs(2), "{wall:?}");
    eprintln!(
        "window check with sign-in: {} Graph requests, {wall:?}",
        result.requests
    );

    // A second check reuses the token: no browser.
    run_one(&mut w, Action::EntraCheck);
    assert_eq!(opened.lock().unwrap().len(), 1, "signed in already");
    // A token Graph no longer takes (expired after about an hour) is dropped: the next check
    // signs in again.
    s.state.lock().unwrap().expired = true;
    run_one(&mut w, Action::EntraCheck);
    let said = entra_error(&w);
    assert!(said.contains("did not accept the token"), "{said}");
    assert!(!w.entra.signed_in());
    s.state.lock().unwrap().expired = false;
    run_one(&mut w, Action::EntraCheck);
    assert_eq!(opened.lock().unwrap().len(), 2, "signed in again");
    assert!(w.entra.error.is_none() && w.entra.signed_in());

    // Apply: the list first; the read token cannot write, so the browser asks for writing.
    assert!(started(&mut w, Action::EntraConfirm(true), now()).is_empty());
    assert!(w.entra.confirming);
    assert!(
        s.writes().is_empty(),
        "nothing written before the confirmation"
    );
    let jobs = started(&mut w, Action::EntraApply, now());
    assert!(!w.entra.confirming);
    assert_eq!(w.entra.running, Some(Work::Apply));
    let Job::Entra(job) = &jobs[0].1 else {
        panic!("an Entra job")
    };
    assert_eq!(job.writes.len(), 3);
    assert!(job.token.is_none(), "the read token does not write");
    for (_, job) in jobs {
        started(&mut w, wizard::run(job), now());
    }
    assert_eq!(opened.lock().unwrap().len(), 3);
    let asked = s.state.lock().unwrap().authorized.clone().unwrap();
    assert!(
        asked.scope.ends_with("/Application.ReadWrite.All"),
        "{}",
        asked.scope
    );
    let applied = w.entra.applied.clone().unwrap();
    assert_eq!((applied.planned, applied.writes.len()), (3, 3));
    assert!(applied.error.is_none());
    let after = w.entra.result.clone().unwrap();
    assert_eq!(status(&after, "entra-sso-mode"), Status::Ok);
    assert_eq!(status(&after, "entra-identifier"), Status::Ok);
    assert_eq!(status(&after, "entra-reply-url"), Status::Ok);
    assert!(after.plan.is_empty());
    assert_eq!(
        after.verdict().english(),
        "Entra is set up as TOPdesk expects."
    );
    assert_eq!(s.app()["identifierUris"], json!([IDENTIFIER]));
    assert_eq!(s.app()["web"]["redirectUris"], json!([REPLY]));
    // The wizard's state, as a debugger would print it, holds no token.
    assert!(!format!("{w:?}").contains(SECRET));
}

/// A check made with other TOPdesk values (another SP metadata loaded since) is not applied:
/// its plan would write the old values.
#[test]
fn an_outdated_check_is_not_applied() {
    let (mut w, _) = ready();
    let s = standin(&w, true);
    let opened = Arc::new(Mutex::new(Vec::new()));
    point_at(&mut w, &s, Play::SignIn, &opened);
    w.entra.client_id = CLIENT_ID.into();
    run_one(&mut w, Action::EntraCheck);
    assert!(!w.entra.outdated(w.report().and_then(|r| r.urls.as_ref())));
    let other = common::Sp {
        entity_id: "https://acme.topdesk.net/saml-metadata/0ther".into(),
        ..common::Sp::secure()
    };
    let slot = Some(topdesk_sso::wizard::Slot::Sp);
    common::wizard::load(&mut w, "other-sp.xml", other.xml(), slot, now());
    assert!(w.entra.outdated(w.report().and_then(|r| r.urls.as_ref())));
    started(&mut w, Action::EntraConfirm(true), now());
    assert!(started(&mut w, Action::EntraApply, now()).is_empty());
    assert!(entra_error(&w).contains("check again"));
    assert!(s.writes().is_empty());
    // Another client id: the token is not kept.
    assert!(w.entra.signed_in());
    started(&mut w, Action::SetClientId("another".into()), now());
    assert!(!w.entra.signed_in());
}

/// Without Entra's metadata loaded, the app's own federation metadata is read (one more
/// request, to the sign-in host, not Graph) for the signing certificate row.
#[test]
fn without_entras_metadata_the_apps_own_is_read() {
    let (ready, _) = ready();
    let s = standin(&ready, false);
    s.state.lock().unwrap().metadata = common::read(common::ENTRA_SINGLE);
    let mut w = Wizard::default();
    let sp = common::Sp::secure().xml();
    common::wizard::load(
        &mut w,
        "sp.xml",
        sp,
        Some(topdesk_sso::wizard::Slot::Sp),
        now(),
    );
    assert!(w.report().unwrap().idp.is_none());
    let opened = Arc::new(Mutex::new(Vec::new()));
    point_at(&mut w, &s, Play::SignIn, &opened);
    w.entra.client_id = CLIENT_ID.into();
    run_one(&mut w, Action::EntraCheck);
    assert!(w.entra.error.is_none(), "{:?}", w.entra.error);
    let result = w.entra.result.clone().unwrap();
    let url = result.metadata_url.clone().unwrap();
    assert!(url.ends_with(&format!(
        "/{}/federationmetadata/2007-06/federationmetadata.xml?appid=11111111-2222-4333-8444-555555555555",
        common::graph::TENANT
    )), "{url}");
    let signing = result
        .checks
        .iter()
        .find(|c| c.code.as_str() == "entra-signing-cert");
    assert_eq!(signing.unwrap().status, Status::Ok);
    assert_eq!(result.requests, 3);
    assert_eq!(
        result.verdict().english(),
        "Entra is set up as TOPdesk expects."
    );
}

#[test]
fn cancel_stops_the_sign_in_and_stale_results_are_dropped() {
    let (mut w, _) = ready();
    let s = standin(&w, false);
    let opened = Arc::new(Mutex::new(Vec::new()));
    point_at(&mut w, &s, Play::Away, &opened);
    w.entra.client_id = CLIENT_ID.into();
    let mut jobs = started(&mut w, Action::EntraCheck, now());
    assert!(w.busy());
    let (_, job) = jobs.pop().unwrap();
    let worker = std::thread::spawn(move || wizard::run(job));
    while opened.lock().unwrap().is_empty() {
        std::thread::sleep(Duration::from_millis(10));
    }
    let start = Instant::now();
    started(&mut w, Action::EntraCancel, now());
    assert!(w.entra.running.is_none() && !w.busy());
    let done = worker.join().unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "cancel is noticed at once"
    );
    started(&mut w, done, now());
    assert!(
        w.entra.result.is_none() && w.entra.error.is_none(),
        "dropped"
    );
    assert!(!w.entra.signed_in());

    // A result from an older run than the one running is dropped too.
    point_at(&mut w, &s, Play::SignIn, &opened);
    let (_, first) = started(&mut w, Action::EntraCheck, now()).pop().unwrap();
    let (_, second) = started(&mut w, Action::EntraCheck, now()).pop().unwrap();
    started(&mut w, wizard::run(first), now());
    assert!(w.entra.result.is_none() && w.entra.running == Some(Work::Check));
    started(&mut w, wizard::run(second), now());
    assert!(w.entra.result.is_some() && w.entra.running.is_none());
}

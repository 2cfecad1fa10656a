//! What a language switch costs with the demo loaded (four files and a captured login): now it
//! only says again what the window shows (every step's verdict, findings, notices and the Test
//! login rows); before, it analysed and diagnosed everything again (measured here as the same
//! analysis and diagnosis jobs run for the same inputs).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use time::OffsetDateTime;
use time::macros::datetime;
use topdesk_sso::core::i18n::Lang;
use topdesk_sso::wizard::{self, Action, Slot, Step, Wizard};

/// The demo files are valid from 2026-11-28.
const NOW: OffsetDateTime = datetime!(2027-01-01 00:00 UTC);

fn drive(w: &mut Wizard, action: Action) {
    let mut jobs = w.apply(action, NOW);
    while let Some(job) = jobs.pop() {
        let result = wizard::run(job);
        jobs.extend(w.apply(result, NOW));
    }
}

fn demo() -> Wizard {
    let mut w = Wizard::default();
    let files: [(&str, Slot, &[u8]); 4] = [
        (
            "entra.xml",
            Slot::Idp,
            include_bytes!("../assets/samples/sample-entra-federation-metadata.xml"),
        ),
        (
            "sp.xml",
            Slot::Sp,
            include_bytes!("../assets/samples/sample-topdesk-sp-metadata.xml"),
        ),
        (
            "cert.pem",
            Slot::Cert,
            include_bytes!("../assets/samples/sample-topdesk-certificate.pem"),
        ),
        (
            "key.pem",
            Slot::Key,
            include_bytes!("../assets/samples/sample-topdesk-private-key.pem"),
        ),
    ];
    for (name, slot, bytes) in files {
        drive(
            &mut w,
            Action::Load {
                name: name.into(),
                path: None,
                bytes: bytes.to_vec(),
                target: Some(slot),
            },
        );
    }
    drive(
        &mut w,
        Action::LoadCapture {
            name: "sample-login.har".into(),
            bytes: include_bytes!("../assets/samples/sample-login.har").to_vec(),
        },
    );
    assert!(w.diagnosis().is_some() && w.report().is_some());
    w
}

/// Every text of the seven steps the wizard gives the window, said in `lang`.
fn said(w: &Wizard, lang: Lang) -> usize {
    let mut bytes = 0;
    for step in Step::ALL {
        bytes += w.verdict(step).text.render_in(lang).len();
    }
    for f in w.findings(None).chain(w.message_findings()) {
        bytes += f.message.render_in(lang).len() + f.fix.render_in(lang).len();
    }
    for n in &w.notices {
        bytes += n.text.render_in(lang).len();
    }
    for r in w.check_rows() {
        bytes += r.check.render_in(lang).len() + r.received.render_in(lang).len();
    }
    bytes
}

fn switch(c: &mut Criterion) {
    let mut w = demo();
    let mut g = c.benchmark_group("language switch, demo loaded");
    g.sample_size(20);
    let mut langs = Lang::ALL.into_iter().cycle();
    g.bench_function("now: switch and say every step again", |b| {
        b.iter(|| {
            let lang = langs.next().unwrap();
            assert!(w.apply(Action::SetLanguage(lang), NOW).is_empty());
            black_box(said(&w, lang))
        });
    });
    // What the switch did before: the same analysis and diagnosis, run again (a change of
    // section to the one already chosen starts exactly those jobs).
    g.bench_function("before: analyse and diagnose again", |b| {
        b.iter(|| {
            let section = w.section;
            drive(&mut w, Action::SetSection(section));
            black_box(said(&w, Lang::En))
        });
    });
    g.finish();
}

criterion_group!(benches, switch);
criterion_main!(benches);

//! Plain-text output, written for an admin: the three URLs first, then the files, then findings
//! grouped by severity. Every word from the catalogue (`i18n/<lang>/cli.ftl`); values pasted
//! elsewhere (URLs, thumbprints, codes, SAML names) as they are. Columns of labels are as wide
//! as the longest label in the language shown.

use std::fmt::Write as _;

use crate::core::cert::CertInfo;
use crate::core::check::Report;
use crate::core::diff::MetadataDiff;
use crate::core::findings::{Finding, Severity};
use crate::core::i18n::date;
use crate::core::inspect::Inspection;
use crate::core::pair::PairStatus;
use crate::core::signature::SignatureStatus;
use crate::tr;

/// The width of a column of labels: the longest (in characters) and two spaces.
fn label_width<S: AsRef<str>>(labels: &[S]) -> usize {
    labels
        .iter()
        .map(|l| l.as_ref().chars().count())
        .max()
        .unwrap_or(0)
        + 2
}

/// Labels and values, the values lined up after the longest label.
fn rows(out: &mut String, indent: &str, rows: &[(String, String)]) {
    let labels: Vec<&str> = rows.iter().map(|(l, _)| l.as_str()).collect();
    let width = label_width(&labels);
    for (label, value) in rows {
        let _ = writeln!(out, "{indent}{label:<width$}{value}");
    }
}

fn signature_key(status: SignatureStatus) -> &'static str {
    match status {
        SignatureStatus::Valid => "valid",
        SignatureStatus::Invalid => "invalid",
        SignatureStatus::Absent => "absent",
    }
}

/// A select key for the catalogue's yes/no variants.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

fn bits(bits: Option<impl ToString>) -> String {
    bits.map_or_else(|| "?".into(), |b| b.to_string())
}

/// One certificate; `tag` (already translated) is shown in brackets after its subject.
fn cert_line(out: &mut String, c: &CertInfo, tag: Option<String>) {
    let subject = tr!(
        "cli-cert-subject",
        subject = c.subject.as_str(),
        algorithm = c.key_algorithm.as_str(),
        bits = bits(c.key_bits)
    );
    let tag = tag.map_or_else(String::new, |t| format!("  [{t}]"));
    let validity = tr!(
        "cli-cert-validity",
        from = date(c.not_before.date()),
        to = date(c.not_after.date())
    );
    let sha1 = tr!("cli-cert-sha1", thumbprint = c.sha1_thumbprint.as_str());
    let _ = writeln!(
        out,
        "    - {subject}{tag}\n      {validity}\n      {sha1}\n      SHA-256 {}",
        c.sha256_fingerprint,
    );
}

/// The three Entra values (or why there are none), without findings.
fn url_lines(out: &mut String, r: &Report) {
    match &r.urls {
        Some(u) => {
            let heading = r.section.map_or_else(
                || tr!("cli-urls-heading"),
                |s| tr!("cli-urls-heading-section", section = s.label()),
            );
            let _ = writeln!(out, "{heading}");
            rows(
                out,
                "  ",
                &[
                    (tr!("term-identifier"), u.identifier.clone()),
                    (tr!("cli-urls-reply"), u.reply.clone()),
                    (tr!("term-sign-on-url"), u.sign_on.clone()),
                ],
            );
        }
        None => {
            let _ = writeln!(out, "{}", tr!("cli-urls-none"));
        }
    }
}

/// `diff`: the verdict first, then the certificates and the values that changed.
pub fn diff(d: &MetadataDiff) -> String {
    let mut out = format!("{}\n\n{}\n", d.verdict, tr!("cli-diff-certs"));
    let words = [
        tr!("cli-diff-added"),
        tr!("cli-diff-removed"),
        tr!("cli-diff-kept"),
    ];
    let width = label_width(&words) - 2;
    for ((mark, word), list) in ["+", "-", " "]
        .iter()
        .zip(&words)
        .zip([&d.added, &d.removed, &d.kept])
    {
        for c in list {
            let line = tr!(
                "cli-diff-cert",
                thumbprint = c.sha1_thumbprint.as_str(),
                label = c.label.as_str(),
                date = date(c.not_after.date()),
                signs = yes_no(c.signs)
            );
            let _ = writeln!(out, "  {mark} {word:<width$} {line}");
        }
    }
    if !d.changes.is_empty() {
        let _ = write!(out, "\n{}\n", tr!("cli-diff-changed"));
        for c in &d.changes {
            let _ = writeln!(out, "  {}: {} -> {}", c.label(), c.old, c.new);
        }
    }
    out
}

/// The three Entra values, then the error-level findings if any.
pub fn urls(r: &Report) -> String {
    let mut out = String::new();
    url_lines(&mut out, r);
    if r.findings.iter().any(|f| f.severity == Severity::Error) {
        out.push('\n');
        findings(&mut out, &r.findings);
    }
    out
}

pub fn report(r: &Report) -> String {
    let mut out = String::new();
    if r.sp.is_some() {
        url_lines(&mut out, r);
        out.push('\n');
    }
    // One column for the Entra file's and the key pair's labels.
    let (entity, tenant, sso, signature, pair_label, key_label) = (
        tr!("cli-report-entity"),
        tr!("term-tenant"),
        tr!("cli-report-sso"),
        tr!("cli-report-signature"),
        tr!("cli-report-pair"),
        tr!("term-private-key"),
    );
    let width = label_width(&[&entity, &tenant, &sso, &signature, &pair_label, &key_label]);
    let row = |out: &mut String, label: &str, value: &str| {
        let _ = writeln!(out, "  {label:<width$}{value}");
    };
    if let Some(idp) = &r.idp {
        let _ = writeln!(out, "{}", tr!("term-entra-metadata"));
        row(&mut out, &entity, &idp.entity_id);
        if let Some(t) = &idp.tenant_id {
            row(&mut out, &tenant, t);
        }
        if let Some(s) = &idp.sso_url {
            row(&mut out, &sso, s);
        }
        if let Some(sig) = &r.signature {
            let status = signature_key(sig.status);
            row(
                &mut out,
                &signature,
                &tr!("cli-report-signature-status", status),
            );
        }
        let _ = writeln!(out, "  {}", tr!("term-signing-certs"));
        for c in &idp.certificates {
            let tag = c.active.then(|| tr!("cli-cert-active"));
            cert_line(&mut out, &c.info, tag);
        }
        out.push('\n');
    }
    if let Some(sp) = &r.sp
        && !sp.certificates.is_empty()
    {
        let _ = writeln!(out, "{}", tr!("cli-report-sp-certs"));
        for c in &sp.certificates {
            cert_line(&mut out, &c.info, None);
        }
        out.push('\n');
    }
    if let Some(pair) = &r.pair {
        let verdict = match pair.status {
            PairStatus::Match => tr!("cli-report-pair-match"),
            PairStatus::Mismatch => tr!("cli-report-pair-mismatch"),
            PairStatus::Incomplete => tr!("cli-report-pair-incomplete"),
        };
        let _ = writeln!(out, "{}", tr!("cli-report-pair-heading"));
        row(&mut out, &pair_label, &verdict);
        if let Some(k) = &pair.key {
            let value = tr!(
                "cli-report-key-value",
                algorithm = k.algorithm.as_str(),
                bits = bits(k.bits),
                format = k.format.label(),
                encrypted = yes_no(k.encrypted)
            );
            row(&mut out, &key_label, &value);
        }
        if let Some(c) = &pair.certificate {
            cert_line(&mut out, c, None);
        }
        out.push('\n');
    }
    findings(&mut out, &r.findings);
    out
}

pub(super) fn findings(out: &mut String, findings: &[Finding]) {
    if findings.is_empty() {
        let _ = writeln!(out, "{}", tr!("cli-findings-none"));
        return;
    }
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let title = tr!(
            "cli-findings-group",
            severity = severity.to_string(),
            count = group.len()
        );
        let _ = writeln!(out, "{title}");
        for f in group {
            let fix = tr!("finding-fix", fix = &f.fix);
            let _ = writeln!(out, "  [{}] {}\n      {fix}", f.code, f.message);
        }
    }
}

pub fn inspection(i: &Inspection) -> String {
    let mut out = format!("{}\n", i.summary());
    match i {
        Inspection::IdpMetadata {
            report: Some(r), ..
        }
        | Inspection::SpMetadata {
            report: Some(r), ..
        } => {
            out.push('\n');
            out.push_str(&report(r));
        }
        Inspection::Aggregate { count, entities } => {
            for e in entities.iter().take(100) {
                let role = match (e.idp, e.sp) {
                    (true, true) => "IdP+SP",
                    (true, false) => "IdP",
                    (false, true) => "SP",
                    (false, false) => "-",
                };
                let _ = writeln!(out, "  {role:<6} {}", e.entity_id);
            }
            if *count > 100 {
                let _ = writeln!(out, "  {}", tr!("cli-inspect-more", count = count - 100));
            }
        }
        Inspection::PrivateKey(k) | Inspection::Pkcs12(k) => {
            for c in &k.certificates {
                cert_line(&mut out, c, None);
            }
        }
        Inspection::Certificate { certificates, .. } => {
            for (n, c) in certificates.iter().enumerate() {
                let tag = (n == 0 && certificates.len() > 1).then(|| tr!("cli-cert-first"));
                cert_line(&mut out, c, tag);
            }
        }
        _ => {}
    }
    out
}

/// A value of a message, or "(none)".
fn opt(v: Option<&String>) -> String {
    v.cloned().unwrap_or_else(|| tr!("word-none"))
}

/// The width of the label column of `diagnose`'s messages: SAML's own names (Issuer,
/// `InResponseTo` …) stay as they are; the others are translated.
fn message_width() -> usize {
    label_width(&[
        "InResponseTo".to_owned(),
        "NotOnOrAfter".to_owned(),
        tr!("cli-diagnose-signed"),
        tr!("cli-report-signature"),
        tr!("cli-diagnose-encrypted"),
    ])
}

/// `diagnose`: the verdict, each message's values, then the findings in the order an SP checks.
pub fn diagnosis(d: &crate::core::diagnose::Diagnosis) -> String {
    use crate::core::diagnose::{Message, Verdict};
    let reason = d.reason();
    let verdict = match d.verdict {
        Verdict::Accepted => tr!("cli-diagnose-accepted"),
        Verdict::EntraRefused => tr!("cli-diagnose-entra-refused", reason),
        Verdict::Refused => tr!("cli-diagnose-refused", reason),
        Verdict::NoResponse => tr!("cli-diagnose-no-response"),
        Verdict::Unreadable => tr!("cli-diagnose-nothing-read", reason),
    };
    let mut out = format!("{verdict}\n");
    let width = message_width();
    for (i, m) in d.messages.iter().enumerate() {
        let number = i + 1;
        match m {
            Message::Response(r) => response_lines(&mut out, number, r, width),
            Message::Request(r) => {
                let id = opt(r.id.as_ref());
                let _ = writeln!(out, "\n{}", tr!("cli-diagnose-request", number, id));
                for (label, value) in [
                    ("Issuer", &r.issuer),
                    ("ACS URL", &r.acs_url),
                    ("Destination", &r.destination),
                ] {
                    let _ = writeln!(out, "  {label:<width$}{}", opt(value.as_ref()));
                }
                let signed = if r.signed {
                    tr!("word-yes")
                } else {
                    tr!("word-no")
                };
                let _ = writeln!(out, "  {:<width$}{signed}", tr!("cli-diagnose-signed"));
            }
            Message::Error(e) => {
                let code = e.code.as_str();
                let _ = writeln!(
                    out,
                    "\n{}\n  {}",
                    tr!("cli-diagnose-entra-error", number, code),
                    e.message
                );
                for inner in &e.inner {
                    let code = inner.code.as_str();
                    let _ = writeln!(
                        out,
                        "  {}\n    {}",
                        tr!("cli-diagnose-inner-error", code),
                        inner.message
                    );
                }
            }
        }
    }
    out.push('\n');
    if d.findings.is_empty() {
        let _ = writeln!(out, "{}", tr!("cli-findings-none"));
    }
    for f in &d.findings {
        let severity = f.severity.label();
        let fix = tr!("finding-fix", fix = &f.fix);
        let _ = writeln!(out, "[{severity} {}] {}\n    {fix}", f.code, f.message);
    }
    out
}

/// One response's values, for `diagnosis`.
fn response_lines(
    out: &mut String,
    number: usize,
    r: &crate::core::diagnose::ResponseMessage,
    width: usize,
) {
    use crate::core::diagnose::saml::Signed;
    let id = opt(r.id.as_ref());
    let _ = writeln!(out, "\n{}", tr!("cli-diagnose-response", number, id));
    for (label, field, value) in [
        ("Status", "status_code", &r.status_code),
        ("Issuer", "issuer", &r.issuer),
        ("Destination", "destination", &r.destination),
        ("InResponseTo", "in_response_to", &r.in_response_to),
        ("Audience", "audience", &r.audience),
        ("Recipient", "recipient", &r.recipient),
        ("NotBefore", "not_before", &r.not_before),
        ("NotOnOrAfter", "not_on_or_after", &r.not_on_or_after),
        ("NameID", "name_id", &r.name_id),
    ] {
        let _ = writeln!(
            out,
            "  {label:<width$}{}{}",
            opt(value.as_ref()),
            trust_note(r, field)
        );
    }
    let mut signature = tr!(
        "cli-diagnose-signature-status",
        status = signature_key(r.signature.status)
    );
    if let Some(signed) = r.signature.signed {
        let part = match signed {
            Signed::Response => "response",
            Signed::Assertion => "assertion",
            Signed::Both => "both",
        };
        let _ = write!(signature, " {}", tr!("cli-diagnose-signed-part", part));
    }
    if let Some(thumbprint) = r.signature.signed_by.as_deref() {
        let _ = write!(signature, ", {}", tr!("cli-diagnose-signed-by", thumbprint));
    }
    let _ = writeln!(out, "  {:<width$}{signature}", tr!("cli-report-signature"));
    if r.encrypted {
        let encrypted = if r.decrypted {
            tr!("cli-diagnose-decrypted")
        } else {
            tr!("cli-diagnose-not-decrypted")
        };
        let _ = writeln!(
            out,
            "  {:<width$}{encrypted}",
            tr!("cli-diagnose-encrypted")
        );
    }
    let note = trust_note(r, "attributes");
    for at in &r.attributes {
        let _ = writeln!(out, "  {}{note}\n      {}", at.name, at.values.join(", "));
    }
}

/// " (not signed)" or " (unverified)" after a value no valid signature covers.
fn trust_note(r: &crate::core::diagnose::ResponseMessage, field: &str) -> String {
    use crate::core::diagnose::Trust;
    match r.trust(field) {
        Trust::Signed => String::new(),
        Trust::NotSigned => format!(" {}", tr!("cli-diagnose-not-signed")),
        Trust::Unverified => format!(" {}", tr!("cli-diagnose-unverified")),
    }
}

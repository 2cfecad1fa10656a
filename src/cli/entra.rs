//! `topdesk-sso entra check|apply|create`: the live Entra app through Microsoft Graph, compared
//! with TOPdesk's metadata, and set right when asked (`--yes`). The token is never printed.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{anyhow, bail};
use clap::Subcommand;

use super::commands::{emit, print_json};
use super::inputs::{Inputs, Loaded, PasswordArgs, Source, What};
use super::{Common, JSON_FORMAT_VERSION, now_or, parse_section};
use crate::core::cert::CertInfo;
use crate::core::check::{CheckInput, Report};
use crate::core::fetch::{self, Cancel, FetchOptions};
use crate::core::findings::{Finding, has_errors};
use crate::core::graph::client::Http;
use crate::core::graph::model::{self, EntraApp};
use crate::core::graph::plan::{self, Created, Write};
use crate::core::graph::session::Identity;
use crate::core::graph::{
    Check, Client, Cloud, Endpoints, GraphError, Status, Token, session, token,
};
use crate::core::topdesk::Section;
use crate::tr;

fn parse_cloud(s: &str) -> Result<Cloud, String> {
    s.parse().map_err(|e: crate::core::i18n::Msg| e.to_string())
}

/// The options every `entra` command takes.
#[derive(Debug, clap::Args)]
pub struct EntraArgs {
    #[arg(long, value_name = "FILE|URL")]
    sp: Source,
    #[arg(long, value_name = "FILE|URL")]
    idp: Option<Source>,
    #[arg(long, value_name = "FILE")]
    cert: Option<PathBuf>,
    #[arg(long, value_name = "ID")]
    tenant: Option<String>,
    #[arg(long, value_name = "APPID")]
    app: Option<String>,
    #[arg(long, value_name = "VAR", conflicts_with = "client_id")]
    token_env: Option<String>,
    #[arg(long, value_name = "ID")]
    client_id: Option<String>,
    #[arg(long, value_parser = parse_cloud)]
    cloud: Option<Cloud>,
    #[arg(long, value_name = "URL")]
    graph_url: Option<String>,
    #[arg(long, value_name = "URL")]
    login_url: Option<String>,
    #[arg(long, value_parser = parse_section)]
    section: Option<Section>,
    #[command(flatten)]
    pub(super) common: Common,
}

#[derive(Debug, Subcommand)]
// Declared only when `entra` is the command run (see `Command` in mod.rs).
#[command(defer = true)]
pub enum EntraAction {
    Check {
        #[command(flatten)]
        args: EntraArgs,
    },
    Apply {
        #[command(flatten)]
        args: EntraArgs,
        #[arg(long)]
        encrypt: bool,
        #[arg(long)]
        yes: bool,
    },
    Create {
        #[command(flatten)]
        args: EntraArgs,
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[arg(long)]
        encrypt: bool,
        #[arg(long)]
        yes: bool,
    },
}

impl EntraAction {
    pub fn args(&self) -> &EntraArgs {
        match self {
            Self::Check { args } | Self::Apply { args, .. } | Self::Create { args, .. } => args,
        }
    }
}

/// What a run found and did (the JSON document, and what the text is made from).
#[derive(Debug, Default, serde::Serialize)]
struct Outcome {
    format_version: u32,
    entra: Identity,
    checks: Vec<Check>,
    plan: Vec<Write>,
    #[serde(skip_serializing_if = "Option::is_none")]
    applied: Option<Vec<Write>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<Created>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata_url: Option<String>,
    findings: Vec<Finding>,
    #[serde(skip)]
    graph_requests: u32,
}

/// One line for a Graph error; sign-in errors that need the registration get its steps.
fn graph_error(e: &GraphError) -> anyhow::Error {
    if e.needs_registration() {
        return anyhow!("{e}\n{}", tr!("cli-entra-register"));
    }
    if e.blocked_by_policy() {
        return anyhow!("{e}\n{}", tr!("cli-entra-blocked"));
    }
    anyhow!("{e}")
}

/// The command line's side of a session: the options and TOPdesk's files; the engine is
/// [`session::Session`].
struct Session<'a> {
    args: &'a EntraArgs,
    inputs: Inputs,
    report: Report,
    core: session::Session,
}

impl<'a> Session<'a> {
    fn open(args: &'a EntraArgs, write: bool) -> anyhow::Result<Self> {
        // Addresses first: an override that cannot be used is refused before anything is sent.
        let endpoints = Endpoints::new(
            args.cloud.unwrap_or_default(),
            args.graph_url.as_deref(),
            args.login_url.as_deref(),
        )
        .map_err(|e| anyhow!("{e}"))?;
        if args.token_env.is_none() && args.client_id.is_none() {
            bail!("{}", tr!("cli-entra-no-sign-in"));
        }
        let inputs = Inputs::read(args.idp.as_ref(), Some(&args.sp), args.cert.as_ref(), None)?;
        let report = analyse(args, &inputs)?;
        let urls = report
            .urls
            .clone()
            .ok_or_else(|| anyhow!("{}", tr!("cli-entra-no-urls", sp = args.sp.to_string())))?;
        let idp_tenant = report.idp.as_ref().and_then(|i| i.tenant_id.clone());
        let tenant = args.tenant.clone().or(idp_tenant);
        let http =
            Http::new(&FetchOptions::from_env(), Cancel::default()).map_err(|e| anyhow!("{e}"))?;
        let token = if let Some(var) = &args.token_env {
            Token::from_env(var).map_err(|e| anyhow!("{e}"))?
        } else {
            let client_id = args.client_id.as_deref().unwrap_or_default();
            let scope = token::scope(&endpoints, write);
            let at = tenant.as_deref().unwrap_or("organizations");
            token::device_code(&http, &endpoints, at, client_id, &scope, &mut |code| {
                let (url, code) = (code.verification_uri.as_str(), code.user_code.as_str());
                eprintln!("{}", tr!("cli-entra-device-code", url, code));
            })
            .map_err(|e| graph_error(&e))?
        };
        let client = Client::new(http, endpoints, std::sync::Arc::new(token));
        Ok(Self {
            args,
            inputs,
            report,
            core: session::Session::new(client, tenant, urls, args.app.clone()),
        })
    }

    fn read(&self) -> anyhow::Result<Option<EntraApp>> {
        self.core.read().map_err(|e| graph_error(&e))
    }

    /// The checks of `app` and every finding: TOPdesk's files (with, when `--idp` was not
    /// given, the app's own federation metadata fetched from Entra), then Entra's.
    fn judge(&mut self, app: Option<&EntraApp>, out: &mut Outcome) -> anyhow::Result<()> {
        if self.args.idp.is_none()
            && let Some(url) = app.and_then(|a| self.core.metadata_url(a))
        {
            let source = Source::Url(url.clone());
            let loaded = Loaded::read(&source, What::Idp)?;
            self.inputs.idp = Some(loaded);
            self.report = analyse(self.args, &self.inputs)?;
            out.metadata_url = Some(url);
        }
        let judged = self.core.judge(app, &self.report);
        out.checks = judged.checks;
        out.findings.clone_from(&self.report.findings);
        out.findings.extend(judged.findings);
        out.entra = judged.entra;
        Ok(())
    }
}

fn analyse(args: &EntraArgs, inputs: &Inputs) -> anyhow::Result<Report> {
    let input = CheckInput {
        idp: inputs.idp_bytes(),
        sp: inputs.sp_bytes(),
        section: args.section,
        ..CheckInput::new(now_or(args.common.now))
    };
    let (mut report, _) = inputs.analyse(&input, &PasswordArgs::default())?;
    if let Some(origin) = inputs.idp.as_ref().and_then(|l| l.origin.as_ref()) {
        fetch::judge_origin(origin, &mut report);
    }
    Ok(report)
}

pub fn run(action: &EntraAction) -> anyhow::Result<bool> {
    let args = action.args();
    let write = !matches!(action, EntraAction::Check { .. });
    let mut session = Session::open(args, write)?;
    let mut out = Outcome {
        format_version: JSON_FORMAT_VERSION,
        ..Outcome::default()
    };
    let app = session.read()?;
    let failed = match action {
        EntraAction::Check { .. } => {
            session.judge(app.as_ref(), &mut out)?;
            app.is_none() || has_errors(&out.findings)
        }
        EntraAction::Apply { encrypt, yes, .. } => {
            apply(&mut session, app, *encrypt, *yes, &mut out)?
        }
        EntraAction::Create {
            name, encrypt, yes, ..
        } => create(&mut session, app, name.as_deref(), *encrypt, *yes, &mut out)?,
    };
    out.graph_requests = session.core.client.requests();
    if args.common.json {
        print_json(&out)?;
    } else {
        emit(&text(&out))?;
    }
    Ok(failed)
}

fn encryption_cert<'r>(
    session: &'r Session<'_>,
    encrypt: bool,
) -> anyhow::Result<Option<&'r CertInfo>> {
    if !encrypt {
        return Ok(None);
    }
    session::topdesk_cert(&session.report)
        .map(Some)
        .ok_or_else(|| anyhow!("{}", tr!("cli-entra-encrypt-no-cert")))
}

fn new_key_id() -> anyhow::Result<String> {
    plan::new_key_id().map_err(|e| anyhow!("{e}"))
}

/// `apply`: the plan; with `--yes` written, read back and checked again.
fn apply(
    session: &mut Session<'_>,
    app: Option<EntraApp>,
    encrypt: bool,
    yes: bool,
    out: &mut Outcome,
) -> anyhow::Result<bool> {
    let Some(app) = app else {
        session.judge(None, out)?;
        return Ok(true);
    };
    let key_id = new_key_id()?;
    let cert = encryption_cert(session, encrypt)?.cloned();
    out.plan = session.core.plan(&app, cert.as_ref(), &key_id);
    if !yes {
        session.judge(Some(&app), out)?;
        return Ok(!out.plan.is_empty());
    }
    if out.plan.is_empty() {
        session.judge(Some(&app), out)?;
        return Ok(has_errors(&out.findings));
    }
    write_plan(session, &out.plan.clone(), false, out)?;
    let again = session.read()?;
    session.judge(again.as_ref(), out)?;
    Ok(again.is_none() || has_errors(&out.findings))
}

fn write_plan(
    session: &Session<'_>,
    writes: &[Write],
    retry_not_found: bool,
    out: &mut Outcome,
) -> anyhow::Result<()> {
    let mut applied = Vec::new();
    let result = session.core.write(writes, retry_not_found, &mut applied);
    out.applied.get_or_insert_with(Vec::new).extend(applied);
    result.map_err(|e| {
        let done = out.applied.as_ref().map_or(0, Vec::len);
        anyhow!("{e}\n{}", tr!("cli-entra-partly-applied", done))
    })
}

/// `create`: refuses an existing app; instantiates the gallery template; then as `apply`.
fn create(
    session: &mut Session<'_>,
    app: Option<EntraApp>,
    name: Option<&str>,
    encrypt: bool,
    yes: bool,
    out: &mut Outcome,
) -> anyhow::Result<bool> {
    if session.args.cloud.is_some_and(|c| c != Cloud::Global) {
        bail!("{}", tr!("cli-entra-create-global-only"));
    }
    if let Some(app) = app {
        let name = app.sp.display_name.clone().unwrap_or_default();
        bail!(
            "{}",
            tr!("cli-entra-exists", name, app_id = app.sp.app_id.as_str())
        );
    }
    let section = session
        .args
        .section
        .or(session.report.section)
        .unwrap_or(Section::Secure);
    let template_name = plan::template_name(section);
    let template = plan::find_template(&session.core.client, template_name)
        .map_err(|e| graph_error(&e))?
        .ok_or_else(|| anyhow!("{}", tr!("cli-entra-no-template", name = template_name)))?;
    let name = name.unwrap_or(template_name);
    let now = time::OffsetDateTime::now_utc();
    let key_id = new_key_id()?;
    let cert = encryption_cert(session, encrypt)?.cloned();
    out.plan = plan::create_writes(&template, name, now);
    out.plan.extend(plan::plan(
        &plan::blank_app(),
        &session.core.urls,
        cert.as_ref(),
        &key_id,
    ));
    if !yes {
        session.judge(None, out)?;
        return Ok(true);
    }
    let mut applied = Vec::new();
    let created = plan::instantiate(&session.core.client, &template, name, now, &mut |w| {
        applied.push(w.clone());
    });
    out.applied = Some(applied);
    let created = created.map_err(|e| graph_error(&e))?;
    let sp = plan::replicated(&session.core.client, || {
        model::find_service_principal(&session.core.client, Some(&created.app_id), "")?.ok_or_else(
            || GraphError::Status {
                what: format!("GET /servicePrincipals(appId='{}')", created.app_id),
                status: 404,
                code: "Request_ResourceNotFound".to_owned(),
                message: String::new(),
            },
        )
    })
    .map_err(|e| graph_error(&e))?;
    let fresh = plan::replicated(&session.core.client, || {
        model::read_rest(&session.core.client, sp.clone())
    })
    .map_err(|e| graph_error(&e))?;
    let settings = plan::plan(&fresh, &session.core.urls, cert.as_ref(), &key_id);
    write_plan(session, &settings, true, out)?;
    if let Some(tenant) = &session.core.tenant {
        let url = session
            .core
            .client
            .endpoints
            .federation_metadata(tenant, &created.app_id);
        out.metadata_url = Some(url);
    }
    out.created = Some(created.clone());
    let again = model::read(&session.core.client, Some(&created.app_id), "")
        .map_err(|e| graph_error(&e))?;
    session.judge(again.as_ref(), out)?;
    Ok(again.is_none() || has_errors(&out.findings))
}

fn status_word(status: Status) -> String {
    let status = match status {
        Status::Ok => "ok",
        Status::Mismatch => "mismatch",
        Status::Missing => "missing",
        Status::Info => "info",
    };
    tr!("cli-entra-status", status)
}

/// An empty value as a dash.
fn dash(value: &str) -> &str {
    if value.is_empty() { "—" } else { value }
}

/// Longest certificate (`key`) shown in a write's body in text; JSON has them whole.
const SHOWN_KEY_CHARS: usize = 24;

/// A write's body for reading: certificates cut short.
fn short(body: &serde_json::Value) -> serde_json::Value {
    let mut body = body.clone();
    if let Some(keys) = body
        .get_mut("keyCredentials")
        .and_then(serde_json::Value::as_array_mut)
    {
        for key in keys {
            if let Some(text) = key["key"].as_str()
                && text.len() > SHOWN_KEY_CHARS
            {
                key["key"] = format!("{}…", &text[..SHOWN_KEY_CHARS]).into();
            }
        }
    }
    body
}

fn text(out: &Outcome) -> String {
    let mut s = String::new();
    if let Some(app_id) = &out.entra.app_id {
        let name = out.entra.display_name.clone().unwrap_or_default();
        let tenant = out.entra.tenant.clone().unwrap_or_default();
        let _ = writeln!(
            s,
            "{}",
            tr!("cli-entra-app", name, app_id = app_id.as_str(), tenant)
        );
    }
    if let Some(c) = &out.created {
        let _ = writeln!(
            s,
            "{}",
            tr!(
                "cli-entra-created",
                app_id = c.app_id.as_str(),
                thumbprint = c.thumbprint.as_str()
            )
        );
    }
    if let Some(url) = &out.metadata_url {
        let _ = writeln!(s, "{}", tr!("cli-entra-metadata-url", url = url.as_str()));
    }
    s.push('\n');
    let width = out
        .checks
        .iter()
        .map(|c| c.code.as_str().len())
        .max()
        .unwrap_or(0)
        + 2;
    for c in &out.checks {
        let _ = writeln!(
            s,
            "  {:<10}{:<width$}{}",
            status_word(c.status),
            c.code.as_str(),
            tr!(
                "cli-entra-values",
                entra = dash(&c.entra),
                expected = dash(&c.expected)
            )
        );
    }
    s.push('\n');
    let writes = |s: &mut String, heading: String, writes: &[Write]| {
        let _ = writeln!(s, "{heading}");
        for (i, w) in writes.iter().enumerate() {
            let _ = writeln!(s, "  {}. {} {} {}", i + 1, w.method, w.path, short(&w.body));
            let _ = writeln!(s, "     {}", w.why);
        }
        s.push('\n');
    };
    match &out.applied {
        Some(done) => writes(&mut s, tr!("cli-entra-applied", count = done.len()), done),
        None if out.plan.is_empty() => {
            let _ = writeln!(s, "{}\n", tr!("cli-entra-plan-empty"));
        }
        None => writes(
            &mut s,
            tr!("cli-entra-plan", count = out.plan.len()),
            &out.plan,
        ),
    }
    super::text::findings(&mut s, &out.findings);
    s
}

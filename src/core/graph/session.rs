//! One engine for the command line and the window: with a signed-in [`Client`], find the Entra
//! app for TOPdesk's Identifier (or an app id), read it, compare it with TOPdesk's side, plan the
//! writes, and apply them with a read-back. Everything comes back as data; the caller says it.

use super::checks::{self, Check, Expected};
use super::model::{self, EntraApp};
use super::plan::{self, Write};
use super::{Client, GraphError};
use crate::core::cert::CertInfo;
use crate::core::check::Report;
use crate::core::findings::Finding;
use crate::core::metadata::KeyUse;
use crate::core::topdesk::EntraUrls;

/// Which app was read (`entra` in the command line's JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Identity {
    pub tenant: Option<String>,
    pub app_id: Option<String>,
    pub service_principal_id: Option<String>,
    pub display_name: Option<String>,
}

/// An app compared with TOPdesk: which app, one check per row, and the Entra findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Judged {
    pub entra: Identity,
    pub checks: Vec<Check>,
    /// The findings of the checks (TOPdesk's own files' findings are the caller's).
    pub findings: Vec<Finding>,
}

/// What writing a plan did: the writes done (in order), the error that stopped it, and the app
/// as read back afterwards (when it could be read).
#[derive(Debug)]
pub struct Applied {
    pub writes: Vec<Write>,
    pub error: Option<GraphError>,
    pub after: Result<Option<EntraApp>, GraphError>,
}

/// A signed-in session for one TOPdesk environment.
pub struct Session {
    pub client: Client,
    /// The tenant: given, else the Entra metadata's, else the token's `tid`.
    pub tenant: Option<String>,
    /// TOPdesk's Identifier, Reply URL and Sign on URL.
    pub urls: EntraUrls,
    /// The app id the app is looked for by (else TOPdesk's Identifier).
    pub app_id: Option<String>,
}

impl Session {
    /// `tenant`: given or from the Entra metadata; else the token's.
    #[must_use]
    pub fn new(
        client: Client,
        tenant: Option<String>,
        urls: EntraUrls,
        app_id: Option<String>,
    ) -> Self {
        let tenant = tenant.or_else(|| client.token_tenant());
        Self {
            client,
            tenant,
            urls,
            app_id,
        }
    }

    /// The app (service principal, application, assignments); `None` when there is none.
    pub fn read(&self) -> Result<Option<EntraApp>, GraphError> {
        model::read(&self.client, self.app_id.as_deref(), &self.urls.identifier)
    }

    /// The app's own federation metadata address, when the tenant is known.
    #[must_use]
    pub fn metadata_url(&self, app: &EntraApp) -> Option<String> {
        let tenant = self.tenant.as_deref()?;
        Some(
            self.client
                .endpoints
                .federation_metadata(tenant, &app.sp.app_id),
        )
    }

    /// `app` compared with TOPdesk's side: `report` holds the Entra metadata TOPdesk gets
    /// (its signers) and TOPdesk's certificate.
    #[must_use]
    pub fn judge(&self, app: Option<&EntraApp>, report: &Report) -> Judged {
        let topdesk = topdesk_cert(report).map(|c| c.sha1_thumbprint.clone());
        self.judge_with(app, &signers(report), topdesk.as_deref())
    }

    /// [`Session::judge`] with the metadata's signers (SHA-1 thumbprints) and TOPdesk's
    /// certificate's thumbprint given.
    #[must_use]
    pub fn judge_with(
        &self,
        app: Option<&EntraApp>,
        signers: &[String],
        topdesk_cert: Option<&str>,
    ) -> Judged {
        let expected = Expected {
            urls: &self.urls,
            metadata_signers: signers,
            topdesk_cert,
            app_id: self.app_id.as_deref(),
        };
        let checks = checks::compare(app, &expected);
        Judged {
            findings: checks::findings(&checks),
            checks,
            entra: Identity {
                tenant: self.tenant.clone(),
                app_id: app.map(|a| a.sp.app_id.clone()),
                service_principal_id: app.map(|a| a.sp.id.clone()),
                display_name: app.and_then(|a| a.sp.display_name.clone()),
            },
        }
    }

    /// The writes that set `app` right; `encrypt`: TOPdesk's certificate as the token
    /// encryption key, its credential named `key_id`.
    #[must_use]
    pub fn plan(&self, app: &EntraApp, encrypt: Option<&CertInfo>, key_id: &str) -> Vec<Write> {
        plan::plan(app, &self.urls, encrypt, key_id)
    }

    /// Sends `writes` in order (`retry_not_found`: right after `create`); the writes done are
    /// added to `done`, also when one fails.
    pub fn write(
        &self,
        writes: &[Write],
        retry_not_found: bool,
        done: &mut Vec<Write>,
    ) -> Result<(), GraphError> {
        plan::apply(&self.client, writes, retry_not_found, &mut |w| {
            done.push(w.clone());
        })
    }

    /// Sends `writes`, then reads the app back (also after a failed write: what is there now
    /// is what the admin must see).
    #[must_use]
    pub fn apply(&self, writes: &[Write]) -> Applied {
        let mut done = Vec::new();
        let error = self.write(writes, false, &mut done).err();
        Applied {
            writes: done,
            error,
            after: self.read(),
        }
    }
}

/// The SHA-1 thumbprints of the signing certificates of the Entra metadata in `report`.
#[must_use]
pub fn signers(report: &Report) -> Vec<String> {
    report.idp.as_ref().map_or_else(Vec::new, |idp| {
        idp.saml_certs()
            .map(|c| c.info.sha1_thumbprint.clone())
            .collect()
    })
}

/// TOPdesk's certificate: the certificate file given, else the SP metadata's encryption (or
/// unlabelled) key, else its first.
#[must_use]
pub fn topdesk_cert(report: &Report) -> Option<&CertInfo> {
    report
        .pair
        .as_ref()
        .and_then(|p| p.certificate.as_ref())
        .or_else(|| {
            // TOPdesk has one key pair for signing and decryption: an encryption key first.
            report.sp.as_ref().and_then(|sp| {
                let certs = || sp.certificates.iter();
                certs()
                    .find(|c| matches!(c.key_use, KeyUse::Encryption | KeyUse::Both))
                    .or_else(|| certs().next())
                    .map(|c| &c.info)
            })
        })
}

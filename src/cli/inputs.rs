//! Reading what the user named: files (with size limits and plain errors, paths last) and
//! passwords (environment, file or a prompt on a terminal — never a command-line value).

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use zeroize::Zeroizing;

use crate::core::check::{self, CheckInput, InputError, PairFiles, PairMaterial, Report};
use crate::core::fetch::{self, Origin};
use crate::core::i18n::date_and_time;
use crate::core::inspect::{self, Inspection};
use crate::core::key::KeyError;
use crate::tr;

/// What a file the user named is, for the messages about it (a Fluent select key each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Idp,
    Sp,
    Cert,
    Key,
    Logo,
    Capture,
    PasswordFile,
    File,
    /// `diff`'s two Entra files.
    Old,
    New,
}

impl What {
    const fn key(self) -> &'static str {
        match self {
            Self::Idp => "idp",
            Self::Sp => "sp",
            Self::Cert => "cert",
            Self::Key => "key",
            Self::Logo => "logo",
            Self::Capture => "capture",
            Self::PasswordFile => "password-file",
            Self::File => "file",
            Self::Old => "old",
            Self::New => "new",
        }
    }
}

/// Reads a file the user named (regular files only, bounded as it reads).
pub fn read(path: &Path, what: What) -> anyhow::Result<Vec<u8>> {
    crate::core::file::read(path).map_err(|e| {
        anyhow!(
            "{}",
            tr!(
                "cli-read-failed",
                what = what.key(),
                reason = e.to_string(),
                path = path.display().to_string()
            )
        )
    })
}

fn read_opt(path: Option<&PathBuf>, what: What) -> anyhow::Result<Option<Vec<u8>>> {
    path.map(|p| read(p, what)).transpose()
}

/// Where metadata comes from: a file, or an `https://` address (`--idp`, `--sp`, `diff`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Url(String),
}

impl std::str::FromStr for Source {
    type Err = std::convert::Infallible;

    /// An address when it starts with `https://` or `http://` (the latter is refused, with
    /// the reason, when it is read); a file otherwise.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match fetch::as_url(s) {
            Some(url) => Self::Url(url.to_owned()),
            None => Self::File(PathBuf::from(s)),
        })
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::File(p) => write!(f, "{}", p.display()),
            Self::Url(u) => f.write_str(u),
        }
    }
}

/// Metadata read from its [`Source`]; `origin` says where a fetched file came from.
pub struct Loaded {
    pub source: Source,
    pub bytes: Vec<u8>,
    pub origin: Option<Origin>,
}

impl Loaded {
    /// Reads the file or fetches the address (the only network use; nothing is sent).
    pub fn read(source: &Source, what: What) -> anyhow::Result<Self> {
        let (bytes, origin) = match source {
            Source::File(path) => (read(path, what)?, None),
            Source::Url(url) => {
                // The moment of the fetch is real time, whatever --now judges expiry by.
                let now = time::OffsetDateTime::now_utc();
                let options = fetch::FetchOptions::from_env();
                let fetched =
                    fetch::fetch(url, &options, now, &fetch::Cancel::default()).map_err(|e| {
                        let reason = e.to_string();
                        anyhow!(
                            "{}",
                            tr!("cli-fetch-failed", what = what.key(), reason, url)
                        )
                    })?;
                (fetched.bytes, Some(fetched.origin))
            }
        };
        Ok(Self {
            source: source.clone(),
            bytes,
            origin,
        })
    }

    /// "Entra metadata fetched from … at …" for a fetched file.
    #[must_use]
    pub fn fetched_line(&self, what: What) -> Option<String> {
        self.origin.as_ref().map(|o| {
            let (date, time) = date_and_time(o.fetched_at);
            let line = tr!(
                "cli-fetched",
                what = what.key(),
                url = o.final_url.as_str(),
                date,
                time
            );
            format!("{line}\n")
        })
    }
}

/// Where a password comes from. There is deliberately no `--password VALUE`: command lines end
/// up in shell history and process lists.
#[derive(Debug, Default, clap::Args)]
pub struct PasswordArgs {
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    #[arg(long, value_name = "FILE", conflicts_with = "password_env")]
    pub password_file: Option<PathBuf>,
}

impl PasswordArgs {
    pub fn resolve(&self) -> anyhow::Result<Option<Zeroizing<String>>> {
        if let Some(var) = &self.password_env {
            return std::env::var(var)
                .map(|v| Some(Zeroizing::new(v)))
                .map_err(|_| anyhow!("{}", tr!("cli-password-env-unset", var)));
        }
        if let Some(path) = &self.password_file {
            let bytes = Zeroizing::new(read(path, What::PasswordFile)?);
            let text = std::str::from_utf8(&bytes).map_err(|_| {
                let path = path.display().to_string();
                anyhow!("{}", tr!("cli-password-file-not-text", path))
            })?;
            let first = text.lines().next().unwrap_or("");
            return Ok(Some(Zeroizing::new(first.to_owned())));
        }
        Ok(None)
    }
}

/// The files of one run, read once.
#[derive(Default)]
pub struct Inputs {
    pub idp: Option<Loaded>,
    pub sp: Option<Loaded>,
    pub cert: Option<(PathBuf, Vec<u8>)>,
    pub key: Option<(PathBuf, Zeroizing<Vec<u8>>)>,
}

impl Inputs {
    pub fn read(
        idp: Option<&Source>,
        sp: Option<&Source>,
        cert: Option<&PathBuf>,
        key: Option<&PathBuf>,
    ) -> anyhow::Result<Self> {
        let with_path = |p: Option<&PathBuf>, b: Option<Vec<u8>>| p.cloned().zip(b);
        Ok(Self {
            idp: idp.map(|s| Loaded::read(s, What::Idp)).transpose()?,
            sp: sp.map(|s| Loaded::read(s, What::Sp)).transpose()?,
            cert: with_path(cert, read_opt(cert, What::Cert)?),
            key: with_path(key, read_opt(key, What::Key)?).map(|(p, b)| (p, Zeroizing::new(b))),
        })
    }

    fn bytes(slot: Option<&(PathBuf, Vec<u8>)>) -> Option<&[u8]> {
        slot.map(|(_, b)| b.as_slice())
    }

    pub fn idp_bytes(&self) -> Option<&[u8]> {
        self.idp.as_ref().map(|l| l.bytes.as_slice())
    }

    pub fn sp_bytes(&self) -> Option<&[u8]> {
        self.sp.as_ref().map(|l| l.bytes.as_slice())
    }

    /// The "fetched from … at …" lines of the fetched metadata (empty for files).
    #[must_use]
    pub fn fetched_lines(&self) -> String {
        [
            self.idp.as_ref().and_then(|l| l.fetched_line(What::Idp)),
            self.sp.as_ref().and_then(|l| l.fetched_line(What::Sp)),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Where fetched metadata came from, for JSON output (`{"idp": {...}, "sp": {...}}`).
    #[must_use]
    pub fn sources(&self) -> serde_json::Value {
        let origin = |l: Option<&Loaded>| {
            l.and_then(|l| l.origin.as_ref())
                .map_or(serde_json::Value::Null, |o| serde_json::json!(o))
        };
        serde_json::json!({
            "idp": origin(self.idp.as_ref()),
            "sp": origin(self.sp.as_ref()),
        })
    }

    /// Runs the whole check. A password-protected key or PKCS#12 file without a password gets a
    /// prompt when a person is at the terminal; otherwise the one-line reason says how to give it.
    pub fn analyse(
        &self,
        input: &CheckInput<'_>,
        password: &PasswordArgs,
    ) -> anyhow::Result<(Report, PairMaterial)> {
        let mut pw = password.resolve()?;
        loop {
            let files = PairFiles {
                cert: Self::bytes(self.cert.as_ref()),
                key: self.key.as_ref().map(|(_, b)| b.as_slice()),
                // One password on the command line, for whichever file needs it.
                cert_password: pw.as_ref().map(|p| p.as_str()),
                key_password: pw.as_ref().map(|p| p.as_str()),
                cert_opened: None,
                key_opened: None,
            };
            let err = match check::check_with_material(input, &files) {
                Ok(done) => return Ok(done),
                Err(e) => e,
            };
            let slot = match &err {
                InputError::Cert(_) => self.cert.as_ref().map(|(p, _)| p),
                InputError::Key(_) => self.key.as_ref().map(|(p, _)| p),
                _ => None,
            };
            let needs = matches!(
                err,
                InputError::Cert(KeyError::PasswordNeeded(_))
                    | InputError::Key(KeyError::PasswordNeeded(_))
            );
            if needs && pw.is_none() && std::io::stdin().is_terminal() {
                let path = slot.map_or_else(String::new, |p| p.display().to_string());
                let typed =
                    rpassword::prompt_password(format!("{} ", tr!("cli-password-prompt", path)))
                        .map_err(|e| {
                            let reason = e.to_string();
                            anyhow!("{}", tr!("cli-password-unreadable", reason))
                        })?;
                pw = Some(Zeroizing::new(typed));
                continue;
            }
            return Err(self.explain(&err, input, needs));
        }
    }

    /// One line: the reason, then the file.
    fn explain(
        &self,
        err: &InputError,
        input: &CheckInput<'_>,
        needs_password: bool,
    ) -> anyhow::Error {
        let shown = |p: Option<&PathBuf>| p.map_or_else(String::new, |p| p.display().to_string());
        let source = |l: Option<&Loaded>| l.map_or_else(String::new, |l| l.source.to_string());
        let (path, bytes, what) = match err {
            InputError::Idp(_) => (source(self.idp.as_ref()), input.idp, What::Idp),
            InputError::Sp(_) => (source(self.sp.as_ref()), input.sp, What::Sp),
            InputError::Cert(_) => (shown(self.cert.as_ref().map(|(p, _)| p)), None, What::Cert),
            InputError::Key(_) => (shown(self.key.as_ref().map(|(p, _)| p)), None, What::Key),
        };
        if needs_password {
            let reason = err.to_string();
            return anyhow!("{}", tr!("cli-password-needed", reason, path));
        }
        // A certificate or key dropped in a metadata slot deserves its name, not an XML error.
        match bytes.map(|b| inspect::inspect(b, input.now, None)) {
            Some(
                i @ (Inspection::Certificate { .. }
                | Inspection::PrivateKey(_)
                | Inspection::Pkcs12(_)
                | Inspection::Image { .. }),
            ) => anyhow!(
                "{}",
                tr!(
                    "cli-not-metadata",
                    what = what.key(),
                    summary = i.summary(),
                    path
                )
            ),
            _ => anyhow!("{err}: {path}"),
        }
    }
}

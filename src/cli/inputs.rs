//! Reading what the user named: files (with size limits and plain errors, paths last) and
//! passwords (environment, file or a prompt on a terminal — never a command-line value).

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use zeroize::Zeroizing;

use crate::core::check::{self, CheckInput, InputError, PairFiles, PairMaterial, Report};
use crate::core::inspect::{self, Inspection};
use crate::core::key::KeyError;

/// Reads a file the user named (regular files only, bounded as it reads).
pub fn read(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    crate::core::file::read(path).map_err(|e| anyhow!("the {what}: {e}: {}", path.display()))
}

fn read_opt(path: Option<&PathBuf>, what: &str) -> anyhow::Result<Option<Vec<u8>>> {
    path.map(|p| read(p, what)).transpose()
}

/// Where a password comes from. There is deliberately no `--password VALUE`: command lines end
/// up in shell history and process lists.
#[derive(Debug, Default, clap::Args)]
pub struct PasswordArgs {
    /// Read the password of an encrypted key or PKCS#12 file from this environment variable.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Read the password from the first line of this file.
    #[arg(long, value_name = "FILE", conflicts_with = "password_env")]
    pub password_file: Option<PathBuf>,
}

impl PasswordArgs {
    pub fn resolve(&self) -> anyhow::Result<Option<Zeroizing<String>>> {
        if let Some(var) = &self.password_env {
            return std::env::var(var)
                .map(|v| Some(Zeroizing::new(v)))
                .map_err(|_| {
                    anyhow!("the environment variable {var} (--password-env) is not set")
                });
        }
        if let Some(path) = &self.password_file {
            let bytes = Zeroizing::new(read(path, "password file")?);
            let text = std::str::from_utf8(&bytes)
                .map_err(|_| anyhow!("the password file is not text: {}", path.display()))?;
            let first = text.lines().next().unwrap_or("");
            return Ok(Some(Zeroizing::new(first.to_owned())));
        }
        Ok(None)
    }
}

/// The files of one run, read once.
#[derive(Default)]
pub struct Inputs {
    pub idp: Option<(PathBuf, Vec<u8>)>,
    pub sp: Option<(PathBuf, Vec<u8>)>,
    pub cert: Option<(PathBuf, Vec<u8>)>,
    pub key: Option<(PathBuf, Zeroizing<Vec<u8>>)>,
}

impl Inputs {
    pub fn read(
        idp: Option<&PathBuf>,
        sp: Option<&PathBuf>,
        cert: Option<&PathBuf>,
        key: Option<&PathBuf>,
    ) -> anyhow::Result<Self> {
        let with_path = |p: Option<&PathBuf>, b: Option<Vec<u8>>| p.cloned().zip(b);
        Ok(Self {
            idp: with_path(idp, read_opt(idp, "Entra metadata")?),
            sp: with_path(sp, read_opt(sp, "TOPdesk metadata")?),
            cert: with_path(cert, read_opt(cert, "certificate")?),
            key: with_path(key, read_opt(key, "private key")?).map(|(p, b)| (p, Zeroizing::new(b))),
        })
    }

    fn bytes(slot: Option<&(PathBuf, Vec<u8>)>) -> Option<&[u8]> {
        slot.map(|(_, b)| b.as_slice())
    }

    pub fn idp_bytes(&self) -> Option<&[u8]> {
        Self::bytes(self.idp.as_ref())
    }

    pub fn sp_bytes(&self) -> Option<&[u8]> {
        Self::bytes(self.sp.as_ref())
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
                let typed = rpassword::prompt_password(format!("Password for {path}: "))
                    .map_err(|e| anyhow!("cannot read the password from the terminal ({e})"))?;
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
        let (path, bytes, what) = match err {
            InputError::Idp(_) => (
                self.idp.as_ref().map(|(p, _)| p),
                input.idp,
                "Entra metadata",
            ),
            InputError::Sp(_) => (
                self.sp.as_ref().map(|(p, _)| p),
                input.sp,
                "TOPdesk metadata",
            ),
            InputError::Cert(_) => (self.cert.as_ref().map(|(p, _)| p), None, "certificate"),
            InputError::Key(_) => (self.key.as_ref().map(|(p, _)| p), None, "private key"),
        };
        let path = path.map_or_else(String::new, |p| p.display().to_string());
        if needs_password {
            return anyhow!(
                "{err} (use --password-env VAR or --password-file FILE, or run in a terminal to be asked): {path}"
            );
        }
        // A certificate or key dropped in a metadata slot deserves its name, not an XML error.
        match bytes.map(|b| inspect::inspect(b, input.now, None)) {
            Some(
                i @ (Inspection::Certificate { .. }
                | Inspection::PrivateKey(_)
                | Inspection::Pkcs12(_)
                | Inspection::Image { .. }),
            ) => anyhow!(
                "the {what} file is not SAML metadata (it is: {}): {path}",
                i.summary()
            ),
            _ => anyhow!("{err}: {path}"),
        }
    }
}

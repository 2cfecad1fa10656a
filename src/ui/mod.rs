//! The desktop wizard: a thin egui layer over [`crate::wizard`]. Steps read the wizard and push
//! [`Action`]s and [`Request`]s; [`App`] applies them, runs jobs off the UI thread and opens
//! native dialogs. Nothing here decides anything the wizard could.

pub mod platform;
mod runner;
mod steps;
pub mod theme;
pub mod timeline;
mod widgets;

use std::path::{Path, PathBuf};

use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::core::findings::{About, Severity};
use crate::core::i18n::{self, Lang, Msg};
use crate::core::topdesk::Section;
use crate::wizard::{self, Action, Notice, Slot, Step, Topic, Wizard};
use crate::{msg, tr};
use platform::{DialogAnswer, DialogRequest, Dialogs, Settings};
use runner::Runner;
use theme::ThemeChoice;

/// Things only the UI layer can do (dialogs, clipboard, opening a folder, the theme).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    OpenDialog(Slot),
    PasteInto(Slot),
    /// Test login: open a capture with the file dialog.
    OpenCaptureDialog,
    /// Test login: the clipboard's text is the capture.
    PasteCapture,
    Copy {
        what: String,
        text: String,
    },
    /// Fill the export folder field with a native folder dialog.
    ChooseExportFolder,
    /// Export into the folder in the export folder field.
    Export,
    /// Choose the other version of the Entra metadata to compare with (a file dialog).
    CompareDialog,
    /// Save the calendar reminders: a save dialog, else into the export folder field's folder.
    SaveReminders,
    /// The exported bundle (a folder, or a zip whose folder is opened).
    OpenFolder(PathBuf),
    SetTheme(ThemeChoice),
}

/// UI-only state: nothing here matters to the engine, nothing here is persisted.
#[derive(Default)]
pub struct View {
    /// Which copy button says "Copied", and until when (egui time in seconds).
    pub copied: Option<(String, f64)>,
    /// The password being typed (masked). Handed to the wizard on Enter / `Unlock`.
    pub password: Zeroizing<String>,
    pub zip: bool,
    pub entity_filter: String,
    /// A native file dialog can be shown; without one, drop zones get a path field.
    pub dialogs_available: bool,
    /// The path fields of the drop zones (by [`slot_id`]), used when no dialog is available.
    pub open_paths: [String; 5],
    /// Where `Export bundle` writes (prefilled with the last export folder or Downloads).
    pub export_folder: String,
    /// The validity-days field while it is being typed in (it may be empty or invalid meanwhile).
    pub days_text: Option<String>,
    /// The metadata URL fields of the Entra and TOPdesk zones.
    pub urls: [String; 2],
    /// The other version to compare the Entra metadata with (a path or an address).
    pub compare_with: String,
    /// Test login's path field, used when no dialog is available.
    pub capture_path: String,
    /// The step drawn last: a step opened anew starts at its top, its first control next for Tab.
    pub shown_step: Option<Step>,
    /// Test login last drew a capture: its help folds away when one arrives.
    pub capture_shown: bool,
}

pub struct App {
    pub wizard: Wizard,
    pub view: View,
    pub settings: Settings,
    runner: Runner,
    dialogs: Dialogs,
    clock: fn() -> OffsetDateTime,
    /// Where settings are saved (`None`: not saved, as in tests).
    settings_file: Option<PathBuf>,
    /// What the desktop's portal said about dark mode (`None`: no answer; winit decides).
    system_dark: Option<bool>,
    /// The portal, while it is being asked off the UI thread (up to a second).
    system_scheme: Option<theme::SystemScheme>,
    /// Our colours and text sizes are on the context (the first frame puts them there when
    /// [`App::start`] did not: tests lay out with the sizes the window uses).
    themed: bool,
}

const DIALOG_EXPORT: u32 = 100;
const DIALOG_REMINDERS: u32 = 101;
const DIALOG_COMPARE: u32 = 102;
/// Test login's file dialog: its answer is opened with no slot, so the step takes it.
const DIALOG_CAPTURE: u32 = 103;
const REMINDERS_STEM: &str = "topdesk-sso-reminders";

/// The window's title, and its name to screen readers.
pub const TITLE: &str = "TOPdesk SSO Assistant";

/// The reverse-DNS application ID used for the window, the desktop entry and the `AppStream` metadata.
pub const APP_ID: &str = "io.github.topdesk_sso.Assistant";

/// The sample files behind `--demo` (made by `assets/samples/make-samples.sh`; not real data).
const DEMO: [(&str, Slot, &[u8]); 4] = [
    (
        "sample-entra-federation-metadata.xml",
        Slot::Idp,
        include_bytes!("../../assets/samples/sample-entra-federation-metadata.xml"),
    ),
    (
        "sample-topdesk-sp-metadata.xml",
        Slot::Sp,
        include_bytes!("../../assets/samples/sample-topdesk-sp-metadata.xml"),
    ),
    (
        "sample-topdesk-certificate.pem",
        Slot::Cert,
        include_bytes!("../../assets/samples/sample-topdesk-certificate.pem"),
    ),
    (
        "sample-topdesk-private-key.pem",
        Slot::Key,
        include_bytes!("../../assets/samples/sample-topdesk-private-key.pem"),
    ),
];

fn slot_id(slot: Slot) -> u32 {
    match slot {
        Slot::Idp => 0,
        Slot::Sp => 1,
        Slot::Cert => 2,
        Slot::Key => 3,
        Slot::Logo => 4,
    }
}

fn slot_from_id(id: u32) -> Option<Slot> {
    [Slot::Idp, Slot::Sp, Slot::Cert, Slot::Key, Slot::Logo]
        .into_iter()
        .find(|s| slot_id(*s) == id)
}

impl App {
    /// The real app, all it can be before there is a window (`main.rs` runs this on its own
    /// thread while eframe opens the window): the settings (saved to `settings_file`, the Entra
    /// signers seen before kept beside it), the system clock, the desktop asked for its colour
    /// scheme, and with `demo` the sample files loaded and analysed (jobs inline), so the first
    /// frame shows them.
    #[must_use]
    pub fn prepare(settings: Settings, settings_file: Option<PathBuf>, demo: bool) -> Self {
        let section = match settings.section.as_deref() {
            Some("public") => Section::Public,
            _ => Section::Secure,
        };
        let mut wizard = Wizard::new(section);
        wizard.lang = settings.language.unwrap_or_else(Lang::from_system);
        let mut app = Self::with(wizard, settings, Runner::inline(), OffsetDateTime::now_utc);
        app.system_scheme = Some(theme::SystemScheme::ask());
        app.wizard.signers = settings_file
            .as_ref()
            .map(|p| p.with_file_name("signers.json"));
        app.settings_file = settings_file;
        app.wizard.fetch_options = crate::core::fetch::FetchOptions::from_env();
        app.wizard.entra.open_browser = Some(std::sync::Arc::new(platform::open_url));
        app.view.dialogs_available = platform::backend_available();
        if demo {
            app.load_demo();
        }
        app
    }

    /// The window is up: jobs run on worker threads from now on, waking it when they finish, and
    /// our colours (with the desktop's scheme, if it has answered) are on its context.
    #[must_use]
    pub fn start(mut self, ctx: &egui::Context) -> Self {
        self.runner = Runner::threads(ctx.clone());
        if let Some(scheme) = &self.system_scheme {
            scheme.wake(ctx);
        }
        self.system_scheme_answered();
        theme::apply(ctx, self.settings.theme, self.system_dark);
        self.themed = true;
        self
    }

    /// Takes the desktop's colour scheme once it has answered; `true` when it just did.
    fn system_scheme_answered(&mut self) -> bool {
        let Some(answer) = self
            .system_scheme
            .as_ref()
            .and_then(theme::SystemScheme::answer)
        else {
            return false;
        };
        self.system_scheme = None;
        self.system_dark = answer.dark;
        true
    }

    /// For tests: jobs run inline, a fixed clock, nothing persisted, no file dialog (so the
    /// path fields show).
    #[must_use]
    pub fn for_tests(clock: fn() -> OffsetDateTime) -> Self {
        Self::with(
            Wizard::default(),
            Settings::default(),
            Runner::inline(),
            clock,
        )
    }

    fn with(
        wizard: Wizard,
        settings: Settings,
        runner: Runner,
        clock: fn() -> OffsetDateTime,
    ) -> Self {
        let mut wizard = wizard;
        wizard.entra.client_id = settings.entra_client_id.clone().unwrap_or_default();
        let export_folder = settings
            .last_export_dir
            .clone()
            .or_else(platform::downloads_dir)
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        Self {
            wizard,
            view: View {
                export_folder,
                ..View::default()
            },
            settings,
            runner,
            dialogs: Dialogs::new(),
            clock,
            settings_file: None,
            system_dark: None,
            system_scheme: None,
            themed: false,
        }
    }

    /// Tests: jobs run on worker threads as in the real app (to see a fetch in progress).
    pub fn run_jobs_on_threads(&mut self, ctx: &egui::Context) {
        self.runner = Runner::threads(ctx.clone());
    }

    /// Tests: settings are saved to `path`.
    #[must_use]
    pub fn with_settings_file(mut self, path: &Path) -> Self {
        self.settings_file = Some(path.to_path_buf());
        self
    }

    /// Tests: the export folder field starts with `dir`.
    #[must_use]
    pub fn with_export_dir(mut self, dir: &std::path::Path) -> Self {
        self.view.export_folder = dir.display().to_string();
        self
    }

    /// Shows `text` on the current step until `topic` changes.
    fn notify(&mut self, topic: Topic, severity: Severity, text: Msg) {
        let step = match topic {
            Topic::Slot(slot) => slot.step(),
            Topic::Export => Step::Review,
            Topic::Keygen => Step::KeyPair,
            Topic::Load => self.wizard.step,
        };
        self.dispatch(Action::Notify(Notice {
            step,
            topic,
            severity,
            text,
        }));
    }

    /// Applies an action and starts the jobs it asks for.
    pub fn dispatch(&mut self, action: Action) {
        match &action {
            Action::SetSection(s) => {
                self.settings.section = Some(s.as_str().to_owned());
                self.save_settings();
            }
            Action::SetLanguage(lang) => {
                self.settings.language = Some(*lang);
                self.save_settings();
            }
            // The client id is remembered when it is used (it is not secret; the token is
            // never stored).
            Action::EntraCheck => {
                let id = self.wizard.entra.client_id.clone();
                if !id.is_empty() && self.settings.entra_client_id.as_ref() != Some(&id) {
                    self.settings.entra_client_id = Some(id);
                    self.save_settings();
                }
            }
            // Only files recognised as metadata join the recent list (never keys or certificates);
            // a fetched metadata URL is public: it joins the recent list too. The URL field
            // shows the address of what is loaded (none for a file).
            Action::Routed(r) | Action::Fetched { result: Ok(r), .. } => {
                if let wizard::Routed::Into {
                    slot: slot @ (Slot::Idp | Slot::Sp),
                    file,
                    ..
                } = r.as_ref()
                {
                    if let Some(path) = &file.path {
                        self.settings.remember_metadata(path);
                    }
                    if let Some(origin) = &file.origin {
                        self.settings.remember_url(&origin.url);
                    }
                    // Content without a path or address (pasted, dropped bytes, the demo) leaves
                    // the settings as they were.
                    if file.path.is_some() || file.origin.is_some() {
                        self.save_settings();
                    }
                    self.view.urls[usize::from(*slot == Slot::Sp)] = file
                        .origin
                        .as_ref()
                        .map(|o| o.url.clone())
                        .unwrap_or_default();
                }
            }
            _ => {}
        }
        let analysed = matches!(action, Action::Analysed { .. });
        let jobs = self.wizard.apply(action, (self.clock)());
        if analysed {
            self.forget_manipulated();
        }
        // Texts are made in the wizard's language on this thread, and jobs take it along.
        i18n::set_current(self.wizard.lang);
        for job in jobs {
            self.runner.submit(job);
        }
    }

    /// A metadata file judged manipulated never stays in the recent list.
    fn forget_manipulated(&mut self) {
        for slot in [Slot::Idp, Slot::Sp] {
            let about = if slot == Slot::Idp {
                About::Idp
            } else {
                About::Sp
            };
            let manipulated = self
                .wizard
                .findings(Some(about))
                .any(|f| f.code.is_tampering());
            if let Some(path) = self.wizard.file(slot).and_then(|f| f.path.clone())
                && manipulated
            {
                self.settings.forget_metadata(&path);
                self.save_settings();
            }
        }
    }

    /// Feeds finished jobs back until nothing new arrives (inline jobs finish at once).
    fn pump(&mut self) {
        loop {
            let done = self.runner.poll();
            if done.is_empty() {
                break;
            }
            for action in done {
                self.dispatch(action);
            }
        }
    }

    fn save_settings(&self) {
        if let Some(path) = &self.settings_file {
            let _ = self.settings.save_to(path);
        }
    }

    /// Loads the sample files, so a newcomer sees a full run.
    pub fn load_demo(&mut self) {
        for (name, slot, bytes) in DEMO {
            self.dispatch(Action::Load {
                name: name.into(),
                path: None,
                bytes: bytes.to_vec(),
                target: Some(slot),
            });
        }
        // A sign-in that worked, signed by the sample Entra key, judged at the moment it was
        // captured (its assertion was valid for an hour then), so a first start is green. Asked
        // before it is judged: the wizard does it once the capture's time is known.
        self.dispatch(Action::LoadCapture {
            name: "sample-login-signed-in.har".into(),
            bytes: include_bytes!("../../assets/samples/sample-login-signed-in.har").to_vec(),
        });
        self.dispatch(Action::JudgeAtCaptureTime(true));
        self.pump();
    }

    /// Loads a file from a path (drops with a path, dialogs, recent files, `--demo`).
    pub fn open_path(&mut self, path: PathBuf, target: Option<Slot>) {
        if let Some(dir) = path.parent() {
            self.settings.last_open_dir = Some(dir.to_path_buf());
        }
        self.save_settings();
        self.dispatch(Action::Open { path, target });
    }

    fn handle(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::OpenDialog(slot) => {
                let filters = match slot {
                    Slot::Idp | Slot::Sp => vec![(tr!("ui-filter-metadata"), vec!["xml".into()])],
                    Slot::Cert | Slot::Key => vec![(
                        tr!("ui-filter-keys"),
                        [
                            "pem", "cer", "crt", "der", "key", "pfx", "p12", "pk8", "txt",
                        ]
                        .map(String::from)
                        .to_vec(),
                    )],
                    Slot::Logo => vec![(
                        tr!("ui-filter-images"),
                        ["png", "jpg", "jpeg", "gif", "ico"]
                            .map(String::from)
                            .to_vec(),
                    )],
                };
                self.dialogs.open(
                    slot_id(slot),
                    DialogRequest::OpenFile {
                        title: tr!("ui-dialog-open-slot", what = slot.label()),
                        filters,
                        start_dir: self.settings.last_open_dir.clone(),
                    },
                    ctx,
                );
            }
            Request::PasteInto(slot) => self.paste_from_clipboard(slot),
            Request::OpenCaptureDialog | Request::PasteCapture => {
                self.capture_request(&request, ctx);
            }
            Request::Copy { what, text } => {
                ctx.copy_text(text);
                let now = ctx.input(|i| i.time);
                self.view.copied = Some((what, now + 1.5));
                ctx.request_repaint_after(std::time::Duration::from_millis(1600));
            }
            Request::ChooseExportFolder => {
                let start_dir = Some(PathBuf::from(&self.view.export_folder));
                self.dialogs.open(
                    DIALOG_EXPORT,
                    DialogRequest::PickFolder {
                        title: tr!("ui-dialog-export-folder"),
                        start_dir,
                    },
                    ctx,
                );
            }
            Request::Export => self.export(),
            Request::CompareDialog => {
                self.dialogs.open(
                    DIALOG_COMPARE,
                    DialogRequest::OpenFile {
                        title: tr!("ui-dialog-compare"),
                        filters: vec![(tr!("ui-filter-metadata"), vec!["xml".into()])],
                        start_dir: self.settings.last_open_dir.clone(),
                    },
                    ctx,
                );
            }
            Request::SaveReminders => self.save_reminders(ctx),
            Request::OpenFolder(bundle) => {
                // A folder bundle opens itself; a zip opens the folder it is in.
                let folder = if bundle.is_dir() {
                    bundle
                } else {
                    bundle.parent().map(Path::to_path_buf).unwrap_or_default()
                };
                if let Err(why) = platform::open_folder(&folder) {
                    self.notify(Topic::Export, Severity::Warning, why);
                }
            }
            Request::SetTheme(choice) => {
                self.settings.theme = choice;
                self.save_settings();
                theme::apply(ctx, choice, self.system_dark);
            }
        }
    }

    /// "Add reminders to calendar…": where the current export holds them the wizard says so;
    /// otherwise the save dialog, or (without one) a new file in the export folder.
    fn save_reminders(&mut self, ctx: &egui::Context) {
        if let Some((record, true)) = self.wizard.last_export() {
            let out = record.path.clone();
            self.dispatch(Action::SaveReminders {
                out,
                replace: false,
            });
        } else if self.view.dialogs_available {
            self.dialogs.open(
                DIALOG_REMINDERS,
                DialogRequest::SaveFile {
                    title: tr!("ui-dialog-reminders"),
                    file_name: format!("{REMINDERS_STEM}.ics"),
                    start_dir: Some(PathBuf::from(self.view.export_folder.trim())),
                },
                ctx,
            );
        } else if let Some(dir) = self.export_folder(msg!("ui-reminders-no-folder")) {
            let out = unique_output(&dir, REMINDERS_STEM, ".ics", (self.clock)());
            self.dispatch(Action::SaveReminders {
                out,
                replace: false,
            });
        }
    }

    /// Exports into a new `topdesk-sso-bundle-<date>` inside the export folder field's folder.
    /// The folder in the export field, or `None` after saying (`missing`, then the path) that it
    /// does not exist.
    fn export_folder(&mut self, missing: Msg) -> Option<PathBuf> {
        let dir = PathBuf::from(self.view.export_folder.trim());
        if dir.is_dir() {
            return Some(dir);
        }
        let text = msg!(
            "ui-missing-folder",
            missing,
            path = dir.display().to_string()
        );
        self.notify(Topic::Export, Severity::Error, text);
        None
    }

    fn export(&mut self) {
        let Some(dir) = self.export_folder(msg!("ui-export-no-folder")) else {
            return;
        };
        self.settings.last_export_dir = Some(dir.clone());
        self.save_settings();
        let ext = if self.view.zip { ".zip" } else { "" };
        let out = unique_output(&dir, "topdesk-sso-bundle", ext, (self.clock)());
        self.dispatch(Action::Export {
            out,
            zip: self.view.zip,
        });
    }

    /// Test login's `Open file…` and `Paste`: the capture goes to the step, never to a slot.
    fn capture_request(&mut self, request: &Request, ctx: &egui::Context) {
        match request {
            Request::OpenCaptureDialog => {
                self.dialogs.open(
                    DIALOG_CAPTURE,
                    DialogRequest::OpenFile {
                        title: tr!("ui-dialog-capture"),
                        filters: vec![(
                            tr!("ui-filter-capture"),
                            ["har", "json", "xml", "txt", "b64", "saml"]
                                .map(String::from)
                                .to_vec(),
                        )],
                        start_dir: self.settings.last_open_dir.clone(),
                    },
                    ctx,
                );
            }
            Request::PasteCapture => match arboard::Clipboard::new().and_then(|mut c| c.get_text())
            {
                Ok(text) if !text.trim().is_empty() => self.dispatch(Action::LoadCapture {
                    name: tr!("ui-pasted-text"),
                    bytes: text.into_bytes(),
                }),
                _ => self.notify(
                    Topic::Load,
                    Severity::Warning,
                    msg!("ui-clipboard-empty-capture"),
                ),
            },
            _ => {}
        }
    }

    fn paste_from_clipboard(&mut self, slot: Slot) {
        let text = arboard::Clipboard::new().and_then(|mut c| c.get_text());
        match text {
            Ok(text) if !text.trim().is_empty() => self.paste_text(text, Some(slot)),
            _ => self.notify(
                Topic::Slot(slot),
                Severity::Warning,
                msg!("ui-clipboard-empty"),
            ),
        }
    }

    /// Pasted text: an address is fetched (into `target`, else where its kind belongs);
    /// anything else is loaded as a file's content.
    fn paste_text(&mut self, text: String, target: Option<Slot>) {
        if let Some(url) = crate::core::fetch::as_url(&text) {
            let target = target.unwrap_or_else(|| wizard::url_slot(url));
            self.dispatch(Action::Fetch {
                url: url.to_owned(),
                target,
            });
            return;
        }
        self.dispatch(Action::Load {
            name: tr!("ui-pasted-text"),
            path: None,
            bytes: text.into_bytes(),
            target,
        });
    }

    fn dialog_answers(&mut self) {
        while let Some((id, answer)) = self.dialogs.poll() {
            match answer {
                DialogAnswer::Picked(paths) if id == DIALOG_REMINDERS => {
                    if let Some(out) = paths.into_iter().next() {
                        self.dispatch(Action::SaveReminders { out, replace: true });
                    }
                }
                DialogAnswer::Picked(paths) if id == DIALOG_COMPARE => {
                    if let Some(path) = paths.into_iter().next() {
                        self.view.compare_with = path.display().to_string();
                        self.dispatch(Action::Compare(wizard::CompareSource::Path(path)));
                    }
                }
                DialogAnswer::Picked(paths) if id == DIALOG_EXPORT => {
                    if let Some(dir) = paths.into_iter().next() {
                        self.view.export_folder = dir.display().to_string();
                    }
                }
                DialogAnswer::Picked(paths) => {
                    for path in paths {
                        self.open_path(path, slot_from_id(id));
                    }
                }
                DialogAnswer::Cancelled => {}
                DialogAnswer::Unavailable(why) => {
                    // Without a dialog, the path fields do the job from now on.
                    self.view.dialogs_available = false;
                    let topic = slot_from_id(id).map_or(Topic::Export, Topic::Slot);
                    self.notify(topic, Severity::Warning, why);
                }
            }
        }
    }

    /// Drops anywhere on the window, and Ctrl+V outside text fields.
    fn input(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            let path = file.path().to_path_buf();
            if path.as_os_str().is_empty() {
                match file.bytes() {
                    Ok(bytes) => self.dispatch(Action::Load {
                        name: tr!("ui-dropped-file"),
                        path: None,
                        bytes,
                        target: None,
                    }),
                    Err(e) => self.notify(
                        Topic::Load,
                        Severity::Error,
                        msg!("ui-drop-unreadable", error = e.clone()),
                    ),
                }
            } else {
                self.open_path(path, None);
            }
        }
        if !ctx.egui_wants_keyboard_input() {
            let pasted = ctx.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Paste(t) => Some(t.clone()),
                    _ => None,
                })
            });
            if let Some(text) = pasted {
                // Into the current step's zone; elsewhere (and for the two zones of the key pair
                // step) the content decides, and a note says where it went.
                let target = match self.wizard.step {
                    Step::Entra => Some(Slot::Idp),
                    Step::Topdesk => Some(Slot::Sp),
                    _ => None,
                };
                self.paste_text(text, target);
            }
            // A focused widget (a button, say) handles Enter itself; only a bare Enter means Next.
            let focused = ctx.memory(|m| m.focused().is_some());
            if !focused && ctx.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.dispatch(Action::Next);
            }
        }
    }

    /// Draws the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        i18n::set_current(self.wizard.lang);
        // AccessKit's root node is the window (the frame a screen reader announces): its name is
        // the window's title, which eframe sets on the window only.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| root.set_label(TITLE));
        if !self.themed {
            self.themed = true;
            theme::apply(&ctx, self.settings.theme, self.system_dark);
        }
        if let Some(size) = ctx.input(|i| i.viewport().inner_rect.map(|r| r.size())) {
            self.settings.window_size = Some([size.x, size.y]);
        }
        self.pump();
        self.dialog_answers();
        if self.system_scheme_answered() {
            theme::apply(&ctx, self.settings.theme, self.system_dark);
        }
        self.input(&ctx);
        self.pump();
        if let Some((_, until)) = &self.view.copied
            && ctx.input(|i| i.time) > *until
        {
            self.view.copied = None;
        }

        let mut out = steps::Out::default();
        let now = (self.clock)();
        // Another step than last frame's (not the first frame: Tab from nothing focused
        // already starts in the content).
        let opened = self
            .view
            .shown_step
            .is_some_and(|shown| shown != self.wizard.step);
        self.view.shown_step = Some(self.wizard.step);
        if opened {
            // Nothing keeps the focus (the Next button or a step row had it): the first Tab
            // lands on the step's first control (the content is laid out first), and Enter and
            // Ctrl+V keep their window-wide meaning (Next, load what was pasted).
            ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
        }
        let files_hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        let demo = DEMO.iter().any(|(_, slot, bytes)| {
            self.wizard
                .file(*slot)
                .is_some_and(|f| f.bytes.as_slice() == *bytes)
        });
        // The content is laid out first, so Tab reaches it (and Back/Next) before the step list.
        let list_width = 220.0;
        egui::Panel::right("main")
            .resizable(false)
            .show_separator_line(false)
            .exact_size((ui.available_width() - list_width).max(0.0))
            .show(ui, |ui| {
                let content_height = (ui.available_height() - NAV_HEIGHT).max(0.0);
                let mut area = egui::ScrollArea::vertical()
                    .max_height(content_height)
                    .auto_shrink([false, false]);
                if opened {
                    area = area.vertical_scroll_offset(0.0);
                }
                area.show(ui, |ui| {
                    ui.add_space(8.0);
                    centred(ui, MAX_CONTENT_WIDTH, |ui| {
                        let mut cx = steps::Cx {
                            wizard: &self.wizard,
                            view: &mut self.view,
                            out: &mut out,
                            now,
                            files_hovering,
                            recent: &self.settings.recent_metadata,
                            recent_urls: &self.settings.recent_urls,
                            demo,
                        };
                        steps::show(ui, &mut cx);
                        ui.add_space(12.0);
                    });
                });
                ui.separator();
                centred(ui, MAX_CONTENT_WIDTH, |ui| {
                    steps::nav(ui, &self.wizard, &mut out);
                });
            });
        egui::Panel::left("steps")
            .resizable(false)
            .exact_size(list_width)
            .show(ui, |ui| {
                steps::step_list(ui, &self.wizard, self.settings.theme, &mut out);
            });
        for action in out.actions {
            self.dispatch(action);
        }
        for request in out.requests {
            self.handle(request, &ctx);
        }
        self.pump();
    }
}

/// The content column's widest (wider windows centre it, so lines stay readable).
const MAX_CONTENT_WIDTH: f32 = 920.0;
/// Room for Back / Next and the line saying what is still missing.
const NAV_HEIGHT: f32 = 64.0;

/// Draws `add` in a column at most `max_width` wide, centred in `ui`.
fn centred(ui: &mut egui::Ui, max_width: f32, add: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width().min(max_width);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width - 16.0);
            add(ui);
        });
    });
}

/// `topdesk-sso-bundle-2026-11-28` (or `-2`, `-3`… if taken) inside `dir`.
fn unique_output(dir: &std::path::Path, stem: &str, ext: &str, now: OffsetDateTime) -> PathBuf {
    let base = format!("{stem}-{}", now.date());
    (1..10_000)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            dir.join(format!("{base}{suffix}{ext}"))
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{base}{ext}")))
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_settings();
    }
}

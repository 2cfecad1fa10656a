//! The desktop wizard: a thin egui layer over [`crate::wizard`]. Steps read the wizard and push
//! [`Action`]s and [`Request`]s; [`App`] applies them, runs jobs off the UI thread and opens
//! native dialogs. Nothing here decides anything the wizard could.

pub mod platform;
mod runner;
mod steps;
pub mod timeline;
mod widgets;

use std::path::PathBuf;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::core::topdesk::Section;
use crate::wizard::{self, Action, Slot, Step, Wizard};
use platform::{DialogAnswer, DialogRequest, Dialogs, Settings};
use runner::Runner;

/// Things only the UI layer can do (dialogs, clipboard, opening a folder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    OpenDialog(Slot),
    PasteInto(Slot),
    Copy { what: String, text: String },
    ExportDialog,
    OpenFolder(PathBuf),
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
    /// A one-line message from the platform (no file dialog, clipboard empty…).
    pub message: Option<String>,
    /// The drop zone that had focus last (Ctrl+V pastes there).
    pub focused_slot: Option<Slot>,
}

pub struct App {
    pub wizard: Wizard,
    pub view: View,
    pub settings: Settings,
    runner: Runner,
    dialogs: Dialogs,
    clock: fn() -> OffsetDateTime,
    /// Persist settings (off in tests).
    persist: bool,
    /// Tests: export here instead of asking with a native folder dialog.
    export_dir: Option<PathBuf>,
}

const DIALOG_EXPORT: u32 = 100;

/// The reverse-DNS application ID used for the window, the desktop entry and the `AppStream` metadata.
pub const APP_ID: &str = "io.github.topdesk_sso.Assistant";

/// The sample files behind `--demo` (made by `assets/samples/make-samples.sh`; not real data).
const DEMO: [(&str, &[u8]); 4] = [
    (
        "sample-entra-federation-metadata.xml",
        include_bytes!("../../assets/samples/sample-entra-federation-metadata.xml"),
    ),
    (
        "sample-topdesk-sp-metadata.xml",
        include_bytes!("../../assets/samples/sample-topdesk-sp-metadata.xml"),
    ),
    (
        "sample-topdesk-certificate.pem",
        include_bytes!("../../assets/samples/sample-topdesk-certificate.pem"),
    ),
    (
        "sample-topdesk-private-key.pem",
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
    /// The real app: jobs on worker threads, settings from disk, the system clock.
    #[must_use]
    pub fn new(ctx: &egui::Context, settings: Settings) -> Self {
        let section = match settings.section.as_deref() {
            Some("public") => Section::Public,
            _ => Section::Secure,
        };
        Self {
            wizard: Wizard::new(section),
            view: View::default(),
            settings,
            runner: Runner::threads(ctx.clone()),
            dialogs: Dialogs::new(),
            clock: OffsetDateTime::now_utc,
            persist: true,
            export_dir: None,
        }
    }

    /// For tests: jobs run inline, a fixed clock, nothing persisted.
    #[must_use]
    pub fn for_tests(clock: fn() -> OffsetDateTime) -> Self {
        Self {
            wizard: Wizard::default(),
            view: View::default(),
            settings: Settings::default(),
            runner: Runner::inline(),
            dialogs: Dialogs::new(),
            clock,
            persist: false,
            export_dir: None,
        }
    }

    /// Tests: `Export bundle…` writes into `dir` without a native folder dialog.
    #[must_use]
    pub fn with_export_dir(mut self, dir: PathBuf) -> Self {
        self.export_dir = Some(dir);
        self
    }

    /// Applies an action and starts the jobs it asks for.
    pub fn dispatch(&mut self, action: Action) {
        match &action {
            Action::SetSection(s) => {
                self.settings.section = Some(s.as_str().to_owned());
                self.save_settings();
            }
            // Only files recognised as metadata join the recent list (never keys or certificates).
            Action::Routed(r) => {
                if let wizard::Routed::Into {
                    slot: Slot::Idp | Slot::Sp,
                    file,
                    ..
                } = r.as_ref()
                    && let Some(path) = &file.path
                {
                    self.settings.remember_metadata(path);
                    self.save_settings();
                }
            }
            _ => {}
        }
        for job in self.wizard.apply(action, (self.clock)()) {
            self.runner.submit(job);
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
        if self.persist {
            let _ = self.settings.save();
        }
    }

    /// Loads the sample files, so a newcomer sees a full run.
    pub fn load_demo(&mut self) {
        for (name, bytes) in DEMO {
            self.dispatch(Action::Load {
                name: name.into(),
                path: None,
                bytes: bytes.to_vec(),
                target: None,
            });
        }
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
                    Slot::Idp | Slot::Sp => vec![("Metadata XML".into(), vec!["xml".into()])],
                    Slot::Cert | Slot::Key => vec![(
                        "Certificates and keys".into(),
                        [
                            "pem", "cer", "crt", "der", "key", "pfx", "p12", "pk8", "txt",
                        ]
                        .map(String::from)
                        .to_vec(),
                    )],
                    Slot::Logo => vec![(
                        "Images".into(),
                        ["png", "jpg", "jpeg", "gif", "ico"]
                            .map(String::from)
                            .to_vec(),
                    )],
                };
                self.dialogs.open(
                    slot_id(slot),
                    DialogRequest::OpenFile {
                        title: format!("Open the {}", slot.label()),
                        filters,
                        start_dir: self.settings.last_open_dir.clone(),
                    },
                    ctx,
                );
            }
            Request::PasteInto(slot) => self.paste_from_clipboard(slot),
            Request::Copy { what, text } => {
                ctx.copy_text(text);
                let now = ctx.input(|i| i.time);
                self.view.copied = Some((what, now + 1.5));
                ctx.request_repaint_after(std::time::Duration::from_millis(1600));
            }
            Request::ExportDialog if self.export_dir.is_some() => {
                let dir = self.export_dir.clone().unwrap_or_default();
                let out = unique_output(&dir, self.view.zip, (self.clock)());
                self.dispatch(Action::Export {
                    out,
                    zip: self.view.zip,
                });
            }
            Request::ExportDialog => {
                self.dialogs.open(
                    DIALOG_EXPORT,
                    DialogRequest::PickFolder {
                        title: "Choose the folder to export into".into(),
                        start_dir: self.settings.last_export_dir.clone(),
                    },
                    ctx,
                );
            }
            Request::OpenFolder(path) => {
                ctx.open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display())));
            }
        }
    }

    fn paste_from_clipboard(&mut self, slot: Slot) {
        let text = arboard::Clipboard::new().and_then(|mut c| c.get_text());
        match text {
            Ok(text) if !text.trim().is_empty() => self.paste_text(text, slot),
            _ => {
                self.view.message = Some(
                    "The clipboard holds no text. Copy the XML or PEM text first, or drop the file."
                        .into(),
                );
            }
        }
    }

    fn paste_text(&mut self, text: String, slot: Slot) {
        self.view.message = None;
        self.dispatch(Action::Load {
            name: "pasted text".into(),
            path: None,
            bytes: text.into_bytes(),
            target: Some(slot),
        });
    }

    fn dialog_answers(&mut self) {
        while let Some((id, answer)) = self.dialogs.poll() {
            match answer {
                DialogAnswer::Picked(paths) if id == DIALOG_EXPORT => {
                    if let Some(dir) = paths.into_iter().next() {
                        self.settings.last_export_dir = Some(dir.clone());
                        self.save_settings();
                        let out = unique_output(&dir, self.view.zip, (self.clock)());
                        self.dispatch(Action::Export {
                            out,
                            zip: self.view.zip,
                        });
                    }
                }
                DialogAnswer::Picked(paths) => {
                    for path in paths {
                        self.open_path(path, slot_from_id(id));
                    }
                }
                DialogAnswer::Cancelled => {}
                DialogAnswer::Unavailable(why) => self.view.message = Some(why),
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
                        name: "dropped file".into(),
                        path: None,
                        bytes,
                        target: None,
                    }),
                    Err(e) => {
                        self.view.message = Some(format!("The dropped file cannot be read: {e}"));
                    }
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
                let slot = self.view.focused_slot.unwrap_or(match self.wizard.step {
                    Step::Topdesk => Slot::Sp,
                    Step::KeyPair => Slot::Cert,
                    Step::LoginPage => Slot::Logo,
                    _ => Slot::Idp,
                });
                self.paste_text(text, slot);
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
        if let Some(size) = ctx.input(|i| i.viewport().inner_rect.map(|r| r.size())) {
            self.settings.window_size = Some([size.x, size.y]);
        }
        self.pump();
        self.dialog_answers();
        self.input(&ctx);
        self.pump();
        if let Some((_, until)) = &self.view.copied
            && ctx.input(|i| i.time) > *until
        {
            self.view.copied = None;
        }

        let mut out = steps::Out::default();
        let now = (self.clock)();
        let files_hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        egui::Panel::left("steps")
            .resizable(false)
            .exact_size(210.0)
            .show(ui, |ui| steps::step_list(ui, &self.wizard, &mut out));
        egui::Panel::bottom("nav").show(ui, |ui| {
            steps::nav(ui, &self.wizard, self.view.message.as_deref(), &mut out);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(980.0));
                    let mut cx = steps::Cx {
                        wizard: &self.wizard,
                        view: &mut self.view,
                        out: &mut out,
                        now,
                        files_hovering,
                        recent: &self.settings.recent_metadata,
                    };
                    steps::show(ui, &mut cx);
                });
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

/// `topdesk-sso-bundle-2026-11-28` (or `-2`, `-3`… if taken) inside `dir`.
fn unique_output(dir: &std::path::Path, zip: bool, now: OffsetDateTime) -> PathBuf {
    let base = format!("topdesk-sso-bundle-{}", now.date());
    let ext = if zip { ".zip" } else { "" };
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

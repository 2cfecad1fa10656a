//! `topdesk-sso-assistant`: the desktop wizard (see `topdesk_sso::ui`).

// Windows: a GUI program, so no console window opens behind it.
#![cfg_attr(windows, windows_subsystem = "windows")]

use anyhow::{Context as _, anyhow};
use clap::{Parser, ValueEnum};
use topdesk_sso::core::i18n::{self, Lang};
use topdesk_sso::tr;
use topdesk_sso::ui::{self, App, platform::Settings};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Renderer {
    Glow,
    Wgpu,
}

/// TOPdesk SSO Assistant: connect TOPdesk to Microsoft Entra ID single sign-on.
#[derive(Debug, Parser)]
#[command(name = "topdesk-sso-assistant", version)]
struct Args {
    /// Open with the sample files, to see a full run.
    #[arg(long)]
    demo: bool,
    /// Force a renderer (default: OpenGL, falling back to wgpu if it cannot start).
    #[arg(long, value_enum)]
    renderer: Option<Renderer>,
}

/// Opens the window. The start-up order, so the first frame waits for nothing it does not show:
/// 1. on another thread, while eframe opens the window and OpenGL (most of the wait), the app is
///    prepared: the desktop asked for its colour scheme, the demo files loaded and analysed
///    ([`App::prepare`]);
/// 2. the window is created hidden; the prepared app is handed its context ([`App::start`]);
/// 3. the first frame is drawn, then shown (eframe shows the window once it has been painted).
fn run(renderer: Renderer, demo: bool, settings: &Settings) -> eframe::Result {
    let size = settings.window_size.unwrap_or([1100.0, 760.0]);
    let prepared = {
        let settings = settings.clone();
        std::thread::spawn(move || App::prepare(settings, Settings::path(), demo))
    };
    let options = eframe::NativeOptions {
        renderer: match renderer {
            Renderer::Glow => eframe::Renderer::Glow,
            Renderer::Wgpu => eframe::Renderer::Wgpu,
        },
        viewport: egui::ViewportBuilder::default()
            .with_title(ui::TITLE)
            .with_app_id(ui::APP_ID)
            .with_inner_size(size)
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true)
            .with_icon(
                eframe::icon_data::from_png_bytes(include_bytes!(
                    "../assets/icons/hicolor/256x256/apps/io.github.topdesk_sso.Assistant.png"
                ))
                .unwrap_or_default(),
            ),
        ..Default::default()
    };
    eframe::run_native(
        ui::TITLE,
        options,
        Box::new(move |cc| {
            egui_extras::install_image_loaders(&cc.egui_ctx);
            let app = prepared
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok(Box::new(app.start(&cc.egui_ctx)))
        }),
    )
}

/// Windows: a GUI-subsystem program has no console, so `--help`, `--version` and start-up errors
/// would vanish; when started from a terminal, they are written to that terminal. Started from
/// Explorer or the Start menu there is none, and nothing happens.
#[cfg(windows)]
#[allow(unsafe_code)] // one Win32 call without arguments to check
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: no pointers; failure (no parent console) is harmless and ignored.
    unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}

fn main() -> anyhow::Result<()> {
    #[cfg(windows)]
    attach_parent_console();
    let args = Args::parse();
    let settings = Settings::load();
    // Start-up messages in the language the window will speak.
    i18n::set_default(settings.language.unwrap_or_else(Lang::from_system));
    let first = args.renderer.unwrap_or(Renderer::Glow);
    match run(first, args.demo, &settings) {
        Ok(()) => Ok(()),
        // Machines without a GPU driver for one API often have the other (or a software one).
        Err(e) if args.renderer.is_none() => {
            eprintln!(
                "topdesk-sso-assistant: {}",
                tr!("app-opengl-failed", error = e.to_string())
            );
            run(Renderer::Wgpu, args.demo, &settings).map_err(|e2| {
                anyhow!(tr!(
                    "app-no-renderer",
                    opengl = e.to_string(),
                    wgpu = e2.to_string()
                ))
            })
        }
        Err(e) => Err(anyhow!("{e}")).context(tr!("app-no-window")),
    }
}

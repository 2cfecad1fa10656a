//! Runs wizard jobs off the UI thread and hands their results back as actions.

use std::sync::mpsc::{Receiver, Sender, channel};

use crate::core::i18n;
use crate::wizard::{self, Action, Job};

/// Worker threads in the app; inline in tests, so a test sees results without waiting.
pub enum Runner {
    Threads {
        tx: Sender<Action>,
        rx: Receiver<Action>,
        ctx: egui::Context,
    },
    Inline(Vec<Action>),
}

impl Runner {
    #[must_use]
    pub fn threads(ctx: egui::Context) -> Self {
        let (tx, rx) = channel();
        Self::Threads { tx, rx, ctx }
    }

    #[must_use]
    pub fn inline() -> Self {
        Self::Inline(Vec::new())
    }

    pub fn submit(&mut self, job: Job) {
        match self {
            Self::Threads { tx, ctx, .. } => {
                let (tx, ctx) = (tx.clone(), ctx.clone());
                // What a job writes for people (the bundle's SETTINGS.txt and README) is in the
                // language of the window that started it; everything else it returns is data.
                let lang = i18n::current();
                std::thread::spawn(move || {
                    let _ = tx.send(i18n::with(lang, || wizard::run(job)));
                    // Wake the UI only when there is something new to show.
                    ctx.request_repaint();
                });
            }
            Self::Inline(done) => done.push(wizard::run(job)),
        }
    }

    /// Results that arrived since the last call.
    pub fn poll(&mut self) -> Vec<Action> {
        match self {
            Self::Threads { rx, .. } => rx.try_iter().collect(),
            Self::Inline(done) => std::mem::take(done),
        }
    }
}

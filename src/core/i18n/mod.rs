//! Languages: every text a person reads comes from the Project Fluent catalogues in
//! `i18n/<lang>/*.ftl` (English, Dutch, German). The engine and the wizard keep a text as a
//! message ([`Msg`], made with [`msg!`](crate::msg)) and the places that show it say it in the
//! reader's language ([`tr!`](crate::tr) for the window's own labels). Plurals and
//! placeholders are Fluent's; values pasted into other systems (URLs, thumbprints, entity IDs) go
//! in as placeholders and are never changed. JSON output, finding codes and file names stay English.
//!
//! The language is per thread, falling back to the process default: the app and the CLI set the
//! default once; the wizard's UI thread follows the admin's choice; jobs that write a file for a
//! person (the bundle's sheets) run with the language of the thread that started them
//! ([`with`]); tests can use several languages side by side.
//!
//! Adding a language: copy `i18n/en/` to `i18n/<code>/`, translate, and add it to [`Lang`],
//! [`catalogue`], `source` and build.rs's list; `tests/i18n.rs` says which message or placeholder
//! is missing.
//!
//! A run parses only the messages it says: build.rs splits the catalogues into messages, and a
//! message is parsed the first time it is said (a unit test proves each says alone what the
//! whole catalogue says).

mod msg;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use msg::{Arg, Msg};

/// The languages the assistant speaks.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::De];

    /// The BCP 47 code (`en`, `nl`, `de`): the catalogue folder, `--lang`, settings.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
            Self::De => "de",
        }
    }

    /// The language's own name, the same in every language (what a lost admin looks for).
    #[must_use]
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Nederlands",
            Self::De => "Deutsch",
        }
    }

    /// A locale name as systems write it (`nl`, `nl-BE`, `de_DE.UTF-8`, `en_GB@euro`, `NL`) →
    /// the language; `None` for languages we do not have (and `C`/`POSIX`).
    #[must_use]
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// From POSIX variables as given (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one
    /// set and non-empty decides, as POSIX says). `None` when none is set; English when the one
    /// that decides names a language we do not have.
    #[must_use]
    pub fn from_posix(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .map(|v| Self::parse(&v).unwrap_or_default())
    }

    /// The user's language: the POSIX variables if set, else the operating system's setting
    /// (Windows display language, macOS preferences), else English.
    #[must_use]
    pub fn from_system() -> Lang {
        Self::from_posix(|name| std::env::var(name).ok())
            .or_else(|| sys_locale::get_locale().and_then(|l| Self::parse(&l)))
            .unwrap_or_default()
    }
}

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language texts are made in on this thread.
#[must_use]
pub fn current() -> Lang {
    CURRENT
        .get()
        .unwrap_or_else(|| stored(DEFAULT.load(Ordering::Relaxed)))
}

/// The language stored as its place in `Lang::ALL` (the declaration order, as `bundle` indexes).
fn stored(index: u8) -> Lang {
    Lang::ALL
        .get(usize::from(index))
        .copied()
        .unwrap_or_default()
}

/// Sets the process default (the app and the CLI, once at start).
pub fn set_default(lang: Lang) {
    DEFAULT.store(lang as u8, Ordering::Relaxed);
}

/// Sets this thread's language (the UI thread follows the admin's choice).
pub fn set_current(lang: Lang) {
    CURRENT.set(Some(lang));
}

/// Runs `f` with texts in `lang` on this thread, then restores the previous language.
pub fn with<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.set(self.0);
        }
    }
    let _restore = Restore(CURRENT.replace(Some(lang)));
    f()
}

/// The catalogue files of one language, as (file name, Fluent source).
#[must_use]
pub fn catalogue(lang: Lang) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($code:literal) => {
            &[
                (
                    "common.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/common.ftl")),
                ),
                (
                    "core.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/core.ftl")),
                ),
                (
                    "keys.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/keys.ftl")),
                ),
                (
                    "diagnose.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/diagnose.ftl")),
                ),
                (
                    "wizard.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/wizard.ftl")),
                ),
                (
                    "ui.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/ui.ftl")),
                ),
                (
                    "cli.ftl",
                    include_str!(concat!("../../../i18n/", $code, "/cli.ftl")),
                ),
            ]
        };
    }
    match lang {
        Lang::En => files!("en"),
        Lang::Nl => files!("nl"),
        Lang::De => files!("de"),
    }
}

/// One language's messages split at build time (build.rs): their Fluent sources sorted by id
/// in one text, and for each [start, length of its id, end] in that text.
struct Split {
    text: &'static str,
    index: &'static [[u32; 3]],
}

// `EN`, `NL`, `DE`.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

fn split(lang: Lang) -> Split {
    match lang {
        Lang::En => EN,
        Lang::Nl => NL,
        Lang::De => DE,
    }
}

/// The Fluent source of message `id` in `lang`.
fn source(lang: Lang, id: &str) -> Option<&'static str> {
    let split = split(lang);
    let at =
        |[start, id_len, end]: [u32; 3]| (start as usize, (start + id_len) as usize, end as usize);
    let found = split
        .index
        .binary_search_by(|&entry| {
            let (start, id_end, _) = at(entry);
            split.text[start..id_end].cmp(id)
        })
        .ok()?;
    let (start, _, end) = at(split.index[found]);
    Some(&split.text[start..end])
}

/// The messages of `lang` parsed so far: each message is parsed the first time it is said, so
/// a run parses the few it shows, not the whole catalogue (the command line's `check` says
/// about 40 of 950).
fn parsed(lang: Lang) -> &'static Mutex<FluentBundle<FluentResource>> {
    static PARSED: [OnceLock<Mutex<FluentBundle<FluentResource>>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    PARSED[lang as usize].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("a valid language code");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No invisible isolation marks around placeholders: URLs and thumbprints are copied out
        // of these texts.
        bundle.set_use_isolating(false);
        Mutex::new(bundle)
    })
}

/// The message `id` in this thread's language with `args` filled in; English when the language
/// lacks it; the id itself when English lacks it too (tests/i18n.rs makes sure neither happens).
#[must_use]
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    render(current(), id, args)
}

/// [`tr`] in `lang` (what [`Msg`] renders with).
fn render(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let Some((found_in, source)) = [lang, Lang::En]
        .into_iter()
        .find_map(|l| Some((l, source(l, id)?)))
    else {
        return id.to_owned();
    };
    // Arguments first: one may be a message of its own, said with this same lock free.
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.value(lang));
    }
    let mut bundle = parsed(found_in)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !bundle.has_message(id) {
        // Syntax errors are test failures (tests/i18n.rs); what parsed is still used.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A date as readers of this thread's language write it (`5 Mar 2026`, `5 mrt 2026`,
/// `5. März 2026`). Only for reading; values pasted elsewhere keep their own format.
#[must_use]
pub fn date(d: time::Date) -> String {
    crate::tr!(
        "date",
        day = d.day(),
        month_name = month_short(u8::from(d.month())),
        year = d.year().to_string()
    )
}

/// A moment for reading, in UTC: its date (an argument [`date`] writes when shown) and its time
/// as `HH:MM` (the messages that show them say "UTC").
#[must_use]
pub fn date_and_time(t: time::OffsetDateTime) -> (time::Date, String) {
    let u = t.to_offset(time::UtcOffset::UTC);
    (u.date(), format!("{:02}:{:02}", u.hour(), u.minute()))
}

/// A month's short name (1 = January) in this thread's language.
#[must_use]
pub fn month_short(month: u8) -> String {
    crate::tr!("month-short", month)
}

/// `msg!("id")`, `msg!("id", name = value, other)`: the message as data ([`Msg`]), said when
/// shown; a bare name passes the variable of that name.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::core::i18n::Msg::new(
            $id,
            vec![$((stringify!($name), $crate::core::i18n::Arg::from($crate::msg!(@value $name $(= $value)?)))),*],
        )
    };
    (@value $name:ident) => { $name };
    (@value $name:ident = $value:expr) => { $value };
}

/// `tr!("id")`, `tr!("id", name = value, other)`: the message in this thread's language; a bare
/// name passes the variable of that name.
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::core::i18n::tr(
            $id,
            &[$((stringify!($name), $crate::core::i18n::Arg::from($crate::tr!(@value $name $(= $value)?)))),*],
        )
    };
    (@value $name:ident) => { $name };
    (@value $name:ident = $value:expr) => { $value };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each message parsed alone (as a run says it) says exactly what the whole catalogue
    /// parsed at once says, in every language, with numbers (plurals) and texts as values.
    #[test]
    fn each_message_parsed_alone_says_what_the_whole_catalogue_says() {
        for lang in Lang::ALL {
            let mut whole = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
            whole.set_use_isolating(false);
            let (mut ids, mut variables) = (Vec::new(), std::collections::BTreeSet::new());
            for (_, source) in catalogue(lang) {
                let resource = FluentResource::try_new((*source).to_owned()).unwrap();
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_owned());
                    }
                }
                whole.add_resource(resource).unwrap();
                // Every placeholder name anywhere: a message ignores the ones it does not use.
                for at in source.split('$').skip(1) {
                    let end = at
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                        .unwrap_or(at.len());
                    variables.insert(at[..end].to_owned());
                }
            }
            // build.rs splits every file of the folder: the same files as `catalogue`.
            assert_eq!(split(lang).index.len(), ids.len(), "{}", lang.code());
            for value in [Arg::Number(1.0), Arg::Number(2.0), Arg::Text("x".into())] {
                let args: Vec<(&str, Arg)> = variables
                    .iter()
                    .map(|v| (v.as_str(), value.clone()))
                    .collect();
                let mut fluent_args = FluentArgs::new();
                for (name, value) in &args {
                    fluent_args.set(*name, value.value(lang));
                }
                for id in &ids {
                    assert!(
                        source(lang, id).is_some(),
                        "{}: {id} not split",
                        lang.code()
                    );
                    let pattern = whole.get_message(id).and_then(|m| m.value());
                    let wholly = pattern.map_or(id.clone(), |p| {
                        whole
                            .format_pattern(p, Some(&fluent_args), &mut Vec::new())
                            .into_owned()
                    });
                    assert_eq!(render(lang, id, &args), wholly, "{}: {id}", lang.code());
                }
            }
        }
    }

    #[test]
    fn locale_names_as_systems_write_them() {
        for (tag, lang) in [
            ("nl", Some(Lang::Nl)),
            ("nl-BE", Some(Lang::Nl)),
            ("nl_NL.UTF-8", Some(Lang::Nl)),
            ("de_DE@euro", Some(Lang::De)),
            ("de-AT", Some(Lang::De)),
            ("DE", Some(Lang::De)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("fr_FR.UTF-8", None),
            ("C", None),
            ("POSIX", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(tag), lang, "{tag}");
        }
    }

    #[test]
    fn posix_order_and_fallback() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_posix(env(&[])), None);
        assert_eq!(
            Lang::from_posix(env(&[("LANG", "de_DE.UTF-8")])),
            Some(Lang::De)
        );
        assert_eq!(
            Lang::from_posix(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")])),
            Some(Lang::Nl)
        );
        // An empty LC_ALL does not count; an unknown language is English, not the next variable.
        assert_eq!(
            Lang::from_posix(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "fr_FR"),
                ("LANG", "de_DE")
            ])),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_posix(env(&[("LANG", "C.UTF-8")])),
            Some(Lang::En)
        );
    }

    #[test]
    fn threads_keep_their_own_language() {
        let nl = with(Lang::Nl, || tr!("language-name"));
        let de = with(Lang::De, || tr!("language-name"));
        let en = with(Lang::En, || tr!("language-name"));
        assert_eq!(
            (en.as_str(), nl.as_str(), de.as_str()),
            ("English", "Nederlands", "Deutsch")
        );
        // A job thread given the language of the thread that started it.
        let lang = with(Lang::De, current);
        let from_thread = std::thread::spawn(move || with(lang, || tr!("language-name")))
            .join()
            .unwrap();
        assert_eq!(from_thread, "Deutsch");
    }

    #[test]
    fn the_stored_default_maps_back_to_every_language() {
        // (Not set_default itself: the default is process-wide and other tests run meanwhile.)
        for lang in Lang::ALL {
            assert_eq!(stored(lang as u8), lang);
        }
        assert_eq!(stored(200), Lang::En);
    }

    #[test]
    fn plurals_and_placeholders_are_fluents() {
        let days = |lang, n: u32| with(lang, || tr!("days", count = n));
        assert_eq!(days(Lang::En, 1), "1 day");
        assert_eq!(days(Lang::En, 2), "2 days");
        assert_eq!(days(Lang::Nl, 1), "1 dag");
        assert_eq!(days(Lang::Nl, 30), "30 dagen");
        assert_eq!(days(Lang::De, 1), "1 Tag");
        assert_eq!(days(Lang::De, 30), "30 Tage");
        // Unknown ids fall back to the id (never a panic); placeholders keep the value exactly.
        assert_eq!(tr!("no-such-message"), "no-such-message");
    }

    #[test]
    fn a_message_is_said_when_shown_in_the_language_of_that_moment() {
        use crate::core::file::ReadError;
        // Made once, in no language; a date and a nested message in it are said in the language
        // it is shown in.
        let m = crate::msg!(
            "fetch-origin",
            url = "https://x.example/",
            date = time::macros::date!(2026 - 03 - 05),
            time = crate::msg!("days", count = 2)
        );
        let [en, nl, de] = Lang::ALL.map(|l| m.render_in(l));
        assert_eq!(
            en,
            "fetched from https://x.example/ at 5 Mar 2026 2 days UTC"
        );
        assert!(nl.contains("5 mrt 2026") && nl.contains("2 dagen"), "{nl}");
        assert!(de.contains("5. März 2026") && de.contains("2 Tage"), "{de}");
        assert_eq!(
            with(Lang::Nl, || m.to_string()),
            nl,
            "Display: this thread's language"
        );
        // JSON: English, whatever the thread's language.
        let json = with(Lang::De, || serde_json::to_string(&m).unwrap());
        assert_eq!(json, serde_json::to_string(&en).unwrap());
        // An error is said when shown; a list is joined after each item is said.
        let joined = crate::msg!(
            "verbatim",
            text = Arg::joined(
                vec![
                    crate::msg!("days", count = 1).into(),
                    Arg::shown(ReadError::NotAFile)
                ],
                " / "
            )
        );
        let dutch_error = with(Lang::Nl, || ReadError::NotAFile.to_string());
        assert_eq!(joined.render_in(Lang::Nl), format!("1 dag / {dutch_error}"));
        assert_ne!(joined.render_in(Lang::Nl), joined.render_in(Lang::En));
        // Text from a file is made safe in every argument, nested ones too.
        let safe = crate::msg!(
            "named",
            name = "a\u{202e}b",
            text = Msg::verbatim("c\u{202e}d")
        )
        .map_text(&crate::core::text::escaped);
        assert!(!safe.english().contains('\u{202e}'), "{}", safe.english());
    }

    #[test]
    fn dates_in_the_readers_format() {
        let d = time::macros::date!(2026 - 03 - 05);
        assert_eq!(with(Lang::En, || date(d)), "5 Mar 2026");
        assert_eq!(with(Lang::Nl, || date(d)), "5 mrt 2026");
        assert_eq!(with(Lang::De, || date(d)), "5. März 2026");
    }

    #[test]
    fn moments_are_read_in_utc() {
        let t = time::macros::datetime!(2026-03-05 23:07 -02:00);
        let (day, hh_mm) = date_and_time(t);
        let day = with(Lang::Nl, || date(day));
        assert_eq!((day.as_str(), hh_mm.as_str()), ("6 mrt 2026", "01:07"));
    }
}

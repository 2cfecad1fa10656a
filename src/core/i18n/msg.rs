//! A text for a person as data ([`Msg`]): a catalogue id and its arguments ([`Arg`]), said in a
//! language only where it is shown.

use std::fmt;
use std::sync::Arc;

use fluent_bundle::FluentValue;

use super::{Lang, current, date, render, with};

/// A placeholder's value: text as it is, a number (for plurals; written without grouping), or
/// something said in the reader's language when the message is shown: another message, a date,
/// or an error (whose `Display` speaks the language of the moment it is shown).
#[derive(Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
    Msg(Box<Msg>),
    Date(time::Date),
    Shown(Arc<dyn fmt::Display + Send + Sync>),
    /// Several values, each said, joined with a separator the same in every language.
    Joined(Vec<Arg>, &'static str),
}

impl Arg {
    /// An error or other value whose words are chosen when the message is shown.
    pub fn shown(value: impl fmt::Display + Send + Sync + 'static) -> Self {
        Self::Shown(Arc::new(value))
    }

    /// `items` said one after another with `separator` between them (", " for a list).
    #[must_use]
    pub fn joined(items: Vec<Arg>, separator: &'static str) -> Self {
        Self::Joined(items, separator)
    }

    pub(super) fn value(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Self::Joined(items, separator) => {
                let said: Vec<String> = items.iter().map(|a| a.text(lang)).collect();
                FluentValue::from(said.join(separator))
            }
            Self::Text(s) => FluentValue::from(s.as_str()),
            Self::Number(n) => FluentValue::from(*n),
            Self::Msg(m) => FluentValue::from(m.render_in(lang)),
            Self::Date(d) => FluentValue::from(with(lang, || date(*d))),
            Self::Shown(v) => FluentValue::from(with(lang, || v.to_string())),
        }
    }
}

impl Arg {
    /// The argument as text in `lang` (numbers as Fluent writes them).
    fn text(&self, lang: Lang) -> String {
        match self.value(lang) {
            FluentValue::String(s) => s.into_owned(),
            FluentValue::Number(n) => n.as_string().into_owned(),
            _ => String::new(),
        }
    }
}

impl fmt::Debug for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Text(s) => write!(f, "{s:?}"),
            Self::Number(n) => write!(f, "{n}"),
            Self::Msg(m) => write!(f, "{m:?}"),
            Self::Date(d) => write!(f, "{d}"),
            Self::Shown(v) => write!(f, "{:?}", with(Lang::En, || v.to_string())),
            Self::Joined(items, separator) => write!(f, "{items:?} joined by {separator:?}"),
        }
    }
}

/// Two arguments are the same when they say the same in English.
impl PartialEq for Arg {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Text(a), Self::Text(b)) => a == b,
            (Self::Number(a), Self::Number(b)) => a.to_bits() == b.to_bits(),
            (Self::Msg(a), Self::Msg(b)) => a == b,
            (Self::Date(a), Self::Date(b)) => a == b,
            (a, b) => a.text(Lang::En) == b.text(Lang::En),
        }
    }
}
impl Eq for Arg {}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Self::Text(s.into_owned())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Self::Msg(Box::new(m))
    }
}
impl From<&Msg> for Arg {
    fn from(m: &Msg) -> Self {
        Self::Msg(Box::new(m.clone()))
    }
}
impl From<&Arg> for Arg {
    fn from(a: &Arg) -> Self {
        a.clone()
    }
}
/// Nothing: an empty text (for a message that leaves the place out).
impl<T: Into<Arg>> From<Option<T>> for Arg {
    fn from(value: Option<T>) -> Self {
        value.map_or_else(|| Self::Text(String::new()), Into::into)
    }
}
impl From<time::Date> for Arg {
    fn from(d: time::Date) -> Self {
        Self::Date(d)
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Self::Number(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// A text for a person, as data: the message's id in the catalogues and its arguments. Made
/// where something is found ([`msg!`](crate::msg)); its words are chosen where it is shown
/// (`Display` speaks this thread's language, [`Msg::render_in`] any), so a language switch
/// only shows it again. JSON writes it in English.
#[derive(Clone, PartialEq, Eq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    #[must_use]
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self { id, args }
    }

    /// Text that is the same in every language: a library's own error message, a value quoted
    /// as it is.
    #[must_use]
    pub fn verbatim(text: impl Into<String>) -> Self {
        Self::new("verbatim", vec![("text", Arg::Text(text.into()))])
    }

    /// An error (or other value) said in the reader's language when the message is shown.
    #[must_use]
    pub fn shown(value: impl fmt::Display + Send + Sync + 'static) -> Self {
        Self::new("verbatim", vec![("text", Arg::shown(value))])
    }

    /// The message's id in the catalogues.
    #[must_use]
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The words in `lang` (arguments that are themselves said, in `lang` too).
    #[must_use]
    pub fn render_in(&self, lang: Lang) -> String {
        render(lang, self.id, &self.args)
    }

    /// The words in English, as JSON and logs write them.
    #[must_use]
    pub fn english(&self) -> String {
        self.render_in(Lang::En)
    }

    /// Passes every text argument, nested ones and list items too, through `f` (for instance
    /// to make what came from a file safe to show). An error shown later (`Arg::shown`) is
    /// said by its own `Display`, which makes what it quotes safe itself.
    #[must_use]
    pub fn map_text(mut self, f: &impl Fn(&str) -> String) -> Self {
        self.map_text_in_place(f);
        self
    }

    fn map_text_in_place(&mut self, f: &impl Fn(&str) -> String) {
        for (_, arg) in &mut self.args {
            match arg {
                Arg::Text(s) => *s = f(s),
                Arg::Msg(m) => m.map_text_in_place(f),
                Arg::Joined(items, _) => {
                    for item in items {
                        match item {
                            Arg::Text(s) => *s = f(s),
                            Arg::Msg(m) => m.map_text_in_place(f),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// A message equals a text when it says that text in this thread's language.
impl PartialEq<&str> for Msg {
    fn eq(&self, other: &&str) -> bool {
        self.render_in(current()) == *other
    }
}

impl PartialEq<String> for Msg {
    fn eq(&self, other: &String) -> bool {
        self.render_in(current()) == *other
    }
}

/// Nothing to say (an empty text).
impl Default for Msg {
    fn default() -> Self {
        Self::verbatim("")
    }
}

/// Equal messages have the same id (the arguments are left to `Eq`).
impl std::hash::Hash for Msg {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_in(current()))
    }
}

impl fmt::Debug for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "msg!({:?}", self.id)?;
        for (name, arg) in &self.args {
            write!(f, ", {name} = {arg:?}")?;
        }
        f.write_str(")")
    }
}

impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english())
    }
}

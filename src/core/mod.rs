//! The engine: no GUI dependency, inputs are bytes, "now" is a parameter.

pub mod bundle;
pub mod cert;
pub mod check;
pub mod entra;
pub mod findings;
pub mod inspect;
pub mod key;
pub mod keygen;
pub mod metadata;
pub mod pair;
pub mod signature;
pub mod text;
pub mod topdesk;

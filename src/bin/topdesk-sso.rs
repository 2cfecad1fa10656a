//! `topdesk-sso`: the command-line front end (see `topdesk_sso::cli`).

fn main() -> std::process::ExitCode {
    topdesk_sso::cli::run(std::env::args_os())
}

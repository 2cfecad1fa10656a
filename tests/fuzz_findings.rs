//! Every input the fuzzers found (`tests/data/fuzz/<target>-<name>.bin`, see the README there),
//! replayed through the very code of the target that found it (`fuzz/src/lib.rs`): it must not
//! panic, must finish in time and stay within the memory limit. Each runs in a child process (this test binary again), so a
//! hang or a huge allocation is killed instead of stalling or starving the test run. Plus every
//! target once on the test data, so the shared file keeps compiling and running on stable.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../fuzz/src/lib.rs"]
mod fuzz;

/// The fuzzers call more than 1 s a hang (optimised build); unoptimised test builds get more.
const LIMIT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 10 } else { 2 });

/// The fuzzers call more than 200 MB an out-of-memory. Checked where `/proc` tells (Linux).
const MEMORY_LIMIT_KB: u64 = 200 * 1024;

/// The child's side: set by the parent, names the finding to run.
const REPLAY: &str = "TOPDESK_SSO_FUZZ_REPLAY";

fn target_of(path: &Path) -> fuzz::Target {
    let name = path.file_name().unwrap().to_str().unwrap();
    let target = name.split('-').next().unwrap();
    fuzz::TARGETS
        .iter()
        .find(|(t, _)| *t == target)
        .unwrap_or_else(|| panic!("{name}: no fuzz target named {target}"))
        .1
}

/// Runs in the child only: one finding through its target.
#[test]
fn replay_one() {
    if let Some(path) = std::env::var_os(REPLAY) {
        let path = PathBuf::from(path);
        target_of(&path)(&std::fs::read(&path).unwrap());
    }
}

/// What went wrong replaying `path` in a child process, if anything.
fn replay(path: &Path) -> Option<String> {
    target_of(path); // an unknown target fails here, in the parent
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "replay_one", "--test-threads=1", "--quiet"])
        .env(REPLAY, path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            if status.success() {
                let took = start.elapsed();
                return (took > LIMIT).then(|| format!("took {took:?} (limit {LIMIT:?})"));
            }
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
            let panic = err.lines().find(|l| l.contains("panicked")).unwrap_or(&err);
            return Some(format!("failed ({status}): {panic}"));
        }
        if let Some(kb) = peak_rss_kb(child.id())
            && kb > MEMORY_LIMIT_KB
        {
            child.kill().unwrap();
            child.wait().unwrap();
            return Some(format!(
                "used {} MB (limit {} MB), killed",
                kb / 1024,
                MEMORY_LIMIT_KB / 1024
            ));
        }
        if start.elapsed() > LIMIT {
            child.kill().unwrap();
            child.wait().unwrap();
            return Some(format!("still running after {LIMIT:?}, killed"));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The peak resident memory of a running process, where `/proc` says (Linux).
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn every_fuzz_finding_is_handled() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let problem = replay(path)?;
            Some(format!("{}: {problem}", path.file_name()?.to_str()?))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_target_runs_on_the_test_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let entra =
        std::fs::read(root.join("tests/data/entra/entra_app_single-cert_signed.xml")).unwrap();
    let sp = std::fs::read(root.join("assets/samples/sample-topdesk-sp-metadata.xml")).unwrap();
    let both = [entra.as_slice(), fuzz::SEPARATOR, sp.as_slice()].concat();
    assert_eq!(
        fuzz::idp_and_sp(&both),
        (entra.as_slice(), Some(sp.as_slice()))
    );
    assert_eq!(
        fuzz::password_and_file(b"\x03pw!file"),
        Some(("pw!".to_owned(), b"file".as_slice()))
    );
    for (_, run) in fuzz::TARGETS {
        for data in [&entra, &sp, &both] {
            run(data);
        }
    }
}

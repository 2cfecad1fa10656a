//! Splits the message catalogues into messages (for `core::i18n`, every platform), and, on
//! Windows only, embeds the icon and the version information (Explorer, the Start menu, the
//! file's Properties > Details) in both executables. The version numbers come from Cargo.toml.
//! Cross-built from Linux, `winresource` uses MinGW's `x86_64-w64-mingw32-windres`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    catalogues();
    // Linux: the command line is linked at a fixed address (not position-independent, as Go links
    // its programs), so its image has no relocations to apply at start: about 15,000 pointers
    // written over ~90 pages each run, about a quarter of a `--version`. The cost is address-space
    // randomisation of the program's own image (its libraries, heap and stack keep theirs); the
    // window, which runs long, stays position-independent. tests/cli.rs checks the ELF type.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=topdesk-sso=-no-pie");
        // With glibc, the command line also carries its unwinder (libgcc_eh, as `-static-libgcc`
        // does for C programs) instead of loading libgcc_s.so.1 at every start: one library fewer
        // to open, map and relocate (3 to 8 % of a `check` or `diagnose`, a tenth of a
        // `--version`). Rust names `-lgcc_s` itself; a linker script of that name, found first,
        // stands for the static library. tests/cli.rs checks what the program loads.
        if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") {
            let out = std::env::var("OUT_DIR").expect("OUT_DIR");
            let dir = std::path::Path::new(&out).join("gcc_eh");
            std::fs::create_dir_all(&dir).expect("OUT_DIR/gcc_eh");
            std::fs::write(dir.join("libgcc_s.so"), "INPUT(-lgcc_eh)\n").expect("linker script");
            println!("cargo:rustc-link-arg-bin=topdesk-sso=-L{}", dir.display());
        }
    }
    println!("cargo:rerun-if-changed=assets/icons/io.github.topdesk_sso.Assistant.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut res = winresource::WindowsResource::new();
        res.set_icon("assets/icons/io.github.topdesk_sso.Assistant.ico")
            .set("ProductName", "TOPdesk SSO Assistant")
            .set("FileDescription", "TOPdesk SSO Assistant")
            .set("CompanyName", "The TOPdesk SSO Assistant contributors")
            .set(
                "LegalCopyright",
                "Copyright 2026 The TOPdesk SSO Assistant contributors. MIT OR Apache-2.0.",
            );
        if let Err(e) = res.compile() {
            panic!("cannot embed the Windows icon and version information: {e}");
        }
    }
}

/// `OUT_DIR/messages.rs`: for each language (`i18n/<code>/*.ftl`), a `Split` constant named by
/// its code in capitals: every message's Fluent source, sorted by id, in one text, and where each
/// starts, how long its id is, and where it ends. A run finds a message by binary search and
/// parses only the messages it says; offsets, not `&str`s, so the program has no relocation to
/// make for them at start.
fn catalogues() {
    println!("cargo:rerun-if-changed=i18n");
    let mut out = String::new();
    for code in ["en", "nl", "de"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("i18n/{code}"))
            .expect("the catalogue folder")
            .map(|entry| entry.expect("a catalogue file").path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let mut messages = Vec::new();
        for path in files {
            let source = std::fs::read_to_string(&path).expect("a UTF-8 catalogue file");
            messages.extend(messages_of(&source));
        }
        messages.sort();
        let (mut text, mut index) = (String::new(), String::new());
        for (id, source) in messages {
            let start = text.len();
            text += &source;
            index += &format!("[{start}, {}, {}], ", id.len(), text.len());
        }
        out += &format!(
            "#[allow(clippy::unreadable_literal)]\nconst {}: Split = Split {{ text: {text:?}, index: &[{index}] }};\n",
            code.to_uppercase()
        );
    }
    let path =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}

/// The messages of one Fluent file as (id, source). A message starts at a line `id = …` and
/// runs to the next line that starts another entry or a comment; its continuation lines are
/// indented (a select's closing `}` may stand at the start of a line). The catalogues use no
/// terms and no message references, so each message parses alone (a unit test of `core::i18n`
/// proves each says what the whole catalogue says).
fn messages_of(source: &str) -> Vec<(String, String)> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let id = line.split('=').next().unwrap_or_default().trim_end();
        if line.starts_with(|c: char| c.is_ascii_alphabetic())
            && line.contains('=')
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            starts.push((offset, Some(id)));
        } else if line.starts_with(['#', '-']) {
            starts.push((offset, None));
        }
        offset += line.len();
    }
    starts.push((source.len(), None));
    starts
        .windows(2)
        .filter_map(|pair| {
            Some((
                pair[0].1?.to_owned(),
                source[pair[0].0..pair[1].0].to_owned(),
            ))
        })
        .collect()
}

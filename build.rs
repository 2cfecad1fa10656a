//! Windows only: embeds the icon and the version information (Explorer, the Start menu, the
//! file's Properties > Details) in both executables. The version numbers come from Cargo.toml.
//! Cross-built from Linux, `winresource` uses MinGW's `x86_64-w64-mingw32-windres`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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

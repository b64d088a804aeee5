//! Link the `quizgen` binary as a position-dependent executable on Linux.
//!
//! A position-independent executable has its pointer tables (2.4 MB of relocations for
//! 1.7 MB of `.data.rel.ro`, most of it from the PDF feature's typst) patched at every
//! start, which makes those pages resident: about 4 MB of the 13 MB a small `generate`
//! run needs, paid by every command whether it prints or not. Linked at a fixed address
//! the tables are resolved at link time and only the pages a command reads are loaded.
//! The cost is that the binary itself is not placed at a random address (ASLR still
//! applies to the stack, the heap and the libraries); quizgen is safe Rust reading local
//! files, and that trade is documented in README.md.

fn main() {
    // `-no-pie` is a flag of the GNU and LLVM linker drivers; other platforms keep their default
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=quizgen=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

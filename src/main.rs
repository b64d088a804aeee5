use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = quizgen::cli::Cli::parse();
    match quizgen::commands::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) if e.is::<quizgen::commands::Interrupted>() => std::process::ExitCode::from(130),
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            std::process::ExitCode::FAILURE
        }
    }
}

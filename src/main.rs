fn main() -> std::process::ExitCode {
    mailpasswd::cli::main()
}

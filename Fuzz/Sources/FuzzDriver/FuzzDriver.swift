import Glibc

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

/// Hands control to libFuzzer's driver with a target's entry function, and exits with its
/// status. SwiftPM links an executable's entry point under its own name, so libFuzzer's own
/// `main` is not used: each target's `main.swift` calls this instead.
public func runLibFuzzer(_ testOneInput: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv, testOneInput))
}

/// The kernelspec's logos (`Kernel/logo-32x32.png`, `Kernel/logo-64x64.png`), drawn by
/// `scripts/make_kernel_logos.py` and embedded so `swiftray kernel install` needs no source tree. A test checks
/// they match the files in `Kernel/`.
enum KernelLogos {
    static var png32: [UInt8] { decode(logo32) }
    static var png64: [UInt8] { decode(logo64) }

    private static let logo32 = """
        iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAABS0lEQVR42s1XOw7CMAztTXqErmxduAAzQp0Z2bkJF2DrwsoREAMT\
        C92QmIJgQAhQsaNEatN8nEKVWHpLm9gv8XPiJEkPu05GGSBXkCVDGgQoACWAAWoDmBhT/DtwZQlqQvUTEZicAva2ILfFjMNBBH2k\
        fXLMXKu8L+cchN1gZI1Qg3sSoJEQ286oefYkIEmkNgKtnD/Wq/o6HfcnAHO5D0UTNrV3HDy3GyMJKwH73EJHoPJ1ZCTgII6x3KtX\
        HH4u507J6QjgGBxrS11nF8TpVbtq3unYQNSAskmApnwIwFcsxPU67DikWOU/akU0655eShDgfTrWquE3j+ASWSJuMvIkXK3JNCXn\
        Qt4igLmTwtIBx+CWmwz/NcWpg6KPyAiESkFYEQYvw1gOorBHcfDLKIrrOHhDEkVLFrwpjaItj+JhEsXTLJrH6dDP8y9Dt+FS0WXJ\
        xQAAAABJRU5ErkJggg==
        """

    private static let logo64 = """
        iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAACdElEQVR42u1bO04DMRDNDfYIOUJaum04ANQIpUOipKFCikRDuRIt\
        QltCjWjRngBtwQG2Q6KDEH5CEDwrW9ok640/YyfAG+lJRCH2zPPYnhnbvR4kjjxub6QCQ4GRQC5QzCGX39H/pH/B4IFAJlAKTB1R\
        yjYGv8XoRI5i5WG0DpVsO1lHw/vShaeRQH3112nEpyvC6jxCLmperv60t1WDYWqksY1nGfXno/0aXN4Qy+ULLhd+uzyrwTglimBT\
        Qhpfcs7hAASorTNZe+MDEsBLQijjAxPARwLnnJ/Hx811jYDbZBFutd/Z9Fbw8+62hreh3bqMfPZ5bYc0cuOD3ZUTQDrUXtRNQuoy\
        76tlHX893HuR4EuAhQ6V1XpgGugoBSYnh9EJoD4tB2Bkk9hYKULycnocjQDqi8SB+L4JAbmrQrYkuBDg2pfKIk3mvpNLuihmS4Cn\
        8QpJsCRHKWi6t9sQQG0yGN+9FnBUcpSiJiS8X13U4GzTJH3uquGxRXhcCjMbrzBoIyDjDnNJXs8z5zbotwGMJ2RtBLAnPGTA92S8\
        EKVREYSSILUG0N8LhRHxG/qtD4FdiVIbAWESkobxZCQFLzqh72aIYMg3dDCP+5mgdggTYVjpTZA2CRiG7IxG1VYYa4U6DNmLnDp0\
        uX3XdAhdUvcKf0OOfiQvyKNUfWiFd5WA5bLZalEbAXRgobarJmhPVtuXDs3ojj67SjNMpjaX9Uu6zetLNmgOX0AApgAWQWyDCIQQ\
        CiMZQjqMgghKYiiKoiyOgxEcjeFwFMfjuCCBKzK4JIVrcrgoiauyuCyN6/J4MIEnM3g0hWdzeDiJp7N4PP1P5AdIjyt63zlAJAAA\
        AABJRU5ErkJggg==
        """

    /// Standard base64 text to bytes (the embedded logos only: no padding errors to report).
    static func decode(_ text: String) -> [UInt8] {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(i)
        }
        var out: [UInt8] = []
        var buffer = 0
        var bits = 0
        for c in text.utf8 where table[Int(c)] != 255 {
            buffer = buffer << 6 | Int(table[Int(c)])
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> bits) & 0xff))
            }
        }
        return out
    }
}

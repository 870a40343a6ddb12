/// How the REPL's prompts and results look: IPython's `In [n]: ` / `   ...: ` / `Out[n]: ` with a blank line
/// between cells, or the classic `>>> ` / `... ` of python3 (`swiftray --classic`).
///
/// Results get IPython's red `Out[n]:` on a terminal, unless `NO_COLOR` is set or the terminal is `dumb`.
/// Input prompts stay plain: libedit 3.1's literal-sequence prompts (`EL_PROMPT_ESC`) drop the character
/// after each closing marker, so coloured prompts would garble the line.
struct PromptStyle {
    var classic: Bool
    var colour: Bool

    /// The prompt that starts cell `n`.
    func input(_ n: Int) -> String {
        if classic { return ">>> " }
        return "In [\(n)]: "
    }

    /// The prompt for the following lines of cell `n`: as wide as `input(n)`.
    func continuation(_ n: Int) -> String {
        if classic { return "... " }
        return String(repeating: " ", count: String(n).count + 2) + "...: "
    }

    /// What goes before a result: `Out[n]: `, and a line break when the value spans several lines so it
    /// lines up with the left edge (IPython's display hook does the same).
    func output(_ n: Int, _ text: String) -> String {
        if classic { return text.hasSuffix("\n") ? text : text + "\n" }
        let prefix = colour ? "\u{1b}[31mOut[\u{1b}[1;31m\(n)\u{1b}[0;31m]: \u{1b}[0m" : "Out[\(n)]: "
        let body = text.contains("\n") ? "\n" + text : text
        return prefix + body + (body.hasSuffix("\n") ? "" : "\n")
    }

    /// Printed after each cell that ran (IPython separates cells with a blank line).
    var separator: String { classic ? "" : "\n" }
}

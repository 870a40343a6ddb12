// The one executable: every role (script runner, REPL, kernel, cluster processes) starts here and is
// dispatched by SwiftRayCLI.
import SwiftRayCLI

SwiftRayCommand.runAsMain()

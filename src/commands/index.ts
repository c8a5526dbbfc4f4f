// Function file entry: registers every FunctionName the manifest uses once Office is ready.

import { registerCommands } from "./commands";

Office.onReady(() => registerCommands());

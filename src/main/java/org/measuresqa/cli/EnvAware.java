package org.measuresqa.cli;

import java.util.Map;

/** A command that reads the environment it is given rather than the process's own. */
interface EnvAware {
    void environment(Map<String, String> env);
}

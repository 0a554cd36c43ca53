package org.youthjustice.deploy.k8s;

import java.util.List;

/** A rule every rendered overlay must keep; a violation fails the build. */
public interface Policy {

    /** One line per violation, naming the object; empty when the rule holds. */
    List<String> violations(List<KubeObject> objects);
}

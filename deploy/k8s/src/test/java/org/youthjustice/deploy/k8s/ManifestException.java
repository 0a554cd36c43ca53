package org.youthjustice.deploy.k8s;

/** A kustomization or manifest that cannot be rendered: the build must stop and name the file. */
public class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }
}

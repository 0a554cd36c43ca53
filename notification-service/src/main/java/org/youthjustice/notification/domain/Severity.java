package org.youthjustice.notification.domain;

public enum Severity {
    INFO,
    WARNING,
    URGENT
}

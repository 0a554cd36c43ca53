package org.youthjustice.cases.service;

/** The open case a new referral of the same juvenile meets: its reference and the court that referred it. */
record OpenCase(String reference, String courtCode) {
}

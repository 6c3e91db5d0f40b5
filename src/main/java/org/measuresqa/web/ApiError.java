package org.measuresqa.web;

/** The body of every error response: one sentence that names the problem. */
public record ApiError(String error) {
}

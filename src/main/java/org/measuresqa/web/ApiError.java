package org.measuresqa.web;

/** The body of every error response: one sentence that names the problem, and the request's id for the log. */
public record ApiError(String error, String requestId) {
}

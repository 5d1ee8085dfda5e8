package io.coachline.gateway.route;

import io.vertx.core.http.HttpClientResponse;

/** A service's answer body, still on its connection: {@link RelayedBodyWriter} streams it to the caller. */
record RelayedBody(HttpClientResponse upstream) {
}

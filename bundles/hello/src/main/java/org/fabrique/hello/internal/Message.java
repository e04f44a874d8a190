package org.fabrique.hello.internal;

import java.time.Instant;

public record Message(long id, long authorId, String text, Instant writtenAt) {
}

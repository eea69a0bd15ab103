package dev.argmap.json.internal;

import java.io.IOException;

/** Thrown through core's byte-counting stream when a document has more bytes than allowed. */
final class DocumentTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  DocumentTooLargeException(long limit) {
    super("the document is larger than the limit of " + limit + " bytes");
  }
}

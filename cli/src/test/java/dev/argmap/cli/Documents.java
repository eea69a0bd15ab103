package dev.argmap.cli;

/** argmap JSON documents for the tests; line and column numbers below refer to these texts. */
final class Documents {
  private Documents() {}

  static final String VALID = """
      {
        "format": "argmap",
        "formatVersion": 1,
        "title": "Test map",
        "theses": ["t1"],
        "statements": [
          {"id": "t1", "text": "The thesis holds."},
          {"id": "p1", "text": "A premise with evidence."},
          {"id": "p2", "text": "A premise without evidence."}
        ],
        "arguments": [
          {"id": "a1", "premises": ["p1", "p2"], "conclusion": {"statement": "t1"}, "polarity": "supports"}
        ],
        "evidence": [
          {"id": "e1", "statement": "p1", "quote": "A quote.", "weight": 0.5, "source": "s1"}
        ],
        "sources": [
          {"id": "s1", "kind": "news-report", "title": "A report"}
        ]
      }
      """;

  /** An evidence weight of 1.5 (line 13, column 68) and a dangling premise p9 (line 10, column 37). */
  static final String INVALID = """
      {
        "format": "argmap",
        "formatVersion": 1,
        "theses": ["t1"],
        "statements": [
          {"id": "t1", "text": "The thesis holds."},
          {"id": "p1", "text": "A premise."}
        ],
        "arguments": [
          {"id": "a1", "premises": ["p1", "p9"], "conclusion": {"statement": "t1"}, "polarity": "supports"}
        ],
        "evidence": [
          {"id": "e7", "statement": "p1", "quote": "A quote.", "weight": 1.5, "source": "s1"}
        ],
        "sources": [
          {"id": "s1", "kind": "news-report", "title": "A report"}
        ]
      }
      """;
}

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

  /**
   * A valid map with something to score: t1 has two supporting arguments (a1 linked, a2) and one attack
   * (a3), a3 has an undercutter (a4), and p1 has evidence from a source with a speaker and a cited work.
   */
  static final String SCORED = """
      {
        "format": "argmap",
        "formatVersion": 1,
        "title": "Scored map",
        "theses": ["t1"],
        "statements": [
          {"id": "t1", "text": "The thesis holds."},
          {"id": "p1", "text": "A premise with evidence."},
          {"id": "p2", "text": "A linked co-premise."},
          {"id": "p3", "text": "Another reason."},
          {"id": "p4", "text": "A premise against."},
          {"id": "u1", "text": "The attack's inference fails."}
        ],
        "arguments": [
          {"id": "a1", "premises": ["p1", "p2"], "conclusion": {"statement": "t1"}, "polarity": "supports"},
          {"id": "a2", "premises": ["p3"], "conclusion": {"statement": "t1"}, "polarity": "supports", "weight": 0.5},
          {"id": "a3", "premises": ["p4"], "conclusion": {"statement": "t1"}, "polarity": "attacks", "label": "A premise against."},
          {"id": "a4", "premises": ["u1"], "conclusion": {"argument": "a3"}, "polarity": "attacks"}
        ],
        "evidence": [
          {"id": "e1", "statement": "p1", "quote": "A quote.", "weight": 0.8, "source": "s1",
           "speaker": {"name": "Ann Speaker", "role": "minister"}, "citedWork": "s2"},
          {"id": "e2", "statement": "p4", "quote": "Another quote.", "weight": 0.6, "source": "s2"}
        ],
        "sources": [
          {"id": "s1", "kind": "news-report", "title": "A report", "publisher": "The Daily", "credibility": 0.9},
          {"id": "s2", "kind": "book", "title": "A book", "authors": [{"name": "B. Author"}]}
        ]
      }
      """;
}

"""Analysis stages: language, segments, statements (quotes and attributions), speakers."""

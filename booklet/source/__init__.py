"""Stage 1, reading input: safe YAML with line numbers, validation in the user's terms, errors."""

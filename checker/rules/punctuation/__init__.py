"""PUN: spacing, quotes and brackets."""

RULES: list = []

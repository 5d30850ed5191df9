"""Plumbing every layer may use: atomic writes, bounded reads, redaction, display-safe text,
default folders."""

"""Offline training: from a person's posts to a fine-tuned causal language model."""

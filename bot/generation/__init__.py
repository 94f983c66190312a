"""Generation backends: local (transformers), ctranslate2, remote (OpenAI-compatible), scripted."""

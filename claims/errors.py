"""One error hierarchy, with messages written for the person running the tool."""


class ClaimsError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(ClaimsError):
    """An article that cannot be read or is not usable text (exit code 2 on the CLI)."""


class ConfigError(ClaimsError):
    """A backend that cannot be set up as asked: no key, unknown model file, bad flag."""


class BackendError(ClaimsError):
    """The LLM could not give a usable answer: endpoint down, auth refused, junk output."""


class ModelFileError(ClaimsError):
    """The embedded model's weights are missing, damaged or cannot be written."""

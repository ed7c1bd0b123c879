"""Typed errors for bad input. Each names the file and says what the user can do about it."""
from __future__ import annotations


class IngestError(Exception):
    """Base class: `str(err)` is a complete, user-facing sentence."""

    hint = ""

    def __init__(self, filename: str, problem: str, hint: str | None = None) -> None:
        self.filename = filename
        self.problem = problem
        self.hint_text = hint if hint is not None else self.hint
        super().__init__(f"{filename}: {problem}" + (f" {self.hint_text}" if self.hint_text else ""))

    @property
    def kind(self) -> str:
        return type(self).__name__


class UnsupportedType(IngestError):
    hint = "sendlens reads PDF, Word (.docx) and plain-text files; save the file in one of those formats."


class EmptyFile(IngestError):
    hint = "Check that the right file was chosen and that it was saved completely."


class CorruptFile(IngestError):
    hint = "The file may be damaged or only partly downloaded; open and re-save it, or export it again."


class EncryptedFile(IngestError):
    hint = "Remove the password protection (open it and save an unprotected copy), then try again."


class NoTextLayer(IngestError):
    hint = ("It looks like a scanned image with no text layer: run OCR on it first "
            "(for example `ocrmypdf in.pdf out.pdf`), or use the original Word file.")


class FileTooLarge(IngestError):
    hint = "Split the file, or raise the limit with --max-size-mb if you trust it."


class UnsafeFile(IngestError):
    hint = "The file was not opened for safety; re-save it from Word or ask the sender for a clean copy."


class LimitExceeded(IngestError):
    """More work than the configured limit (pages, paragraphs, parts, unpacked size)."""

    def __init__(self, filename: str, problem: str, env: str) -> None:
        super().__init__(filename, problem, f"Split the file, or raise the limit with {env}=... if you trust it.")


class NotARegularFile(IngestError):
    hint = "Pass a regular file: devices, pipes and sockets are never read."

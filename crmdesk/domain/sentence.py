"""Sentences the UI, the PDF and the CLI show, kept translatable until the last moment.

The domain cannot call Qt's ``tr()``, so it hands out a ``Sentence``: a translation context,
an English template marked with ``QT_TRANSLATE_NOOP`` where it is defined (so lupdate finds
it) and named parameters. The caller translates the template, then formats the parameters,
so a translator can reorder them. Parameters may themselves be sentences (a category name
inside a check message) and are translated the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crmdesk.domain.errors import ValidationError

VERBATIM = "Verbatim"
"""Context of text the user typed: never passed to the translator."""

Translate = Callable[[str, str], str]
"""``translate(context, source) -> text``, e.g. ``QCoreApplication.translate``."""


def _untranslated(context: str, source: str) -> str:
    del context
    return source


@dataclass(frozen=True)
class Sentence:
    """A translatable template with named parameters (``"Payback in {years} years"``)."""

    context: str
    template: str
    params: Mapping[str, str | Sentence] = field(default_factory=dict)

    def render(self, translate: Translate = _untranslated) -> str:
        """Translate the template (and any sentence parameters), then fill in the fields."""
        values = {
            name: value.render(translate) if isinstance(value, Sentence) else value
            for name, value in self.params.items()
        }
        template = (
            self.template if self.context == VERBATIM else translate(self.context, self.template)
        )
        return template.format(**values)

    @property
    def message(self) -> str:
        """The English text, for logs, the CLI and tests."""
        return self.render()

    def __str__(self) -> str:
        return self.message


def verbatim(text: str) -> Sentence:
    """Wrap text the user typed (a risk they wrote themselves) so it passes through untouched.

    The text is a parameter of a bare ``{text}`` template, so braces in it are safe, and the
    ``VERBATIM`` context keeps it away from the translator.
    """
    return Sentence(VERBATIM, "{text}", {"text": text})


class FieldError(ValidationError):
    """A ``ValidationError`` that also carries its reason as a translatable ``Sentence``.

    ``field`` and ``str(error)`` behave as for any ``ValidationError`` (English, for the CLI
    and logs); the UI can show ``error.sentence.render(translate)`` instead.
    """

    def __init__(self, field: str, sentence: Sentence) -> None:
        super().__init__(field, sentence.message)
        self.sentence = sentence


def field_error(field: str, template: str, **params: str | Sentence) -> FieldError:
    """A ``FieldError`` in the "Validation" context (``template`` marked by the caller)."""
    return FieldError(field, Sentence("Validation", template, params))

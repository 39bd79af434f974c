"""python manage.py import_kb CLINIC_SLUG FILE.csv"""

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from knowledge.services import KbImportError, faq_import_csv


class Command(BaseCommand):
    help = (
        "Create or update a clinic's FAQs from a CSV (header key,question,answer,alternates; "
        "alternates separated by ' | '). Creates the clinic if needed. A malformed file is "
        "refused as a whole."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("clinic_slug")
        parser.add_argument("path", help="the CSV file, or - for standard input")

    def handle(self, *args: Any, **options: Any) -> None:
        slug, path = options["clinic_slug"], options["path"]
        try:
            if path == "-":
                result = faq_import_csv(clinic_slug=slug, fileobj=sys.stdin.buffer)
            else:
                if not Path(path).is_file():
                    raise CommandError(f"{path}: no such file")
                with Path(path).open("rb") as handle:
                    result = faq_import_csv(clinic_slug=slug, fileobj=handle)
        except KbImportError as exc:
            raise CommandError(f"{path}: refused, nothing imported: {exc}") from exc
        self.stdout.write(f"{result.clinic.slug}: {result}")

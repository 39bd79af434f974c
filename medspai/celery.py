import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medspai.settings")

app = Celery("medspai")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def ready_process(**_: object) -> None:
    """Each pool process loads the models before its first task (`handoff.worker`)."""
    from handoff.worker import ready_process as ready  # needs Django's apps, set up by now

    ready()

from django.apps import AppConfig


class MedspaiConfig(AppConfig):
    name = "medspai"
    verbose_name = "Clinics"

"""The admin's "try a message" form: a clinic the user works for and a patient's text."""

from django import forms
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from medspai.models import Clinic
from medspai.tenancy import clinics_for_user


class TryMessageForm(forms.Form):
    clinic = forms.ModelChoiceField(queryset=Clinic.objects.none())
    text = forms.CharField(
        label="Patient's text", max_length=1600, widget=forms.Textarea(attrs={"rows": 3})
    )
    previous = forms.CharField(
        label="Patient's previous text (optional)", required=False, max_length=1600
    )

    def __init__(self, *args: object, user: AbstractBaseUser | AnonymousUser, **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        clinics = Clinic.objects.all()
        if not getattr(user, "is_superuser", False):
            clinics = clinics_for_user(user=user)
        self.fields["clinic"].queryset = clinics  # type: ignore[attr-defined]

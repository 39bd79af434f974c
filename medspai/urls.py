from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from medspai import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("conversations.urls")),
    path("inbox/", include("inbox.urls")),
    path("api/v1/", include("inbox.api.urls")),
]

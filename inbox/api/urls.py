from django.urls import path

from inbox.api import views

app_name = "api"
urlpatterns = [
    path("handoffs/", views.handoff_list, name="handoff-list"),
    path("handoffs/<int:handoff_id>/", views.handoff_detail, name="handoff-detail"),
    path("handoffs/<int:handoff_id>/claim/", views.handoff_claim, name="handoff-claim"),
    path("handoffs/<int:handoff_id>/reply/", views.handoff_reply, name="handoff-reply"),
    path("handoffs/<int:handoff_id>/note/", views.handoff_note, name="handoff-note"),
    path("handoffs/<int:handoff_id>/resolve/", views.handoff_resolve, name="handoff-resolve"),
    path("handoffs/<int:handoff_id>/release/", views.handoff_release, name="handoff-release"),
]

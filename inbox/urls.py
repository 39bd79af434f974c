from django.urls import path

from inbox import views

app_name = "inbox"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("<int:handoff_id>/", views.card, name="card"),
    path("<int:handoff_id>/activity/", views.card_activity, name="activity"),
    path("<int:handoff_id>/claim/", views.claim, name="claim"),
    path("<int:handoff_id>/reply/", views.reply, name="reply"),
    path("<int:handoff_id>/note/", views.note, name="note"),
    path("<int:handoff_id>/resolve/", views.resolve, name="resolve"),
    path("<int:handoff_id>/release/", views.release, name="release"),
    path("<int:handoff_id>/canned/", views.canned, name="canned"),
]

"""What the API shows of a handoff. Only staff of the handoff's clinic ever get here."""

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from rest_framework import serializers

from conversations.models import Message
from handoff.models import Handoff, HandoffEvent


def user_ref(user: AbstractBaseUser | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user.pk, "username": user.get_username()}


class MessageSerializer(serializers.ModelSerializer):
    staff_user = serializers.SerializerMethodField()

    class Meta:
        model = Message
        fields = [
            "id",
            "direction",
            "author",
            "staff_user",
            "body",
            "media",
            "status",
            "error_code",
            "reply_kind",
            "created_at",
            "sent_at",
        ]

    def get_staff_user(self, obj: Message) -> dict[str, Any] | None:
        return user_ref(obj.staff_user)


class EventSerializer(serializers.ModelSerializer):
    actor = serializers.SerializerMethodField()

    class Meta:
        model = HandoffEvent
        fields = ["id", "kind", "actor", "message", "note", "created_at"]

    def get_actor(self, obj: HandoffEvent) -> dict[str, Any] | None:
        return user_ref(obj.actor)


class HandoffSerializer(serializers.ModelSerializer):
    clinic = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    patient = serializers.SerializerMethodField()
    claimed_by = serializers.SerializerMethodField()
    resolved_by = serializers.SerializerMethodField()
    handled_by = serializers.CharField(source="conversation.handled_by", read_only=True)

    class Meta:
        model = Handoff
        fields = [
            "id",
            "clinic",
            "conversation",
            "patient",
            "status",
            "priority",
            "triggers",
            "lead",
            "summary",
            "trigger_sentence",
            "unread",
            "claimed_by",
            "claimed_at",
            "resolved_by",
            "resolved_at",
            "last_activity_at",
            "created_at",
            "handled_by",
        ]

    def get_patient(self, obj: Handoff) -> dict[str, Any]:
        patient = obj.conversation.patient
        return {
            "id": patient.pk,
            "name": patient.name,
            "phone": patient.phone,
            "opted_out": patient.opted_out,
        }

    def get_claimed_by(self, obj: Handoff) -> dict[str, Any] | None:
        return user_ref(obj.claimed_by)

    def get_resolved_by(self, obj: Handoff) -> dict[str, Any] | None:
        return user_ref(obj.resolved_by)


class HandoffDetailSerializer(HandoffSerializer):
    details = serializers.JSONField(read_only=True)
    transcript = serializers.SerializerMethodField()
    events = serializers.SerializerMethodField()
    suggested_answers = serializers.SerializerMethodField()

    class Meta(HandoffSerializer.Meta):
        fields = [
            *HandoffSerializer.Meta.fields,
            "details",
            "transcript",
            "events",
            "suggested_answers",
        ]

    def get_transcript(self, obj: Handoff) -> list[dict[str, Any]]:
        return MessageSerializer(self.context["transcript"], many=True).data

    def get_events(self, obj: Handoff) -> list[dict[str, Any]]:
        return EventSerializer(self.context["events"], many=True).data

    def get_suggested_answers(self, obj: Handoff) -> list[dict[str, str]]:
        """The FAQs the AI weighed, best first, with the answer it would have sent: for a
        client to offer as a reply, as the inbox does."""
        return [
            {"faq_key": e.key, "question": e.question, "answer": e.answer}
            for e in self.context["suggestions"]
        ]


class ReplySerializer(serializers.Serializer):
    body = serializers.CharField(max_length=1600, trim_whitespace=True)


class NoteSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=4000, trim_whitespace=True)

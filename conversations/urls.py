from django.urls import path

from conversations import simulator, twilio_webhooks

urlpatterns = [
    path("twilio/sms/", twilio_webhooks.inbound_sms, name="twilio-sms"),
    path("twilio/sms/status/", twilio_webhooks.sms_status, name="twilio-sms-status"),
    path("simulator/", simulator.phone, name="simulator"),
    path("simulator/send/", simulator.send, name="simulator-send"),
    path("simulator/thread/", simulator.thread, name="simulator-thread"),
]

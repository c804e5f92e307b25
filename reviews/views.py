from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView


class ReviewQueueView(LoginRequiredMixin, TemplateView):
    template_name = "reviews/queue.html"


class ReviewDetailView(LoginRequiredMixin, TemplateView):
    template_name = "reviews/detail.html"

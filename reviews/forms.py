"""The board's forms. Each posts to one service; the service has the last word on the rules."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.urls import reverse

from .models import ChecklistItem


class LoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("login", "Log in"))


class ReviewActionForm(forms.Form):
    """A form on the review page that posts to `reviews:<action>` for one revision."""

    action = ""
    submit_label = ""
    button_class = "btn-primary"

    @property
    def anchor(self) -> str:
        return f"review-form-{self.action}"

    def error_list(self) -> list[str]:
        """Every error of the bound form, each with the label of its field."""
        found = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            found += [f"{label}: {error}" if label else error for error in errors]
        return found

    def __init__(self, *args, revision, **kwargs):
        kwargs.setdefault("prefix", self.action)
        super().__init__(*args, **kwargs)
        self.revision = revision
        self.helper = FormHelper()
        # A refused form comes back at this URL: its fragment brings the page to the form.
        self.helper.form_action = reverse(f"reviews:{self.action}", args=[revision.pk]) + f"#{self.anchor}"
        button = Submit("submit", self.submit_label)
        # Submit always adds btn-primary; outline and danger buttons replace it, not add to it.
        button.field_classes = f"btn {self.button_class}"
        self.helper.add_input(button)


class StartReviewForm(ReviewActionForm):
    action = "start"
    submit_label = "Start review"


class CommentForm(ReviewActionForm):
    action = "comment"
    submit_label = "Add comment"
    button_class = "btn-outline-primary"

    section = forms.ModelChoiceField(
        queryset=None, required=False, empty_label="The revision as a whole",
        label="About",
    )
    body = forms.CharField(
        label="Comment", max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, revision, **kwargs):
        super().__init__(*args, revision=revision, **kwargs)
        # Only this revision's sections: a guessed section id of another revision is invalid input.
        self.fields["section"].queryset = revision.sections.all()


class ConflictForm(ReviewActionForm):
    action = "conflict"
    submit_label = "Declare conflict of interest"
    button_class = "btn-outline-danger"

    details = forms.CharField(
        label="Conflict of interest", max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What ties you to a product or company in this article. "
        "You will not be able to approve this revision.",
    )


class ApproveForm(ReviewActionForm):
    action = "approve"
    submit_label = "Approve"
    button_class = "btn-success"

    checklist = forms.MultipleChoiceField(
        choices=(), required=False, widget=forms.CheckboxSelectMultiple,
        label="Sign-off checklist",
        help_text="Every item must be ticked to approve. Your approval signs the fingerprint of "
        "the text readers will see.",
    )
    comment = forms.CharField(
        required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}),
        label="Comment (optional)",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The board's checklist as it stands (reviews.models.ChecklistItem).
        self.fields["checklist"].choices = [
            (item.key, f"{item.label} ({item.source})" if item.source else item.label)
            for item in ChecklistItem.objects.active()
        ]


class RequestChangesForm(ReviewActionForm):
    action = "request_changes"
    submit_label = "Request changes"
    button_class = "btn-outline-danger"

    comment = forms.CharField(
        max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
        label="What needs to change", help_text="The editors see this comment.",
    )


# In the order the review page shows them.
REVIEW_FORMS = (StartReviewForm, CommentForm, ApproveForm, RequestChangesForm, ConflictForm)

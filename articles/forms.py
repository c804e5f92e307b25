from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms

from .models import CorrectionReport, FollowUpQuestion


class FollowUpQuestionForm(forms.ModelForm):
    # A field people cannot see; bots fill it in (see articles.views.ask_question).
    website = forms.CharField(required=False, label="Leave this empty", max_length=200)

    class Meta:
        model = FollowUpQuestion
        fields = ["question", "email"]
        widgets = {"question": forms.Textarea(attrs={"rows": 5, "maxlength": 4000})}
        labels = {"question": "Your question", "email": "Email (optional)"}
        help_texts = {
            "question": "Up to 4,000 characters. Please leave out names and other personal details.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question"].max_length = 4000
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Send question"))

    def clean_question(self):
        question = self.cleaned_data["question"].strip()
        if len(question) < 10:
            raise forms.ValidationError("Please write your question in at least 10 characters.")
        return question


class CorrectionReportForm(forms.ModelForm):
    """A reader's error report. `parts` are the article's headings in the reader's wording."""

    website = forms.CharField(required=False, label="Leave this empty", max_length=200)

    class Meta:
        model = CorrectionReport
        fields = ["location", "problem", "source", "email"]
        widgets = {"problem": forms.Textarea(attrs={"rows": 5, "maxlength": 4000})}
        labels = {
            "location": "Where in the article?",
            "problem": "What is wrong?",
            "source": "Your source (optional)",
            "email": "Email (optional)",
        }
        help_texts = {
            "problem": "Up to 4,000 characters. Please leave out names and other personal details.",
            "source": "A trial, a label or a guideline that shows the right information, if you have one.",
            "email": "Only if you would like a reply.",
        }

    def __init__(self, *args, parts=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "Not sure, or the whole article"), *((part, part) for part in parts)]
        self.fields["location"] = forms.ChoiceField(
            label=self.Meta.labels["location"], choices=choices, required=False
        )
        self.fields["problem"].max_length = 4000
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Send report"))

    def clean_problem(self):
        problem = self.cleaned_data["problem"].strip()
        if len(problem) < 10:
            raise forms.ValidationError("Please tell us what is wrong in at least 10 characters.")
        return problem

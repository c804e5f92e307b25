from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms

from .models import FollowUpQuestion


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

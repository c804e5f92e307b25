"""The site's identity comes from its own files: the name mark and favicon (SVG with PNG
fallbacks), and fonts served from the site, so the Content-Security-Policy stays 'self'."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_page_names_the_favicon_in_svg_and_png(client):
    html = client.get(reverse("articles:home")).content.decode()
    assert '<link rel="icon" href="/static/brand/favicon.svg" type="image/svg+xml">' in html
    assert 'href="/static/brand/favicon-32.png" sizes="32x32" type="image/png"' in html
    assert 'rel="apple-touch-icon" href="/static/brand/apple-touch-icon.png"' in html
    assert 'class="brand-mark"' in html  # the name mark in the header
    for name in ("favicon.svg", "favicon-32.png", "apple-touch-icon.png", "icon-192.png", "logo-512.png", "mark.svg"):
        assert finders.find(f"brand/{name}"), name


def test_fonts_are_served_from_the_site():
    css = open(finders.find("css/site.css")).read()
    urls = re.findall(r"url\(\"?([^\")]+)\"?\)", css)
    assert urls and all(url.startswith("../fonts/") for url in urls), urls
    for url in urls:
        assert finders.find(url.replace("../", "")), url
    assert "@import" not in css and "http" not in css

"""Reusable Qt widgets that know nothing of the API: badges, banners, watermarks."""

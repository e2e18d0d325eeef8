"""Parallax's Qt views: thin widgets over the core models in `viewer`."""

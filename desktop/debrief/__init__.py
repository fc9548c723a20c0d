"""Debrief: a private journal that turns interview rejections into better interviews."""

__version__ = "0.1.0"

"""Explanations of scored pairs: reasons per component, blockers, suggestions and flags."""
